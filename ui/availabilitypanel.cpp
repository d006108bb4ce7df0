#include "ui/availabilitypanel.h"

#include "core/client/clientsession.h"
#include "core/client/syncengine.h"
#include "core/client/text/localetext.h"
#include "ui/models/availabilitymodel.h"
#include "ui/uilog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

AvailabilityPanel::AvailabilityPanel(AvailabilityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_others(new QLabel(this))
    , m_model(model)
    , m_actions(new QHBoxLayout)
{
    m_others->setObjectName(u"otherStoresLabel"_s);
    m_others->setWordWrap(true);
    m_others->hide();
    m_view->setObjectName(u"availabilityView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Availability in every store"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AvailabilityModel::Store, QHeaderView::Stretch);
    setFocusProxy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_others);
    layout->addLayout(m_actions);
}

void AvailabilityPanel::follow(ClientSession &session)
{
    m_session = &session;
    m_source = new StoreAvailability(session.cache(), session.api(), session.clock(), this);
    connect(m_source, &StoreAvailability::changed, this, [this](const QString &productId) {
        if (productId == m_productId)
            showProduct(productId);
    });
}

void AvailabilityPanel::showProduct(const QString &productId)
{
    m_productId = productId;
    if (productId.isEmpty() || !m_source) {
        showOthers({}, 0);
        return m_model->setRows({});
    }
    const auto reach = m_session->sync().serverOutOfReach() ? StoreAvailability::Reach::OutOfReach
                                                            : StoreAvailability::Reach::InReach;
    const auto shown = m_source->shown(productId, reach);
    if (!shown) {
        qCWarning(lcUi) << "cannot read the availability of" << productId << ':'
                        << shown.error().message();
        return;
    }
    m_model->setRows(shown->rows);
    showOthers(shown.value(), m_session->clock().nowMs());
}

void AvailabilityPanel::showOthers(const StoreAvailability::Shown &shown, qint64 nowMs)
{
    if (shown.others) {
        const QLocale locale;
        m_others->setText(tr("Other stores: %1 available in %2 of them, as of %3 (%4).")
                              .arg(locale.toString(shown.others->available),
                                   locale.toString(shown.others->stores),
                                   LocaleText::dateTime(shown.others->atMs, locale),
                                   age(nowMs - shown.others->atMs)));
    } else if (shown.othersUnknown) {
        m_others->setText(tr("Other stores: not known here until this till reaches the server."));
    }
    m_others->setVisible(shown.others || shown.othersUnknown);
}

QString AvailabilityPanel::age(qint64 ms)
{
    constexpr qint64 minute = 60'000;
    const QLocale locale;
    if (ms < minute)
        return tr("less than a minute ago");
    if (ms < 60 * minute)
        return tr("%1 min ago").arg(locale.toString(ms / minute));
    if (ms < 48 * 60 * minute)
        return tr("%1 h ago").arg(locale.toString(ms / (60 * minute)));
    return tr("%1 days ago").arg(locale.toString(ms / (24 * 60 * minute)));
}

} // namespace inventory::ui
