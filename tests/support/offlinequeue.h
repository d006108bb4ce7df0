#pragma once

#include <QString>

namespace inventory {
class LocalStore;
}

namespace inventory::test {

// Fills a terminal's offline queue the way a clerk's sales would.
class OfflineQueue
{
public:
    // `count` operations adding one unit each, reasons "<reasonPrefix>0", "<reasonPrefix>1", …
    static bool addUnits(LocalStore &store, const QString &productId, const QString &storeId,
                         int count, const QString &reasonPrefix);
};

} // namespace inventory::test
