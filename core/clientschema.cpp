#include "clientschema.h"

using namespace Qt::StringLiterals;

namespace inventory {

QList<QStringList> ClientSchema::steps()
{
    const QStringList v1 {
        u"CREATE TABLE stores (id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL)"_s,
        u"CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT NOT NULL, barcode TEXT, name TEXT "
        u"NOT NULL,"
        " category TEXT NOT NULL, price_cents INTEGER NOT NULL)"_s,
        u"CREATE INDEX products_sku ON products (sku)"_s,
        u"CREATE INDEX products_barcode ON products (barcode)"_s,
        // The server's confirmed rows; what the clerk sees adds the queued operations' deltas.
        u"CREATE TABLE stock (product_id TEXT NOT NULL, store_id TEXT NOT NULL, quantity INTEGER "
        u"NOT NULL,"
        " reserved INTEGER NOT NULL, version INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL,"
        " PRIMARY KEY (product_id, store_id))"_s,
        u"CREATE TABLE reservations (id TEXT PRIMARY KEY, product_id TEXT NOT NULL, store_id TEXT "
        u"NOT NULL,"
        " quantity INTEGER NOT NULL, customer_id TEXT NOT NULL, status TEXT NOT NULL,"
        " created_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL, event_seq INTEGER NOT NULL)"_s,
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE operations (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL, body TEXT NOT NULL, product_id TEXT, store_id TEXT,"
        " delta INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0,"
        " result TEXT NOT NULL DEFAULT '', created_at_ms INTEGER NOT NULL)"_s,
        u"CREATE INDEX operations_state ON operations (state, seq)"_s,
    };
    return { v1 };
}

} // namespace inventory
