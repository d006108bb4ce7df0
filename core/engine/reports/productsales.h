#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace inventory {

class DbConnection;

// What each product sold at a store in [fromMs, toMs), best sellers first (the managers'
// dashboard: top sellers, and by difference the products without sales). One grouped
// statement over the tickets' index of store and time.
class ProductSales
{
public:
    explicit ProductSales(DbConnection &connection);

    struct Line
    {
        QString productId;
        qint64 units = 0;
        qint64 valueCents = 0;
    };
    Result<QList<Line>> lines(const QString &storeId, qint64 fromMs, qint64 toMs);

private:
    DbConnection &m_connection;
};

} // namespace inventory
