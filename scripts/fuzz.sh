#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time,
# starting from the corpus in tests/fuzz/corpus. Any crash, hang or sanitizer report fails.
#   HOOKLINE_FUZZ_SECONDS=600 scripts/fuzz.sh     # longer runs by hand
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
CC=clang CXX=clang++ "$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHOOKLINE_FUZZ=ON -DHOOKLINE_SANITIZE=ON
seconds="${HOOKLINE_FUZZ_SECONDS:-60}"
for target in ingestjson aggregationhtml cloudapi chatexport httprequest; do
  work="$build/corpus/$target"
  mkdir -p "$work"
  echo "fuzz: $target for ${seconds}s"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$build/" \
    "$work" "$root/tests/fuzz/corpus/$target" 2>&1 | tail -n 12
done
echo "fuzz: no findings"
