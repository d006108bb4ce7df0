#include "core/storage/clientschema.h"

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
    // Search as you type over a large catalogue: a trigram index finds any substring of
    // three or more characters without reading every product, as a LIKE '%…%' scan does on
    // every keystroke. Kept in step with products by triggers, except during a bulk load
    // (meta bulkLoad), which rebuilds it once at the end, far cheaper than a trigger per
    // row (docs/PERFORMANCE.md).
    const QStringList v2 {
        // Case-insensitive indexes serve the prefix search of one or two characters.
        u"CREATE INDEX products_name ON products (name COLLATE NOCASE)"_s,
        u"CREATE INDEX products_sku_nocase ON products (sku COLLATE NOCASE)"_s,
        u"CREATE INDEX products_barcode_nocase ON products (barcode COLLATE NOCASE)"_s,
        u"CREATE VIRTUAL TABLE product_search USING fts5(sku, barcode, name,"
        " content='products', content_rowid='rowid', tokenize='trigram')"_s,
        u"INSERT INTO product_search (product_search) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER products_search_insert AFTER INSERT ON products"
        " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulkLoad') BEGIN"
        " INSERT INTO product_search (rowid, sku, barcode, name)"
        " VALUES (new.rowid, new.sku, new.barcode, new.name); END"_s,
        u"CREATE TRIGGER products_search_delete AFTER DELETE ON products"
        " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulkLoad') BEGIN"
        " INSERT INTO product_search (product_search, rowid, sku, barcode, name)"
        " VALUES ('delete', old.rowid, old.sku, old.barcode, old.name); END"_s,
        u"CREATE TRIGGER products_search_update AFTER UPDATE ON products"
        " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulkLoad') BEGIN"
        " INSERT INTO product_search (product_search, rowid, sku, barcode, name)"
        " VALUES ('delete', old.rowid, old.sku, old.barcode, old.name);"
        " INSERT INTO product_search (rowid, sku, barcode, name)"
        " VALUES (new.rowid, new.sku, new.barcode, new.name); END"_s,
    };
    // Search ignores case and accents: the index holds each name folded (TextFold, computed
    // by the client when it stores a product; rows stored before are folded on open), and the
    // clerk's text is folded the same way. The recent change feed is kept for the activity
    // list, so it shows the recent past and not only what arrived since the till started.
    const QStringList v3 {
        u"DROP TRIGGER products_search_insert"_s,
        u"DROP TRIGGER products_search_delete"_s,
        u"DROP TRIGGER products_search_update"_s,
        u"DROP TABLE product_search"_s,
        u"ALTER TABLE products ADD COLUMN folded TEXT NOT NULL DEFAULT '' COLLATE NOCASE"_s,
        u"CREATE INDEX products_folded ON products (folded)"_s,
        u"CREATE VIRTUAL TABLE product_search USING fts5(sku, barcode, folded,"
        " content='products', content_rowid='rowid', tokenize='trigram')"_s,
        u"INSERT INTO product_search (product_search) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER products_search_insert AFTER INSERT ON products"
        " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulkLoad') BEGIN"
        " INSERT INTO product_search (rowid, sku, barcode, folded)"
        " VALUES (new.rowid, new.sku, new.barcode, new.folded); END"_s,
        u"CREATE TRIGGER products_search_delete AFTER DELETE ON products"
        " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulkLoad') BEGIN"
        " INSERT INTO product_search (product_search, rowid, sku, barcode, folded)"
        " VALUES ('delete', old.rowid, old.sku, old.barcode, old.folded); END"_s,
        u"CREATE TRIGGER products_search_update AFTER UPDATE ON products"
        " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulkLoad') BEGIN"
        " INSERT INTO product_search (product_search, rowid, sku, barcode, folded)"
        " VALUES ('delete', old.rowid, old.sku, old.barcode, old.folded);"
        " INSERT INTO product_search (rowid, sku, barcode, folded)"
        " VALUES (new.rowid, new.sku, new.barcode, new.folded); END"_s,
        u"CREATE TABLE recent_events (seq INTEGER PRIMARY KEY, type TEXT NOT NULL,"
        " at_ms INTEGER NOT NULL, store_id TEXT NOT NULL, product_id TEXT NOT NULL,"
        " data TEXT NOT NULL)"_s,
    };
    // Units on their way to a store (transfers): shown in Availability and the matrix.
    const QStringList v4 {
        u"ALTER TABLE stock ADD COLUMN incoming INTEGER NOT NULL DEFAULT 0"_s,
    };
    // Reorder levels: the low-stock badge and list, and the levels a manager edits.
    const QStringList v5 {
        u"ALTER TABLE stock ADD COLUMN min_level INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE stock ADD COLUMN target_level INTEGER NOT NULL DEFAULT 0"_s,
    };
    // Who queued each operation and at which enrolled till (API.md "Terminals and staff").
    const QStringList v6 {
        u"ALTER TABLE operations ADD COLUMN actor TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE operations ADD COLUMN device_id TEXT NOT NULL DEFAULT ''"_s,
    };
    // A till holds its own store's rows and this summary of the others (issue 29, chain size).
    const QStringList v7 {
        u"CREATE TABLE other_stock (product_id TEXT PRIMARY KEY, available INTEGER NOT NULL,"
        " stores INTEGER NOT NULL, at_ms INTEGER NOT NULL)"_s,
    };
    return { v1, v2, v3, v4, v5, v6, v7 };
}

} // namespace inventory
