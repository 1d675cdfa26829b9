#!/usr/bin/env bash
# Installs what is missing, builds with AddressSanitizer + UndefinedBehaviorSanitizer and
# warnings as errors, and runs every test, the fuzz targets and the package checks.
# Extra arguments go to ctest, e.g. -R tst_store (then only ctest runs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-asan"
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Debug -DHOOKLINE_SANITIZE=ON -DHOOKLINE_WERROR=ON
(cd "$build" && ctest --output-on-failure --timeout 600 "$@")
# Fuzzing and the Debian package's checks are part of the suite, unless ctest was asked for a
# subset. The package is a Release build in build-release (about 5 min from scratch on 2 cores,
# incremental afterwards): desktop entry, AppStream, lintian, and the installed binary run
# headless from a scratch root (docs/PACKAGING.md).
if [ "$#" -eq 0 ]; then
  "$root/scripts/fuzz.sh"
  "$root/scripts/package.sh" --check
fi
