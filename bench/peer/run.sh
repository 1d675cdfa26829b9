#!/usr/bin/env bash
# shellcheck disable=SC2016  # the node -e snippets are JavaScript in single quotes
# Relay benchmark against the peer, Node-RED: the same generator and receiver (bench/peer/*.mjs)
# drive (i) the harness alone (generator -> receiver: the ceiling), (ii) Node-RED relaying each
# message at once (nodered/flows.json) and (iii) `hookline --headless` with one webhook,
# aggregation `none`; each at full speed and at RATE msgs/s offered. Prints one comparison
# table; raw JSON per run, logs and the tables go to OUT.
#   bench/peer/run.sh BUILD/app/hookline          (scripts/bench.sh --peer does the build and
#                                                  installs Node-RED first)
# Node-RED comes from NR_PREFIX (default BUILD/peer-nodered, see install-nodered.sh).
# Environment (defaults): PHASES ("ceiling nodered hookline"), REPEAT (2 measured runs per phase,
# in one warmed process), N_MAX (10000 msgs at full speed), N_RATE (5000 msgs at RATE), RATE (500),
# N_CEIL (20000, ceiling at full speed), WARM (5000, Hookline's warm-up), WARM_NODERED (60000:
# Node-RED keeps speeding up for ~50k msgs), C (32 keep-alive senders), CHATS (100),
# WAIT_S (120, longest wait for deliveries after a run), PIN (1: generator + receiver on
# HARNESS_CPUS=0, the relay on RELAY_CPUS=1), OUT (BUILD/peer-bench/<date-time>).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "usage: $0 BUILD/app/hookline" >&2; exit 2; fi
hookline=$(realpath "$1")
build=$(dirname "$(dirname "$hookline")")
NR_PREFIX=$(realpath -m "${NR_PREFIX:-$build/peer-nodered}")
OUT=$(realpath -m "${OUT:-$build/peer-bench/$(date +%Y%m%d-%H%M%S)}")
PHASES=${PHASES:-"ceiling nodered hookline"}
REPEAT=${REPEAT:-2}; RATE=${RATE:-500}; C=${C:-32}; CHATS=${CHATS:-100}
N_CEIL=${N_CEIL:-20000}; N_MAX=${N_MAX:-10000}; N_RATE=${N_RATE:-5000}
WARM=${WARM:-5000}; WARM_NODERED=${WARM_NODERED:-60000}; WAIT_S=${WAIT_S:-120}
PIN=${PIN:-1}; HARNESS_CPUS=${HARNESS_CPUS:-0}; RELAY_CPUS=${RELAY_CPUS:-1}
HZ=$(getconf CLK_TCK)
has() { [[ " $PHASES " == *" $1 "* ]]; }
for p in $PHASES; do
  case $p in ceiling|nodered|hookline) ;; *) echo "unknown phase '$p' (ceiling nodered hookline)" >&2; exit 2;; esac
done
if has nodered && [ ! -f "$NR_PREFIX/node_modules/node-red/red.js" ]; then
  echo "no Node-RED in $NR_PREFIX: run $here/install-nodered.sh $NR_PREFIX first" >&2; exit 1
fi
mkdir -p "$OUT"
work=$(mktemp -d)   # Node-RED's user dir, Hookline's data dir, port files

# Children run in the background and are waited for, so that the trap can end them at once.
# Prefixes are arrays: `taskset -c N cmd &` execs cmd, so $! is the real PID.
pin_h=(); pin_r=()
if [ "$PIN" = 1 ]; then pin_h=(taskset -c "$HARNESS_CPUS"); pin_r=(taskset -c "$RELAY_CPUS"); fi
recv_pid=; relay_pid=; child_pid=
stop_pid() { # PID: SIGTERM, up to 10 s, then SIGKILL
  [ -n "$1" ] || return 0
  kill "$1" 2> /dev/null || true
  for _ in $(seq 100); do kill -0 "$1" 2> /dev/null || break; sleep 0.1; done
  kill -9 "$1" 2> /dev/null || true
  wait "$1" 2> /dev/null || true
}
cleanup() {
  stop_pid "$child_pid"; stop_pid "$relay_pid"; stop_pid "$recv_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
step() { "$@" & child_pid=$!; wait "$child_pid"; child_pid=; }   # a foreground step, interruptible
harness() { step "${pin_h[@]}" node "$@"; }
http_ok() { # URL [METHOD]: until it answers 2xx, 20 s at most
  node -e 'const [u, m] = process.argv.slice(1), end = Date.now() + 20000;
    (async () => { for (;;) { try { if ((await fetch(u, { method: m })).ok) process.exit(0); } catch {}
      if (Date.now() > end) process.exit(1); await new Promise((r) => setTimeout(r, 100)); } })();' "$1" "${2:-GET}"
}
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'; }
mem_mb() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }   # utime + stime (no spaces in comm)

