// The attack suite's targets: the built API on 127.0.0.1 (in this process, on a fresh SQLite
// file), tokens for it, a small fetch helper, and the built server as a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp, mintToken, openSqliteStore } from '../dist/lib/server/index.js';

export const secret = 'attack-suite-secret-0123456789abcdef';

/** Everything a probe may use; `close()` stops the servers and removes the data. */
export async function openTarget() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cpe-attack-'));
  const logLines = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const servers = [];
  const stores = [];
  /** An API on its own SQLite file; `options` go to createApp (limits, publicUrl...). */
  const api = async (name, options = {}) => {
    const store = await openSqliteStore(join(dataDir, `${name}.sqlite`));
    stores.push(store);
    const app = createApp({
      store,
      tokenSecret: secret,
      publicUrl: 'http://localhost:8787',
      logger: pino({ level: 'info' }, logStream),
      ...options,
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    servers.push(server);
    const origin = `http://127.0.0.1:${server.address().port}`;
    return { origin, store, call: (path, init) => call(origin, path, init) };
  };
  return {
    dataDir,
    logLines,
    api,
    async close() {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      await Promise.all(stores.map((store) => store.close()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const token = (sub, role, name) =>
  mintToken(secret, { sub, role, ...(name ? { name } : {}) }, '1h');

/** fetch with a bearer token and a JSON body; answers { status, headers, text, json }. */
export async function call(origin, path, { as, json, method, headers = {} } = {}) {
  const response = await fetch(`${origin}${path}`, {
    method: method ?? (json === undefined ? 'GET' : 'POST'),
    headers: {
      ...(as ? { authorization: `Bearer ${as}` } : {}),
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(json === undefined ? {} : { body: typeof json === 'string' ? json : JSON.stringify(json) }),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: parsed };
}

/** An event open for check-in now, and its current code. */
export async function openEvent(target) {
  const admin = await token('root', 'admin');
  const host = await token('grace', 'host');
  const now = Date.now();
  const created = await target.call('/v1/events', {
    as: admin,
    json: {
      title: 'Attack session',
      method: 'group-live',
      timeZone: 'UTC',
      segments: [
        {
          start: new Date(now - 60_000).toISOString(),
          end: new Date(now + 3_600_000).toISOString(),
        },
      ],
    },
  });
  const id = created.json.id;
  const code = (await target.call(`/v1/events/${id}/code`, { as: host })).json.code;
  return { id, code, host, admin };
}

/**
 * The built server (`node dist/lib/server/main.js`) with `env`, until it logs that it listens
 * or exits, at most `ms`: its exit code (null while running), output and listening address.
 */
export function startMain(env, ms = 10_000) {
  return new Promise((resolve) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cpe-attack-main-'));
    const child = spawn(process.execPath, ['dist/lib/server/main.js'], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let done = false;
    const finish = (exitCode) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      resolve({ exitCode, output });
    };
    const timer = setTimeout(() => finish(null), ms);
    const onData = (chunk) => {
      output += chunk.toString('utf8');
      if (/DEMO MODE/.test(output)) finish(null);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => finish(code));
  });
}
