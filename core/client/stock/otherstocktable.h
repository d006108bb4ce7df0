#pragma once

#include "core/client/stock/otherstock.h"
#include "core/domain/result.h"
#include "core/domain/stock/stocksummary.h"

#include <QList>
#include <optional>

namespace inventory {

class DbConnection;

// The profile's copy of GET /stock/summary: per product, what the stores other than the
// till's own hold, and when that was read.
class OtherStockTable
{
public:
    explicit OtherStockTable(DbConnection &db);

    // Replaces the whole summary (the caller's transaction makes it all or nothing).
    Status replace(const QList<StockSummary> &lines, qint64 atMs);
    // nullopt: the product was not in the last summary (or none was read yet).
    Result<std::optional<OtherStock>> read(const QString &productId);

private:
    DbConnection &m_db;
};

} // namespace inventory
