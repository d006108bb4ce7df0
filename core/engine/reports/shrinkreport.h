#pragma once

#include "core/domain/result.h"

#include <QString>
#include <limits>

namespace inventory {

class DbConnection;

// Units that left each store other than by a sale or a transfer — damage, theft, loss, own
// use, samples, corrections and counts that found fewer — by store, month and reason (the
// managers' shrink view), read through the movements index's partial index on decreases.
class ShrinkReport
{
public:
    explicit ShrinkReport(DbConnection &connection);

    struct Row
    {
        QString storeId;
        QString month; // YYYY-MM, UTC
        QString reason;
        qint64 units = 0;
    };
    // Oldest month first; storeId empty for every store; [fromMs, toMs).
    Result<QList<Row>> rows(const QString &storeId, qint64 fromMs, qint64 toMs,
                            qint64 maxSeq = std::numeric_limits<qint64>::max());

private:
    DbConnection &m_connection;
};

} // namespace inventory
