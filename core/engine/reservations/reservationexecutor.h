#pragma once

#include "core/domain/command.h"
#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/engine/commandoutcome.h"
#include "core/protocol/event.h"

namespace inventory {

class EventLog;
class ReservationTable;
class StockTable;

// Reservations inside the caller's transaction: made from a stock row's available units,
// then confirmed (the units leave the row), cancelled or expired (they return to it).
class ReservationExecutor
{
public:
    ReservationExecutor(StockTable &stock, EventLog &events, ReservationTable &reservations);

    Result<Applied> reserve(const Command &command, qint64 nowMs);
    // Confirms, cancels or expires a PENDING reservation; one already in target answers as it is.
    Result<Applied> finish(const Command &command, ReservationStatus target, qint64 nowMs);
    // Every PENDING reservation whose expiresAt has passed becomes EXPIRED.
    Result<QList<Event>> expireDue(qint64 nowMs);
    // Expires these reservations (ReservationTable::due).
    Result<QList<Event>> expire(const QStringList &ids, qint64 nowMs);

private:
    Result<Event> appendEvent(const char *type, const Reservation &reservation, const StockRow &row,
                              const QString &actor, qint64 nowMs);

    StockTable &m_stock;
    EventLog &m_events;
    ReservationTable &m_reservations;
};

} // namespace inventory
