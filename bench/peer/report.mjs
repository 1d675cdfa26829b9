#!/usr/bin/env node
// Tables of a bench/peer/run.sh output folder: the comparison (harness ceiling, Node-RED,
// Hookline, Hookline/Node-RED; medians over the runs) and the detail per phase
// (median [min-max]). Also writes summary.json beside the runs.
//   node report.mjs OUT [RATE]      (RATE: the fixed rate of the run, 500 by default)
import fs from 'node:fs';
import path from 'node:path';
import { median } from './common.mjs';

const dir = process.argv[2];
const RATE = process.argv[3] ?? '500';
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
const RELAYS = ['ceiling', 'nodered', 'hookline'];
const KINDS = ['max', `rate${RATE}`];

// One measured run: <relay>-<kind>-<r>/{gen,stats,proc}.json
function run(name) {
  const gen = read(path.join(dir, name, 'gen.json'));
  const st = read(path.join(dir, name, 'stats.json'));
  if (!gen || !st) return null;
  const pr = read(path.join(dir, name, 'proc.json')) ?? {};
  const th = read(path.join(dir, name, 'threads.json')) ?? {};
  return {
    sent: gen.send_rate,
    delivered: st.unique_seqs / ((st.last_arrival_ms - gen.start_ms) / 1000),
    p50: st.latency_ms.p50, p99: st.latency_ms.p99,
    ack50: gen.ack_ms.p50, ack99: gen.ack_ms.p99,
    lost: st.lost ?? 0, dup: st.duplicates, bad: st.bad, err: gen.n - gen.ok, errors: gen.errors,
    errorSample: gen.error_sample, timedOut: st.timed_out, lag: gen.max_schedule_lag_ms,
    cpuUs: pr.cpu_s != null ? (pr.cpu_s * 1e6) / gen.n : null, rss: pr.peak_rss_mb ?? null,
    threadUs: Object.fromEntries(Object.entries(th).map(([k, s]) => [k, (s * 1e6) / gen.n])),
  };
}
const phases = {};
for (const name of fs.readdirSync(dir)) {
  const m = /^(ceiling|nodered|hookline)-(.+)-(\d+)$/.exec(name);
  const r = m && run(name);
  if (r) (phases[`${m[1]}-${m[2]}`] ??= []).push(r);
}

