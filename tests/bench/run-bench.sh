#!/usr/bin/env bash
# Benchmarks, side by side on this machine: durable reservations on our server (wrk, 50
# connections) vs the same transaction on PostgreSQL (pgbench, 50 clients), hot product and
# 1,000 products; group commit on vs off; availability reads vs /health; server RSS.
# Prints a table with min/median/max over RUNS runs of SECONDS each.
#   tests/bench/run-bench.sh [--smoke]      (--smoke: 1 run of 1 s each, proves it works)
# Needs: a build (scripts/build.sh), wrk, PostgreSQL (pgbench). Loopback only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${INVENTORY_BUILD_DIR:-$root/build}
runs=3; seconds=8; connections=50
if [[ "${1:-}" == "--smoke" ]]; then runs=1; seconds=1; fi
server_bin="$build/server-stub/inventory-server"
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    bash "$root/tests/postgres/pg-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
stats() { sort -g | awk '{v[NR]=$1} END {printf "%.0f %.0f %.0f", v[1], v[int((NR+1)/2)], v[NR]}'; }
# wrk output → "requests/s p99_ms"
wrk_run() {
    local out
    out=$(wrk -t2 -c$connections -d${seconds}s --latency "$@" 2>&1)
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out")
    if grep -q "Non-2xx" <<<"$out"; then echo "wrk saw errors: $(grep Non-2xx <<<"$out")" >&2; fi
    echo "$rps $p99"
}

start_server() { # name, extra args… → sets $port and remembers the pid
    local name=$1; shift
    port=$(free_port)
    "$server_bin" --listen 127.0.0.1:$port --db "$work/$name.db" --jwt-secret-file "$work/secret" \
        --seed demo --rate-limit 0 --log-format json "$@" >/dev/null 2>"$work/$name.log" &
    pids+=($!)
    last_pid=$!
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return; sleep 0.1; done
    echo "the server did not start: $(tail -3 "$work/$name.log")" >&2
    exit 1
}
token() { curl -sf -X POST "http://127.0.0.1:$1/api/v1/auth/login" -d '{"username":"admin","password":"demo"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])'; }
prepare_stock() { # port token: huge stock of PROD-001 and of 1,000 synthetic products at MAD-001
    local port=$1 tok=$2
    python3 - "$port" "$tok" <<'PY'
import json, sys, urllib.request
port, tok = sys.argv[1], sys.argv[2]
ops = [{"idempotencyKey": f"bench-stock-{p}", "kind": "stock",
        "body": {"productId": p, "storeId": "MAD-001", "operation": "set", "quantity": 1000000000}}
       for p in ["PROD-001"] + [f"SYN-{i:07d}" for i in range(1000)]]
req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/sync/push", json.dumps({"operations": ops}).encode(),
                             {"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
results = json.load(urllib.request.urlopen(req))["results"]
bad = [r for r in results if r["status"] != 200]
if bad:
    sys.exit(f"setting bench stock failed: {bad[:3]}")
PY
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(date -u +%FT%TZ); runs=$runs × ${seconds}s, $connections connections" >&2

# Our servers: the synthetic products are imported into the database first.
python3 - "$work/products.csv" <<'PY2'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,sku,name,category,price\n")
    for i in range(1000):
        f.write(f"SYN-{i:07d},SKU-{i:07d},Bench product {i},Bench,1.00\n")
PY2
"$server_bin" --db "$work/on.db" --log-format text import products "$work/products.csv" >/dev/null 2>&1
start_server on
port_on=$port; pid_on=$last_pid
tok=$(token "$port_on")
prepare_stock "$port_on" "$tok"
"$server_bin" --db "$work/off.db" --log-format text import products "$work/products.csv" >/dev/null 2>&1
start_server off --group-commit off
port_off=$port
prepare_stock "$port_off" "$tok"

declare -A result
measure() { # key, then a command printing "rps [p99]" per run
    local key=$1; shift
    local rps=() p99=()
    for _ in $(seq 1 $runs); do
        read -r r p < <("$@")
        rps+=("$r"); p99+=("${p:-0}")
    done
    result[$key]="$(printf '%s\n' "${rps[@]}" | stats)|$(printf '%s\n' "${p99[@]}" | stats)"
}
rss_idle=$(ps -o rss= -p "$pid_on" | awk '{printf "%.0f", $1/1024}')
export INVENTORY_TOKEN=$tok
INVENTORY_PRODUCTS=1 measure ours_hot wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$port_on"
rss_load=$(ps -o rss= -p "$pid_on" | awk '{printf "%.0f", $1/1024}')
INVENTORY_PRODUCTS=1000 measure ours_spread wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$port_on"
INVENTORY_PRODUCTS=1 measure ours_off wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$port_off"
measure health wrk_run "http://127.0.0.1:$port_on/health"
measure availability wrk_run -H "Authorization: Bearer $tok" "http://127.0.0.1:$port_on/api/v1/products/PROD-001/availability"

# PostgreSQL with default durable settings, same machine.
bash "$root/tests/postgres/pg-cluster.sh" start "$work/pg" >/dev/null
pg_url=$(cat "$work/pg/url")
pg_port=$(cat "$work/pg/port")
psql -q -h 127.0.0.1 -p "$pg_port" -U inventory -d postgres -c "CREATE DATABASE bench" >/dev/null
psql -q -h 127.0.0.1 -p "$pg_port" -U inventory -d bench -f "$here/pg-schema.sql" >/dev/null
pg_run() {
    pgbench -n -h 127.0.0.1 -p "$pg_port" -U inventory -c $connections -j 2 -T $seconds \
        -D products="$1" -f "$here/pg-reserve.sql" bench 2>/dev/null |
        awk '/^tps/ {tps=$3} /latency average/ {lat=$4} END {printf "%.0f %s\n", tps, lat}'
}
measure pg_hot pg_run 1
measure pg_spread pg_run 1000

med() { cut -d'|' -f1 <<<"${result[$1]}" | awk '{print $2}'; }
row() { # label key target
    local r=${result[$2]}
    printf '| %-44s | %-22s | %-14s | %s |\n' "$1" "$(cut -d'|' -f1 <<<"$r" | tr ' ' '/')" "$(cut -d'|' -f2 <<<"$r" | awk '{print $2}')" "$3"
}
ratio() { awk -v a="$(med "$1")" -v b="$(med "$2")" 'BEGIN {printf "%.1f×", (b > 0 ? a / b : 0)}'; }
echo
echo "| measurement | req/s min/median/max | p99 ms (median) | target |"
echo "|---|---|---|---|"
row "durable reservations, hot product (ours)" ours_hot "≥ 10× PostgreSQL, p99 ≤ 10 ms"
row "same transaction on PostgreSQL (pgbench)" pg_hot "— (p99 column: mean latency ms)"
row "durable reservations, 1,000 products (ours)" ours_spread "≥ 4× PostgreSQL"
row "same on PostgreSQL (pgbench)" pg_spread "— (mean latency ms)"
row "hot product, group commit off (ours)" ours_off "on ≥ 4× off"
row "GET /health" health "—"
row "GET /products/{id}/availability" availability "≥ 80 % of /health"
echo
echo "ratios (medians): hot ours/PostgreSQL $(ratio ours_hot pg_hot); 1,000 products $(ratio ours_spread pg_spread); group commit on/off $(ratio ours_hot ours_off); availability/health $(awk -v a="$(med availability)" -v b="$(med health)" 'BEGIN {printf "%.0f %%", 100 * a / b}')"
echo "server RSS: idle ${rss_idle} MiB, after the hot-product benchmark ${rss_load} MiB"
