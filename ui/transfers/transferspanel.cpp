#include "ui/transfers/transferspanel.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/transfers/transferdesk.h"
#include "core/protocol/transfers/transferjson.h"
#include "ui/transfers/storenames.h"
#include "ui/transfers/transferdialogs.h"
#include "ui/transfers/transferlistmodel.h"
#include "ui/uilog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
qint64 onTheWay(const Transfer &transfer)
{
    qint64 units = 0;
    for (const TransferLine &line : transfer.lines)
        units += line.outstanding();
    return units;
}
} // namespace

TransfersPanel::TransfersPanel(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(names)
    , m_model(new TransferListModel(names, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_bySlip(new QPushButton(tr("Receive &by slip…"), this))
    , m_ship(new QPushButton(tr("&Ship…"), this))
    , m_receive(new QPushButton(tr("Recei&ve…"), this))
    , m_close(new QPushButton(tr("Cl&ose…"), this))
    , m_cancel(new QPushButton(tr("Cance&l…"), this))
    , m_slip(new QPushButton(tr("&Print slip…"), this))
    , m_dialogs(new TransferDialogs(session, names, this))
{
    connect(m_dialogs, &TransferDialogs::done, this, &TransfersPanel::done);
    connect(m_dialogs, &TransferDialogs::changed, this, &TransfersPanel::refresh);
    m_askNote = [this](const QString &question) -> std::optional<QString> {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Close a transfer"), question,
                                                   QLineEdit::Normal, {}, &ok);
        return ok ? std::optional<QString>(note) : std::nullopt;
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Cancel a transfer"), question) == QMessageBox::Yes;
    };
    m_model->setStore(session.storeId());
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TransferListModel::SortRole);
    m_view->setObjectName(u"transfersView"_s);
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TransferListModel::Updated, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Transfers of this store, in and out"));
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(TransferListModel::OtherStore, fontMetrics().averageCharWidth() * 30);
    header->setStretchLastSection(true);

    m_filter->setObjectName(u"transferStatusFilter"_s);
    m_filter->addItem(tr("Open"),
                      QStringList { u"REQUESTED"_s, u"IN_TRANSIT"_s, u"PARTIALLY_RECEIVED"_s });
    for (TransferStatus s :
         { TransferStatus::Requested, TransferStatus::InTransit, TransferStatus::PartiallyReceived,
           TransferStatus::Received, TransferStatus::Closed, TransferStatus::Cancelled })
        m_filter->addItem(TransferListModel::statusText(s),
                          QStringList { Transfer::statusName(s) });
    m_filter->addItem(tr("All"), QStringList { QString() });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TransfersPanel::load);
    auto *show = new QLabel(tr("Sho&w:"), this);
    show->setBuddy(m_filter);
    m_status->setObjectName(u"transfersStatus"_s);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(u"refreshTransfers"_s);
    m_bySlip->setObjectName(u"receiveBySlip"_s);
    m_bySlip->setToolTip(tr("Scan the slip that came with a box to receive its goods"));
    connect(m_refresh, &QPushButton::clicked, this, &TransfersPanel::load);
    connect(m_bySlip, &QPushButton::clicked, this, &TransfersPanel::receiveBySlip);

    auto *top = new QHBoxLayout;
    top->addWidget(show);
    top->addWidget(m_filter);
    top->addWidget(m_status, 1);
    top->addSpacing(8);
    top->addWidget(m_bySlip);
    top->addWidget(m_refresh);
    // The buttons in one row below the table: a column of them would make the tab taller
    // than a 600-pixel screen spares with the tablet font.
    auto *bottom = new QHBoxLayout;
    for (QPushButton *b : { m_ship, m_receive, m_close, m_cancel, m_slip })
        bottom->addWidget(b);
    bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    buildButtons();

    // Events come in bursts (a transfer's step changes several rows): one read for a burst.
    m_reload.setSingleShot(true);
    m_reload.setInterval(150);
    connect(&m_reload, &QTimer::timeout, this, &TransfersPanel::load);
    SyncEngine &sync = session.sync();
    connect(&sync, &SyncEngine::eventsApplied, this, &TransfersPanel::onEventsApplied);
    // Back after a gap: what happened meanwhile came without events to this till.
    connect(&sync, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Live)
            refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::updateButtons);
    updateButtons();
    refresh();
}

