#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one for SECONDS
# (default 60, or $FUZZ_SECONDS) starting from its seed corpus in corpus/<target>/.
# Exits non-zero if any target finds a crash; the input that did it is kept in
# <build>/fuzz/findings/ and printed.
#   tests/fuzz/run-fuzz.sh [BUILD_DIR] [SECONDS]
# CI runs each target for 30 s. A long run, before a release or after a parser change:
#   FUZZ_SECONDS=3600 bash tests/fuzz/run-fuzz.sh build
# Each target's -max_len reaches past the limit its input meets in the server (1 MiB JSON
# body, 32 KiB request head), so that the dangerous sizes are tried, not only small inputs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-${INVENTORY_BUILD_DIR:-$root/build}}/fuzz
seconds=${2:-${FUZZ_SECONDS:-60}}

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
fi
if ! cmake --build "$build" --parallel "$(nproc)" --target fuzz_request fuzz_jwt fuzz_http fuzz_event fuzz_csv fuzz_router \
    fuzz_connection \
    >"$build/build.log" 2>&1; then
    echo "fuzz targets did not build:"
    grep -E "error|FAILED" "$build/build.log" | head -20
    exit 1
fi

status=0
declare -A max_len=([fuzz_request]=1100000 [fuzz_jwt]=8192 [fuzz_http]=40000
    [fuzz_event]=65536 [fuzz_csv]=65536 [fuzz_router]=4096 [fuzz_connection]=20000)
for target in fuzz_request fuzz_jwt fuzz_http fuzz_event fuzz_csv fuzz_router fuzz_connection; do
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$corpus" "$findings"
    echo "== $target: ${seconds}s from $(ls "$here/corpus/${target#fuzz_}" | wc -l) seeds"
    if ! "$build/$target" -max_total_time="$seconds" -max_len="${max_len[$target]}" \
        -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" \
        "$corpus" "$here/corpus/${target#fuzz_}" >"$build/$target.log" 2>&1; then
        status=1
        echo "$target FOUND A CRASH:"
        grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$build/$target.log" | head -20
    fi
    grep -E "stat::number_of_executed_units|cov:" "$build/$target.log" | tail -2
done
if ((status == 0)); then echo "fuzzing: no crash"; fi
exit $status
