#pragma once

#include "core/domain/command.h"
#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/counts/countexecutor.h"
#include "core/engine/discrepancies/discrepancyresolver.h"
#include "core/engine/discrepancies/offlinesale.h"
#include "core/engine/reasons/reasonbook.h"
#include "core/engine/reservations/reservationexecutor.h"
#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/reservationtable.h"
#include "core/engine/tables/stocktable.h"
#include "core/engine/tickets/returnexecutor.h"
#include "core/engine/tickets/ticketexecutor.h"
#include "core/engine/transfers/transferexecutor.h"
#include "core/protocol/event.h"

#include <QJsonObject>

namespace inventory {

class DbConnection;

// Applies one command inside the caller's open transaction. A rule violation comes back as
// an Error (the caller rolls back to its savepoint); UNAVAILABLE means the storage failed.
class CommandExecutor
{
public:
    explicit CommandExecutor(DbConnection &connection);

    Result<Applied> execute(const Command &command, qint64 nowMs);
    // Every PENDING reservation whose expiresAt has passed becomes EXPIRED.
    Result<QList<Event>> expireDue(qint64 nowMs);
    // The same in two steps, for a batch that takes its row locks before the event counter:
    // dueReservations() locks the due reservations (on PostgreSQL with deferred writes), and
    // expire() ends them, once the batch may take seqs.
    Result<QStringList> dueReservations(qint64 nowMs);
    Result<QList<Event>> expire(const QStringList &ids, qint64 nowMs);
    // The transaction's seq allocation (reset at begin, flushed before commit).
    EventLog &events() { return m_events; }
    // The transaction's stock rows (begun and flushed with it).
    StockTable &stock() { return m_stock; }
    // The transaction's reservations (kept and flushed with it under Writes::Deferred).
    ReservationTable &reservations() { return m_reservations; }

private:
    Result<Applied> dispatch(const Command &command, qint64 nowMs);
    // Appends a stock.low for every row the command took below its min (StockTable::becameLow).
    Status announceLow(Applied &applied, qint64 nowMs);
    Result<Applied> setLevels(const Command &command, qint64 nowMs);
    Result<Applied> adjust(const Command &command, qint64 nowMs);
    Result<Applied> count(const Command &command, qint64 nowMs);
    Result<Applied> createProduct(const Command &command, qint64 nowMs);

    DbConnection &m_connection;
    StockTable m_stock;
    EventLog m_events;
    ReservationTable m_reservations;
    ReservationExecutor m_reserving;
    TicketExecutor m_tickets;
    ReturnExecutor m_returns;
    OfflineSale m_offline;
    DiscrepancyResolver m_resolver;
    TransferExecutor m_transfers;
    CountExecutor m_counts;
    ReasonBook m_reasons;
};

} // namespace inventory
