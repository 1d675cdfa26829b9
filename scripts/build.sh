#!/usr/bin/env bash
# Configures (once) and builds one build tree incrementally.
#   scripts/build.sh BUILD_DIR [extra cmake -D options...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$1"
shift
"$root/scripts/setup-debian.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja "$@"
fi
# Two cores: more jobs only thrash memory during Qt-heavy compiles.
cmake --build "$build" -j 2
