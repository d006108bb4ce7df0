#pragma once

#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>

class QSqlQuery;

namespace inventory {

class DbConnection;

// The stock a till shows: the rows the server last sent plus what the queued operations
// change (a queued sale, each line of a queued ticket, each restocked line of a queued
// return), so the clerk sees what the shelf holds before the queue is sent.
class ShownStock
{
public:
    // With a scope, availability() shows that store only (the profile holds no other rows).
    explicit ShownStock(DbConnection &db, QString scopeStoreId = {});

    // Every store's row of a product (a store that never stocked it shows as zero).
    Result<QList<StockRow>> availability(const QString &productId);
    Result<StockRow> row(const QString &productId, const QString &storeId);
    // Every row of every product (the managers' matrix).
    Result<QList<StockRow>> allRows();
    // A store's rows below their min (the low-stock badge and list), by product id.
    Result<QList<StockRow>> lowRows(const QString &storeId);

private:
    // Shown rows of the stock table, narrowed by a WHERE clause on `s`.
    Result<QList<StockRow>> rows(const QString &where, const QVariantList &args);

    DbConnection &m_db;
    QString m_scope;
};

} // namespace inventory
