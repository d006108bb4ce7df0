#include "core/client/eventlabel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace inventory {

QString EventLabel::of(const QString &type)
{
    if (type == u"stock.adjusted"_s)
        return tr("Stock changed");
    if (type == u"stock.counted"_s)
        return tr("Counted");
    if (type == u"reservation.created"_s)
        return tr("Reserved");
    if (type == u"reservation.confirmed"_s)
        return tr("Reservation sold");
    if (type == u"reservation.cancelled"_s)
        return tr("Reservation cancelled");
    if (type == u"reservation.expired"_s)
        return tr("Reservation expired");
    if (type == u"product.created"_s)
        return tr("New product");
    if (type == u"ticket.sold"_s)
        return tr("Ticket sold");
    if (type == u"ticket.returned"_s)
        return tr("Return");
    return type;
}

QString EventLabel::reason(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { u"sale"_s, QT_TR_NOOP("Sale") },
        { u"return"_s, QT_TR_NOOP("Return") },
        { u"received"_s, QT_TR_NOOP("Goods received") },
        { u"receipt"_s, QT_TR_NOOP("Goods received") },
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
