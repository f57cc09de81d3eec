// One server of a bench, in a process of its own, so the load generator never shares its
// event loop or core with what it measures. Forked by bench/servers.mjs; says its port over IPC.
//   SERVER=bare  a node:http server that parses the JSON body and answers JSON: a small
//                object, or with REPLY the exact bytes given (the API's own answer, so the
//                baseline writes as many bytes)
//   SERVER=hono  one Hono route on @hono/node-server, reading the body from Node's request as
//                the API does and answering the REPLY bytes: what the framework alone costs
//   SERVER=api   the built API (dist/lib) on SQLITE_FILE, or on DATABASE_URL (PostgreSQL), with
//                its default limits, or none with LIMITS=off
import { createServer } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp, openPostgresStore, openSqliteStore } from '../dist/lib/server/index.js';

const { SERVER, SQLITE_FILE, DATABASE_URL, TOKEN_SECRET, LIMITS, REPLY } = process.env;

function bare() {
  return createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(REPLY ?? JSON.stringify({ ok: true, method: input.method }));
    });
  });
}

function bodyOf(incoming) {
  return new Promise((resolve) => {
    const chunks = [];
    incoming.on('data', (chunk) => chunks.push(chunk));
    incoming.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function hono() {
  const app = new Hono().post('/v1/credits', async (c) => {
    const input = JSON.parse(await bodyOf(c.env.incoming));
    return REPLY
      ? c.body(REPLY, 200, { 'content-type': 'application/json' })
      : c.json({ ok: true, method: input.method });
  });
  return serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
}

async function api() {
  const store = DATABASE_URL
    ? await openPostgresStore(DATABASE_URL, 20)
    : await openSqliteStore(SQLITE_FILE);
  // When one loopback address sends everything, a per-address limit would measure itself.
  const app = createApp({
    store,
    tokenSecret: TOKEN_SECRET,
    ...(LIMITS === 'off'
      ? { limits: { anonymousPerMinute: 0, learnerWritesPerMinute: 0, checkInsPerLearner: 0 } }
      : {}),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  server.on('close', () => void store.close());
  return server;
}

const server = SERVER === 'bare' ? bare() : SERVER === 'hono' ? hono() : await api();
if (SERVER === 'bare') server.listen(0, '127.0.0.1');
server.once('listening', () => process.send({ port: server.address().port }));
process.on('message', (message) => {
  if (message === 'stop') server.close(() => process.exit(0));
  // CPU this process has used, in µs: per request it is the server's own cost, whatever else
  // the machine is doing (requests/s also moves with the load generator and the neighbours).
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send({ cpuMicros: user + system });
  }
});
