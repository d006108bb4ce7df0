#include "ui/pendingpanel.h"

#include "core/client/clientsession.h"
#include "ui/models/pendingmodel.h"
#include "ui/uilog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

PendingPanel::PendingPanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PendingModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(u"pendingView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Pending operations"));
    auto *retry = new QPushButton(tr("Retry"), this);
    auto *discard = new QPushButton(tr("Discard"), this);
    for (QPushButton *b : { retry, discard }) {
        b->setMinimumHeight(44);
        b->setAccessibleName(b->text());
    }
    connect(retry, &QPushButton::clicked, this, [this] { act(true); });
    connect(discard, &QPushButton::clicked, this, [this] { act(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(retry);
    buttons->addWidget(discard);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void PendingPanel::refresh()
{
    const auto queued = m_session.cache().queued();
    const auto rejected = m_session.cache().rejected();
    if (!queued || !rejected) {
        qCWarning(lcUi) << "cannot read the pending operations:"
                        << (!queued ? queued.error() : rejected.error()).message();
        return;
    }
    m_model->setRows(queued.value() + rejected.value());
}

void PendingPanel::act(bool retry)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString key = m_model->rowAt(current.row()).key;
    if (retry) {
        m_session.cache().retry(key);
        m_session.sync().queueChanged();
    } else {
        m_session.cache().dismiss(key);
    }
    refresh();
}

} // namespace inventory::ui
