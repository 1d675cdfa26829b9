#!/usr/bin/env node
// Load generator of the relay benchmark (bench/peer/run.sh): N messages over K chats, C
// keep-alive senders in flight, one message per request; prints one JSON line.
//   node gen.mjs --url URL [--shape nodered|hookline|relay] [--token T] [--n 10000] [--chats 100]
//                [--concurrency 32] [--rate 0] [--warmup 0] [--warmup-wait RECEIVER_URL]
//                [--seq0 0] [--cpu-pid P] [--timeout-ms 10000]
// --shape    nodered: a flat message, what the Node-RED flow takes at /ingest;
//            hookline: Hookline's POST /api/v1/messages body (core/server/ingestjson.cpp);
//            relay: what a relay posts ({"message": {...}}), for gen -> receiver directly.
// --token T  sends `Authorization: Bearer T` (Hookline's DIR/api-token).
// --rate R   open loop, R msgs/s: message i is due at start + i/R and its text carries that due
//            time, so a stalled relay is charged for the wait; at most C in flight.
//            0 = as fast as C senders go.
// --warmup W first W messages (seqs from 1e9, which the receiver counts apart) at full speed to
//            warm the relay and open the connections; with --warmup-wait, waits until the
//            receiver has all of them (an asynchronous relay may still be draining), then pauses
//            500 ms and measures.
// --cpu-pid P when measuring starts: reads the relay's utime+stime (/proc/P/stat, clock ticks)
//            and restarts its peak RSS (echo 5 > /proc/P/clear_refs), so both cover the run only.
// Output: sent, ok, errors by status, send rate, ack latency (request -> response of each
// measured request), start/end stamps (epoch ms).
import http from 'node:http';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs, percentile, round3, sleep, threadTicks } from './common.mjs';

const args = parseArgs();
const url = new URL(args.url ?? 'http://127.0.0.1:1880/ingest');
const N = Number(args.n ?? 10000);
const K = Number(args.chats ?? 100);
const C = Number(args.concurrency ?? 32);
const RATE = Number(args.rate ?? 0);
const SHAPE = args.shape ?? 'nodered';
const WARMUP = Number(args.warmup ?? 0);
const SEQ0 = Number(args.seq0 ?? 0);
const TIMEOUT = Number(args['timeout-ms'] ?? 10000);
const AUTH = args.token ? { authorization: `Bearer ${args.token}` } : {};
const ACCOUNT = { phone: '+15559990000', full_name: 'Bench Account', email: 'bench@example.com' };
const nowMs = () => performance.timeOrigin + performance.now();
const agent = new http.Agent({ keepAlive: true, maxSockets: C });

// One message; `text` carries the seq and the send time (epoch ms, sub-ms).
function body(seq, sentMs) {
  const chat = seq % K;
  const sender = { full_name: `Bench User ${chat}`, phone: `+1555${String(chat).padStart(7, '0')}` };
  const text = `bench:${seq}:${sentMs.toFixed(3)}`;
  const timestamp = new Date(sentMs).toISOString();
  switch (SHAPE) {
    case 'nodered':
      return JSON.stringify({ chat_id: `c${chat}`, direction: 'received', text, sender, timestamp });
    case 'hookline': // one message object; the account and the chat are created on first use
      return JSON.stringify({
        account: ACCOUNT,
        chat: { phone: sender.phone, full_name: sender.full_name, is_group: false },
        direction: 'received', timestamp: timestamp.replace(/\.\d+Z$/, 'Z'), // whole seconds, as stored
        sender, recipient: { full_name: ACCOUNT.full_name, phone: ACCOUNT.phone }, text });
    case 'relay':
      return JSON.stringify({ message: { chat_id: `c${chat}`, direction: 'received', text, sender, timestamp } });
    default: throw new Error(`unknown --shape ${SHAPE}`);
  }
}

