#include "ui/reservationspanel.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "ui/models/productnames.h"
#include "ui/models/reservationmodel.h"
#include "ui/uilog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ReservationsPanel::ReservationsPanel(ClientSession &session, const ProductNames &names,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(names)
    , m_model(new ReservationModel(names, this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_confirm(new QPushButton(tr("Confirm sale (Ctrl+Enter)"), this))
    , m_cancel(new QPushButton(tr("Cancel reservation (Ctrl+Del)"), this))
{
    m_status->setObjectName(u"reservationStatus"_s);
    m_status->setAccessibleName(tr("Show reservations"));
    m_status->addItem(ReservationModel::statusText(ReservationStatus::Pending), u"PENDING"_s);
    m_status->addItem(ReservationModel::statusText(ReservationStatus::Confirmed), u"CONFIRMED"_s);
    m_status->addItem(ReservationModel::statusText(ReservationStatus::Cancelled), u"CANCELLED"_s);
    m_status->addItem(ReservationModel::statusText(ReservationStatus::Expired), u"EXPIRED"_s);
    m_status->addItem(tr("All"), QString());
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_lingering.clear();
        refresh();
    });
    m_view->setObjectName(u"reservationsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(ReservationModel::Product,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Reservations"));
    m_confirm->setObjectName(u"confirmReservation"_s);
    m_confirm->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_cancel->setObjectName(u"cancelReservation"_s);
    m_cancel->setShortcut(QKeySequence(u"Ctrl+Del"_s));
    for (QPushButton *b : { m_confirm, m_cancel }) {
        b->setMinimumHeight(44);
        b->setAccessibleName(b->text());
    }
    connect(m_confirm, &QPushButton::clicked, this, [this] { finish(Finish::Confirm); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { finish(Finish::Cancel); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReservationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReservationsPanel::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateButtons();
}

void ReservationsPanel::refresh()
{
    const QString wanted = m_status->currentData().toString();
    const auto reservations = m_session.cache().reservations(m_session.storeId());
    if (!reservations) {
        qCWarning(lcUi) << "cannot read the reservations:" << reservations.error().message();
        return;
    }
    QList<Reservation> shown;
    QSet<QString> held;
    for (const Reservation &r : reservations.value()) {
        const bool isHeld = r.status == ReservationStatus::Pending;
        if (isHeld)
            held.insert(r.id);
        else if (m_held.contains(r.id) && wanted == u"PENDING"_s) {
            m_lingering.insert(r.id);
            if (r.status == ReservationStatus::Expired)
                emit done(tr("The reservation of %1 × %2 for %3 has expired")
                              .arg(r.quantity)
                              .arg(m_names.of(r.productId), r.customerId),
                          Notice::Error);
        }
        if (wanted.isEmpty() || Reservation::statusName(r.status) == wanted
            || m_lingering.contains(r.id))
            shown << r;
    }
    m_held = held;
    m_model->setRows(shown);
    updateButtons();
}

void ReservationsPanel::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool held
        = current.isValid() && m_model->rowAt(current.row()).status == ReservationStatus::Pending;
    m_confirm->setEnabled(held);
    m_cancel->setEnabled(held);
}

void ReservationsPanel::finish(Finish how)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Reservation r = m_model->rowAt(current.row());
    if (r.status != ReservationStatus::Pending)
        return;
    auto op = how == Finish::Confirm ? m_session.confirm(r.id) : m_session.cancel(r.id);
    const QString what
        = tr("%1 × %2 for %3").arg(r.quantity).arg(m_names.of(r.productId), r.customerId);
    if (!op)
        emit done(tr("Not done: %1").arg(ErrorText::describe(op.error())), Notice::Error);
    else
        emit done(how == Finish::Confirm ? tr("Reservation sold: %1").arg(what)
                                         : tr("Reservation cancelled: %1").arg(what),
                  Notice::Info);
}

} // namespace inventory::ui
