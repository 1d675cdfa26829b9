#!/usr/bin/env node
// Waits until the benchmark's receiver (receiver.mjs) holds `expect` unique messages and has
// been quiet for --settle-ms, or until --timeout-s; prints its final /stats JSON plus
// `timed_out`. Used by bench/peer/run.sh after each generator run.
//   node wait-stats.mjs --url http://127.0.0.1:9101 --expect 20000 [--timeout-s 60]
//                       [--settle-ms 300] [--warm 1]   (--warm 1: wait for warm-up traffic)
import { parseArgs, sleep } from './common.mjs';

const args = parseArgs();
const base = (args.url ?? 'http://127.0.0.1:9101').replace(/\/$/, '');
const expect = Number(args.expect ?? 0);
const deadline = Date.now() + 1000 * Number(args['timeout-s'] ?? 60);
const settle = Number(args['settle-ms'] ?? 300);
const field = args.warm ? 'warm_messages' : 'unique_seqs';
const get = async (query) => (await fetch(`${base}/stats?expect=${expect}${query}`)).json();

let s = await get('&brief=1'), seen = -1, quietSince = Date.now();
while (Date.now() < deadline) {
  const total = s.requests + s.warm_messages;
  if (total !== seen) { seen = total; quietSince = Date.now(); }
  if (s[field] >= expect && Date.now() - quietSince >= settle) break;
  await sleep(50);
  s = await get('&brief=1');
}
s = await get('');
s.timed_out = s[field] < expect;
console.log(JSON.stringify(s));
