#pragma once

#include "core/domain/command.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/discrepancies/offlinesale.h"
#include "core/engine/tickets/ticketstore.h"

namespace inventory {

class DbConnection;
class EventLog;
class StockTable;

// A sale ticket inside the writer's transaction: all lines or none. Every refusal (unknown
// store or product, a line short of stock) is decided before the first write, so a refused
// ticket leaves nothing behind even where the batch runs without savepoints. A ticket sold
// offline is never refused for stock (OfflineSale). A ticket id
// already recorded answers with that ticket (the same request) or is refused (another one).
class TicketExecutor
{
public:
    TicketExecutor(DbConnection &connection, StockTable &stock, EventLog &events);

    Result<Applied> sell(const Command &command, qint64 nowMs);

    // The till whose chain a ticket joins: one per store until tills enrol.
    static QString tillKeyFor(const Command &command);

private:
    Result<Applied> replay(const Ticket &known, const Command &command);

    StockTable &m_stock;
    EventLog &m_events;
    TicketStore m_tickets;
    OfflineSale m_offline;
};

} // namespace inventory
