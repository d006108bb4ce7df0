#include "ui/reservationspanel.h"

#include "core/client/clientsession.h"
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

ReservationsPanel::ReservationsPanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReservationModel(this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
{
    m_status->setObjectName(u"reservationStatus"_s);
    m_status->setAccessibleName(tr("Show reservations"));
    m_status->addItem(tr("Pending"), u"PENDING"_s);
    m_status->addItem(tr("Confirmed"), u"CONFIRMED"_s);
    m_status->addItem(tr("Cancelled"), u"CANCELLED"_s);
    m_status->addItem(tr("Expired"), u"EXPIRED"_s);
    m_status->addItem(tr("All"), QString());
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReservationsPanel::refresh);
    m_view->setObjectName(u"reservationsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Reservations"));
    auto *confirm = new QPushButton(tr("Confirm sale (Ctrl+Enter)"), this);
    confirm->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    auto *cancel = new QPushButton(tr("Cancel reservation (Ctrl+Del)"), this);
    cancel->setShortcut(QKeySequence(u"Ctrl+Del"_s));
    for (QPushButton *b : { confirm, cancel }) {
        b->setMinimumHeight(44);
        b->setAccessibleName(b->text());
    }
    connect(confirm, &QPushButton::clicked, this, [this] { finish(true); });
    connect(cancel, &QPushButton::clicked, this, [this] { finish(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status);
    buttons->addWidget(confirm);
    buttons->addWidget(cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
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
    for (const Reservation &r : reservations.value()) {
        if (wanted.isEmpty() || Reservation::statusName(r.status) == wanted)
            shown << r;
    }
    m_model->setRows(shown);
}

void ReservationsPanel::finish(bool confirm)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Reservation r = m_model->rowAt(current.row());
    auto op = confirm ? m_session.confirm(r.id) : m_session.cancel(r.id);
    if (!op)
        emit done(op.error().message(), true);
    else
        emit done(confirm ? tr("Reservation of %1 confirmed").arg(r.customerId)
                          : tr("Reservation of %1 cancelled").arg(r.customerId),
                  false);
}

} // namespace inventory::ui
