#include "ui/levels/lowstockbadge.h"

#include "core/client/clientsession.h"
#include "core/protocol/event.h"
#include "core/protocol/stockrowjson.h"
#include "ui/levels/replenishmentdialog.h"
#include "ui/models/productnames.h"
#include "ui/uilog.h"

using namespace Qt::StringLiterals;

namespace inventory::ui {

LowStockBadge::LowStockBadge(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_names(names)
{
    setObjectName(u"lowStockBadge"_s);
    setAutoRaise(true);
    setToolTip(tr("Products of this store below their minimum (Ctrl+Shift+R)"));
    connect(this, &QToolButton::clicked, this, &LowStockBadge::openList);
    connect(&session.sync(), &SyncEngine::cacheChanged, this, &LowStockBadge::recount);
    connect(&session.sync(), &SyncEngine::eventsApplied, this, &LowStockBadge::onEvents);
    connect(&session, &ClientSession::operationQueued, this, &LowStockBadge::recount);
    recount();
}

void LowStockBadge::recount()
{
    const auto low = m_session.cache().lowRows(m_session.storeId());
    if (!low) {
        qCWarning(lcUi) << "cannot count the low products:" << low.error().message();
        setText(tr("Low stock: ?"));
        return;
    }
    const int count = int(low->size());
    if (count == m_count)
        return;
    m_count = count;
    setText(tr("Low stock: %1").arg(count));
    setAccessibleName(tr("%n product(s) below their minimum", nullptr, count));
    setStyleSheet(count > 0
                      ? u"QToolButton { color:#664d03; background:#fff3cd; font-weight:bold; }"_s
                      : QString());
}

void LowStockBadge::onEvents(const QList<Event> &events)
{
    for (const Event &event : events) {
        if (event.type != QLatin1StringView(eventtype::StockLow)
            || event.storeId != m_session.storeId())
            continue;
        const StockRow row = stockRowFromJson(event.data.object(), event.productId, event.storeId);
        emit alerted(tr("Low stock: %1 — %2 left, minimum %3")
                         .arg(m_names.of(event.productId))
                         .arg(row.available())
                         .arg(row.minLevel));
    }
    recount();
}

void LowStockBadge::openList()
{
    if (!m_list) {
        m_list = new ReplenishmentDialog(m_session, m_names, window());
        m_list->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_list, &ReplenishmentDialog::done, this, &LowStockBadge::done);
    }
    m_list->open();
    m_list->reload();
}

} // namespace inventory::ui
