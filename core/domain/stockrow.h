#pragma once

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

    qint64 available() const { return quantity > reserved ? quantity - reserved : 0; }
    bool isLow() const { return minLevel > 0 && available() < minLevel; }

    friend bool operator==(const StockRow &, const StockRow &) = default;
};

} // namespace inventory
