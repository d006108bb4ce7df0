#include "core/storage/serverschema.h"

using namespace Qt::StringLiterals;

namespace inventory {

// Transfers between stores, reason codes and each product's movements (API.md "Transfers",
// "Reasons", "Movement history").
QStringList ServerSchema::v6(const SqlDialect &dialect)
{
    const QString big = dialect.bigint();
    const bool sqlite = dialect.kind() == SqlDialect::Kind::Sqlite;
    QStringList steps {
        u"ALTER TABLE stock ADD COLUMN incoming %1 NOT NULL DEFAULT 0"_s.arg(big),
        u"CREATE TABLE reasons (code TEXT PRIMARY KEY, label TEXT NOT NULL,"
        " direction TEXT NOT NULL, created_by TEXT NOT NULL, created_at_ms %1 NOT NULL)"_s.arg(big),
        u"CREATE TABLE transfers (id TEXT PRIMARY KEY,"
        " from_store_id TEXT NOT NULL REFERENCES stores(id),"
        " to_store_id TEXT NOT NULL REFERENCES stores(id), status TEXT NOT NULL,"
        " note TEXT NOT NULL, requested_by TEXT NOT NULL, shipped_by TEXT NOT NULL,"
        " requested_at_ms %1 NOT NULL, shipped_at_ms %1 NOT NULL, updated_at_ms %1 NOT NULL,"
        " event_seq %1 NOT NULL)"_s.arg(big),
        u"CREATE INDEX transfers_from ON transfers (from_store_id, status)"_s,
        u"CREATE INDEX transfers_to ON transfers (to_store_id, status)"_s,
        u"CREATE TABLE transfer_lines (transfer_id TEXT NOT NULL REFERENCES transfers(id),"
        " line_no INTEGER NOT NULL, product_id TEXT NOT NULL REFERENCES products(id),"
        " requested %1 NOT NULL, shipped %1 NOT NULL, received %1 NOT NULL,"
        " damaged %1 NOT NULL, lost %1 NOT NULL, PRIMARY KEY (transfer_id, line_no),"
        " CHECK (received + damaged + lost <= shipped))"_s.arg(big),
        // One row per stock row an event changed, keyed for a product's history at a store
        // read newest first: an index range scan, not a scan of the log.
        u"CREATE TABLE movements (product_id TEXT NOT NULL, store_id TEXT NOT NULL,"
        " seq %1 NOT NULL, at_ms %1 NOT NULL, reason TEXT NOT NULL, delta %1 NOT NULL,"
        " PRIMARY KEY (product_id, store_id, seq))%2"_s.arg(
            big, sqlite ? u" WITHOUT ROWID"_s : QString()),
        // Units that left a store other than by a sale or a transfer (the shrink report), by
        // store and time, covering what the report sums: a small index, since sales are most
        // of the decreases, and no lookup into the table per row.
        u"CREATE INDEX movements_shrink ON movements (store_id, at_ms, reason, delta)"
        " WHERE delta < 0 AND reason NOT IN ('sale', 'transfer_out')"_s,
    };
    // Reasons written as free text before codes existed become codes; text that names none
    // is kept as the note of a correction.
    const QString codes = u"'sale','return','received','count','damage','theft','loss',"
                          "'internal_use','sample','transfer_in','transfer_out','correction'"_s;
    const QString old
        = sqlite ? u"json_extract(data, '$.reason')"_s : u"(data::jsonb->>'reason')"_s;
    const QString folded = u"lower(trim(COALESCE(%1, '')))"_s.arg(old);
    const QString code
        = u"CASE WHEN %1 IN (%2) THEN %1"
          " WHEN %1 IN ('receipt', 'delivery', 'restock') THEN 'received'"
          " WHEN %1 = '' AND type = 'stock.counted' THEN 'count'"
          " WHEN %1 = '' AND %3 > 0 THEN 'received'"
          " ELSE 'correction' END"_s.arg(folded, codes,
                                         sqlite ? u"json_extract(data, '$.delta')"_s
                                                : u"(data::jsonb->>'delta')::bigint"_s);
    const QString note = u"CASE WHEN %1 IN (%2) OR %1 IN ('receipt', 'delivery', 'restock')"
                         " THEN '' ELSE COALESCE(%3, '') END"_s.arg(folded, codes, old);
    const QString where = u" WHERE type IN ('stock.adjusted', 'stock.counted')"
                          " AND (%1 IS NULL OR %1 NOT IN (%2))"_s.arg(old, codes);
    if (sqlite)
        steps << u"UPDATE events SET data = json_set(data, '$.reason', %1, '$.note', %2)"_s.arg(
                     code, note)
                + where;
    else
        steps << u"UPDATE events SET data = (data::jsonb || jsonb_build_object('reason', %1,"
                 " 'note', %2))::text"_s.arg(code, note)
                + where;
    // The movements of the events already in the log: single-row events by their columns,
    // tickets and returns by their lines that changed a row.
    const QString confirmed = sqlite ? u"json_extract(data, '$.reservation.quantity')"_s
                                     : u"(data::jsonb->'reservation'->>'quantity')::bigint"_s;
    const QString delta
        = sqlite ? u"json_extract(data, '$.delta')"_s : u"(data::jsonb->>'delta')::bigint"_s;
    steps << u"INSERT INTO movements (product_id, store_id, seq, at_ms, reason, delta)"
             " SELECT product_id, store_id, seq, at_ms, COALESCE(%1, ''), COALESCE(%2,"
             " CASE WHEN type = 'reservation.confirmed' THEN -%3 ELSE 0 END) FROM events"
             " WHERE product_id IS NOT NULL AND store_id IS NOT NULL"_s.arg(old, delta, confirmed);
    if (sqlite)
        steps << u"INSERT INTO movements (product_id, store_id, seq, at_ms, reason, delta)"
                 " SELECT json_extract(l.value, '$.productId'), e.store_id, e.seq, e.at_ms,"
                 " COALESCE(json_extract(l.value, '$.reason'), 'sale'),"
                 " COALESCE(json_extract(l.value, '$.delta'), 0)"
                 " FROM events e, json_each(e.data, '$.lines') l"
                 " WHERE e.type IN ('ticket.sold', 'ticket.returned')"
                 " AND json_extract(l.value, '$.row') IS NOT NULL"_s;
    else
        steps << u"INSERT INTO movements (product_id, store_id, seq, at_ms, reason, delta)"
                 " SELECT l.value->>'productId', e.store_id, e.seq, e.at_ms,"
                 " COALESCE(l.value->>'reason', 'sale'), COALESCE((l.value->>'delta')::bigint, 0)"
                 " FROM events e, jsonb_array_elements(e.data::jsonb->'lines') AS l(value)"
                 " WHERE e.type IN ('ticket.sold', 'ticket.returned')"
                 " AND l.value->'row' IS NOT NULL"_s;
    return steps;
}

QList<QStringList> ServerSchema::steps(const SqlDialect &dialect)
{
    const QString big = dialect.bigint();
    QStringList v1 {
        u"CREATE TABLE stores (id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL)"_s,
        u"CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT NOT NULL UNIQUE, barcode TEXT "
        u"UNIQUE,"
        " name TEXT NOT NULL, category TEXT NOT NULL, price_cents %1 NOT NULL,"
        " created_at_ms %1 NOT NULL)"_s.arg(big),
        u"CREATE TABLE stock (product_id TEXT NOT NULL REFERENCES products(id),"
        " store_id TEXT NOT NULL REFERENCES stores(id), quantity %1 NOT NULL,"
        " reserved %1 NOT NULL, version %1 NOT NULL, updated_at_ms %1 NOT NULL,"
        " PRIMARY KEY (product_id, store_id),"
        " CHECK (reserved >= 0 AND reserved <= quantity))"_s.arg(big),
        u"CREATE INDEX stock_by_store ON stock (store_id, product_id)"_s,
        u"CREATE TABLE reservations (id TEXT PRIMARY KEY, product_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, quantity %1 NOT NULL, customer_id TEXT NOT NULL,"
        " status TEXT NOT NULL, created_at_ms %1 NOT NULL, expires_at_ms %1 NOT NULL,"
        " event_seq %1 NOT NULL,"
        " FOREIGN KEY (product_id, store_id) REFERENCES stock (product_id, store_id))"_s.arg(big),
        u"CREATE INDEX reservations_due ON reservations (expires_at_ms) WHERE status = 'PENDING'"_s,
        u"CREATE INDEX reservations_by_store ON reservations (store_id, status)"_s,
        u"CREATE TABLE events (seq %1 PRIMARY KEY, type TEXT NOT NULL, at_ms %1 NOT NULL,"
        " store_id TEXT, product_id TEXT, data TEXT NOT NULL)"_s.arg(big),
        u"CREATE INDEX events_by_store ON events (store_id, seq)"_s,
        // The event counter is a row, not a sequence: it is bumped inside the writing
        // transaction, so a rolled-back write leaves no gap and seq follows commit order.
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value %1 NOT NULL)"_s.arg(big),
        u"INSERT INTO counters (name, value) VALUES ('event_seq', 0)"_s,
        u"CREATE TABLE idempotency (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,"
        " status INTEGER NOT NULL, body TEXT NOT NULL, created_at_ms %1 NOT NULL)"_s.arg(big),
        u"CREATE INDEX idempotency_age ON idempotency (created_at_ms)"_s,
        u"CREATE TABLE users (id TEXT PRIMARY KEY, role TEXT NOT NULL, store_ids TEXT NOT NULL,"
        " password_hash TEXT NOT NULL, created_at_ms %1 NOT NULL)"_s.arg(big),
    };
    // No query reads reservations by store and status any more (reads come from the read
    // model), and keeping the index cost every reservation write a b-tree update.
    QStringList v2 { u"DROP INDEX reservations_by_store"_s };
    // SQLite: reservations keyed by their id alone (WITHOUT ROWID), one b-tree instead of a
    // table and its primary-key index: one b-tree less to write per reservation.
    // PostgreSQL stores tables its own way: nothing to do there.
    QStringList v3;
    if (dialect.kind() == SqlDialect::Kind::Sqlite) {
        const QString columns = u"id, product_id, store_id, quantity, customer_id, status,"
                                " created_at_ms, expires_at_ms, event_seq"_s;
        v3 = {
            u"CREATE TABLE reservations_v3 (id TEXT PRIMARY KEY, product_id TEXT NOT NULL,"
            " store_id TEXT NOT NULL, quantity INTEGER NOT NULL, customer_id TEXT NOT NULL,"
            " status TEXT NOT NULL, created_at_ms INTEGER NOT NULL,"
            " expires_at_ms INTEGER NOT NULL, event_seq INTEGER NOT NULL,"
            " FOREIGN KEY (product_id, store_id) REFERENCES stock (product_id, store_id))"
            " WITHOUT ROWID"_s,
            // In key order: the copy is much faster so (docs/DEPLOYMENT.md gives the time).
            u"INSERT INTO reservations_v3 (%1) SELECT %1 FROM reservations ORDER BY id"_s.arg(
                columns),
            u"DROP TABLE reservations"_s,
            u"ALTER TABLE reservations_v3 RENAME TO reservations"_s,
            u"CREATE INDEX reservations_due ON reservations (expires_at_ms)"
            " WHERE status = 'PENDING'"_s,
        };
    }
    // Sale tickets and their returns (API.md "Tickets"): immutable records, each till's
    // tickets chained by hash (TicketChain). Lines are keyed by their position; a product
    // appears once per ticket (Command::validate).
    const QStringList v4 {
        u"CREATE TABLE tickets (id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES stores(id),"
        " till_key TEXT NOT NULL, chain_index %1 NOT NULL, seller TEXT NOT NULL,"
        " sold_at_ms %1 NOT NULL, synced_at_ms %1 NOT NULL, offline INTEGER NOT NULL,"
        " payment TEXT NOT NULL, total_cents %1 NOT NULL, fingerprint TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL, hash TEXT NOT NULL, event_seq %1 NOT NULL)"_s.arg(big),
        // A forked chain (two tickets at one place of a till's chain) cannot be stored.
        u"CREATE UNIQUE INDEX tickets_chain ON tickets (till_key, chain_index)"_s,
        u"CREATE INDEX tickets_by_store ON tickets (store_id, sold_at_ms)"_s,
        u"CREATE TABLE ticket_lines (ticket_id TEXT NOT NULL REFERENCES tickets(id),"
        " line_no INTEGER NOT NULL, product_id TEXT NOT NULL REFERENCES products(id),"
        " quantity %1 NOT NULL, unit_price_cents %1 NOT NULL, returned %1 NOT NULL DEFAULT 0,"
        " PRIMARY KEY (ticket_id, line_no),"
        " CHECK (quantity > 0 AND returned >= 0 AND returned <= quantity))"_s.arg(big),
        u"CREATE TABLE ticket_returns (id TEXT PRIMARY KEY,"
        " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
        " store_id TEXT NOT NULL REFERENCES stores(id), actor TEXT NOT NULL, note TEXT NOT NULL,"
        " fingerprint TEXT NOT NULL, at_ms %1 NOT NULL, event_seq %1 NOT NULL)"_s.arg(big),
        u"CREATE TABLE ticket_return_lines (return_id TEXT NOT NULL REFERENCES ticket_returns(id),"
        " line_no INTEGER NOT NULL, product_id TEXT NOT NULL, quantity %1 NOT NULL,"
        " disposition TEXT NOT NULL, PRIMARY KEY (return_id, line_no))"_s.arg(big),
    };
    // Offline sales are facts (API.md "Stock discrepancies"): what the books could not cover
    // is recorded to be resolved, and a reservation an offline sale uncovered is flagged.
    const QStringList v5 {
        u"ALTER TABLE reservations ADD COLUMN at_risk INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE TABLE discrepancies (id TEXT PRIMARY KEY, product_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, short_by %1 NOT NULL, unrecorded %1 NOT NULL,"
        " ticket_id TEXT NOT NULL, reservations_at_risk TEXT NOT NULL, actor TEXT NOT NULL,"
        " status TEXT NOT NULL, resolution TEXT NOT NULL, note TEXT NOT NULL,"
        " resolved_by TEXT NOT NULL, created_at_ms %1 NOT NULL, resolved_at_ms %1 NOT NULL,"
        " event_seq %1 NOT NULL, CHECK (short_by > 0 AND unrecorded >= 0))"_s.arg(big),
        u"CREATE INDEX discrepancies_by_store ON discrepancies (store_id, status, created_at_ms)"_s,
    };
    // A hold placed, cancelled or expired is no movement of units (EventLog): the ones version
    // 6 recorded as movements leave the history.
    const QStringList v7 {
        u"DELETE FROM movements WHERE delta = 0 AND seq IN (SELECT seq FROM events WHERE type IN"
        " ('reservation.created', 'reservation.cancelled', 'reservation.expired'))"_s,
    };
    // Reorder levels per store and product (API.md "Replenishment, counts, reports").
    const QStringList v8 {
        u"ALTER TABLE stock ADD COLUMN min_level %1 NOT NULL DEFAULT 0"_s.arg(big),
        u"ALTER TABLE stock ADD COLUMN target_level %1 NOT NULL DEFAULT 0"_s.arg(big),
    };
    // Count sessions (API.md "Count sessions"): each product's snapshot when it joined the
    // count, and each till's entry for it (a till's new entry replaces its own, entries of
    // different tills add up).
    const QStringList v9 {
        u"CREATE TABLE counts (id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES stores(id),"
        " status TEXT NOT NULL, scope TEXT NOT NULL, blind INTEGER NOT NULL,"
        " category TEXT NOT NULL, opened_by TEXT NOT NULL, opened_at_ms %1 NOT NULL,"
        " closed_by TEXT NOT NULL, closed_at_ms %1 NOT NULL, event_seq %1 NOT NULL)"_s.arg(big),
        u"CREATE INDEX counts_by_store ON counts (store_id, status, opened_at_ms)"_s,
        u"CREATE TABLE count_lines (count_id TEXT NOT NULL REFERENCES counts(id),"
        " product_id TEXT NOT NULL REFERENCES products(id), snapshot %1 NOT NULL,"
        " snapshot_seq %1 NOT NULL, PRIMARY KEY (count_id, product_id))"_s.arg(big),
        u"CREATE TABLE count_entries (count_id TEXT NOT NULL, product_id TEXT NOT NULL,"
        " device TEXT NOT NULL, counted %1 NOT NULL, actor TEXT NOT NULL, at_ms %1 NOT NULL,"
        " seq %1 NOT NULL, PRIMARY KEY (count_id, product_id, device),"
        " FOREIGN KEY (count_id, product_id) REFERENCES count_lines (count_id, product_id))"_s.arg(
            big),
    };
    // The day report (API.md "Replenishment, counts, reports"): the returns of a store by time,
    // and the movements that added units (receipts, returns, transfers in, counts that found
    // more) by store and time, covering what the report sums. Sales, most of the movements,
    // subtract: they do not pay for this index.
    const QStringList v10 {
        u"CREATE INDEX ticket_returns_by_store ON ticket_returns (store_id, at_ms)"_s,
        u"CREATE INDEX movements_gains ON movements (store_id, at_ms, reason, delta)"
        " WHERE delta > 0"_s,
    };
    // Sales rolled up as tickets are stored (TicketStore::insert), for the charts: per store and
    // quarter of an hour (every time zone's midnight falls on one), and per store, UTC day and
    // product. A chart of a month reads a few thousand rows instead of every ticket line.
    const QStringList v11 {
        u"CREATE TABLE sales_slots (store_id TEXT NOT NULL, slot_ms %1 NOT NULL,"
        " tickets %1 NOT NULL, units %1 NOT NULL, value_cents %1 NOT NULL,"
        " PRIMARY KEY (store_id, slot_ms))"_s.arg(big),
        u"CREATE TABLE product_sales_days (store_id TEXT NOT NULL, day_ms %1 NOT NULL,"
        " product_id TEXT NOT NULL, units %1 NOT NULL, value_cents %1 NOT NULL,"
        " PRIMARY KEY (store_id, day_ms, product_id))"_s.arg(big),
        u"INSERT INTO sales_slots (store_id, slot_ms, tickets, units, value_cents)"
        " SELECT t.store_id, t.sold_at_ms / 900000 * 900000, COUNT(*), SUM(l.units),"
        " SUM(l.value_cents) FROM tickets t JOIN (SELECT ticket_id, SUM(quantity) AS units,"
        " SUM(quantity * unit_price_cents) AS value_cents FROM ticket_lines"
        " GROUP BY ticket_id) l ON l.ticket_id = t.id"
        " GROUP BY t.store_id, t.sold_at_ms / 900000 * 900000"_s,
        u"INSERT INTO product_sales_days (store_id, day_ms, product_id, units, value_cents)"
        " SELECT t.store_id, t.sold_at_ms / 86400000 * 86400000, l.product_id, SUM(l.quantity),"
        " SUM(l.quantity * l.unit_price_cents) FROM tickets t"
        " JOIN ticket_lines l ON l.ticket_id = t.id"
        " GROUP BY t.store_id, t.sold_at_ms / 86400000 * 86400000, l.product_id"_s,
    };
    // Enrolled tills (a hash of each one's secret) and the staff's PINs for unlocking them
    // (API.md "Terminals and staff").
    const QStringList v12 {
        u"CREATE TABLE devices (id TEXT PRIMARY KEY, store_id TEXT NOT NULL, name TEXT NOT NULL,"
        " secret_hash TEXT NOT NULL, enrolled_by TEXT NOT NULL, enrolled_at_ms %1 NOT NULL,"
        " revoked_at_ms %1)"_s.arg(big),
        u"ALTER TABLE users ADD COLUMN pin_hash TEXT"_s,
    };
    // Disabled accounts: when, so that a till's queue is still taken for what came before.
    const QStringList v13 { u"ALTER TABLE users ADD COLUMN disabled_at_ms %1"_s.arg(big) };
    return { v1, v2, v3, v4, v5, v6(dialect), v7, v8, v9, v10, v11, v12, v13 };
}

} // namespace inventory
