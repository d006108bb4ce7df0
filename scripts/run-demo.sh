#!/usr/bin/env bash
# The run command of the README: installs what is missing, builds, and starts the central
# server with the demo data on http://127.0.0.1:8080 (Ctrl+C stops it cleanly).
# INVENTORY_DEMO_DIR (default ~/.local/share/inventory-demo) keeps the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${INVENTORY_BUILD_DIR:-build}
data_dir=${INVENTORY_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/inventory-demo}
listen=${INVENTORY_LISTEN:-127.0.0.1:8080}
mkdir -p "$data_dir"

cat <<MSG

  Inventory demo server: http://$listen   (demo users admin, manager-mad, clerk-mad,
  clerk-bcn; password: ${INVENTORY_DEMO_PASSWORD:-demo}). Data in $data_dir.
  Try:  curl -s -X POST http://$listen/api/v1/auth/login -d '{"username":"clerk-mad","password":"demo"}'
  API reference: docs/API.md.  Stop with Ctrl+C.

MSG
exec "$build_dir/server-stub/inventory-server" --listen "$listen" --db "$data_dir/inventory.db" \
    --jwt-secret-file "$data_dir/jwt-secret" --seed demo --log-format text
