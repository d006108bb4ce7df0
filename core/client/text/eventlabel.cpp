#include "core/client/text/eventlabel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace inventory {

QString EventLabel::of(const QString &type)
{
    static const QHash<QString, const char *> labels {
        { u"stock.adjusted"_s, QT_TR_NOOP("Stock changed") },
        { u"stock.counted"_s, QT_TR_NOOP("Counted") },
        { u"reservation.created"_s, QT_TR_NOOP("Reserved") },
        { u"reservation.confirmed"_s, QT_TR_NOOP("Reservation sold") },
        { u"reservation.cancelled"_s, QT_TR_NOOP("Reservation cancelled") },
        { u"reservation.expired"_s, QT_TR_NOOP("Reservation expired") },
        { u"product.created"_s, QT_TR_NOOP("New product") },
        { u"ticket.sold"_s, QT_TR_NOOP("Ticket sold") },
        { u"ticket.returned"_s, QT_TR_NOOP("Return") },
        { u"stock.discrepancy"_s, QT_TR_NOOP("Stock discrepancy") },
        { u"discrepancy.resolved"_s, QT_TR_NOOP("Discrepancy resolved") },
        { u"transfer.requested"_s, QT_TR_NOOP("Transfer requested") },
        { u"transfer.shipped"_s, QT_TR_NOOP("Transfer shipped") },
        { u"transfer.received"_s, QT_TR_NOOP("Transfer received") },
        { u"transfer.closed"_s, QT_TR_NOOP("Transfer closed") },
        { u"transfer.cancelled"_s, QT_TR_NOOP("Transfer cancelled") },
        { u"reason.defined"_s, QT_TR_NOOP("Reason code added") },
        { u"stock.levels"_s, QT_TR_NOOP("Reorder levels set") },
        { u"stock.low"_s, QT_TR_NOOP("Fell below minimum") },
        { u"count.opened"_s, QT_TR_NOOP("Count opened") },
        { u"count.entered"_s, QT_TR_NOOP("Counted") },
        { u"count.applied"_s, QT_TR_NOOP("Count applied") },
        { u"count.cancelled"_s, QT_TR_NOOP("Count cancelled") },
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : tr(*it);
}

QString EventLabel::reason(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { u"sale"_s, QT_TR_NOOP("Sale") },
        { u"return"_s, QT_TR_NOOP("Return") },
        { u"received"_s, QT_TR_NOOP("Goods received") },
        { u"count"_s, QT_TR_NOOP("Count") },
        { u"damage"_s, QT_TR_NOOP("Damage") },
        { u"theft"_s, QT_TR_NOOP("Theft") },
        { u"loss"_s, QT_TR_NOOP("Loss") },
        { u"internal_use"_s, QT_TR_NOOP("Internal use") },
        { u"sample"_s, QT_TR_NOOP("Sample") },
        { u"transfer_in"_s, QT_TR_NOOP("Transfer in") },
        { u"transfer_out"_s, QT_TR_NOOP("Transfer out") },
        { u"correction"_s, QT_TR_NOOP("Correction") },
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(*it);
}

QString EventLabel::reservationStatus(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Pending:
        return tr("Held");
    case ReservationStatus::Confirmed:
        return tr("Sold");
    case ReservationStatus::Cancelled:
        return tr("Cancelled");
    case ReservationStatus::Expired:
        return tr("Expired");
    }
    return {};
}

} // namespace inventory
