#include "core/engine/reports/shrinkreport.h"

#include "core/storage/dbconnection.h"
#include "core/storage/sqldialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

ShrinkReport::ShrinkReport(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<ShrinkReport::Row>> ShrinkReport::rows(const QString &storeId, qint64 fromMs,
                                                    qint64 toMs, qint64 maxSeq)
{
    const QString month = m_connection.dialect().kind() == SqlDialect::Kind::Sqlite
        ? u"strftime('%Y-%m', at_ms / 1000, 'unixepoch')"_s
        : u"to_char(to_timestamp(at_ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM')"_s;
    // The predicate of the partial index movements_shrink, word for word, so that it is used.
    QString sql = u"SELECT store_id, %1 AS month, reason, -SUM(delta) FROM movements"
                  " WHERE delta < 0 AND reason NOT IN ('sale', 'transfer_out')"
                  " AND at_ms >= ? AND at_ms < ? AND seq <= ?"_s.arg(month);
    QVariantList args { fromMs, toMs, maxSeq };
    if (!storeId.isEmpty()) {
        sql += u" AND store_id = ?"_s;
        args << storeId;
    }
    sql += u" GROUP BY store_id, month, reason ORDER BY month, store_id, reason"_s;
    QList<Row> rows;
    if (Status s = m_connection.forEachRow(
            sql, args,
            [&](const QSqlQuery &q) {
                rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong() });
            });
        !s)
        return s.error();
    return rows;
}

} // namespace inventory
