#!/usr/bin/env bash
# Builds an optimised tree and runs the benchmarks; figures go to stdout (see
# docs/PERFORMANCE.md for the latest ones). Arguments go to bench_delivery.
#   scripts/bench.sh --postgresql [ARGS]   bench_server on a throw-away PostgreSQL server (fsync
#                                          on), with one and with three instances; ARGS go to it
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DHOOKLINE_BUILD_TESTS=OFF
if [ "${1:-}" = --postgresql ]; then
  shift
  cluster="$root/tests/postgres/cluster.sh"
  "$cluster" start "$build/postgres" --durable
  trap '"$cluster" stop "$build/postgres"' EXIT
  for instances in 1 3; do
    "$build/bench/bench_server" --postgresql "127.0.0.1:$(cat "$build/postgres/port")" \
      --instances "$instances" "$@"
  done
  exit 0
fi
"$build/bench/bench_delivery" "$@"
