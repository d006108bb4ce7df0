#pragma once

#include "core/domain/result.h"
#include "core/domain/tickets/ticket.h"

#include <limits>
#include <optional>

namespace inventory {

class DbConnection;

// Tickets and returns in the server's database: written inside the writer's transaction,
// read by the routes (only what the read model has applied: committed and durable).
class TicketStore
{
public:
    explicit TicketStore(DbConnection &connection);

    static constexpr qint64 AnySeq = std::numeric_limits<qint64>::max();
    // The sales rollups' grains (schema v11): a quarter of an hour per store, a UTC day per
    // store and product.
    static constexpr qint64 SlotMs = 900'000;
    static constexpr qint64 DayMs = 86'400'000;

    Result<std::optional<Ticket>> load(const QString &ticketId, qint64 maxSeq = AnySeq);
    struct Page
    {
        QList<Ticket> tickets;
        qint64 total = 0;
    };
    // Newest first; storeId empty for every store; [fromMs, toMs) on the time of sale.
    Result<Page> list(const QString &storeId, qint64 fromMs, qint64 toMs, int page, int limit,
                      qint64 maxSeq);
    // nullopt: no such product.
    Result<std::optional<qint64>> priceCents(const QString &productId);
    struct Head
    {
        qint64 index = 0;
        QByteArray hash;
    };
    // The last ticket of a till's chain (index 0 and no hash before the first).
    Result<Head> chainHead(const QString &tillKey);
    // The ticket, its lines and its share of the sales rollups.
    Status insert(const Ticket &ticket);
    // returned += quantity on one line unless that exceeds what it sold: false then.
    Result<bool> addReturned(const QString &ticketId, int lineNo, qint64 quantity);
    Result<std::optional<TicketReturn>> loadReturn(const QString &returnId);
    Status insertReturn(const TicketReturn &ticketReturn);

private:
    Status addToRollups(const Ticket &ticket);

    DbConnection &m_connection;
};

} // namespace inventory
