#!/usr/bin/env bash
# Builds an optimised tree and runs the benchmarks; figures go to stdout (see
# docs/PERFORMANCE.md for the latest ones). Arguments go to bench_delivery.
#   scripts/bench.sh --postgresql [ARGS]   bench_server on a throw-away PostgreSQL server (fsync
#                                          on), with one and with three instances; ARGS go to it
#   scripts/bench.sh --peer                the relay benchmark against Node-RED (bench/peer/):
#                                          installs node-red@5 from npm into build-bench/peer-nodered,
#                                          then bench/peer/run.sh on build-bench/app/hookline (about
#                                          5 minutes; settings through the environment, see run.sh;
#                                          results in build-bench/peer-bench/<date-time>/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"
if [ "${1:-}" = --peer ] && [ $# -gt 1 ]; then
  echo "--peer takes no arguments; see bench/peer/run.sh for its environment" >&2
  exit 2
fi
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DHOOKLINE_BUILD_TESTS=OFF
if [ "${1:-}" = --peer ]; then
  "$root/bench/peer/install-nodered.sh" "$build/peer-nodered"
  exec "$root/bench/peer/run.sh" "$build/app/hookline"
fi
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
