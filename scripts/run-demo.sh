#!/usr/bin/env bash
# The run command of the README: installs what is missing, builds, starts the central
# server with the demo data on http://127.0.0.1:8080 and opens the POS client signed in as
# the Madrid clerk. Closing the POS window (or Ctrl+C) stops both cleanly.
# INVENTORY_DEMO_DIR (default ~/.local/share/inventory-demo) keeps the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${INVENTORY_BUILD_DIR:-build}
data_dir=${INVENTORY_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/inventory-demo}
listen=${INVENTORY_LISTEN:-127.0.0.1:8080}
password=${INVENTORY_DEMO_PASSWORD:-demo}
mkdir -p "$data_dir"

"$build_dir/server-stub/inventory-server" --listen "$listen" --db "$data_dir/inventory.db" \
    --jwt-secret-file "$data_dir/jwt-secret" --seed demo --log-format text 2>>"$data_dir/server.log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    if curl -sf "http://$listen/health" >/dev/null 2>&1; then break; fi
    kill -0 $server 2>/dev/null || { echo "the server did not start; see $data_dir/server.log" >&2; tail -5 "$data_dir/server.log" >&2; exit 1; }
    sleep 0.1
done

cat <<MSG

  Inventory demo server: http://$listen   (log: $data_dir/server.log)
  Demo users: admin, manager-mad, clerk-mad, clerk-bcn — password: $password
  Terminal client: $build_dir/app/term/inventory-term --user clerk-bcn --password $password stock PROD-001
  API reference: docs/API.md

MSG
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "  Opening the POS client signed in as clerk-mad (close it to stop the demo)."
    "$build_dir/app/pos/inventory-pos" --server "http://$listen" --user clerk-mad --password "$password" \
        --profile "$data_dir/pos" || true
else
    echo "  No display here, so the POS client is not opened; on a desktop run:"
    echo "    $build_dir/app/pos/inventory-pos --server http://$listen --user clerk-mad --password $password"
    echo "  The server keeps running; stop it with Ctrl+C."
    wait $server
fi
