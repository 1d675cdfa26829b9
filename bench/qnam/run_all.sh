#!/bin/bash
# Runs every variant in variants.txt REPS times (interleaved), client pinned to CPU 1.
# Receivers must already run pinned to CPU 0 (see README). Output: results/<name>.txt
cd "$(dirname "$0")"; REPS=${REPS:-3}; FILTER=${FILTER:-.}; VARIANTS=${VARIANTS:-variants.txt}; OUT=${OUT:-results}
H1=http://127.0.0.1:18080/hook; H2=http://127.0.0.1:18082/hook
mkdir -p $OUT
for rep in $(seq 1 $REPS); do
  grep -v "^#" $VARIANTS | grep -E "$FILTER" | while IFS='|' read -r name cmd; do
    name=$(echo $name); cmd=$(echo $cmd | sed "s#H1#$H1#; s#H2#$H2#")
    out=$(timeout 120 taskset -c 1 $cmd 2>&1 | grep -E 'RESULT|THREADS|bad' | tr '\n' ' ')
    echo "rep=$rep $out" >> $OUT/$name.txt
    echo "$name rep=$rep $out"
  done
done
