#pragma once

#include "core/domain/command.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/tickets/ticketstore.h"

namespace inventory {

class EventLog;
class StockTable;

// Units of a ticket coming back, at any store (bought in Madrid, returned in Sevilla: the
// units go to Sevilla). Per line at most what was sold less what came back already; restocked
// units join the returning store's stock, damaged ones are recorded and not sellable. All
// lines or none; every refusal before the first write, as for a ticket.
class ReturnExecutor
{
public:
    ReturnExecutor(DbConnection &connection, StockTable &stock, EventLog &events);

    Result<Applied> apply(const Command &command, qint64 nowMs);

private:
    // Replayed: the return was taken before (the same id), and is answered as it was.
    enum class Taken { Now, Before };
    Result<Applied> reply(const TicketReturn &ticketReturn, QList<Event> events, Taken taken);

    StockTable &m_stock;
    EventLog &m_events;
    TicketStore m_tickets;
};

} // namespace inventory
