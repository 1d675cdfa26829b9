// HTTP/2 cleartext (h2c, prior knowledge) receiver: http2.createServer() without TLS.
// Counts sessions and streams; GET /stats (over h2) or SIGUSR2 prints them.
const http2 = require('node:http2');
const port = +(process.argv[2] || 18082);
let sessions = 0, streams = 0;
const server = http2.createServer({ settings: { maxConcurrentStreams: 1000 } });
server.on('session', () => { sessions++; });
server.on('stream', (stream, headers) => {
  if (headers[':method'] === 'GET' && headers[':path'] === '/stats') {
    stream.respond({':status': 200, 'content-type': 'application/json'});
    stream.end(JSON.stringify({sessions, streams}));
    return;
  }
  streams++;
  stream.on('data', () => {});
  stream.on('end', () => {
    stream.respond({':status': 200, 'content-type': 'text/plain'});
    stream.end('ok');
  });
});
process.on('SIGUSR2', () => console.log(JSON.stringify({sessions, streams})));
server.listen(port, '127.0.0.1', () => console.log(`h2c receiver on 127.0.0.1:${port}`));