void TransfersPanel::buildButtons()
{
    const QList<std::tuple<QPushButton *, QString, QString, void (TransfersPanel::*)()>> buttons {
        { m_ship, u"shipTransfer"_s,
          tr("Pick and send the units of a transfer this store was asked for"),
          &TransfersPanel::ship },
        { m_receive, u"receiveTransfer"_s, tr("Count what arrived of a transfer to this store"),
          &TransfersPanel::receive },
        { m_close, u"closeTransfer"_s,
          tr("Managers: end a transfer still on its way; the units that did not arrive are "
             "recorded as lost"),
          &TransfersPanel::closeTransfer },
        { m_cancel, u"cancelTransfer"_s, tr("Cancel a transfer not shipped yet"),
          &TransfersPanel::cancelTransfer },
        { m_slip, u"printTransferSlip"_s, tr("Print the slip of a shipped transfer again"),
          &TransfersPanel::printSlip },
    };
    for (const auto &[button, name, tip, slot] : buttons) {
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAccessibleName(button->text().remove(u'&'));
        connect(button, &QPushButton::clicked, this, slot);
    }
}

void TransfersPanel::refresh()
{
    m_reload.start();
}

void TransfersPanel::load()
{
    m_reload.stop();
    const quint64 generation = ++m_generation;
    const QStringList statuses = m_filter->currentData().toStringList();
    if (!m_everLoaded)
        showStatus(tr("Loading…"), Notice::Info);
    // One read per status of the filter ("open" is three), shown when all have answered.
    struct Gathered
    {
        QList<Transfer> transfers;
        qsizetype waiting = 0;
        std::optional<Error> failure;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->waiting = statuses.size();
    for (const QString &status : statuses) {
        TransferDesk(m_session).list(
            m_session.storeId(), status,
            [self = QPointer(this), generation, gathered](Result<QJsonObject> page) {
                if (page) {
                    for (const QJsonValue &v : page->value(u"transfers"_s).toArray())
                        gathered->transfers << transferFromJson(v.toObject());
                } else if (!gathered->failure) {
                    gathered->failure = page.error();
                }
                if (--gathered->waiting > 0 || !self || generation != self->m_generation)
                    return; // more to come, or a newer read is on its way
                if (gathered->failure) {
                    qCWarning(lcUi) << "cannot read the transfers:" << gathered->failure->message();
                    self->m_loadError = tr("The transfers cannot be read: %1")
                                            .arg(ErrorText::describe(*gathered->failure));
                    return self->updateButtons();
                }
                self->m_everLoaded = true;
                self->m_loadError.clear();
                self->m_model->setStoreNames(StoreNames::all(self->m_session.cache()));
                self->m_model->setTransfers(gathered->transfers);
                for (int column : { TransferListModel::Direction, TransferListModel::OtherStore,
                                    TransferListModel::Status, TransferListModel::Units,
                                    TransferListModel::Updated })
                    self->m_view->resizeColumnToContents(column);
                const int count = self->m_model->rowCount();
                if (!self->m_view->currentIndex().isValid() && count > 0)
                    self->m_view->selectRow(0);
                self->updateButtons();
                emit self->loaded();
            });
    }
}

void TransfersPanel::onEventsApplied(const QList<Event> &events)
{
    const QString store = m_session.storeId();
    for (const Event &e : events) {
        if (!e.type.startsWith(u"transfer."_s))
            continue;
        const QJsonObject t = e.data.object().value(u"transfer"_s).toObject();
        if (t.isEmpty() || t.value(u"fromStoreId"_s).toString() == store
            || t.value(u"toStoreId"_s).toString() == store)
            return refresh();
    }
}

std::optional<Transfer> TransfersPanel::selected() const
{
    const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->transferAt(current.row());
}

bool TransfersPanel::select(const QString &transferId)
{
    const int row = m_model->rowOf(transferId);
    if (row < 0)
        return false;
    m_view->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void TransfersPanel::updateButtons()
{
    const auto t = selected();
    const QString store = m_session.storeId();
    const User &user = m_session.user();
    const bool origin = t && t->fromStoreId == store && user.canWriteStore(store);
    const bool destination = t && t->toStoreId == store && user.canWriteStore(store);
    const bool requested = t && t->status == TransferStatus::Requested;
    const bool onItsWay = t && Transfer::isOnTheWay(t->status);
    m_ship->setEnabled(!m_busy && origin && requested);
    m_receive->setEnabled(!m_busy && destination && onItsWay);
    m_close->setEnabled(!m_busy && destination && onItsWay && user.role != Role::Clerk);
    m_cancel->setEnabled(!m_busy && (origin || destination) && requested);
    m_slip->setEnabled(t && !requested && t->status != TransferStatus::Cancelled);
    m_bySlip->setEnabled(user.canWriteStore(store));
    // Above the table: why the list is not current, else the transfer selected, else how many.
    if (!m_loadError.isEmpty())
        showStatus(m_loadError, Notice::Error);
    else if (t)
        showStatus(tr("%1 · from %2 to %3 · %4 · asked by %5")
                       .arg(t->id, t->fromStoreId, t->toStoreId,
                            m_model->lineTexts(*t).join(u", "_s), t->requestedBy),
                   Notice::Info);
    else if (m_everLoaded)
        showStatus(m_model->rowCount() == 0 ? tr("No transfers to show.")
                                            : tr("%n transfer(s).", nullptr, m_model->rowCount()),
                   Notice::Info);
}

void TransfersPanel::showStatus(const QString &text, Notice notice)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    m_status->setStyleSheet(notice == Notice::Error ? u"color:#842029;font-weight:bold"_s
                                                    : QString());
}

void TransfersPanel::ship()
{
    if (const auto t = selected(); t && m_ship->isEnabled())
        m_dialogs->ship(*t);
}

void TransfersPanel::receive()
{
    if (const auto t = selected(); t && m_receive->isEnabled())
        m_dialogs->receive(t->id, known());
}

void TransfersPanel::receiveBySlip()
{
    m_dialogs->receive({}, known());
}

QList<Transfer> TransfersPanel::known() const
{
    QList<Transfer> transfers;
    for (const TransferRow &row : m_model->rows())
        transfers << row.transfer;
    return transfers;
}

void TransfersPanel::printSlip()
{
    if (const auto t = selected(); t && m_slip->isEnabled())
        m_dialogs->slip(*t, {});
}

void TransfersPanel::closeTransfer()
{
    const auto t = selected();
    if (!t || !m_close->isEnabled())
        return;
    const auto note = m_askNote(tr("Close transfer %1 from %2? The %n unit(s) still on their way "
                                   "will be recorded as lost.\nWhy did they not arrive?",
                                   nullptr, int(onTheWay(*t)))
                                    .arg(t->id, StoreNames::of(m_session.cache(), t->fromStoreId)));
    if (!note)
        return;
    if (note->trimmed().isEmpty())
        return emit done(tr("Not closed: say in the note why the units did not arrive."),
                         Notice::Error);
    m_busy = true;
    updateButtons();
    const QString success
        = tr("Transfer %1 closed: %n unit(s) recorded as lost", nullptr, int(onTheWay(*t)))
              .arg(t->id);
    TransferDesk(m_session).close(t->id, note->trimmed(),
                                  [self = QPointer(this), success](Result<QJsonObject> outcome) {
                                      if (self)
                                          self->stepDone(outcome, success);
                                  });
}

void TransfersPanel::cancelTransfer()
{
    const auto t = selected();
    if (!t || !m_cancel->isEnabled())
        return;
    if (!m_confirm(
            tr("Cancel transfer %1 (%2 from %3 to %4)? Nothing has been shipped yet.")
                .arg(t->id, m_model->lineTexts(*t).join(u", "_s), t->fromStoreId, t->toStoreId)))
        return;
    m_busy = true;
    updateButtons();
    const QString success = tr("Transfer %1 cancelled").arg(t->id);
    TransferDesk(m_session).cancel(t->id, {},
                                   [self = QPointer(this), success](Result<QJsonObject> outcome) {
                                       if (self)
                                           self->stepDone(outcome, success);
                                   });
}

void TransfersPanel::stepDone(const Result<QJsonObject> &outcome, const QString &success)
{
    m_busy = false;
    if (outcome)
        emit done(success, Notice::Info);
    else
        emit done(tr("Not done: %1").arg(ErrorText::describe(outcome.error())), Notice::Error);
    updateButtons();
    refresh();
}

} // namespace inventory::ui
