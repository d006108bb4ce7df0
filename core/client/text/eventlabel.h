#pragma once

#include "core/domain/reservation.h"

#include <QCoreApplication>
#include <QString>

namespace inventory {

// The words a person reads for a change-feed event type (`stock.adjusted` → "Stock
// changed") and for a reason code (`sale` → "Sale"), translated; an unknown one is shown as
// it is.
class EventLabel
{
    Q_DECLARE_TR_FUNCTIONS(EventLabel)

public:
    static QString of(const QString &type);
    static QString reason(const QString &code);
    // A reservation's status in words: held, sold, cancelled, expired.
    static QString reservationStatus(ReservationStatus status);
};

} // namespace inventory
