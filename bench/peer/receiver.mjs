#!/usr/bin/env node
// Webhook receiver of the relay benchmark (bench/peer/run.sh): stamps each arrival and counts
// what a relay delivered. Understands both payloads it meets:
//   Node-RED's flow      {"message": {"text": ..., "chat_id": ...}}
//   Hookline (per message, core/payload/payloadbuilder.cpp)
//                        {"whatsapp_account": {...}, "chat": {"chat_id": ...}, "message": {"text": ...}}
//   and bundles of either {"messages": [...]}.
// Every message's `text` starts with "bench:<seq>:<sent_epoch_ms>" (bench/peer/gen.mjs);
// latency = arrival - sent. Requests made only of warm-up messages (seq >= 1e9) are counted in
// `warm_messages` and nowhere else.
//   node receiver.mjs [--port 9101 | --port 0 --port-file F] [--host 127.0.0.1]
// POST <any path>        answers 200 "ok" at once.
// GET /stats[?expect=N]  JSON stats (`lost` when expect is given); &brief=1: counts only.
// POST|GET /reset        clears all counters.
import http from 'node:http';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs, percentile, round3 } from './common.mjs';

const args = parseArgs();
const nowMs = () => performance.timeOrigin + performance.now(); // epoch ms, sub-ms
const TEXT_RE = /^bench:(\d+):([\d.]+)/;
const WARM_SEQ0 = 1e9;

let S;
function reset() {
  S = { requests: 0, bad: 0, messages: 0, seen: new Set(), dup: 0, lat: [], warm: 0,
        chats: new Map(), first: null, last: null, badSample: null };
}
reset();

const seqOf = (m) => Number(TEXT_RE.exec(m?.text ?? '')?.[1] ?? NaN);

function record(body, t, raw) {
  let list;
  if (Array.isArray(body?.messages)) list = body.messages;
  else if (body?.message && typeof body.message === 'object') list = [body.message];
  else { S.bad++; S.badSample ??= raw.slice(0, 300); return; }
  if (list.length && list.every((m) => seqOf(m) >= WARM_SEQ0)) { S.warm += list.length; return; }
  S.requests++;
  S.first ??= t;
  S.last = t;
  const chatsInRequest = new Set();
  for (const m of list) {
    S.messages++;
    const g = TEXT_RE.exec(m?.text ?? '');
    if (!g) { S.bad++; S.badSample ??= raw.slice(0, 300); continue; }
    const seq = Number(g[1]);
    if (S.seen.has(seq)) S.dup++; else S.seen.add(seq);
    S.lat.push(t - Number(g[2]));
    const chat = m.chat_id ?? body.chat?.chat_id; // Node-RED: in the message; Hookline: beside it
    if (chat != null) chatsInRequest.add(String(chat));
  }
  for (const c of chatsInRequest) S.chats.set(c, (S.chats.get(c) ?? 0) + 1);
}

function stats(expect) {
  const lat = Float64Array.from(S.lat).sort();
  const out = {
    requests: S.requests, messages: S.messages, unique_seqs: S.seen.size, duplicates: S.dup,
    warm_messages: S.warm, bad: S.bad, bad_sample: S.badSample, chats: S.chats.size,
    first_arrival_ms: round3(S.first), last_arrival_ms: round3(S.last),
    latency_ms: { p50: round3(percentile(lat, 50)), p90: round3(percentile(lat, 90)),
                  p99: round3(percentile(lat, 99)), max: round3(percentile(lat, 100)) },
  };
  if (expect != null) out.lost = Math.max(0, expect - S.seen.size);
  return out;
}

const server = http.createServer({ noDelay: true }, (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (url.searchParams.has('brief')) // cheap poll: counts only, no sorting
      return res.end(JSON.stringify({ requests: S.requests, unique_seqs: S.seen.size, warm_messages: S.warm }));
    const e = url.searchParams.get('expect');
    return res.end(JSON.stringify(stats(e == null ? null : Number(e))));
  }
  if (url.pathname === '/reset') { reset(); res.writeHead(200); return res.end('reset'); }
  if (req.method !== 'POST') { res.writeHead(404); return res.end(); }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const t = nowMs(); // arrival = body fully read
    const raw = Buffer.concat(chunks).toString('utf8');
    try { record(JSON.parse(raw), t, raw); } catch { S.bad++; S.badSample ??= raw.slice(0, 300); }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
});
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(Number(args.port ?? 9101), args.host ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  if (args['port-file']) fs.writeFileSync(args['port-file'], `${port}\n`);
  console.error(`receiver listening on http://${address}:${port}`);
});
const stop = () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 500).unref();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
