#pragma once

#include "core/domain/stock/stockcell.h"

#include <QString>

namespace inventory {

// Stock of one product at one store. available = quantity - reserved; incoming are units
// shipped to the store by a transfer and not yet received (not part of quantity). minLevel and
// targetLevel are the store's reorder levels (0: none): below minLevel the row is low, and
// replenishment brings it back up to targetLevel (API.md "Replenishment, counts, reports").
struct StockRow
{
    QString productId;
    QString storeId;
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 version = 0;
    qint64 updatedAtMs = 0;
    qint64 incoming = 0;
    qint64 minLevel = 0;
    qint64 targetLevel = 0;

    static StockRow of(const QString &productId, const QString &storeId, const StockCell &c)
    {
        return { productId,     storeId,    c.quantity, c.reserved,   c.version,
                 c.updatedAtMs, c.incoming, c.minLevel, c.targetLevel };
    }
    StockCell cell() const
    {
        return { quantity, reserved, version, updatedAtMs, incoming, minLevel, targetLevel };
    }
    qint64 available() const { return quantity > reserved ? quantity - reserved : 0; }
    bool isLow() const { return minLevel > 0 && available() < minLevel; }

    friend bool operator==(const StockRow &, const StockRow &) = default;
};

} // namespace inventory
