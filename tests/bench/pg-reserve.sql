-- pgbench: the reservation transaction of the source design on PostgreSQL (default durable
-- settings): conditional update of the stock row, insert of the reservation, insert of
-- an event. :products is 1 (one hot product) or 1000.
\set p random(1, :products)
BEGIN;
UPDATE stock SET reserved = reserved + 1, version = version + 1, updated_at = now()
 WHERE product_id = :p AND store_id = 'MAD-001' AND quantity - reserved >= 1;
INSERT INTO reservations (product_id, store_id, quantity, customer_id, status, created_at, expires_at)
 VALUES (:p, 'MAD-001', 1, 'bench', 'PENDING', now(), now() + interval '1 day');
INSERT INTO events (type, store_id, product_id, data)
 VALUES ('reservation.created', 'MAD-001', :p, '{"quantity":1}');
END;
