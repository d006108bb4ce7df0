#!/usr/bin/env bash
# Renders the POS screens against a fresh demo server per language into docs/screenshots/
# (offscreen): the shots sell and reserve, so each language starts from the same stock.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
build_dir=${INVENTORY_BUILD_DIR:-build}
port=18765
mkdir -p docs/screenshots
for lang in en es; do
    tmp=$(mktemp -d)
    "$build_dir/server-stub/inventory-server" --listen 127.0.0.1:$port --db "$tmp/db" \
        --jwt-secret-file "$tmp/secret" --seed demo --rate-limit 0 2>"$tmp/server.log" &
    server=$!
    trap 'kill -TERM $server 2>/dev/null; wait $server || true; rm -rf "$tmp"' EXIT
    for _ in $(seq 1 100); do curl -sf http://127.0.0.1:$port/health >/dev/null && break; sleep 0.1; done
    QT_QPA_PLATFORM=offscreen "$build_dir/tests/tools/posscreenshots" http://127.0.0.1:$port docs/screenshots "$lang"
    kill -TERM $server
    wait $server || true
    rm -rf "$tmp"
    trap - EXIT
done
ls docs/screenshots
