#include "core/engine/reports/productsales.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

ProductSales::ProductSales(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<ProductSales::Line>> ProductSales::lines(const QString &storeId, qint64 fromDayMs)
{
    QList<Line> lines;
    if (Status s = m_connection.forEachRow(
            u"SELECT product_id, SUM(units), SUM(value_cents) FROM product_sales_days"
            " WHERE store_id = ? AND day_ms >= ? GROUP BY product_id ORDER BY 2 DESC, 1"_s,
            { storeId, fromDayMs },
            [&](const QSqlQuery &q) {
                lines.append(
                    { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() });
            });
        !s)
        return s.error();
    return lines;
}

} // namespace inventory
