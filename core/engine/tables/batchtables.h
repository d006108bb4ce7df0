#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/engine/tables/writes.h"

#include <QStringList>

namespace inventory {

class EventLog;
class IdempotencyStore;
class ReservationTable;
class StockTable;

// The writer's tables through one batch on PostgreSQL (Writes::Deferred): the rows the batch
// will use are locked and read in one statement per table before its first command, the
// commands run against them in memory, and what they wrote goes out in one statement per table
// before the commit. A batch so costs a constant number of round trips whatever its size
// (docs/ARCHITECTURE.md, "PostgreSQL writer"). A command that reads the tables with its own
// statements (tickets, transfers, counts, offline sales beyond the books, new products) runs
// with Writes::Immediate, after what is kept has been written.
class BatchTables
{
public:
    BatchTables(StockTable &stock, EventLog &events, ReservationTable &reservations,
                IdempotencyStore &idempotency);

    void begin(Writes writes);
    // Locks and reads the rows these commands will use: reservations, then stock rows (those
    // still missing are created at nowMs, and removed again by flush() if no command changed
    // them), each sorted by key.
    Status prefetchRows(const QList<Command> &commands, qint64 nowMs);
    // Reads the results stored under these idempotency keys (given by the caller, which knows
    // which commands have one).
    Status prefetchResults(const QStringList &idempotencyKeys);
    // Before each command: the write mode it runs in.
    Status before(const Command &command);
    // Kept inserts and updates (with the stock's own count, what the transaction has changed).
    qsizetype held() const;
    // Writes everything kept; the stock rows first (reservations refer to them).
    Status flush();

    // Whether the command's work goes through the kept rows only.
    static bool runsOnKeptRows(const Command &command);

private:
    StockTable &m_stock;
    EventLog &m_events;
    ReservationTable &m_reservations;
    IdempotencyStore &m_idempotency;
    Writes m_batch = Writes::Immediate;
};

} // namespace inventory
