#!/usr/bin/env bash
# Benchmarks, side by side on this machine: durable reservations on our server (wrk, 50
# connections) vs the same transaction on PostgreSQL (pgbench, 50 clients), hot product and
# 1,000 products; group commit on vs off; availability reads vs /health; feed latency with
# SUBSCRIBERS subscribers at RATE changes/s; the client core with a PRODUCTS × 4 stores
# catalogue (initial sync, draining OPERATIONS queued operations, search as you type);
# server RSS; a product's movement history, the shrink and day reports and the dashboard's
# aggregations on a log of HISTORY_EVENTS events (default 5,000,000) and HISTORY_TICKETS sale
# tickets (default 500,000 over the last 60 days; the dataset is made once a month by
# history-dataset.sh and kept in BENCH_CACHE, default build/bench-cache). Prints a table with min/median/max over RUNS runs of SECONDS_PER_RUN each.
#   tests/bench/run-bench.sh [--smoke]      (--smoke: 1 small run of each, proves it works;
#                                            also a chain of 80 stores × 300 products and
#                                            a soak of 40,000 reservations)
# RUNS, SECONDS_PER_RUN, SUBSCRIBERS, RATE, PRODUCTS, OPERATIONS, HISTORY_EVENTS, HISTORY_TICKETS,
# CHAIN_STORES, CHAIN_PRODUCTS can be set in the environment; SECTIONS (default "http postgres
# pgserver feed client history"; "pgserver": our server on PostgreSQL, one and two instances,
# against pgbench; "chain", only when asked: a chain's server start and a till's first sync,
# on SQLite and then on PostgreSQL unless CHAIN_POSTGRES=0)
# picks what to measure. Needs: a build (scripts/build.sh), wrk, PostgreSQL (pgbench). Loopback only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${INVENTORY_BUILD_DIR:-$root/build}
# Five runs of each: this VM's hypervisor takes a tenth or a fifth of its CPU for a minute at a
# time, now and then, and with three runs one such burst over two of them was enough to move
# a median.
runs=${RUNS:-5}; seconds=${SECONDS_PER_RUN:-8}; connections=50
subscribers=${SUBSCRIBERS:-1000}; rate=${RATE:-2000}; products=${PRODUCTS:-100000}
operations=${OPERATIONS:-10000}; history_events=${HISTORY_EVENTS:-5000000}
history_tickets=${HISTORY_TICKETS:-500000}
bench_cache=${BENCH_CACHE:-$build/bench-cache}
chain_stores=${CHAIN_STORES:-500}; chain_products=${CHAIN_PRODUCTS:-20000}
chain_subscribers=${CHAIN_SUBSCRIBERS:-2000}; chain_managers=${CHAIN_MANAGERS:-20}
sections=" ${SECTIONS:-http postgres pgserver feed client history} "
section() { [[ "$sections" == *" $1 "* ]]; }
if [[ "${1:-}" == "--smoke" ]]; then
    runs=1; seconds=1; subscribers=50; rate=200; products=2000; operations=500
    history_events=50000; history_tickets=5000
    chain_stores=80; chain_products=300; chain_subscribers=160; chain_managers=4
    [[ -n "${SECTIONS:-}" ]] || sections="$sections chain soak "
