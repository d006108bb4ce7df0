#pragma once

#include <QtGlobal>

namespace inventory {

// The numbers of one stock row without its keys (StockRow has them all): what the server's
// read model keeps per product and store.
struct StockCell
{
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 version = 0;
    qint64 updatedAtMs = 0;
    qint64 incoming = 0;
    qint64 minLevel = 0;
    qint64 targetLevel = 0;

    qint64 available() const { return quantity > reserved ? quantity - reserved : 0; }
};

} // namespace inventory
