#pragma once

#include "core/domain/command.h"
#include "core/domain/reservation.h"
#include "core/domain/stock/stockrow.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/discrepancies/discrepancystore.h"
#include "core/engine/tables/reservationtable.h"

#include <optional>

namespace inventory {

class DbConnection;
class EventLog;
class StockTable;

// A sale made offline, inside the writer's transaction (DESIGN.md: offline sales are facts).
// It is never refused for stock: the units come off the books, quantity stops at 0 (units
// sold beyond it are `unrecorded`), the newest reservations the rest no longer covers are
// flagged at risk and leave `reserved`, and what the books could not cover is recorded as a
// discrepancy for the store's manager.
class OfflineSale
{
public:
    OfflineSale(DbConnection &connection, StockTable &stock, EventLog &events);

    struct Shortfall
    {
        qint64 shortBy = 0;
        qint64 unrecorded = 0;
        QList<Reservation> uncovered;
    };
    struct Taken
    {
        StockRow row;
        qint64 quantityDelta = 0;
        qint64 reservedDelta = 0;
        std::optional<Shortfall> shortfall;
    };
    // Takes units from a row that exists.
    Result<Taken> take(const QString &productId, const QString &storeId, qint64 units,
                       qint64 nowMs);
    // Flags the shortfall's reservations at risk, records the discrepancy and appends its
    // event (after the sale's, so the feed tells the sale first).
    Result<Event> raise(const QString &productId, const QString &storeId,
                        const Shortfall &shortfall, const QString &ticketId, const QString &actor,
                        qint64 nowMs);
    // A single offline `subtract` (a queued sale of one product).
    Result<Applied> subtract(const Command &command, qint64 nowMs);

private:
    StockTable &m_stock;
    EventLog &m_events;
    ReservationTable m_reservations;
    DiscrepancyStore m_discrepancies;
};

} // namespace inventory
