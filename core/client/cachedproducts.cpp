#include "core/client/cachedproducts.h"

#include "core/client/productsearch.h"
#include "core/storage/dbconnection.h"

using namespace Qt::StringLiterals;

namespace inventory {

CachedProducts::CachedProducts(DbConnection &db)
    : m_db(db)
{
}

Status CachedProducts::put(const QList<Product> &products)
{
    // Writes go through DbConnection::write (SQLite's API directly): QtSql's binding was a
    // large part of a first sync's time (docs/PERFORMANCE.md).
    for (const Product &p : products) {
        if (Status s = m_db.write(
                // An upsert, not INSERT OR REPLACE: a replace deletes without firing the
                // delete trigger, which would leave the search index pointing at old text.
                u"INSERT INTO products (id, sku, barcode, name, category, price_cents, folded)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " sku = excluded.sku, barcode = excluded.barcode, name = excluded.name,"
                " category = excluded.category, price_cents = excluded.price_cents,"
                " folded = excluded.folded"_s,
                { p.id, p.sku, p.barcode, p.name, p.category, p.priceCents,
                  ProductSearch::foldedName(p) });
            !s)
            return s;
    }
    return {};
}

} // namespace inventory
