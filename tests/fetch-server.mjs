// Node: the local http server behind crate/tests/fetch.rs (`make test-wasm` starts and stops it).
// Each endpoint is one way a metadata URL can answer; every answer allows any origin, because the
// tests run in a page that wasm-bindgen-test-runner serves from another port.
//   node tests/fetch-server.mjs PORT
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.argv[2] ?? 47913);
const metadata = readFileSync(
  new URL('./fixtures/metadata/ggtristams-samlsso_federationmetadata.xml', import.meta.url),
);
const HUGE_BYTES = 300 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');
const cors = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };

// Writes `total` bytes, waiting for the socket to drain so the server holds no more than one
// chunk; stops and says how much it sent when the client goes away.
function stream(res, name, total) {
  let sent = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
    reports[name] = { sent, total };
    if (sent < total) console.error(`fetch-server: ${name}: client left after ${sent} of ${total} bytes`);
  });
  const next = () => {
    while (!closed && sent < total) {
      const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', next);
        return;
      }
    }
    if (!closed) res.end();
  };
  next();
}

// What the last streamed answer sent before its client left, so a test can check that the
// client stopped reading instead of trusting the clock.
const reports = {};

const routes = {
  '/metadata': (req, res) => {
    res.writeHead(200, { ...cors, 'Content-Type': 'application/samlmetadata+xml' });
    res.end(metadata);
  },
  '/not-metadata': (req, res) => {
    res.writeHead(200, { ...cors, 'Content-Type': 'text/html' });
    res.end('<html><body>Sign in to continue</body></html>');
  },
  '/not-found': (req, res) => {
    res.writeHead(404, { ...cors, 'Content-Type': 'text/plain' });
    res.end('not found');
  },
  '/redirect': (req, res) => {
    res.writeHead(302, { ...cors, Location: 'https://metadata.example.net/federationmetadata.xml' });
    res.end();
  },
  '/reset': (req) => req.socket.destroy(),
  // Headers and a first line at once, then a trickle far below the size limit that never ends:
  // only the deadline can stop it.
  '/endless': (req, res) => {
    res.writeHead(200, { ...cors, 'Content-Type': 'application/xml' });
    res.write('<EntityDescriptor>\n');
    const started = Date.now();
    const timer = setInterval(() => res.write('<!-- still coming -->\n'), 100);
    res.on('close', () => {
      clearInterval(timer);
      console.error(`fetch-server: endless: client left after ${Date.now() - started} ms`);
    });
  },
  '/huge': (req, res) => {
    res.writeHead(200, { ...cors, 'Content-Type': 'application/xml', 'Content-Length': HUGE_BYTES });
    stream(res, 'huge', HUGE_BYTES);
  },
  '/report': (req, res) => {
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(reports[new URL(req.url, 'http://localhost').searchParams.get('of')] ?? null));
  },
};

const server = createServer((req, res) => {
  const route = routes[new URL(req.url, 'http://localhost').pathname];
  if (route) return route(req, res);
  res.writeHead(400, cors);
  res.end('unknown endpoint');
});
server.on('error', (err) => {
  console.error(`fetch-server: ${err.message}`);
  process.exit(1);
});
// `ready` on stdout is what the Makefile waits for before it starts the tests.
server.listen(port, '127.0.0.1', () => console.log('ready'));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
