#!/usr/bin/env bash
# Builds an optimised tree and runs the benchmarks; figures go to stdout (see
# docs/PERFORMANCE.md for the latest ones). Arguments go to bench_delivery.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DHOOKLINE_BUILD_TESTS=OFF
"$build/bench/bench_delivery" "$@"
