#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QMap>
#include <QString>

class QSqlQuery;

namespace inventory {

class DbConnection;

// Sales over time for charts (API.md "GET /reports/sales"): per store, tickets, units and value
// in each day or hour of [fromMs, toMs), days and hours starting at the store's local midnight
// (offsetMs ahead of UTC). Read from the quarter-hour rollup (schema v11), and from the tickets
// for the ragged ends of the range.
class SalesSeries
{
public:
    explicit SalesSeries(DbConnection &connection);

    enum class Bucket { Day, Hour };
    struct Point
    {
        qint64 startMs = 0; // the bucket's first instant, UTC
        qint64 tickets = 0;
        qint64 units = 0;
        qint64 valueCents = 0;
    };
    // Buckets without sales are left out.
    Result<QList<Point>> points(const QString &storeId, qint64 fromMs, qint64 toMs, Bucket bucket,
                                qint64 offsetMs);

    // A chart of days asks for at most a year of them, one of hours for at most 31 days.
    static constexpr int MaxBuckets = 24 * 31;

private:
    static void add(QMap<qint64, Point> &buckets, const QSqlQuery &row, qint64 size,
                    qint64 offsetMs);

    DbConnection &m_connection;
};

} // namespace inventory
