// HTTP/1.1 keep-alive receiver: consumes the body, answers 200 "ok".
// GET /stats -> {"requests":N,"connections":M}
const http = require('node:http');
const port = +(process.argv[2] || 18080);
// 'cl' as 2nd argument: send Content-Length: 2 instead of Node's default chunked encoding
const withLength = process.argv[3] === 'cl';
let requests = 0, connections = 0;
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, {'Content-Type': 'application/json'});
    res.end(JSON.stringify({requests, connections}));
    return;
  }
  req.on('data', () => {});
  req.on('end', () => {
    requests++;
    res.writeHead(200, withLength ? {'Content-Type': 'text/plain', 'Content-Length': '2'}
                                  : {'Content-Type': 'text/plain'});
    res.end('ok');
  });
});
server.on('connection', () => { connections++; });
server.keepAliveTimeout = 60000;
server.headersTimeout = 65000;
server.maxRequestsPerSocket = 0;
server.listen(port, '127.0.0.1', () => console.log(`h1 receiver on 127.0.0.1:${port}`));
