#include "core/engine/reports/salesseries.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

SalesSeries::SalesSeries(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<SalesSeries::Point>> SalesSeries::points(const QString &storeId, qint64 fromMs,
                                                      qint64 toMs, Bucket bucket, qint64 offsetMs)
{
    const qint64 size = bucket == Bucket::Day ? 86'400'000 : 3'600'000;
    // Integer division on times at or after 1970 plus the offset: the same in both dialects.
    const QString sql
        = u"SELECT (t.sold_at_ms + ?) / ? AS b, COUNT(DISTINCT t.id), SUM(l.quantity),"
          " SUM(l.quantity * l.unit_price_cents) FROM tickets t"
          " JOIN ticket_lines l ON l.ticket_id = t.id"
          " WHERE t.store_id = ? AND t.sold_at_ms >= ? AND t.sold_at_ms < ?"
          " GROUP BY b ORDER BY b"_s;
    QList<Point> points;
    if (Status s = m_connection.forEachRow(
            sql, { offsetMs, size, storeId, fromMs, toMs },
            [&](const QSqlQuery &q) {
                points.append({ q.value(0).toLongLong() * size - offsetMs, q.value(1).toLongLong(),
                                q.value(2).toLongLong(), q.value(3).toLongLong() });
            });
        !s)
        return s.error();
    return points;
}

} // namespace inventory
