#!/usr/bin/env python3
"""Copies a chain dataset (a server's SQLite database, made by inventory-clientprobe seed)
into a PostgreSQL database, so that the chain section measures the same rows on both.

    chain-to-postgres.py SERVER_BIN SQLITE_PATH POSTGRES_URL

The server makes the schema (its migrator runs on `store list`); then every table the
PostgreSQL schema has is emptied and filled with COPY from the SQLite rows, column by column
name. Seeding through the engine on PostgreSQL would write the 10 M stock rows and their
events one batch at a time; COPY takes minutes. Triggers (the foreign keys) are off while
copying: the rows come from a database that already held to them.
"""
import csv
import sqlite3
import subprocess
import sys
import time

server_bin, sqlite_path, url = sys.argv[1:4]
subprocess.run([server_bin, "--db", url, "--log-format", "text", "store", "list"],
               check=True, stdout=subprocess.DEVNULL)


def psql(*args, **kwargs):
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, *args],
                          check=True, **kwargs)


listing = psql("-A", "-t", "-F", "\t", "-c",
               "SELECT table_name, string_agg(column_name, ',' ORDER BY ordinal_position)"
               " FROM information_schema.columns WHERE table_schema = 'public'"
               " AND table_name <> 'schema_version' GROUP BY table_name",
               capture_output=True, text=True).stdout
tables = dict(line.split("\t") for line in listing.splitlines() if line)
source = sqlite3.connect(sqlite_path)
psql("-c", "TRUNCATE " + ", ".join(tables) + " CASCADE")
started = time.monotonic()
filled = []
for table, columns in sorted(tables.items()):
    have = {row[1] for row in source.execute(f"PRAGMA table_info({table})")}
    names = [c for c in columns.split(",") if c in have]
    if not names:
        continue
    copy = subprocess.Popen(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c",
         "SET session_replication_role = replica",
         "-c", f"\\copy {table} ({', '.join(names)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"],
        stdin=subprocess.PIPE, text=True)
    writer = csv.writer(copy.stdin, lineterminator="\n")
    rows = 0
    for row in source.execute(f"SELECT {', '.join(names)} FROM {table}"):
        writer.writerow(["\\N" if value is None else value for value in row])
        rows += 1
    copy.stdin.close()
    if copy.wait() != 0:
        sys.exit(f"copying {table} failed")
    print(f"{table}: {rows} rows", file=sys.stderr)
    if rows:
        filled.append(table)
# Only the tables that hold rows: statistics taken of an empty table tell the planner it stays
# tiny, and the writer's prepared statements then keep a sequential scan of the idempotency
# table (for instance) as it grows, until autovacuum analyzes it again a minute or so later.
# VACUUM as well, and a checkpoint after it: a table just filled by COPY has every row's hint
# bits still to set, and its pages dirty in memory and in the log; left so, the first minute
# of the server's writes ran beside the checkpoints that flush the load (a commit waiting
# behind their syncs: p99 372 ms against 13 ms a minute later), which measures the copy, not
# the server. A chain's database in service is in the state this leaves.
if filled:
    psql("-c", "VACUUM ANALYZE " + ", ".join(filled))
psql("-c", "CHECKPOINT")
print(f"copied to PostgreSQL in {time.monotonic() - started:.0f} s", file=sys.stderr)
