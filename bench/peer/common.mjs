// Helpers shared by the relay benchmark's scripts (bench/peer/*.mjs); node's standard library only.
import fs from 'node:fs';

// `--name value` pairs of the command line as an object ({name: 'value'}).
export function parseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) throw new Error(`unexpected argument ${argv[i]}`);
    out[argv[i].slice(2)] = argv[i + 1];
    i++;
  }
  return out;
}

// Nearest-rank percentile of an ascending array (p in 0..100); null when empty.
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round3 = (x) => (x == null ? null : Math.round(x * 1000) / 1000);

export function median(values) {
  const s = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// utime+stime per thread name (threads of one name summed), clock ticks: where the CPU went.
export function threadTicks(pid) {
  const byName = {};
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
        byName[name] = (byName[name] ?? 0) + Number(f[11]) + Number(f[12]);
      } catch {} // the thread ended
    }
  } catch { return null; }
  return byName;
}
