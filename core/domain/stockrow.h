#pragma once

#include <QString>

namespace inventory {

// Stock of one product at one store. available = quantity - reserved.
struct StockRow
{
    QString productId;
    QString storeId;
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 version = 0;
    qint64 updatedAtMs = 0;

    qint64 available() const { return quantity > reserved ? quantity - reserved : 0; }

    friend bool operator==(const StockRow &, const StockRow &) = default;
};

} // namespace inventory
