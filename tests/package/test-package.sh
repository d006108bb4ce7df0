#!/usr/bin/env bash
# Builds the .deb, checks its contents, installs it, runs the installed server as the
# service user against a temporary state folder, does a smoke test with the installed
# inventory-term (login, reserve, confirm), then purges it and checks nothing is left.
# Needs root (it installs a package). Usage: test-package.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)
[[ $(id -u) -eq 0 ]] || { echo "FAIL: the package test installs a package and needs root" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work" # the service user must reach its state folder inside
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    if dpkg -s inventory >/dev/null 2>&1; then DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq inventory >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
check() { if ! eval "$1"; then echo "FAIL: $2" >&2; exit 1; fi; echo "ok: $2"; }

(cd "$build_dir" && cpack -G DEB -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/inventory_*_amd64.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/inventory-server ./usr/bin/inventory-pos ./usr/bin/inventory-term \
         ./usr/lib/systemd/system/inventory-server.service ./etc/inventory/server.ini \
         ./usr/share/applications/inventory-pos.desktop ./usr/share/metainfo/inventory-pos.metainfo.xml \
         ./usr/share/icons/hicolor/48x48/apps/inventory-pos.png ./usr/share/icons/hicolor/scalable/apps/inventory-pos.svg \
         ./usr/share/inventory/translations/inventory_es.qm; do
    check "grep -qx '$f' <<<\"\$contents\"" "package contains $f"
done
check "dpkg-deb -f '$deb' Depends | grep -q 'libqt6core6'" "Depends computed from the shared libraries"
check "dpkg-deb -f '$deb' Depends | grep -q 'libjemalloc2'" "Depends on the server's allocator"
check "dpkg-deb -f '$deb' Version | grep -q '^0\.'" "version field set"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
check "getent passwd inventory >/dev/null" "service user created"
check "[[ -d /var/lib/inventory && \$(stat -c %U /var/lib/inventory) == inventory ]]" "state folder owned by the service user"
check "[[ -s /var/lib/inventory/jwt-secret && \$(stat -c %a /var/lib/inventory/jwt-secret) == 600 ]]" "random JWT secret, owner-only"
for p in inventory-server inventory-term inventory-pos; do
    check "[[ \$(/usr/bin/$p --version) == '$p '* ]]" "$p --version"
done
check "[[ \$(/usr/bin/inventory-server --version | cut -d' ' -f2) == \$(/usr/bin/inventory-pos --version | cut -d' ' -f2) ]]" "one version for all programs"

state="$work/state"
install -d -o inventory -g inventory "$state"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
runuser -u inventory -- /usr/bin/inventory-server --listen 127.0.0.1:$port --db "$state/inventory.db" \
    --jwt-secret-file "$state/jwt-secret" --seed demo --rate-limit 0 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health" | grep -q '"status":"ok"' || cat "$work/server.log" >&2
check "curl -sf http://127.0.0.1:$port/health | grep -q '\"status\":\"ok\"'" "installed server answers as the service user"
term=(/usr/bin/inventory-term --server "http://127.0.0.1:$port" --profile "$work/profile")
check "\"\${term[@]}\" --user clerk-mad --password demo login >/dev/null" "installed inventory-term signs in"
id=$("${term[@]}" --json reserve PROD-001 1 --customer smoke | python3 -c 'import sys,json; print(json.load(sys.stdin)["reservationId"])')
check "[[ -n '$id' ]]" "reservation created"
check "\"\${term[@]}\" confirm '$id' >/dev/null" "reservation confirmed"
check "\"\${term[@]}\" --json reservations | grep -q '$id'" "reservation listed"
kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""
check "[[ \$(stat -c %U '$state/inventory.db') == inventory ]]" "database written by the service user"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq inventory >/dev/null
check "! dpkg -s inventory >/dev/null 2>&1" "package purged"
for p in /usr/bin/inventory-server /usr/bin/inventory-pos /usr/bin/inventory-term /etc/inventory /var/lib/inventory \
         /usr/lib/systemd/system/inventory-server.service /usr/share/applications/inventory-pos.desktop; do
    check "[[ ! -e $p ]]" "nothing left at $p"
done
check "! getent passwd inventory >/dev/null" "service user removed"
echo "package test: all checks passed"
