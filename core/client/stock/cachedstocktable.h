#pragma once

#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"

namespace inventory {

class DbConnection;

// The profile's confirmed stock rows, as the server last sent them. A profile scoped to one
// store keeps that store's rows only: the others are summarised (OtherStockTable).
class CachedStockTable
{
public:
    enum class Overwrite { OnlyNewer, Always };

    CachedStockTable(DbConnection &db, const QString &scopeStoreId);

    // OnlyNewer: a row older than the one held (a late reply after a newer event) never
    // wins; Always: a full re-read replaces whatever is there.
    Status put(const StockRow &row, Overwrite overwrite);

private:
    DbConnection &m_db;
    const QString &m_scope;
};

} // namespace inventory