echo "results in $OUT"
{ echo "date $(date -Iseconds)"; echo "host $(uname -srm), $(nproc) CPUs"
  echo "pinning PIN=$PIN harness CPUs $HARNESS_CPUS, relay CPUs $RELAY_CPUS"
  echo "harness node $(node --version)"; "$hookline" --version
  if has nodered; then
    echo "node-red $(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1])).version' \
      "$NR_PREFIX/node_modules/node-red/package.json") on node $("$NR_PREFIX/node_modules/.bin/node" --version)"
  fi
  echo "REPEAT=$REPEAT C=$C CHATS=$CHATS RATE=$RATE N_CEIL=$N_CEIL N_MAX=$N_MAX N_RATE=$N_RATE WARM=$WARM WARM_NODERED=$WARM_NODERED"
} > "$OUT/versions.txt"

"${pin_h[@]}" node "$here/receiver.mjs" --port 0 --port-file "$work/receiver.port" 2> "$OUT/receiver.log" &
recv_pid=$!
for _ in $(seq 100); do [ -s "$work/receiver.port" ] && break; sleep 0.05; done
recv=http://127.0.0.1:$(cat "$work/receiver.port")
http_ok "$recv/stats?brief=1"

# Relay state, set by the start functions: its PID, ingest URL, generator shape and token.
relay_url=; shape=; token=; idle_mb=

# warm_relay N: N messages through the relay, counted apart by the receiver, all delivered
warm_relay() {
  http_ok "$recv/reset" POST
  harness "$here/gen.mjs" --url "$relay_url" --shape "$shape" ${token:+--token "$token"} \
    --n "$1" --seq0 1000000000 --chats "$CHATS" --concurrency "$C" > "$OUT/$2-warmup.json"
  harness "$here/wait-stats.mjs" --url "$recv" --expect "$1" --warm 1 --timeout-s "$WAIT_S" \
    > "$OUT/$2-warmup-stats.json"
}

nodered_start() {
  local port; port=$(free_port)
  mkdir -p "$work/nodered"; cp "$here/nodered/flows.json" "$work/nodered/flows.json"
  "${pin_r[@]}" env RECEIVER_URL="$recv/hook" NR_PORT="$port" \
    "$NR_PREFIX/node_modules/.bin/node" "$NR_PREFIX/node_modules/node-red/red.js" \
    -s "$here/nodered/settings.js" -u "$work/nodered" flows.json >> "$OUT/nodered.log" 2>&1 &
  relay_pid=$!
  http_ok "http://127.0.0.1:$port/health" || { echo "Node-RED did not start: $OUT/nodered.log" >&2; exit 1; }
  relay_url=http://127.0.0.1:$port/ingest; shape=nodered; token=
  idle_mb=$(mem_mb "$relay_pid" VmRSS)
}

