#!/usr/bin/env bash
# The test command of the README: installs what is missing, builds, runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${INVENTORY_BUILD_DIR:-build}
cd "$build_dir"
ctest --output-on-failure --parallel 2 --timeout 900
