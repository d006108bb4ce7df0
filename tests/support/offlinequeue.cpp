#include "offlinequeue.h"

#include "localstore.h"

using namespace Qt::StringLiterals;

namespace inventory::test {

bool OfflineQueue::addUnits(LocalStore &store, const QString &productId, const QString &storeId,
                            int count, const QString &reasonPrefix)
{
    for (int i = 0; i < count; ++i) {
        if (!store.enqueue(u"stock"_s,
                           { { u"productId"_s, productId },
                             { u"storeId"_s, storeId },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 1 },
                             { u"reason"_s, reasonPrefix + QString::number(i) } },
                           productId, storeId, 1))
            return false;
    }
    return true;
}

} // namespace inventory::test
