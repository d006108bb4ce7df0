#include "core/engine/tables/batchtables.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/idempotencystore.h"
#include "core/engine/tables/reservationtable.h"
#include "core/engine/tables/stocktable.h"

namespace inventory {

BatchTables::BatchTables(StockTable &stock, EventLog &events, ReservationTable &reservations,
                         IdempotencyStore &idempotency)
    : m_stock(stock)
    , m_events(events)
    , m_reservations(reservations)
    , m_idempotency(idempotency)
{
}

void BatchTables::begin(Writes writes)
{
    m_batch = writes;
    m_events.discard();
    m_reservations.discard();
    m_idempotency.begin(writes);
    // Cannot fail: nothing is kept yet.
    m_events.setWrites(writes);
    m_reservations.setWrites(writes);
}

bool BatchTables::runsOnKeptRows(const Command &command)
{
    switch (command.kind) {
    case CommandKind::Reserve:
    case CommandKind::Confirm:
    case CommandKind::Cancel:
    case CommandKind::SetLevels:
    case CommandKind::Count:
        return true;
    case CommandKind::Adjust:
        // A sale beyond the books looks for the reservations it puts at risk by a query.
        return !(command.stockCheck == StockCheck::RecordDiscrepancy && command.quantity < 0);
    default:
        return false;
    }
}

Status BatchTables::prefetchResults(const QStringList &idempotencyKeys)
{
    if (m_batch != Writes::Deferred)
        return {};
    return m_idempotency.prefetch(idempotencyKeys);
}

Status BatchTables::prefetchRows(const QList<Command> &commands, qint64 nowMs)
{
    if (m_batch != Writes::Deferred)
        return {};
    QStringList reservationIds;
    QList<std::pair<QString, QString>> rows;
    for (const Command &command : commands) {
        if (!runsOnKeptRows(command))
            continue;
        if (!command.reservationId.isEmpty())
            reservationIds.append(command.reservationId);
        if (command.kind != CommandKind::Confirm && command.kind != CommandKind::Cancel
            && !command.productId.isEmpty() && !command.storeId.isEmpty())
            rows.append({ command.productId, command.storeId });
    }
    // Reservations before stock rows: the order a confirmation locks them in.
    if (Status s = m_reservations.prefetch(reservationIds); !s)
        return s;
    rows.append(m_reservations.keptRows());
    return m_stock.prefetch(rows, nowMs);
}

Status BatchTables::before(const Command &command)
{
    if (runsOnKeptRows(command)) {
        if (m_batch != Writes::Deferred)
            return {};
        if (Status s = m_events.setWrites(Writes::Deferred); !s)
            return s;
        return m_reservations.setWrites(Writes::Deferred);
    }
    // Such a command may read stock rows, movements or reservations with its own statements
    // (a count's review does): everything kept is written first.
    if (Status s = m_stock.flush(); !s)
        return s;
    if (Status s = m_events.setWrites(Writes::Immediate); !s)
        return s;
    return m_reservations.setWrites(Writes::Immediate);
}

qsizetype BatchTables::held() const
{
    return m_events.held() + m_reservations.held();
}

Status BatchTables::flush()
{
    if (Status s = m_stock.flush(); !s)
        return s;
    if (Status s = m_reservations.flush(); !s)
        return s;
    if (Status s = m_events.flush(); !s)
        return s;
    return m_idempotency.flush();
}

} // namespace inventory
