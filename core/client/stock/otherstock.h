#pragma once

#include <QtGlobal>

namespace inventory {

// What the other stores held of a product when this till last read the summary (atMs):
// a till keeps only its own store's rows, so this is all it knows of the rest offline.
struct OtherStock
{
    qint64 available = 0;
    qint64 stores = 0;
    qint64 atMs = 0;
};

} // namespace inventory
