#include "core/client/stock/cachedstocktable.h"

#include "core/storage/dbconnection.h"

using namespace Qt::StringLiterals;

namespace inventory {

CachedStockTable::CachedStockTable(DbConnection &db, const QString &scopeStoreId)
    : m_db(db)
    , m_scope(scopeStoreId)
{
}

Status CachedStockTable::put(const StockRow &row, Overwrite overwrite)
{
    if (!m_scope.isEmpty() && row.storeId != m_scope)
        return {}; // another store's: summarised, not held
    const QString guard
        = overwrite == Overwrite::Always ? QString() : u" WHERE excluded.version > stock.version"_s;
    return m_db.write(
        u"INSERT INTO stock (product_id, store_id, quantity, reserved, version, updated_at_ms,"
        " incoming, min_level, target_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (product_id, store_id) DO UPDATE SET"
        " quantity = excluded.quantity, reserved = excluded.reserved,"
        " version = excluded.version, updated_at_ms = excluded.updated_at_ms,"
        " incoming = excluded.incoming, min_level = excluded.min_level,"
        " target_level = excluded.target_level"_s
            + guard,
        { row.productId, row.storeId, row.quantity, row.reserved, row.version, row.updatedAtMs,
          row.incoming, row.minLevel, row.targetLevel });
}

} // namespace inventory
