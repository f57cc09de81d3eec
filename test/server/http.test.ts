/** The app over a real socket (@hono/node-server), where bodies are read from Node's stream. */
import { serve, type ServerType } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import { secret } from './helpers.js';

let server: ServerType;
let port = 0;

beforeAll(async () => {
  const app = createApp({
    store: await openSqliteStore(':memory:'),
    tokenSecret: secret,
    allowedOrigins: ['https://lms.example'],
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** POSTs `chunks` one by one; without a length the body goes chunked. */
function post(
  path: string,
  chunks: string[],
  length?: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(length === undefined ? {} : { 'content-length': length }),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      // The server may answer 413 and close before a big body is all sent.
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('over HTTP', () => {
  it('reads a JSON body from the socket, in one piece or in chunks', async () => {
    const quote = JSON.stringify({ product: 'boat', priceCents: 100, currency: 'USD' });
    for (const chunks of [[quote], [quote.slice(0, 10), quote.slice(10)]]) {
      const response = await post('/v1/refunds/quote', chunks);
      expect(response.status).toBe(400);
      const problem = JSON.parse(response.body) as { errors: { path: string }[] };
      expect(problem.errors.map((error) => error.path)).toEqual(['product']);
    }
  });

  it('answers 413 to a declared length over 64 KB', async () => {
    const big = 'x'.repeat(65 * 1024);
    expect((await post('/v1/credits', [big], big.length)).status).toBe(413);
  });

  it('answers 413 to a chunked body that grows past 64 KB', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const response = await post('/v1/credits', [chunk, chunk, chunk, chunk, chunk]);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      status: 413,
      title: 'The body is too large',
    });
  });

  it('answers 400 to a chunked body that is not JSON', async () => {
    expect((await post('/v1/credits', ['{"method":', '"group-live"'])).status).toBe(400);
  });
});

describe('response headers set on Node’s response', () => {
  const origin = () => `http://127.0.0.1:${port}`;

  it('carries the security headers and the reply’s language with the answer’s own', async () => {
    const response = await fetch(`${origin()}/v1/credits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'es' },
      body: JSON.stringify({ method: 'group-live', minutes: 100 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-language')).toBe('es');
    expect(response.headers.get('vary')).toBe('Accept-Language');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });

  it('adds each Vary field after the ones before it', async () => {
    const response = await fetch(`${origin()}/verify/unknown-certificate`, {
      headers: { accept: 'text/html', 'accept-language': 'fr' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('vary')).toBe('Accept, Accept-Language');
    expect(response.headers.get('content-language')).toBe('fr');
  });

  it('keeps the reply’s language in Vary beside CORS’s Origin', async () => {
    const response = await fetch(`${origin()}/v1/credits`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'fr',
        origin: 'https://lms.example',
      },
      body: JSON.stringify({ method: 'group-live', minutes: 100 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://lms.example');
    expect(response.headers.get('vary')).toBe('Origin, Accept-Language');
    expect(response.headers.get('content-language')).toBe('fr');
  });
});
