#include "ui/models/reservationmodel.h"

#include "core/client/text/eventlabel.h"
#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace inventory::ui {

ReservationModel::ReservationModel(const ProductNames &names, QObject *parent)
    : KeyedRowsModel<Reservation>([](const Reservation &r) { return r.id; }, parent)
    , m_names(names)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Remaining), index(rowCount() - 1, Remaining));
    });
    m_tick.start();
}

int ReservationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ReservationModel::remainingSeconds(int row) const
{
    const Reservation &r = rowAt(row);
    if (r.status != ReservationStatus::Pending)
        return 0;
    return qMax<qint64>(0, (r.expiresAtMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
}

QVariant ReservationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Reservation &r = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Customer:
            return r.customerId;
        case Product:
            return m_names.of(r.productId);
        case Quantity:
            return r.quantity;
        case Status:
            return isAtRisk(r) ? tr("At risk") : statusText(r.status);
        case Remaining: {
            const qint64 s = remainingSeconds(index.row());
            return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        }
        }
    }
    if (role == Qt::UserRole && index.column() == Remaining)
        return remainingSeconds(index.row());
    if (role == Qt::ForegroundRole && r.status != ReservationStatus::Pending)
        return QBrush(QColor(0x6c, 0x75, 0x7d));
    if (role == Qt::FontRole && r.status != ReservationStatus::Pending) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole)
        return isAtRisk(r) ? tr("Reservation %1: an offline sale took the units it held. Count "
                                "the product, or ask a manager to resolve the stock discrepancy "
                                "before the customer comes.")
                                 .arg(r.id)
                           : tr("Reservation %1").arg(r.id);
    if (role == Qt::BackgroundRole && isAtRisk(r))
        return QBrush(QColor(0xf8, 0xc4, 0x8c));
    if (role == Qt::BackgroundRole && r.status == ReservationStatus::Pending
        && remainingSeconds(index.row()) <= 60)
        return QBrush(QColor(0xff, 0xf3, 0xcd));
    return {};
}

bool ReservationModel::isAtRisk(const Reservation &reservation)
{
    return reservation.atRisk && reservation.status == ReservationStatus::Pending;
}

QString ReservationModel::statusText(ReservationStatus status)
{
    return EventLabel::reservationStatus(status);
}

QVariant ReservationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case Status:
        return tr("Status");
    case Remaining:
        return tr("Time left");
    }
    return {};
}

} // namespace inventory::ui
