#include "ui/pendingpanel.h"

#include "core/client/clientsession.h"
#include "ui/models/pendingmodel.h"
#include "ui/uilog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QTableView *queueView(PendingModel *model, const QString &name, const QString &accessible,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(accessible);
    return view;
}
} // namespace

PendingPanel::PendingPanel(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_waiting(new PendingModel(names, this))
    , m_attention(new PendingModel(names, this))
    , m_waitingBox(new QGroupBox(this))
    , m_attentionBox(new QGroupBox(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    auto *waitingView = queueView(m_waiting, u"waitingView"_s, tr("Waiting to sync"), m_waitingBox);
    waitingView->hideColumn(PendingModel::Reason);
    waitingView->hideColumn(PendingModel::NextStep);
    m_attentionView
        = queueView(m_attention, u"attentionView"_s, tr("Needs attention"), m_attentionBox);
    m_attentionView->hideColumn(PendingModel::Time);
    m_attentionView->horizontalHeader()->setSectionResizeMode(PendingModel::Reason,
                                                              QHeaderView::Stretch);
    m_attentionView->horizontalHeader()->setSectionResizeMode(PendingModel::NextStep,
                                                              QHeaderView::Stretch);
    m_retry->setObjectName(u"retryButton"_s);
    m_discard->setObjectName(u"discardButton"_s);
    for (QPushButton *b : { m_retry, m_discard }) {
        b->setMinimumHeight(44);
        b->setAccessibleName(b->text());
    }
    connect(m_retry, &QPushButton::clicked, this, [this] { act(Action::Retry); });
    connect(m_discard, &QPushButton::clicked, this, [this] { act(Action::Discard); });
    connect(m_attentionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PendingPanel::updateButtons);

    auto *waitingLayout = new QVBoxLayout(m_waitingBox);
    waitingLayout->addWidget(waitingView);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    auto *attentionLayout = new QVBoxLayout(m_attentionBox);
    attentionLayout->addWidget(m_attentionView);
    attentionLayout->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_waitingBox, 1);
    layout->addWidget(m_attentionBox, 2);
    refresh();
}

void PendingPanel::refresh()
{
    const auto queued = m_session.cache().queued();
    const auto rejected = m_session.cache().rejected();
    if (!queued || !rejected) {
        qCWarning(lcUi) << "cannot read the sync queue:"
                        << (!queued ? queued.error() : rejected.error()).message();
        return;
    }
    m_waiting->setRows(queued.value());
    m_attention->setRows(rejected.value());
    m_waitingBox->setTitle(tr("Waiting to sync (%n)", nullptr, m_waiting->rowCount()));
    m_attentionBox->setTitle(tr("Needs attention (%n)", nullptr, m_attention->rowCount()));
    updateButtons();
    emit countsChanged(m_waiting->rowCount(), m_attention->rowCount());
}

void PendingPanel::updateButtons()
{
    const bool selected = m_attentionView->currentIndex().isValid();
    m_retry->setEnabled(selected);
    m_discard->setEnabled(selected);
}

void PendingPanel::act(Action action)
{
    const QModelIndex current = m_attentionView->currentIndex();
    if (!current.isValid())
        return;
    const QString key = m_attention->rowAt(current.row()).key;
    const Status done
        = action == Action::Retry ? m_session.cache().retry(key) : m_session.cache().dismiss(key);
    if (!done)
        emit failed(tr("The sync queue cannot be changed: %1").arg(done.error().message()));
    if (action == Action::Retry)
        m_session.sync().queueChanged();
    refresh();
}

} // namespace inventory::ui
