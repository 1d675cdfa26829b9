#!/usr/bin/env bash
# Installs what is missing, builds, and starts Hookline. Arguments go to hookline, e.g.
#   scripts/run.sh --data-dir ~/hookline-test
# Without a display it starts headless.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOOKLINE_BUILD_TESTS=OFF -DHOOKLINE_BUILD_BENCH=OFF
args=("$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [[ " ${args[*]} " != *" --headless "* ]]; then
  echo "run: no display found, starting headless (Ctrl+C stops it)" >&2
  args=(--headless "${args[@]}")
fi
exec "$build/app/hookline" "${args[@]}"
