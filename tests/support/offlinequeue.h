#pragma once

#include <QString>

namespace inventory {
class LocalCache;
}

namespace inventory::test {

// Fills a terminal's offline queue the way a clerk's sales would.
class OfflineQueue
{
public:
    // `count` operations adding one unit each, notes "<notePrefix>0", "<notePrefix>1", …
    static bool addUnits(LocalCache &cache, const QString &productId, const QString &storeId,
                         int count, const QString &notePrefix);
};

} // namespace inventory::test
