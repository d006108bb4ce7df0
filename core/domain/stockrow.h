#pragma once

#include <QString>

namespace inventory {

// Stock of one product at one store. available = quantity - reserved; incoming are units
// shipped to the store by a transfer and not yet received (not part of quantity).
struct StockRow
{
    QString productId;
    QString storeId;
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 version = 0;
    qint64 updatedAtMs = 0;
    qint64 incoming = 0;

    qint64 available() const { return quantity > reserved ? quantity - reserved : 0; }

    friend bool operator==(const StockRow &, const StockRow &) = default;
};

} // namespace inventory
