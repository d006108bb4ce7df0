#pragma once

#include <QHash>
#include <QString>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

// Product names for the tables that hold ids (activity, reservations, pending), read from the
// till's cache once per product: a table asks for a name on every paint.
class ProductNames
{
public:
    explicit ProductNames(LocalCache &cache);

    // The product's name, or its id when the cache does not know it (or cannot be read).
    QString of(const QString &productId) const;
    // After the catalogue changed.
    void forget() { m_names.clear(); }

private:
    LocalCache &m_cache;
    mutable QHash<QString, QString> m_names;
};

} // namespace inventory::ui
