#!/usr/bin/env bash
# Installs what is missing, builds with AddressSanitizer + UndefinedBehaviorSanitizer and
# warnings as errors, and runs every test. Extra arguments go to ctest, e.g. -R tst_store.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-asan"
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Debug -DHOOKLINE_SANITIZE=ON -DHOOKLINE_WERROR=ON
(cd "$build" && ctest --output-on-failure --timeout 600 "$@")
# Fuzzing is part of the suite, unless ctest was asked for a subset.
if [ "$#" -eq 0 ]; then
  "$root/scripts/fuzz.sh"
fi
