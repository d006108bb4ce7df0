#!/usr/bin/env bash
# Fills a server database (made by inventory-server --seed demo, the server stopped) with a
# long event log for the movement-history and shrink measurements: 1,000 products × the 4
# demo stores and EVENTS stock changes spread over them (one in 50 a damage, the rest goods
# received), each with its movement, as the writer would have stored them.
#   tests/bench/history-dataset.sh DB EVENTS
set -euo pipefail
db=$1
events=$2
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
COMMIT;
ANALYZE;
SQL
