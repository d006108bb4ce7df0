#pragma once

#include "core/domain/result.h"
#include "core/protocol/event.h"

namespace inventory {

class DbConnection;

// Writes into a till's profile what one event of the feed changed: the stock rows it carries
// (both stores' of a transfer, each line's of a ticket or a return), a new product, a
// reservation, the till's copy of a ticket and the reservations an offline sale put at risk.
// A profile scoped to one store keeps only that store's rows.
class CachedEvent
{
public:
    CachedEvent(DbConnection &db, const QString &scopeStoreId);

    // Run inside the caller's transaction, with the events in seq order.
    Status apply(const Event &event);

private:
    Status putRow(const StockRow &row);

    DbConnection &m_db;
    const QString &m_scope;
};

} // namespace inventory
