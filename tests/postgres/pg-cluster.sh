#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `pg-cluster.sh start DIR` creates it with
# initdb in DIR as the unprivileged user "postgres" (from Debian's postgresql package),
# starts it on a free loopback port and writes the admin URL to DIR/url; `stop DIR` stops
# it and removes DIR. `restart DIR` stops and starts it again on the same port.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    [[ -x "$bin/initdb" ]] || { echo "PostgreSQL is not installed (Debian package postgresql)" >&2; exit 1; }
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    run "$bin/initdb" -D "$dir/data" -A trust -U inventory -E UTF8 --no-sync >/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    echo "$port" > "$dir/port"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir/port"
    run "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    echo "postgresql://inventory@127.0.0.1:$port/postgres" > "$dir/url"
    echo "PostgreSQL test cluster on port $port"
    ;;
restart-stop)
    run "$bin/pg_ctl" -D "$dir/data" -w -m fast stop >/dev/null
    ;;
restart-start)
    port=$(cat "$dir/port")
    run "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    ;;
stop)
    if [[ -d "$dir/data" ]]; then run "$bin/pg_ctl" -D "$dir/data" -w -m fast stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop|restart-stop|restart-start DIR" >&2
    exit 2
    ;;
esac
