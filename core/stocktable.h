#pragma once

#include "result.h"
#include "stockrow.h"

#include <optional>

namespace inventory {

class DbConnection;

// The stock rows, changed only by conditional updates whose WHERE clause is the
// precondition: an update that matches no row is how a command learns it may not run.
class StockTable
{
public:
    explicit StockTable(DbConnection &connection);

    Result<std::optional<StockRow>> load(const QString &productId, const QString &storeId);
    // quantity += dQuantity, reserved += dReserved, version + 1, provided that afterwards
    // 0 <= reserved <= quantity. nullopt when the precondition (or the row) is missing.
    Result<std::optional<StockRow>> applyDeltas(const QString &productId, const QString &storeId,
                                                qint64 dQuantity, qint64 dReserved, qint64 nowMs);
    // quantity = newQuantity, version + 1, provided newQuantity >= reserved and, if given,
    // version == expectedVersion.
    Result<std::optional<StockRow>> setQuantity(const QString &productId, const QString &storeId,
                                                qint64 newQuantity,
                                                std::optional<qint64> expectedVersion,
                                                qint64 nowMs);
    // Creates the row at quantity 0, version 0 (a product never stocked there).
    Status insertEmpty(const QString &productId, const QString &storeId, qint64 nowMs);

    Result<bool> productExists(const QString &productId);
    Result<bool> storeExists(const QString &storeId);

private:
    // Runs a conditional UPDATE of one stock row; the row as it is afterwards, or nullopt when
    // the UPDATE matched nothing.
    Result<std::optional<StockRow>> updated(const QString &update, const QVariantList &args,
                                            const QString &productId, const QString &storeId);
    Result<bool> exists(const QString &sql, const QString &id);

    DbConnection &m_connection;
};

} // namespace inventory
