import { describe, expect, it } from 'vitest';
import { demoSessionRoutes, noDemoSessionRoutes } from '../../src/server/demo-session.js';
import { verifyToken } from '../../src/server/auth.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import { secret } from './helpers.js';

describe('GET /demo/session.json', () => {
  it('hands out the demo tokens and event when the server made its own secret', async () => {
    const store = await openSqliteStore(':memory:');
    const routes = await demoSessionRoutes(store, secret, new Date('2026-03-02T14:00:00Z'));
    const response = await routes.request('/session.json');
    expect(response.status).toBe(200);
    const session = (await response.json()) as {
      available: boolean;
      eventId: string;
      tokens: { learner: string };
    };
    expect(session.available).toBe(true);
    expect(await store.getEvent(session.eventId)).toBeDefined();
    expect(await verifyToken(secret, session.tokens.learner)).toMatchObject({ role: 'learner' });
    await store.close();
  });

  it('answers 200 with available: false, and no token, when there is no demo', async () => {
    const response = await noDemoSessionRoutes().request('/session.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ available: false });
  });
});
