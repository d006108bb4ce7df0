#!/usr/bin/env bash
# Fills a server database (made by inventory-server --seed demo, the server stopped) with a
# long event log for the movement-history and shrink measurements: 1,000 products × the 4
# demo stores and EVENTS stock changes spread over them (one in 50 a damage, the rest goods
# received), each with its movement, as the writer would have stored them; and TICKETS sale
# tickets of two lines each over the 60 days before END_MS (two sellers per store, one in 20
# sold offline), one in 50 of them partly returned, for the day report and the charts.
#   tests/bench/history-dataset.sh DB EVENTS TICKETS END_MS
set -euo pipefail
db=$1
events=$2
tickets=$3
end_ms=$4
sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO products (id, sku, barcode, name, category, price_cents, created_at_ms)
SELECT printf('H-%04d', i), printf('HSKU-%04d', i), NULL, printf('History product %d', i),
       'Bench', 100, 0 FROM n;
INSERT INTO stock (product_id, store_id, quantity, reserved, version, updated_at_ms, incoming)
SELECT p.id, s.id, 0, 0, 0, 0, 0 FROM products p, stores s WHERE p.id LIKE 'H-%';
CREATE TEMP TABLE base AS SELECT value AS seq FROM counters WHERE name = 'event_seq';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $events)
INSERT INTO events (seq, type, at_ms, store_id, product_id, data)
SELECT (SELECT seq FROM base) + i, 'stock.adjusted', 1767225600000 + i * 1000,
       CASE i % 4 WHEN 0 THEN 'MAD-001' WHEN 1 THEN 'BCN-001' WHEN 2 THEN 'VAL-001' ELSE 'SEV-001' END,
       printf('H-%04d', 1 + (i / 4) % 1000),
       json_object('quantity', i / 4000, 'reserved', 0, 'available', i / 4000, 'version', i / 4000,
                   'incoming', 0, 'updatedAt', NULL, 'actor', 'bench',
                   'delta', CASE WHEN i % 50 = 0 THEN -1 ELSE 1 END,
                   'reason', CASE WHEN i % 50 = 0 THEN 'damage' ELSE 'received' END)
FROM n;
INSERT INTO movements (product_id, store_id, seq, at_ms, reason, delta)
SELECT product_id, store_id, seq, at_ms, json_extract(data, '$.reason'), json_extract(data, '$.delta')
FROM events WHERE seq > (SELECT seq FROM base);
UPDATE counters SET value = (SELECT seq FROM base) + $events WHERE name = 'event_seq';
CREATE TEMP TABLE sold AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $tickets)
SELECT i, CASE i % 4 WHEN 0 THEN 'MAD-001' WHEN 1 THEN 'BCN-001' WHEN 2 THEN 'VAL-001' ELSE 'SEV-001' END AS store,
       $end_ms - ($tickets - i) * (60 * 86400000 / $tickets) AS at_ms,
       printf('H-%04d', 1 + (i * 7) % 1000) AS p1, printf('H-%04d', 1 + (i * 13 + 5) % 1000) AS p2,
       1 + i % 3 AS q1 FROM n;
INSERT INTO tickets (id, store_id, till_key, chain_index, seller, sold_at_ms, synced_at_ms, offline,
                     payment, total_cents, fingerprint, prev_hash, hash, event_seq)
SELECT printf('HT-%08d', i), store, 'bench-' || store, i, CASE i % 8 < 4 WHEN 1 THEN 'clerk-a' ELSE 'clerk-b' END,
       at_ms, at_ms, i % 20 = 0, 'cash', (q1 + 1) * 100, '', '', '', 0 FROM sold;
INSERT INTO ticket_lines (ticket_id, line_no, product_id, quantity, unit_price_cents)
SELECT printf('HT-%08d', i), 1, p1, q1, 100 FROM sold
UNION ALL SELECT printf('HT-%08d', i), 2, p2, 1, 100 FROM sold WHERE p2 <> p1;
INSERT INTO ticket_returns (id, ticket_id, store_id, actor, note, fingerprint, at_ms, event_seq)
SELECT printf('HR-%08d', i), printf('HT-%08d', i), store, 'bench', '', '', at_ms + 3600000, 0
FROM sold WHERE i % 50 = 0;
INSERT INTO ticket_return_lines (return_id, line_no, product_id, quantity, disposition)
SELECT printf('HR-%08d', i), 1, p1, 1, 'restock' FROM sold WHERE i % 50 = 0;
UPDATE ticket_lines SET returned = 1 WHERE line_no = 1
   AND ticket_id IN (SELECT printf('HT-%08d', i) FROM sold WHERE i % 50 = 0);
-- The sales rollups, as TicketStore::insert keeps them (schema v11).
INSERT INTO sales_slots (store_id, slot_ms, tickets, units, value_cents)
SELECT t.store_id, t.sold_at_ms / 900000 * 900000, COUNT(*), SUM(l.units), SUM(l.value_cents)
FROM tickets t JOIN (SELECT ticket_id, SUM(quantity) AS units,
                            SUM(quantity * unit_price_cents) AS value_cents
                     FROM ticket_lines GROUP BY ticket_id) l
  ON l.ticket_id = t.id WHERE t.id LIKE 'HT-%' GROUP BY 1, 2;
INSERT INTO product_sales_days (store_id, day_ms, product_id, units, value_cents)
SELECT t.store_id, t.sold_at_ms / 86400000 * 86400000, l.product_id, SUM(l.quantity),
       SUM(l.quantity * l.unit_price_cents)
FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id WHERE t.id LIKE 'HT-%' GROUP BY 1, 2, 3;
COMMIT;
ANALYZE;
SQL
