#include "ui/transfers/storenames.h"

#include "core/client/localcache.h"
#include "ui/uilog.h"

namespace inventory::ui {

QHash<QString, QString> StoreNames::all(LocalCache &cache)
{
    QHash<QString, QString> names;
    const auto stores = cache.stores();
    if (!stores) {
        qCWarning(lcUi) << "cannot read the stores:" << stores.error().message();
        return names;
    }
    for (const Store &s : stores.value())
        names.insert(s.id, s.name);
    return names;
}

QString StoreNames::of(LocalCache &cache, const QString &storeId)
{
    const QString name = all(cache).value(storeId);
    return name.isEmpty() ? storeId : tr("%1 (%2)").arg(name, storeId);
}

} // namespace inventory::ui
