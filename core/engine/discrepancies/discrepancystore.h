#pragma once

#include "core/domain/discrepancy.h"
#include "core/domain/result.h"

#include <limits>
#include <optional>

namespace inventory {

class DbConnection;

// Stock discrepancies in the server's database: written inside the writer's transaction,
// read by the routes (only what the read model has applied: committed and durable).
class DiscrepancyStore
{
public:
    explicit DiscrepancyStore(DbConnection &connection);

    static constexpr qint64 AnySeq = std::numeric_limits<qint64>::max();

    Result<std::optional<Discrepancy>> load(const QString &id, qint64 maxSeq = AnySeq);
    enum class Status { Open, Resolved, Any };
    struct Page
    {
        QList<Discrepancy> discrepancies;
        qint64 total = 0;
    };
    // Newest first; storeId empty for every store.
    Result<Page> list(const QString &storeId, Status status, int page, int limit, qint64 maxSeq);
    inventory::Status insert(const Discrepancy &discrepancy);
    // Its resolution, who and when (eventSeq stays the event that raised it).
    inventory::Status resolve(const Discrepancy &discrepancy);

private:
    DbConnection &m_connection;
};

} // namespace inventory
