#include "core/engine/reports/productsales.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

ProductSales::ProductSales(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<ProductSales::Line>> ProductSales::lines(const QString &storeId, qint64 fromMs,
                                                      qint64 toMs)
{
    QList<Line> lines;
    if (Status s = m_connection.forEachRow(
            u"SELECT l.product_id, SUM(l.quantity), SUM(l.quantity * l.unit_price_cents)"
            " FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id"
            " WHERE t.store_id = ? AND t.sold_at_ms >= ? AND t.sold_at_ms < ?"
            " GROUP BY l.product_id ORDER BY 2 DESC, 1"_s,
            { storeId, fromMs, toMs },
            [&](const QSqlQuery &q) {
                lines.append(
                    { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() });
            });
        !s)
        return s.error();
    return lines;
}

} // namespace inventory
