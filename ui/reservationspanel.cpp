#include "reservationspanel.h"

#include "clientsession.h"
#include "reservationmodel.h"

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
{
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
    buttons->addWidget(confirm);
    buttons->addWidget(cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void ReservationsPanel::refresh()
{
    QList<Reservation> pending;
    for (const Reservation &r : m_session.store().reservations(m_session.storeId())) {
        if (r.status == ReservationStatus::Pending)
            pending << r;
    }
    m_model->setRows(pending);
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
