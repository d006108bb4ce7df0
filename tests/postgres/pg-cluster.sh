#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests. `pg-cluster.sh start DIR` creates it with
# initdb as the unprivileged user "postgres" (from Debian's postgresql package) in a new
# folder under /tmp (the build tree may not be reachable by that user), starts it on a
# free loopback port, and writes its admin URL, port and folder to DIR/url, DIR/port and
# DIR/cluster. `stop DIR` stops it and removes both folders. `restart-stop DIR` and
# `restart-start DIR` stop it and start it again on the same port.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
run() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_server() {
    local cluster=$1 port=$2
    run "$bin/pg_ctl" -D "$cluster/data" -w -l "$cluster/log" \
        -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
}
case "$action" in
start)
    [[ -n "$bin" && -x "$bin/initdb" ]] || { echo "PostgreSQL is not installed (Debian package postgresql)" >&2; exit 1; }
    rm -rf "$dir"
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/inventory-pg.XXXXXX)
    chmod 755 "$cluster"
    [[ $(id -u) -eq 0 ]] && chown postgres "$cluster"
    run "$bin/initdb" -D "$cluster/data" -A trust -U inventory -E UTF8 --no-sync >/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    start_server "$cluster" "$port"
    echo "$cluster" > "$dir/cluster"
    echo "$port" > "$dir/port"
    echo "postgresql://inventory@127.0.0.1:$port/postgres" > "$dir/url"
    echo "PostgreSQL test cluster in $cluster on port $port"
    ;;
restart-stop)
    run "$bin/pg_ctl" -D "$(cat "$dir/cluster")/data" -w -m fast stop >/dev/null
    ;;
restart-start)
    start_server "$(cat "$dir/cluster")" "$(cat "$dir/port")"
    ;;
stop)
    if [[ -f "$dir/cluster" ]]; then
        cluster=$(cat "$dir/cluster")
        run "$bin/pg_ctl" -D "$cluster/data" -w -m fast stop >/dev/null 2>&1 || true
        rm -rf "$cluster"
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop|restart-stop|restart-start DIR" >&2
    exit 2
    ;;
esac
