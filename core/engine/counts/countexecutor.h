#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/counts/countstore.h"

namespace inventory {

class DbConnection;
class EventLog;
class StockTable;

// Count sessions (API.md "Count sessions"), each step inside the writer's transaction with one
// event. Opening takes each product's snapshot; an entry records one till's count of one
// product (a product not in the count joins it, with its snapshot then); applying posts, in one
// transaction, each counted product's variance against what was expected when it was counted
// (CountStore::review) onto the quantity it has now, with reason `count`, so units sold while
// the shelf was being counted are neither lost nor counted twice.
class CountExecutor
{
public:
    CountExecutor(DbConnection &connection, StockTable &stock, EventLog &events);

    Result<Applied> apply(const Command &command, qint64 nowMs);

private:
    Result<Applied> open(const Command &command, qint64 nowMs);
    Result<Applied> enter(const Command &command, CountSession count, qint64 nowMs);
    Result<Applied> post(const Command &command, CountSession count, qint64 nowMs);
    Result<Applied> cancel(const Command &command, CountSession count, qint64 nowMs);

    Result<QStringList> scopeProducts(const Command &command);
    // The store's quantity of the product as this transaction has it (0 without a row).
    Result<qint64> quantityOf(const QString &productId, const QString &storeId);
    Result<Event> append(const char *type, const CountSession &count, qint64 seq, qint64 nowMs,
                         const QByteArray &data);

    StockTable &m_stock;
    EventLog &m_events;
    CountStore m_counts;
};

} // namespace inventory
