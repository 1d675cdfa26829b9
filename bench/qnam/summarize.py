#!/usr/bin/env python3
# Medians over results/<variant>.txt (one line per repetition).
import glob, re, statistics, os, sys
d = sys.argv[1] if len(sys.argv) > 1 else 'results'
print(f"{'variant':28s} {'reps':>4s} {'req/s med':>9s} {'cpu_us/req med':>14s}  {'min..max cpu':>13s}  per-thread us/req (last rep)")
for f in sorted(glob.glob(f'{d}/*.txt')):
    rps, cpu, thr = [], [], ''
    for line in open(f):
        m1 = re.search(r'req/s=(\d+)', line); m2 = re.search(r'cpu_us/req=([\d.]+)', line)
        if m1 and m2 and 'errors=0' in line:
            rps.append(int(m1.group(1))); cpu.append(float(m2.group(1)))
            t = re.findall(r'\[([^/\]]+)/\d+ (\d+)\]', line)
            agg = {}
            for name, us in t:
                key = 'QNAM-internal' if name.startswith('QNetworkAccess') else ('main' if name == 'qnambench' else 'worker')
                agg[key] = agg.get(key, 0) + int(us)
            thr = ' '.join(f'{k}={v}' for k, v in agg.items())
    if rps:
        print(f"{os.path.basename(f)[:-4]:28s} {len(rps):4d} {statistics.median(rps):9.0f} {statistics.median(cpu):14.1f}  {min(cpu):6.0f}..{max(cpu):<6.0f}  {thr}")