// POST; resolves to the status code (or the error's code) and a short answer body.
function post(payload) {
  return new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', agent, timeout: TIMEOUT,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...AUTH } },
    (res) => {
      const chunks = [];
      res.on('data', (c) => { if (chunks.length < 4) chunks.push(c); });
      res.on('end', () => resolve({ code: res.statusCode, text: Buffer.concat(chunks).toString().slice(0, 300) }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ code: e.code || e.message, text: '' }));
    req.end(payload);
  });
}

let errors = {};
let errorSample = null;
const count = ({ code, text }) => {
  if (code >= 200 && code < 300) return true; // Node-RED answers 200, Hookline 201
  errors[code] = (errors[code] ?? 0) + 1;
  errorSample ??= `${code} ${text}`;
  return false;
};

// Warm-up: W messages, C in flight, uncounted by the receiver.
const inflight = new Set();
for (let i = 0; i < WARMUP || inflight.size; ) {
  while (i < WARMUP && inflight.size < C) {
    const p = post(body(1e9 + SEQ0 + i++, nowMs())).then((r) => { count(r); inflight.delete(p); });
    inflight.add(p);
  }
  await Promise.race(inflight);
}
const warmErrors = Object.values(errors).reduce((a, b) => a + b, 0);
const warmErrorSample = errorSample;
errors = {}; // from here on: measured requests only
errorSample = null;
if (WARMUP && args['warmup-wait']) { // until the relay delivered the warm-up (or 120 s)
  const stats = `${args['warmup-wait'].replace(/\/$/, '')}/stats?brief=1`;
  for (const end = Date.now() + 120_000; Date.now() < end; await sleep(50)) {
    if ((await (await fetch(stats)).json()).warm_messages >= WARMUP - warmErrors) break;
  }
}
if (WARMUP) await sleep(500);

const ticks = (pid) => { // utime+stime of the relay, clock ticks
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch { return null; }
};
const ticks0 = args['cpu-pid'] ? ticks(args['cpu-pid']) : null;
const threadTicks0 = args['cpu-pid'] ? threadTicks(args['cpu-pid']) : null;
let hwmReset = false; // VmHWM restarts at the current RSS (needs the right to write clear_refs)
if (args['cpu-pid']) try { fs.writeFileSync(`/proc/${args['cpu-pid']}/clear_refs`, '5'); hwmReset = true; } catch {}

let next = 0, ok = 0, maxLagMs = 0;
const ack = new Float64Array(N);
const t0 = nowMs();
async function sender() {
  for (let seq; (seq = next++) < N; ) {
    let stamp;
    if (RATE > 0) { // stamp the scheduled time: a stalled relay is charged for the wait
      stamp = t0 + (seq * 1000) / RATE;
      const late = nowMs() - stamp;
      if (late > 0) maxLagMs = Math.max(maxLagMs, late);
      for (let w = -late; w > 0; w = stamp - nowMs()) await sleep(Math.ceil(w)); // timers may fire early
    } else stamp = nowMs();
    const asked = nowMs();
    const r = await post(body(SEQ0 + seq, stamp));
    ack[seq] = nowMs() - asked;
    if (count(r)) ok++;
  }
}
await Promise.all(Array.from({ length: Math.min(C, N) }, sender));
const t1 = nowMs();
agent.destroy();

ack.sort();
console.log(JSON.stringify({
  url: url.href, shape: SHAPE, n: N, chats: K, concurrency: C, rate_target: RATE, warmup: WARMUP,
  ok, errors, error_sample: errorSample, warmup_errors: warmErrors, warmup_error_sample: warmErrorSample,
  start_ms: round3(t0), end_ms: round3(t1),
  send_s: round3((t1 - t0) / 1000), send_rate: Math.round((N * 1000) / (t1 - t0)),
  max_schedule_lag_ms: Math.round(maxLagMs * 10) / 10,
  ack_ms: { p50: round3(percentile(ack, 50)), p99: round3(percentile(ack, 99)), max: round3(percentile(ack, 100)) },
  target_ticks_t0: ticks0, target_thread_ticks_t0: threadTicks0, hwm_reset: hwmReset,
}));
