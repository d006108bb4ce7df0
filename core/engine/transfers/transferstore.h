#pragma once

#include "core/domain/result.h"
#include "core/domain/transfers/transfer.h"

#include <QHash>
#include <limits>
#include <optional>

namespace inventory {

class DbConnection;

// Transfers and their lines in the server's database: written inside the writer's
// transaction, read by the routes up to what the read model has applied (maxSeq).
class TransferStore
{
public:
    explicit TransferStore(DbConnection &connection);

    static constexpr qint64 AnySeq = std::numeric_limits<qint64>::max();

    Result<std::optional<Transfer>> load(const QString &transferId, qint64 maxSeq = AnySeq);
    struct Page
    {
        QList<Transfer> transfers;
        qint64 total = 0;
    };
    // Newest first; those from or to storeId (every store when empty), of one status or any.
    Result<Page> list(const QString &storeId, std::optional<TransferStatus> status, int page,
                      int limit, qint64 maxSeq);
    // Units of each product requested for storeId and not shipped yet (REQUESTED transfers):
    // replenishment counts them as on their way, so a request is not suggested twice.
    Result<QHash<QString, qint64>> requestedTo(const QString &storeId, qint64 maxSeq);
    Status insert(const Transfer &transfer);
    // Stores the transfer's status, times and the counts of every line.
    Status update(const Transfer &transfer);

private:
    Status loadLines(QList<Transfer> &transfers);

    DbConnection &m_connection;
};

} // namespace inventory
