#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace inventory {

class DbConnection;

// What each product sold at a store over whole UTC days up to now, best sellers first (the
// managers' dashboard: top sellers, and by difference the products without sales). Read from
// the rollup per store, day and product (schema v11): a month is at most a month of rows per
// product sold, whatever the number of tickets.
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
    // Since the start of the UTC day fromDayMs (a multiple of TicketStore::DayMs).
    Result<QList<Line>> lines(const QString &storeId, qint64 fromDayMs);

private:
    DbConnection &m_connection;
};

} // namespace inventory