hookline_start() {
  local data=$work/hookline webhook base
  rm -rf "$data"; mkdir -p "$data"
  "${pin_r[@]}" "$hookline" --headless --data-dir "$data" --listen 127.0.0.1:0 --inspector-memory 0 \
    >> "$OUT/hookline.log" 2>&1 &
  relay_pid=$!
  for _ in $(seq 200); do [ -s "$data/server.port" ] && break; sleep 0.05; done
  [ -s "$data/server.port" ] || { echo "Hookline did not start: $OUT/hookline.log" >&2; exit 1; }
  base=http://127.0.0.1:$(cat "$data/server.port")
  http_ok "$base/healthz" || { echo "Hookline does not answer: $OUT/hookline.log" >&2; exit 1; }
  relay_url=$base/api/v1/messages; shape=hookline; token=$(cat "$data/api-token")
  # One webhook, one POST per message, to the receiver (accounts and chats are created by the
  # first message of each; the warm-up sends to every chat).
  webhook=$(node -e 'const [u, t, hook] = process.argv.slice(1);
    fetch(u, { method: "POST", headers: { authorization: `Bearer ${t}`, "content-type": "application/json" },
               body: JSON.stringify({ name: "peer bench", url: hook, aggregation: "none" }) })
      .then(async (r) => { const b = await r.text(); if (r.status !== 201) { console.error(r.status, b); process.exit(1); } console.log(b); });' \
    "$base/api/v1/webhooks" "$token" "$recv/hook") || { echo "could not create the webhook" >&2; exit 1; }
  echo "$webhook" > "$OUT/hookline-webhook.json"
  idle_mb=$(mem_mb "$relay_pid" VmRSS)
}

relay_stop() { stop_pid "$relay_pid"; relay_pid=; }

# measure NAME N RATE: one run in the running relay; the generator first warms itself with 1000
# uncounted messages, waits until they are delivered, then measures.
measure() {
  local d=$OUT/$1 t0 t1
  mkdir -p "$d"
  http_ok "$recv/reset" POST
  harness "$here/gen.mjs" --url "$relay_url" --shape "$shape" ${token:+--token "$token"} \
    --n "$2" --rate "$3" --chats "$CHATS" --concurrency "$C" --warmup 1000 --warmup-wait "$recv" \
    --cpu-pid "$relay_pid" > "$d/gen.json"
  harness "$here/wait-stats.mjs" --url "$recv" --expect "$2" --timeout-s "$WAIT_S" > "$d/stats.json"
  t1=$(ticks "$relay_pid"); t0=$(node -p 'require(process.argv[1]).target_ticks_t0' "$d/gen.json")
  printf '{"relay_pid":%s,"relay_comm":"%s","cpu_s":%s,"peak_rss_mb":%s,"rss_mb":%s,"idle_rss_mb":%s}\n' \
    "$relay_pid" "$(cat "/proc/$relay_pid/comm")" \
    "$(awk -v a="$t0" -v b="$t1" -v hz="$HZ" 'BEGIN { printf "%.2f", (b - a) / hz }')" \
    "$(mem_mb "$relay_pid" VmHWM)" "$(mem_mb "$relay_pid" VmRSS)" "$idle_mb" > "$d/proc.json"
  # CPU seconds per thread name over the same span: where the time went (report.mjs prints it).
  node --input-type=module -e "import { threadTicks } from '$here/common.mjs';
    import fs from 'node:fs';
    const [gen, pid, hz, out] = process.argv.slice(1);
    const t0 = JSON.parse(fs.readFileSync(gen)).target_thread_ticks_t0 ?? {}, t1 = threadTicks(pid) ?? {};
    const d = {}; for (const k of Object.keys(t1)) d[k] = (t1[k] - (t0[k] ?? 0)) / Number(hz);
    fs.writeFileSync(out, JSON.stringify(d) + '\\n');" "$d/gen.json" "$relay_pid" "$HZ" "$d/threads.json"
  node -e 'const [g, s] = process.argv.slice(1, 3).map((f) => require(f));
    const rate = s.unique_seqs / ((s.last_arrival_ms - g.start_ms) / 1000);
    console.log(`  ${process.argv[3]}: ${Math.round(rate)} msgs/s delivered, ack p50 ${g.ack_ms.p50} ms, latency p50 ${s.latency_ms.p50} ms,`,
      `lost ${s.lost}, dup ${s.duplicates}, errors ${g.n - g.ok}${s.timed_out ? " (TIMED OUT)" : ""}`);' \
    "$d/gen.json" "$d/stats.json" "$1"
}

if has ceiling; then
  echo "(i) harness ceiling: generator -> receiver, full speed and $RATE msgs/s"
  relay_url=$recv/hook; shape=relay; token=
  for r in $(seq "$REPEAT"); do
    for run in "max $N_CEIL 0" "rate$RATE $N_RATE $RATE"; do
      read -r kind n rate <<< "$run"
      d=$OUT/ceiling-$kind-$r; mkdir -p "$d"; http_ok "$recv/reset" POST
      harness "$here/gen.mjs" --url "$relay_url" --shape relay --n "$n" --rate "$rate" --chats "$CHATS" \
        --concurrency "$C" --warmup 3000 --warmup-wait "$recv" > "$d/gen.json"
      harness "$here/wait-stats.mjs" --url "$recv" --expect "$n" --timeout-s 30 > "$d/stats.json"
      echo "  ceiling-$kind-$r done"
    done
  done
fi
relay_phase() { # RELAY WARM: start it, warm it up, REPEAT runs at full speed and at RATE, stop it
  "$1_start"; warm_relay "$2" "$1"
  for r in $(seq "$REPEAT"); do
    measure "$1-max-$r" "$N_MAX" 0
    measure "$1-rate$RATE-$r" "$N_RATE" "$RATE"
  done
  relay_stop
}
if has nodered; then
  echo "(ii) Node-RED immediate relay: full speed and $RATE msgs/s (warm-up $WARM_NODERED msgs)"
  relay_phase nodered "$WARM_NODERED"
fi
if has hookline; then
  echo "(iii) Hookline headless, webhook aggregation none: full speed and $RATE msgs/s (warm-up $WARM msgs)"
  relay_phase hookline "$WARM"
fi
echo
node "$here/report.mjs" "$OUT" "$RATE" | tee "$OUT/table.txt"
