#include "offlinequeue.h"

#include "core/client/localcache.h"

using namespace Qt::StringLiterals;

namespace inventory::test {

bool OfflineQueue::addUnits(LocalCache &cache, const QString &productId, const QString &storeId,
                            int count, const QString &notePrefix)
{
    for (int i = 0; i < count; ++i) {
        if (!cache.enqueue(u"stock"_s,
                           { { u"productId"_s, productId },
                             { u"storeId"_s, storeId },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 1 },
                             { u"reason"_s, u"received"_s },
                             { u"note"_s, notePrefix + QString::number(i) } },
                           productId, storeId, 1))
            return false;
    }
    return true;
}

} // namespace inventory::test
