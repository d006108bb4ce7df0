#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

// Store names from the till's cache for the transfer screens (the stores arrive with the first
// sync: until then a store shows as its id).
class StoreNames
{
    Q_DECLARE_TR_FUNCTIONS(inventory::ui::StoreNames)

public:
    // Name by store id.
    static QHash<QString, QString> all(LocalCache &cache);
    // "Barcelona Plaza Catalunya (BCN-001)", or the id alone.
    static QString of(LocalCache &cache, const QString &storeId);
};

} // namespace inventory::ui
