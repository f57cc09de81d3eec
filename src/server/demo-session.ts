/**
 * `GET /demo/session.json`: what the demo playground needs to run the widgets on this API.
 * Offered only when the server made its own secret (no CPE_TOKEN_SECRET: a local demo), since
 * it hands short-lived tokens to whoever asks. Otherwise it answers `{ available: false }`:
 * the playground asks either way, and a 404 would be an error in the browser's console.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { mintToken, type TokenRules } from './auth.js';
import type { Store } from './store/store.js';

const learner = { sub: 'ada', role: 'learner', name: 'Ada Lovelace' } as const;
const host = { sub: 'grace', role: 'host', name: 'Grace Hopper' } as const;
const admin = { sub: 'admin', role: 'admin', name: 'Demo administrator' } as const;

/** Creates a demo event open for check-in from now on for four hours. */
export async function demoSessionRoutes(
  store: Store,
  tokens: string | TokenRules,
  now: Date,
): Promise<Hono> {
  const id = `demo-${randomUUID().slice(0, 8)}`;
  const title = 'Demo session: month-end close in practice';
  const start = new Date(now.getTime() - 5 * 60_000);
  await store.createEvent({
    id,
    title,
    method: 'group-live',
    timeZone: 'America/New_York',
    segments: [
      { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() },
    ],
    breaks: [],
    location: 'Demo room',
    creditsOffered: 4.8,
    secret: randomBytes(32).toString('base64url'),
    createdBy: admin.sub,
  });
  return new Hono().get('/session.json', async (c) => {
    const [learnerToken, hostToken, adminToken] = await Promise.all(
      [learner, host, admin].map((identity) => mintToken(tokens, identity, '8h')),
    );
    c.header('cache-control', 'no-store');
    return c.json({
      available: true,
      apiBase: '/',
      eventId: id,
      eventTitle: title,
      learnerName: learner.name,
      tokens: { learner: learnerToken, host: hostToken, admin: adminToken },
    });
  });
}

/** The answer of a server with no demo to offer (CPE_TOKEN_SECRET set). */
export function noDemoSessionRoutes(): Hono {
  return new Hono().get('/session.json', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ available: false });
  });
}