const num = (x, d = 0) => (x == null || !Number.isFinite(x) ? '-'
  : x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const med = (relay, kind, key) => median((phases[`${relay}-${kind}`] ?? []).map((r) => r[key]));
const all = (relay) => KINDS.flatMap((k) => phases[`${relay}-${k}`] ?? []);
const sum = (relay, key) => (all(relay).length ? all(relay).reduce((a, r) => a + (r[key] ?? 0), 0) : null);
const max = (relay, key) => { const v = all(relay).map((r) => r[key]).filter((x) => x != null);
  return v.length ? Math.max(...v) : null; };
const ratio = (a, b) => { if (a == null || b == null || !b) return '-';
  const r = a / b; return r.toFixed(r >= 100 ? 0 : r >= 10 ? 1 : 2); };

// Comparison rows: [label, per-relay values (arrays for a/b cells), digits]
const rows = [
  ['delivered msgs/s, full speed', (r) => [med(r, 'max', 'delivered')], 0],
  ['CPU µs per message, full speed', (r) => [r === 'ceiling' ? null : med(r, 'max', 'cpuUs')], 0],
  [`offered ${RATE} msgs/s: delivered msgs/s`, (r) => [med(r, `rate${RATE}`, 'delivered')], 0],
  [`offered ${RATE} msgs/s: latency p50 / p99 ms`, (r) => [med(r, `rate${RATE}`, 'p50'), med(r, `rate${RATE}`, 'p99')], 1],
  [`offered ${RATE} msgs/s: acknowledged p50 / p99 ms`, (r) => [med(r, `rate${RATE}`, 'ack50'), med(r, `rate${RATE}`, 'ack99')], 1],
  ['peak RSS MiB (highest run)', (r) => [r === 'ceiling' ? null : max(r, 'rss')], 1],
  ['lost / duplicates (all runs)', (r) => [sum(r, 'lost'), sum(r, 'dup')], 0, false],
  ['refused requests, non-2xx (all runs)', (r) => [sum(r, 'err')], 0, false],
  [`offered ${RATE} msgs/s: acknowledged msgs/s`, (r) => [med(r, `rate${RATE}`, 'sent')], 0],
  ['full speed: acknowledged msgs/s', (r) => [med(r, 'max', 'sent')], 0],
  ['full speed: acknowledged p50 / p99 ms', (r) => [med(r, 'max', 'ack50'), med(r, 'max', 'ack99')], 1],
  ['full speed: latency p50 / p99 ms', (r) => [med(r, 'max', 'p50'), med(r, 'max', 'p99')], 0],
];
const header = ['', 'harness ceiling', 'Node-RED', 'Hookline', 'Hookline / Node-RED'];
const table = [header];
const summary = { rate: Number(RATE), rows: {}, phases: {} };
for (const [label, get, d, withRatio = true] of rows) {
  const [c, n, h] = RELAYS.map(get);
  const cell = (v) => (v.every((x) => x == null) ? '-' : v.map((x) => num(x, d)).join(' / '));
  const rt = withRatio ? h.map((x, i) => ratio(x, n[i])).join(' / ') : '-';
  table.push([label, cell(c), cell(n), cell(h), rt]);
  summary.rows[label] = { ceiling: c, nodered: n, hookline: h };
}
const print = (t) => {
  const w = t[0].map((_, i) => Math.max(...t.map((r) => [...r[i]].length)));
  const line = (r) => `| ${r.map((c, i) => c + ' '.repeat(w[i] - [...c].length)).join(' | ')} |`;
  console.log(line(t[0]));
  console.log(`| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`);
  for (const r of t.slice(1)) console.log(line(r));
};
print(table);
console.log(`\nMedians over the runs of each phase. delivered/s = unique messages / (last arrival - first send);
latency = arrival at the receiver - send time carried in the message (the scheduled time at a fixed
rate); acknowledged = the caller's request -> response (Node-RED answers before relaying, Hookline
after storing durably); CPU = utime+stime of the relay over the run / messages sent; peak RSS = VmHWM,
restarted at the start of each run. Ratios: above 1 is better for msgs/s, worse for the others.`);

// Detail per phase.
const range = (rs, k, d = 0) => { const v = rs.map((r) => r[k]).filter((x) => x != null);
  if (!v.length) return '-';
  return v.length > 1 ? `${num(median(v), d)} [${num(Math.min(...v), d)}-${num(Math.max(...v), d)}]` : num(v[0], d); };
const detail = [['phase', 'runs', 'sent/s', 'delivered/s', 'lat p50 ms', 'lat p99 ms', 'ack p50 ms', 'ack p99 ms',
  'lost', 'dup', 'err', 'cpu µs/msg', 'peak RSS MiB']];
const notes = [];
for (const relay of RELAYS) for (const kind of KINDS) {
  const rs = phases[`${relay}-${kind}`];
  if (!rs) continue;
  const flags = (rs.some((r) => r.timedOut) ? ' TIMEOUT' : '') + (Math.max(...rs.map((r) => r.lag ?? 0)) > 10
    ? ` LAG${Math.round(Math.max(...rs.map((r) => r.lag)))}ms` : '');
  detail.push([`${relay}-${kind}${flags}`, String(rs.length), range(rs, 'sent'), range(rs, 'delivered'),
    range(rs, 'p50', 1), range(rs, 'p99', 1), range(rs, 'ack50', 1), range(rs, 'ack99', 1),
    String(rs.reduce((a, r) => a + r.lost, 0)), String(rs.reduce((a, r) => a + r.dup, 0)),
    String(rs.reduce((a, r) => a + r.err, 0)), range(rs, 'cpuUs'), range(rs, 'rss', 1)]);
  for (const r of rs) {
    if (r.err) notes.push(`${relay}-${kind}: refused ${JSON.stringify(r.errors)}, e.g. ${r.errorSample}`);
    if (r.bad) notes.push(`${relay}-${kind}: ${r.bad} bodies the receiver could not read`);
  }
  summary.phases[`${relay}-${kind}`] = rs;
}
console.log('\nPer phase: median [min-max]; lost, dup, err summed over the runs. TIMEOUT: not all delivered in time;');
console.log('LAGn: the generator fell n ms behind its fixed-rate schedule.\n');
print(detail);
for (const n of notes) console.log(n);

// Where each relay's CPU went: µs per message by thread name (threads of one name summed).
console.log('\nCPU µs per message by thread, median over the runs (threads of one name summed):');
for (const relay of RELAYS) for (const kind of KINDS) {
  const rs = phases[`${relay}-${kind}`];
  if (!rs || relay === 'ceiling') continue;
  const names = [...new Set(rs.flatMap((r) => Object.keys(r.threadUs ?? {})))];
  const parts = names.map((n) => [n, median(rs.map((r) => r.threadUs?.[n] ?? 0))])
    .filter(([, us]) => us >= 1).sort((a, b) => b[1] - a[1]).map(([n, us]) => `${n} ${num(us)}`);
  if (parts.length) console.log(`  ${relay}-${kind}: ${parts.join(', ')}`);
}
fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary, null, 1) + '\n');
