CREATE TABLE stock (product_id int, store_id text, quantity bigint NOT NULL, reserved bigint NOT NULL,
  version bigint NOT NULL, updated_at timestamptz NOT NULL, PRIMARY KEY (product_id, store_id));
CREATE TABLE reservations (id bigserial PRIMARY KEY, product_id int, store_id text, quantity int,
  customer_id text, status text, created_at timestamptz, expires_at timestamptz);
CREATE TABLE events (seq bigserial PRIMARY KEY, type text, store_id text, product_id int, data jsonb);
INSERT INTO stock SELECT g, 'MAD-001', 1000000000, 0, 0, now() FROM generate_series(1, 1000) g;
