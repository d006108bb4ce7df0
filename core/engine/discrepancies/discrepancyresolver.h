#pragma once

#include "core/domain/command.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/discrepancies/discrepancystore.h"
#include "core/engine/tables/reservationtable.h"

#include <functional>

namespace inventory {

class DbConnection;
class EventLog;
class StockTable;

// A manager's resolution of a discrepancy, inside the writer's transaction. `released`
// cancels the reservations it put at risk that are still held; then, whatever the
// resolution, each reservation of the row still at risk that the stock covers again (a count,
// a delivery, a transfer) holds its units once more, oldest first. One event,
// `discrepancy.resolved`, with the row when it changed.
class DiscrepancyResolver
{
public:
    // Cancels one reservation as DELETE /reservations/{id} does, with its event.
    using Cancel = std::function<Result<Applied>(const QString &reservationId, const QString &actor,
                                                 qint64 nowMs)>;

    DiscrepancyResolver(DbConnection &connection, StockTable &stock, EventLog &events,
                        Cancel cancel);

    Result<Applied> resolve(const Command &command, qint64 nowMs);

private:
    StockTable &m_stock;
    EventLog &m_events;
    Cancel m_cancel;
    ReservationTable m_reservations;
    DiscrepancyStore m_discrepancies;
};

} // namespace inventory
