#pragma once

#include <QString>

namespace inventory {

// What the stores other than one hold of a product, in short: the units available and how
// many of them have any. A till keeps its own store's rows and this for the rest, so its
// first sync does not grow with the chain (API.md "Stock").
struct StockSummary
{
    QString productId;
    qint64 available = 0;
    qint64 stores = 0;

    friend bool operator==(const StockSummary &, const StockSummary &) = default;
};

} // namespace inventory
