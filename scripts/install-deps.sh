#!/usr/bin/env bash
# Installs the Debian packages the build, the programs and the tests need, only when some
# are missing. Runs apt-get update once, before installing. Needs root or sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-translations-l10n libsqlite3-dev sqlite3 libpq-dev libjemalloc-dev
    postgresql prometheus wrk xvfb xauth tmux
    dpkg-dev fakeroot file curl python3
    clang libclang-rt-dev
    libqrencode-dev poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