fi
server_bin="$build/server-stub/inventory-server"
feedprobe="$build/tests/bench/inventory-feedprobe"
clientprobe="$build/tests/bench/inventory-clientprobe"
work=$(mktemp -d)
pids=()
# The write and read measurements stop their servers and PostgreSQL before the feed and
# client sections, so that no idle server or PostgreSQL's autovacuum after the write runs
# takes CPU from those.
declare -A server_names
crashed=0
# Stops one server, and says so when it was no longer running or did not stop cleanly: a
# figure from a server that died would mean nothing.
stop_server() {
    local p=$1 status=0
    if ! kill -0 "$p" 2>/dev/null; then
        echo "the ${server_names[$p]} server died during the benchmark" >&2
        crashed=1
    fi
    kill -TERM "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || status=$?
    if ((status != 0)); then
        echo "the ${server_names[$p]} server exited with status $status; its log ends:" >&2
        tail -5 "$work/${server_names[$p]}.log" >&2
        crashed=1
    fi
    local kept=()
    for other in "${pids[@]}"; do [[ "$other" == "$p" ]] || kept+=("$other"); done
    pids=("${kept[@]}")
}
stop_servers() {
    local p
    for p in "${pids[@]}"; do stop_server "$p"; done
}
stop_postgres() { bash "$root/tests/postgres/pg-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; }
cleanup() {
    stop_servers
    stop_postgres
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# min median max of numbers on stdin; whole numbers from 100 up, one decimal below
stats() {
    sort -g | awk 'function f(x) {return sprintf(x >= 100 ? "%.0f" : "%.1f", x)}
                   {v[NR]=$1} END {printf "%s %s %s", f(v[1]), f(v[int((NR+1)/2)]), f(v[NR])}'
}
# CPU time (user + system, clock ticks) a process has used: all its threads, its main thread
# (the server's event loop), and all of it plus the children it has reaped and the ones still
# running (PostgreSQL: the postmaster and its backends).
cpu_all() { awk '{print $14 + $15}' "/proc/$1/stat"; }
cpu_main() { awk '{print $14 + $15}' "/proc/$1/task/$1/stat"; }
cpu_tree() {
    local total child
    total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat")
    for child in $(pgrep -P "$1"); do
        total=$((total + $(cpu_all "$child" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
ticks=$(getconf CLK_TCK)
per_op_us() { awk -v t="$1" -v n="$2" -v hz="$ticks" 'BEGIN {printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0)}'; }
# wrk output → "requests/s p99_ms", then with $server_pid set the server's CPU µs per request,
# all threads and the event loop
wrk_run() {
    local out all0 main0
    if [[ -n "${server_pid:-}" ]]; then all0=$(cpu_all "$server_pid"); main0=$(cpu_main "$server_pid"); fi
    out=$(wrk -t$((connections < 2 ? 1 : 2)) -c$connections -d${seconds}s --latency "$@" 2>&1)
    local rps p99 requests
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out")
    if grep -q "Non-2xx" <<<"$out"; then echo "wrk saw errors: $(grep Non-2xx <<<"$out")" >&2; fi
    if [[ -n "${server_pid:-}" ]]; then
        echo "$rps $p99 $(per_op_us $(($(cpu_all "$server_pid") - all0)) "$requests") $(per_op_us $(($(cpu_main "$server_pid") - main0)) "$requests")"
    else
        echo "$rps $p99"
    fi
}

# Every client here comes from 127.0.0.1: without a higher cap per address the server refuses
# the feed section's subscribers past 256 (the probe then fails with nothing to print).
start_server() { # name, extra args… → sets $port and remembers the pid
    local name=$1; shift
    port=$(free_port)
    "$server_bin" --listen 127.0.0.1:$port --db "$work/$name.db" --jwt-secret-file "$work/secret" \
        --seed demo --rate-limit 0 --max-connections-per-ip 10000 --log-format json "$@" \
        >/dev/null 2>"$work/$name.log" &
    pids+=($!)
    last_pid=$!
    server_names[$last_pid]=$name
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

declare -A result
# Our servers: the synthetic products are imported into the database first.
python3 - "$work/products.csv" <<'PY2'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,sku,name,category,price\n")
    for i in range(1000):
        f.write(f"SYN-{i:07d},SKU-{i:07d},Bench product {i},Bench,1.00\n")
PY2
if section http; then
"$server_bin" --db "$work/on.db" --log-format text import products "$work/products.csv" >/dev/null 2>&1
start_server on
port_on=$port; pid_on=$last_pid
tok=$(token "$port_on")
prepare_stock "$port_on" "$tok"
"$server_bin" --db "$work/off.db" --log-format text import products "$work/products.csv" >/dev/null 2>&1
start_server off --group-commit off
port_off=$port; pid_off=$last_pid
prepare_stock "$port_off" "$tok"
fi

# measure_once KEY COMMAND…: runs COMMAND once; it prints numbers on one line, which are
# added to KEY's. summarize KEY: result[KEY.i] becomes "min median max" of the i-th number.
# steal[KEY]: the share of this machine's CPU time its hypervisor gave to other guests while
# KEY ran (/proc/stat). A VM's speed moves with it, and so do the figures: it says which
# runs to compare.
# busy[KEY]: the share of the VM's CPU time that went to work (its own, not idle, not
# stolen): near 100 % the figures are bound by the two cores, and ratios of throughput are
# ratios of CPU time per operation.
declare -A steal busy stolen_ticks busy_ticks all_ticks
# steal, all (idle included), busy (user, nice, system, irq, softirq)
cpu_stat() { awk '/^cpu / {print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# The machine's busy CPU ticks so far: a run's share of them per operation says what one
# operation costs everything on the machine together (the load generator, the kernel too).
machine_busy() { cpu_stat | awk '{print $3}'; }
measure_once() {
    local key=$1; shift
    local before after
    before=($(cpu_stat))
    "$@" >>"$work/measure-$key"
    after=($(cpu_stat))
    stolen_ticks[$key]=$((${stolen_ticks[$key]:-0} + after[0] - before[0]))
    all_ticks[$key]=$((${all_ticks[$key]:-0} + after[1] - before[1]))
    busy_ticks[$key]=$((${busy_ticks[$key]:-0} + after[2] - before[2]))
}
summarize() {
    local key=$1 out="$work/measure-$1" columns
    steal[$key]=$(awk -v s="${stolen_ticks[$key]}" -v a="${all_ticks[$key]}" 'BEGIN {printf "%.0f", (a > 0 ? 100 * s / a : 0)}')
    busy[$key]=$(awk -v s="${busy_ticks[$key]}" -v a="${all_ticks[$key]}" 'BEGIN {printf "%.0f", (a > 0 ? 100 * s / a : 0)}')
    columns=$(head -1 "$out" | wc -w)
    for i in $(seq 1 "$columns"); do result[$key.$i]=$(awk -v c="$i" '{print $c}' "$out" | stats); done
}
measure() { # KEY COMMAND…: COMMAND $runs times
    local key=$1; shift
    for _ in $(seq 1 $runs); do measure_once "$key" "$@"; done
    summarize "$key"
}
# PostgreSQL with default durable settings, same machine.
if section postgres || section pgserver; then
bash "$root/tests/postgres/pg-cluster.sh" start "$work/pg" >/dev/null
pg_port=$(cat "$work/pg/port")
psql -q -h 127.0.0.1 -p "$pg_port" -U inventory -d postgres -c "CREATE DATABASE bench" >/dev/null
psql -q -h 127.0.0.1 -p "$pg_port" -U inventory -d bench -f "$here/pg-schema.sql" >/dev/null
postmaster=$(head -1 "$(cat "$work/pg/cluster")/data/postmaster.pid")
fi
# → "transactions/s mean_latency_ms", PostgreSQL's CPU µs per transaction (all its
# processes), the whole machine's busy CPU µs per transaction (pgbench, the kernel too)
pg_run() {
    local before machine0 out
    before=$(cpu_tree "$postmaster"); machine0=$(machine_busy)
    out=$(pgbench -n -h 127.0.0.1 -p "$pg_port" -U inventory -c $connections -j 2 -T $seconds \
        -D products="$1" -f "$here/pg-reserve.sql" bench 2>/dev/null)
    awk -v cpu=$(($(cpu_tree "$postmaster") - before)) -v machine=$(($(machine_busy) - machine0)) -v hz="$ticks" \
        '/^tps/ {tps=$3} /latency average/ {lat=$4} /actually processed/ {n=$NF}
         END {printf "%.0f %s %.0f %.0f\n", tps, lat, (n > 0 ? cpu * 1e6 / hz / n : 0), (n > 0 ? machine * 1e6 / hz / n : 0)}' <<<"$out"
}
# Our server on PostgreSQL (the same cluster, its own database): one instance, and two on the
# one database behind no balancer, each given half of the connections.
if section pgserver; then
ours_url="postgresql://inventory@127.0.0.1:$pg_port/ours"
psql -q -h 127.0.0.1 -p "$pg_port" -U inventory -d postgres -c "CREATE DATABASE ours" >/dev/null
"$server_bin" --db "$ours_url" --log-format text import products "$work/products.csv" >/dev/null 2>&1
start_server pgone --db "$ours_url"
port_pg1=$port; pid_pg1=$last_pid
tok_pg=$(token "$port_pg1")
prepare_stock "$port_pg1" "$tok_pg"
start_server pgtwo --db "$ours_url"
port_pg2=$port
fi
# per_request PG0 MACHINE0 REQUESTS_PER_S: PostgreSQL's and the whole machine's busy CPU µs
# per request since those readings, over one run of $seconds
per_request() {
    local requests
    requests=$(awk -v r="$3" -v s="$seconds" 'BEGIN {printf "%.0f", r * s}')
    echo "$(per_op_us $(($(cpu_tree "$postmaster") - $1)) "$requests") $(per_op_us $(($(machine_busy) - $2)) "$requests")"
}
pg_ours_run() { # products: one instance, all connections → wrk_run's line, then per_request's
    local pg0 machine0 line
    pg0=$(cpu_tree "$postmaster"); machine0=$(machine_busy)
    line=$(INVENTORY_TOKEN=$tok_pg server_pid=$pid_pg1 INVENTORY_PRODUCTS=$1 wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$port_pg1")
    echo "$line $(per_request "$pg0" "$machine0" "${line%% *}")"
}
pg_two_run() { # products: both instances at once, half the connections each → summed req/s, the larger p99, per_request's
    local half=$((connections / 2)) pg0 machine0 line
    pg0=$(cpu_tree "$postmaster"); machine0=$(machine_busy)
    INVENTORY_TOKEN=$tok_pg INVENTORY_PRODUCTS=$1 connections=$half server_pid= \
        wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$port_pg1" >"$work/two-a" &
    INVENTORY_TOKEN=$tok_pg INVENTORY_PRODUCTS=$1 connections=$half server_pid= \
        wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$port_pg2" >"$work/two-b"
    wait $!
    line=$(cat "$work/two-a" "$work/two-b" | awk '{rps += $1; if ($2 > p99) p99 = $2} END {printf "%.0f %s\n", rps, p99}')
    echo "$line $(per_request "$pg0" "$machine0" "${line%% *}")"
}
reserve_run() { # pid port products: durable reservations on one of our servers
    server_pid=$1 INVENTORY_PRODUCTS=$3 wrk_run -s "$here/reserve.lua" "http://127.0.0.1:$2"
}
# What is compared runs in turns (ours and PostgreSQL, group commit on and off), so that
# both sides see the same phases of the VM (its speed moves by up to half within minutes);
# a ratio of runs minutes apart measured the VM as much as the servers.
alternate() { # KEY "COMMAND" …: $runs turns; a KEY with an empty COMMAND (its section is off) is skipped
    local i k
    local -a args=("$@")
    for i in $(seq 1 $runs); do
        for ((k = 0; k < ${#args[@]}; k += 2)); do
            [[ -z "${args[k + 1]}" ]] || measure_once "${args[k]}" ${args[k + 1]}
        done
    done
    for ((k = 0; k < ${#args[@]}; k += 2)); do
        [[ -z "${args[k + 1]}" ]] || summarize "${args[k]}"
    done
}
section http && ours="reserve_run $pid_on $port_on" || ours=""
section http && off="reserve_run $pid_off $port_off 1" || off=""
{ section postgres || section pgserver; } && pg=pg_run || pg=""
section pgserver && pgo=pg_ours_run || pgo=""
section pgserver && pgtwo=pg_two_run || pgtwo=""
if section http; then
rss_idle=$(ps -o rss= -p "$pid_on" | awk '{printf "%.0f", $1/1024}')
export INVENTORY_TOKEN=$tok
fi
alternate ours_hot "${ours:+$ours 1}" pg_hot "${pg:+$pg 1}" ours_off "$off" \
    pgours_hot "${pgo:+$pgo 1}" pgtwo_hot "${pgtwo:+$pgtwo 1}"
section http && rss_load=$(ps -o rss= -p "$pid_on" | awk '{printf "%.0f", $1/1024}')
alternate ours_spread "${ours:+$ours 1000}" pg_spread "${pg:+$pg 1000}" \
    pgours_spread "${pgo:+$pgo 1000}" pgtwo_spread "${pgtwo:+$pgtwo 1000}"
if section http; then
health_run() { wrk_run "http://127.0.0.1:$port_on/health"; }
availability_run() { wrk_run -H "Authorization: Bearer $tok" "http://127.0.0.1:$port_on/api/v1/products/PROD-001/availability"; }
alternate health health_run availability availability_run
stop_servers
fi
section pgserver && stop_servers
stop_postgres

# Feed latency: a fresh server, SUBSCRIBERS subscribers, RATE changes a second.
if section feed; then
start_server feed
port_feed=$port
feed_run() {
    local line
    line=$("$feedprobe" --server "http://127.0.0.1:$port_feed" --subscribers "$subscribers" \
        --rate "$rate" --seconds $((seconds + 2)) --warmup 2 2>>"$work/feedprobe.log")
    echo "feed run: $line" >&2
    awk '{for (i = 1; i <= NF; i++) {split($i, kv, "="); v[kv[1]] = kv[2]}
          sub(/%/, "", v["delivered"]); print v["p99_ms"], v["p50_ms"], v["achieved"], v["delivered"]}' <<<"$line"
}
measure feed feed_run
stop_servers
fi

# The client core: a PRODUCTS × 4 stores catalogue, then an empty profile each run.
if section client; then
start_server client # creates the database with the demo stores and users
stop_server "$last_pid"
"$clientprobe" seed --db "$work/client.db" --products "$products" >&2
start_server client
port_client=$port
client_run() {
    local out
    out=$("$clientprobe" measure --server "http://127.0.0.1:$port_client" --operations "$operations" 2>>"$work/clientprobe.log")
    echo "$out" | sed 's/^/client run: /' >&2
    awk '{for (i = 2; i <= NF; i++) {split($i, kv, "="); v[$1 kv[1]] = kv[2]}}
         END {print v["initial-sync:seconds"], v["initial-sync:peak_rss_mib"], v["drain:seconds"],
                    v["search:p99_ms"], v["search:p50_ms"]}' <<<"$out"
}
measure client client_run
stop_servers
fi

# A product's history and the shrink report on a long log (made once, then cached).
if section history; then
# The tickets lie in the 60 days before the dataset was made and "the last 30 days" of the
# products report moves with the clock: a month-old dataset is made again.
dataset="$bench_cache/history-$history_events-$history_tickets-$(date -u +%Y%m).db"
if [[ ! -f "$dataset" ]]; then
    start_server history_seed
    stop_server "$last_pid"
    echo "making the history dataset ($history_events events, $history_tickets tickets) …" >&2
    bash "$here/history-dataset.sh" "$work/history_seed.db" "$history_events" "$history_tickets" "$(date +%s000)"
    mkdir -p "$bench_cache"
    rm -f "$bench_cache"/history-*.db
    mv "$work/history_seed.db" "$dataset"
fi
# The first day of the tickets (UTC, seconds), for the day report's random day.
export INVENTORY_TICKETS_FROM=$(sqlite3 "$dataset" "SELECT MIN(sold_at_ms) / 86400000 * 86400 + 86400 FROM tickets")
cp "$dataset" "$work/history.db"
start_server history
port_history=$port
tok_history=$(token "$port_history")
history_run() { INVENTORY_TOKEN=$tok_history wrk_run -s "$here/history.lua" "http://127.0.0.1:$port_history"; }
one_run() { INVENTORY_TOKEN=$tok_history connections=1 wrk_run -s "$here/history.lua" "http://127.0.0.1:$port_history"; }
# A report is asked for now and then, not by fifty clients at once: four connections.
# wrk stops with requests still in the server's hands: a /health behind them waits until they
# are done, so that the next measurement starts on an idle server.
shrink_run() {
    INVENTORY_TOKEN=$tok_history INVENTORY_HISTORY_PATH=shrink connections=4 wrk_run -s "$here/history.lua" "http://127.0.0.1:$port_history"
    curl -sf -o /dev/null "http://127.0.0.1:$port_history/health"
}
day_run() {
    INVENTORY_TOKEN=$tok_history INVENTORY_HISTORY_PATH=day connections=4 wrk_run -s "$here/history.lua" "http://127.0.0.1:$port_history"
    curl -sf -o /dev/null "http://127.0.0.1:$port_history/health"
}
report_run() { # path key: four connections, as the reports
    INVENTORY_TOKEN=$tok_history INVENTORY_HISTORY_PATH=$1 connections=4 wrk_run -s "$here/history.lua" "http://127.0.0.1:$port_history"
    curl -sf -o /dev/null "http://127.0.0.1:$port_history/health"
}
sales_run() { report_run sales; }
products_run() { report_run products; }
value_run() { report_run stockvalue; }
alternate history history_run history_one one_run shrink shrink_run day day_run \
    sales sales_run products products_run stockvalue value_run
stop_servers
fi

# A chain (SECTIONS=chain, not in the defaults: making its dataset takes minutes): CHAIN_STORES
# stores × CHAIN_PRODUCTS products, made once by inventory-clientprobe seed and kept in
# BENCH_CACHE, beside the same catalogue in the 4 demo stores. For each: the server's start
# (launch to /health) and RSS; availability in every store, a page of a store's stock and
# stock adds at random stores (wrk, SECONDS_PER_RUN each, CHAIN_CONNECTIONS, default 50), RSS
# after them; the feed with CHAIN_SUBSCRIBERS (2,000) subscribers each following one store and
# CHAIN_MANAGERS (20) following all, RATE changes a second spread over the stores; then a
# till's first sync (enrolled for MAD-001: its rows and the others' summary) and, with CHAIN_FULL=1, the
# first sync of a profile that holds every store (193 s and 3.9 GiB at 500 stores). Each chain
# is measured on SQLite and then, copied into PostgreSQL, again on PostgreSQL.
if section chain; then
chain_run() { # stores sqlite|postgres → "start_s rss_mib till_s till_rss_mib till_profile_mib full_s full_rss_mib avail_rps avail_p99 stock_rps stock_p99 write_rps write_p99 rss_after_mib feed_p99 feed_delivered"
    local stores=$1 backend=$2 dataset="$bench_cache/chain-$1-$chain_products.db" db started rss till full tok avail stock write rss_after feed
    if [[ ! -f "$dataset" ]]; then
        echo "making the chain dataset ($stores stores × $chain_products products) …" >&2
        start_server "chain_seed_$stores"
        stop_server "$last_pid"
        "$clientprobe" seed --db "$work/chain_seed_$stores.db" --products "$chain_products" \
            --stores "$stores" >&2
        mkdir -p "$bench_cache"
        mv "$work/chain_seed_$stores.db" "$dataset"
    fi
    if [[ $backend == postgres ]]; then
        db="postgresql://inventory@127.0.0.1:$chain_pg_port/chain_$stores"
        psql -q -h 127.0.0.1 -p "$chain_pg_port" -U inventory -d postgres -c "CREATE DATABASE chain_$stores" >/dev/null
        python3 "$here/chain-to-postgres.py" "$server_bin" "$dataset" "$db" 2>>"$work/chain-to-postgres.log"
    else
        db="$work/chain.db"
        cp "$dataset" "$db"
    fi
    port=$(free_port)
    started=$(date +%s.%N)
    "$server_bin" --listen 127.0.0.1:$port --db "$db" --jwt-secret-file "$work/secret" \
        --rate-limit 0 --max-connections-per-ip 10000 --log-format json >/dev/null 2>"$work/chain.log" &
    pids+=($!); last_pid=$!; server_names[$last_pid]=chain
    for _ in $(seq 1 3000); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
    started=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
    rss=$(ps -o rss= -p "$last_pid" | awk '{printf "%.0f", $1/1024}')
    tok=$(token "$port")
    chain_wrk() { INVENTORY_TOKEN=$tok INVENTORY_PRODUCTS=$chain_products INVENTORY_STORES=$stores \
        INVENTORY_CHAIN_PATH=$1 connections=${CHAIN_CONNECTIONS:-$connections} wrk_run -s "$here/chain.lua" "http://127.0.0.1:$port"; }
    avail=$(chain_wrk availability)
    stock=$(chain_wrk storestock)
    write=$(chain_wrk write)
    rss_after=$(ps -o rss= -p "$last_pid" | awk '{printf "%.0f", $1/1024}')
    feed=$("$feedprobe" --server "http://127.0.0.1:$port" --subscribers "$chain_managers" \
        --filtered "$chain_subscribers" --stores "$stores" --rate "$rate" --seconds $((seconds + 2)) \
        --warmup 2 2>>"$work/feedprobe.log")
    till=$("$clientprobe" measure --server "http://127.0.0.1:$port" --operations 0 --scope MAD-001 2>>"$work/clientprobe.log" | grep '^initial-sync:')
    full="initial-sync: seconds=- peak_rss_mib=-"
    if [[ ${CHAIN_FULL:-0} == 1 || $stores -le 4 ]]; then
        full=$("$clientprobe" measure --server "http://127.0.0.1:$port" --operations 0 2>>"$work/clientprobe.log" | grep '^initial-sync:')
    fi
    echo "chain $stores stores on $backend: start ${started}s rss ${rss}MiB; availability $avail; store stock $stock; writes $write; rss after ${rss_after}MiB; $feed; till: $till; full: $full" >&2
    stop_server "$last_pid"
    awk -v s="$started" -v r="$rss" -v t="$till" -v f="$full" -v a="$avail" -v k="$stock" -v w="$write" -v ra="$rss_after" -v fd="$feed" 'BEGIN {
        n = split(t, x, " "); for (i = 2; i <= n; i++) {split(x[i], kv, "="); T[kv[1]] = kv[2]}
        n = split(f, y, " "); for (i = 2; i <= n; i++) {split(y[i], kv, "="); F[kv[1]] = kv[2]}
        n = split(fd, z, " "); for (i = 2; i <= n; i++) {split(z[i], kv, "="); D[kv[1]] = kv[2]}
        sub(/%/, "", D["delivered"])
        split(a, A, " "); split(k, K, " "); split(w, W, " ")
        print s, r, T["seconds"], T["peak_rss_mib"], T["profile_mib"], F["seconds"], F["peak_rss_mib"], A[1], A[2], K[1], K[2], W[1], W[2], ra, D["p99_ms"], D["delivered"]}'
}
measure_once chain_small chain_run 4 sqlite
summarize chain_small
measure_once chain_large chain_run "$chain_stores" sqlite
summarize chain_large
# The same datasets on PostgreSQL (CHAIN_POSTGRES=0 skips it): each is copied into a database
# of a throwaway cluster (chain-to-postgres.py), which is stopped before the next section.
if [[ ${CHAIN_POSTGRES:-1} == 1 ]]; then
    bash "$root/tests/postgres/pg-cluster.sh" start "$work/pg" >/dev/null
    chain_pg_port=$(cat "$work/pg/port")
    measure_once chain_small_pg chain_run 4 postgres
    summarize chain_small_pg
    measure_once chain_large_pg chain_run "$chain_stores" postgres
    summarize chain_large_pg
    stop_postgres
fi
fi

# The soak (SECTIONS=soak, not in the defaults; --smoke makes 40,000 over 2 days):
# SOAK_RESERVATIONS reservations (default 10,000,000) made by soak.lua over SOAK_DAYS (3)
# "days", half confirmed and half expired, in wrk runs of SOAK_CHUNK_SECONDS (60). Each day is
# the same database under a server whose clock runs two days further on, with
# --event-retention-days 1: before a day's load, its archive run (a minute after start) moves
# the earlier days' events and ended reservations to a file, and the load then reuses their
# room. After each run: the reservations made in all (the server's metrics count only those
# still in the database, so the bench adds each day's), the run's req/s and p99, the server's
# RSS, the database's size (file and WAL) and the reservations held. Every sample is a line on
# stderr ("soak …") and a row of the soak table. About 25 minutes here for the default.
if section soak; then
soak_target=${SOAK_RESERVATIONS:-10000000}; soak_chunk=${SOAK_CHUNK_SECONDS:-60}
soak_days=${SOAK_DAYS:-3}; soak_archive_wait=600
if [[ "${1:-}" == "--smoke" ]]; then soak_target=40000; soak_chunk=1; soak_days=2; soak_archive_wait=0; fi
soak_metric() { # port token status… → the sum of inventory_reservations for those statuses
    local port=$1 tok=$2; shift 2
    curl -sf -H "Authorization: Bearer $tok" "http://127.0.0.1:$port/metrics" | awk -v want=" $* " '
        /^inventory_reservations\{/ {s = $1; sub(/.*status="/, "", s); sub(/".*/, "", s); if (index(want, " " s " ")) n += $2}
        END {printf "%.0f", n}'
}
soak_db_mib() { du -cm "$work/soak.db" "$work/soak.db-wal" 2>/dev/null | awk 'END {print $1}'; }
soak_run() { # day run → a row: day run minutes made rps p99 rss db held
    local day=$1 run=$2 out rps p99 errors
    out=$(INVENTORY_TOKEN=$soak_tok INVENTORY_PRODUCTS=1000 INVENTORY_SOAK_RUN="d$day-$run" \
        wrk -t2 -c$connections -d${soak_chunk}s --latency -s "$here/soak.lua" "http://127.0.0.1:$soak_port" 2>&1)
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    if [[ -n "$errors" ]]; then echo "soak: $errors answers were not 2xx" >&2; crashed=1; fi
    soak_seconds=$((soak_seconds + soak_chunk))
    made=$((soak_before + $(soak_metric "$soak_port" "$soak_tok" PENDING CONFIRMED CANCELLED EXPIRED) - soak_kept))
    local row="$day $run $(awk -v s="$soak_seconds" 'BEGIN {printf "%.1f", s / 60}') $made $rps $p99 $(ps -o rss= -p "$soak_pid" | awk '{printf "%.0f", $1/1024}') $(soak_db_mib) $(soak_metric "$soak_port" "$soak_tok" PENDING)"
    echo "soak $row" >&2
    echo "$row" >>"$work/soak-rows"
}
"$server_bin" --db "$work/soak.db" --log-format text import products "$work/products.csv" >/dev/null 2>&1
mkdir -p "$work/soak-archive"
soak_seconds=0; soak_before=0; made=0
for day in $(seq 1 "$soak_days"); do
    INVENTORY_TEST_CLOCK_OFFSET_SECONDS=$(((day - 1) * 2 * 86400)) start_server soak \
        --event-retention-days 1 --event-archive-dir "$work/soak-archive"
    soak_port=$port; soak_pid=$last_pid; soak_tok=$(token "$soak_port")
    ((day > 1)) || prepare_stock "$soak_port" "$soak_tok"
    if ((day > 1)); then
        for _ in $(seq 1 "$soak_archive_wait"); do grep -q 'archived [0-9]* event' "$work/soak.log" && break; sleep 1; done
        echo "soak day $day: $(grep -o 'archived [0-9]* event(s)' "$work/soak.log" || echo 'nothing archived yet'), database $(soak_db_mib) MiB" >&2
    fi
    # Reservations already in the database when the day starts (the metrics count them).
    soak_kept=$(soak_metric "$soak_port" "$soak_tok" PENDING CONFIRMED CANCELLED EXPIRED)
    soak_before=$made
    run=0
    while ((made < soak_target * day / soak_days)); do run=$((run + 1)); soak_run "$day" "$run"; done
    stop_server "$soak_pid"
done
fi

med() { awk '{print $2}' <<<"${result[$1.${2:-1}]}"; }
mmm() { tr ' ' '/' <<<"${result[$1.${2:-1}]}"; }
has() { [[ -n "${result[$1.1]:-}" ]]; }
row() { # label key target: throughput and p99 (or pgbench's mean latency)
    has "$2" || return 0
    printf '| %-44s | %-22s | %-14s | %s |\n' "$1" "$(mmm "$2" 1)" "$(med "$2" 2)" "$3"
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
row "hot product, ours on PostgreSQL, one instance" pgours_hot "≥ 5× pgbench, p99 ≤ 20 ms"
row "the same, two instances on one database" pgtwo_hot "—"
row "1,000 products, ours on PostgreSQL, one instance" pgours_spread "≥ 5× pgbench, p99 ≤ 20 ms"
row "the same, two instances on one database" pgtwo_spread "≥ one instance"
row "GET /health" health "—"
row "GET /products/{id}/availability" availability "≥ 80 % of /health"
row "GET /products/{id}/history, $history_events events" history "an index range, not a scan"
row "the same, one connection" history_one "p99 ≤ 20 ms"
row "GET /reports/shrink, $history_events events, 4 connections" shrink "—"
row "GET /reports/day, $history_events events, $history_tickets tickets, 4 connections" day "—"
row "GET /reports/sales, 30 days by day, 4 connections" sales "—"
row "GET /reports/products, 30 days, 4 connections" products "—"
row "GET /reports/stock-value, 4 connections" stockvalue "—"
cpu_row() { # label key: CPU µs per durable reservation, all threads/processes and event loop
    has "$1" || return 0
    [[ -n "${result[$1.3]:-}" ]] || return 0
    printf '| %-44s | %-14s | %s |\n' "$2" "$(mmm "$1" 3)" "$( [[ -n "${result[$1.4]:-}" ]] && mmm "$1" 4 || echo "—")"
}
echo
echo "| CPU per durable reservation, µs (min/median/max) | whole server | event loop |"
echo "|---|---|---|"
cpu_row ours_hot "ours, hot product"
cpu_row ours_spread "ours, 1,000 products"
cpu_row ours_off "ours, group commit off"
cpu_row pgours_hot "ours on PostgreSQL, hot product (server only)"
cpu_row pgours_spread "ours on PostgreSQL, 1,000 products (server only)"
cpu_row pg_hot "PostgreSQL, hot product (all processes)"
cpu_row pg_spread "PostgreSQL, 1,000 products (all processes)"
# Where a durable reservation's CPU goes when PostgreSQL stores it, beside pgbench's
# transaction: with the machine busy throughout, throughput ratios are ratios of the last
# column, and PostgreSQL's own share bounds ours whatever our server costs.
pg_cpu_row() { # label key column-of-server column-of-postgres column-of-machine
    has "$2" || return 0
    [[ -n "${result[$2.$5]:-}" ]] || return 0
    printf '| %-40s | %-12s | %-12s | %-12s | %s %% |\n' "$1" \
        "$( [[ $3 == - ]] && echo "—" || med "$2" "$3")" "$(med "$2" "$4")" "$(med "$2" "$5")" "${busy[$2]:-?}"
}
if has pgours_spread || has pg_spread; then
echo
echo "| on PostgreSQL, CPU µs per operation (medians) | our server | PostgreSQL | whole machine | machine busy |"
echo "|---|---|---|---|---|"
pg_cpu_row "pgbench, hot product" pg_hot - 3 4
pg_cpu_row "ours, one instance, hot product" pgours_hot 3 5 6
pg_cpu_row "ours, two instances, hot product" pgtwo_hot - 3 4
pg_cpu_row "pgbench, 1,000 products" pg_spread - 3 4
pg_cpu_row "ours, one instance, 1,000 products" pgours_spread 3 5 6
pg_cpu_row "ours, two instances, 1,000 products" pgtwo_spread - 3 4
fi
echo
echo "| measurement | min/median/max | target |"
echo "|---|---|---|"
if has feed; then
printf '| feed latency p99, %s subscribers, %s changes/s (ms) | %s | ≤ 20 ms |\n' "$subscribers" "$rate" "$(mmm feed 1)"
printf '| feed latency p50 (ms) | %s | — |\n' "$(mmm feed 2)"
printf '| feed: changes/s committed; %% of messages delivered to every subscriber | %s; %s %% | %s/s; 100 %% |\n' "$(mmm feed 3)" "$(med feed 4)" "$rate"
fi
if has client; then
printf '| client initial sync, %s products × 4 stores (s) | %s | ≤ 10 s |\n' "$products" "$(mmm client 1)"
printf '| client peak RSS during the sync (MiB) | %s | — |\n' "$(mmm client 2)"
printf '| client draining %s queued operations (s) | %s | ≤ 5 s |\n' "$operations" "$(mmm client 3)"
printf '| search as you type, p99 per keystroke (ms) | %s | ≤ 16 ms |\n' "$(mmm client 4)"
printf '| search as you type, p50 per keystroke (ms) | %s | — |\n' "$(mmm client 5)"
fi
if has chain_large; then
for key in chain_small chain_large chain_small_pg chain_large_pg; do
    has "$key" || continue
    [[ $key == chain_small* ]] && label="4 stores" || label="$chain_stores stores"
    [[ $key == *_pg ]] && label="$label, PostgreSQL"
    printf '| %s × %s products: server start (s); RSS after start (MiB) | %s; %s | ≤ 10 s; ≤ 2 GiB |\n' "$label" "$chain_products" "$(med $key 1)" "$(med $key 2)"
    printf '| %s: a till'"'"'s first sync (s); its peak RSS; its profile (MiB) | %s; %s; %s | ≤ 5 s; ≤ 150 MiB |\n' "$label" "$(med $key 3)" "$(med $key 4)" "$(med $key 5)"
    # Not run past 4 stores unless CHAIN_FULL=1, and its "-" would read as 0 here.
    if [[ ${CHAIN_FULL:-0} == 1 || $key == chain_small* ]]; then
        printf '| %s: first sync of a profile holding every store (s); peak RSS (MiB) | %s; %s | — |\n' "$label" "$(med $key 6)" "$(med $key 7)"
    fi
    printf '| %s: GET /products/{id}/availability, every store (req/s; p99 ms) | %s; %s | p99 ≤ 5 ms |\n' "$label" "$(med $key 8)" "$(med $key 9)"
    printf '| %s: GET /stores/{id}/stock, a page of 100 (req/s; p99 ms) | %s; %s | — |\n' "$label" "$(med $key 10)" "$(med $key 11)"
    printf '| %s: POST /products/{id}/stock at random stores (req/s; p99 ms) | %s; %s | — |\n' "$label" "$(med $key 12)" "$(med $key 13)"
    printf '| %s: server RSS after those (MiB) | %s | ≤ 2 GiB |\n' "$label" "$(med $key 14)"
    printf '| %s: feed, %s subscribers of one store and %s of all, %s changes/s: p99 ms; %% delivered | %s; %s %% | ≤ 20 ms; 100 %% |\n' \
        "$label" "$chain_subscribers" "$chain_managers" "$rate" "$(med $key 15)" "$(med $key 16)"
done
fi
if [[ -f "$work/soak-rows" ]]; then
echo
echo "| soak: day, run | minutes | reservations made | req/s | p99 ms | RSS MiB | database MiB | held |"
echo "|---|---|---|---|---|---|---|---|"
awk '{printf "| %s %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}' "$work/soak-rows"
fi
echo
ratios=()
has ours_hot && has pg_hot && ratios+=("hot ours/PostgreSQL $(ratio ours_hot pg_hot)")
has ours_spread && has pg_spread && ratios+=("1,000 products $(ratio ours_spread pg_spread)")
has ours_hot && ratios+=("group commit on/off $(ratio ours_hot ours_off)")
has pgours_hot && has pg_hot && ratios+=("on PostgreSQL, hot ours/pgbench $(ratio pgours_hot pg_hot)")
has pgours_spread && has pg_spread && ratios+=("on PostgreSQL, 1,000 products ours/pgbench $(ratio pgours_spread pg_spread)")
has pgtwo_spread && ratios+=("two instances/one, 1,000 products $(ratio pgtwo_spread pgours_spread)")
has health && ratios+=("availability/health $(awk -v a="$(med availability)" -v b="$(med health)" 'BEGIN {printf "%.0f %%", 100 * a / b}')")
if ((${#ratios[@]} > 0)); then
    (IFS=';'; echo "ratios (medians): ${ratios[*]}")
fi
if has ours_hot; then
    echo "server RSS: idle ${rss_idle} MiB, after the hot-product benchmark ${rss_load} MiB"
fi
stolen=()
for key in ours_hot ours_spread ours_off pgours_hot pgtwo_hot pgours_spread pgtwo_spread health availability pg_hot pg_spread feed client history history_one shrink day sales products stockvalue; do
    [[ -n "${steal[$key]:-}" ]] && stolen+=("$key ${steal[$key]} %")
done
if ((${#stolen[@]} > 0)); then
    (IFS=';'; echo "CPU time taken by the hypervisor (steal) during each measurement: ${stolen[*]}")
fi
if ((crashed)); then
    echo "a server died or did not stop cleanly: the figures above are not to be trusted" >&2
    exit 1
fi
