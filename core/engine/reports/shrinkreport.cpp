#include "core/engine/reports/shrinkreport.h"

#include "core/storage/dbconnection.h"

#include <QDate>
#include <QMap>
#include <QSqlQuery>
#include <tuple>

using namespace Qt::StringLiterals;

namespace inventory {

ShrinkReport::ShrinkReport(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<ShrinkReport::Row>> ShrinkReport::rows(const QString &storeId, qint64 fromMs,
                                                    qint64 toMs, qint64 maxSeq)
{
    // Summed by day in SQL (an integer division, the same in both dialects and cheaper per
    // row than formatting a date) and the days folded into months here. The WHERE clause
    // repeats the predicate of the partial index movements_shrink, so that it is used.
    QString sql = u"SELECT store_id, at_ms / 86400000 AS day, reason, -SUM(delta) FROM movements"
                  " WHERE delta < 0 AND reason NOT IN ('sale', 'transfer_out')"
                  " AND at_ms >= ? AND at_ms < ? AND seq <= ?"_s;
    QVariantList args { fromMs, toMs, maxSeq };
    if (!storeId.isEmpty()) {
        sql += u" AND store_id = ?"_s;
        args << storeId;
    }
    sql += u" GROUP BY store_id, day, reason"_s;
    const QDate epoch(1970, 1, 1);
    QMap<std::tuple<QString, QString, QString>, qint64> months; // month, store, reason
    if (Status s = m_connection.forEachRow(
            sql, args,
            [&](const QSqlQuery &q) {
                const QString month = epoch.addDays(q.value(1).toLongLong()).toString(u"yyyy-MM"_s);
                months[{ month, q.value(0).toString(), q.value(2).toString() }]
                    += q.value(3).toLongLong();
            });
        !s)
        return s.error();
    QList<Row> rows;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        rows.append(
            { std::get<1>(it.key()), std::get<0>(it.key()), std::get<2>(it.key()), it.value() });
    return rows;
}

} // namespace inventory
