// TLS receivers with a self-signed cert (tls-key.pem / tls-cert.pem):
//   port A (default 18443): https.createServer  -> HTTP/1.1 over TLS
//   port B (default 18444): http2.createSecureServer (ALPN h2, allowHTTP1) -> HTTP/2 over TLS
const fs = require('node:fs'), https = require('node:https'), http2 = require('node:http2');
const opts = { key: fs.readFileSync(__dirname + '/tls-key.pem'), cert: fs.readFileSync(__dirname + '/tls-cert.pem') };
const handler = (req, res) => { req.on('data', () => {}); req.on('end', () => { stats.requests++; res.writeHead(200, {'Content-Type': 'text/plain'}); res.end('ok'); }); };
const stats = { requests: 0, h2streams: 0 };
const s1 = https.createServer(opts, handler); s1.keepAliveTimeout = 60000;
s1.listen(+(process.argv[2] || 18443), '127.0.0.1');
const s2 = http2.createSecureServer({ ...opts, allowHTTP1: true }, (req, res) => { if (req.httpVersion === '2.0') stats.h2streams++; handler(req, res); });
s2.listen(+(process.argv[3] || 18444), '127.0.0.1');
process.on('SIGUSR2', () => console.log(JSON.stringify(stats)));
console.log('tls receivers up');
