#include "core/client/stock/otherstocktable.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

OtherStockTable::OtherStockTable(DbConnection &db)
    : m_db(db)
{
}

Status OtherStockTable::replace(const QList<StockSummary> &lines, qint64 atMs)
{
    if (Status s = m_db.exec(u"DELETE FROM other_stock"_s); !s)
        return s;
    for (const StockSummary &line : lines) {
        if (Status s = m_db.write(u"INSERT OR REPLACE INTO other_stock (product_id, available,"
                                  " stores, at_ms) VALUES (?, ?, ?, ?)"_s,
                                  { line.productId, line.available, line.stores, atMs });
            !s)
            return s;
    }
    return {};
}

Result<std::optional<OtherStock>> OtherStockTable::read(const QString &productId)
{
    std::optional<OtherStock> found;
    if (Status s = m_db.forEachRow(
            u"SELECT available, stores, at_ms FROM other_stock WHERE product_id = ?"_s,
            { productId },
            [&](const QSqlQuery &q) {
                found = OtherStock { q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     q.value(2).toLongLong() };
            });
        !s)
        return s.error();
    return found;
}

} // namespace inventory
