import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { mintToken, tokenRules, verifyToken } from '../../src/server/auth.js';
import { forgedToken, people, secret, testApi } from './helpers.js';

describe('tokens', () => {
  afterEach(() => void vi.useRealTimers());

  it('round-trips sub, role and name', async () => {
    const token = await mintToken(secret, people.ada, '1h');
    expect(await verifyToken(secret, token)).toEqual(people.ada);
  });

  it.each(['none', 'wrong-secret', 'expired'] as const)('rejects a token with %s', async (kind) => {
    expect(await verifyToken(secret, await forgedToken(kind))).toBeUndefined();
  });

  it('refuses a token it verified before once the token has expired, past the clock skew', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T14:00:00Z') });
    const token = await mintToken(secret, people.ada, '1m');
    expect(await verifyToken(secret, token)).toEqual(people.ada);
    vi.setSystemTime(new Date('2026-03-02T14:01:59Z'));
    expect(await verifyToken(secret, token)).toEqual(people.ada);
    vi.setSystemTime(new Date('2026-03-02T14:02:00Z'));
    expect(await verifyToken(secret, token)).toBeUndefined();
  });

  const signed = (claims: Record<string, unknown>) =>
    new SignJWT({ role: 'learner', ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ada')
      .sign(new TextEncoder().encode(secret));
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['exp 100 years ahead, no iat', () => ({ exp: now() + 100 * 365 * 86_400 })],
    ['exp 100 years after iat', () => ({ iat: now(), exp: now() + 100 * 365 * 86_400 })],
    ['13 h from iat to exp', () => ({ iat: now() - 3600, exp: now() + 12 * 3600 })],
    ['iat in the future past the skew', () => ({ iat: now() + 600, exp: now() + 3600 })],
  ])('refuses a token with %s (12 h at most, 60 s of skew)', async (_, claims) => {
    expect(await verifyToken(secret, await signed(claims()))).toBeUndefined();
  });

  it('accepts 12 h from iat to exp, and an exp within 12 h without iat', async () => {
    expect(await verifyToken(secret, await signed({ iat: now(), exp: now() + 12 * 3600 }))).toEqual(
      { sub: 'ada', role: 'learner' },
    );
    expect(await verifyToken(secret, await signed({ exp: now() + 3600 }))).toBeDefined();
  });

  it('checks iss and aud when the sponsor configures them, and mints them', async () => {
    const rules = tokenRules(secret, { issuer: 'https://lms.example', audience: 'cpe-kit' });
    const exp = now() + 3600;
    expect(await verifyToken(rules, await signed({ exp }))).toBeUndefined();
    expect(
      await verifyToken(rules, await signed({ exp, iss: 'https://lms.example' })),
    ).toBeUndefined();
    expect(
      await verifyToken(rules, await signed({ exp, iss: 'https://evil.example', aud: 'cpe-kit' })),
    ).toBeUndefined();
    expect(
      await verifyToken(rules, await signed({ exp, iss: 'https://lms.example', aud: 'cpe-kit' })),
    ).toEqual({ sub: 'ada', role: 'learner' });
    expect(await verifyToken(rules, await mintToken(rules, people.ada))).toEqual(people.ada);
    expect(await verifyToken(rules, await mintToken(secret, people.ada))).toBeUndefined();
    expect(
      await verifyToken(
        tokenRules(secret, { maxLifetimeSeconds: 3600 }),
        await mintToken(secret, people.ada),
      ),
    ).toBeUndefined();
  });

  it('does not take a token verified under one secret for another', async () => {
    const token = await mintToken(secret, people.ada, '1h');
    expect(await verifyToken(secret, token)).toEqual(people.ada);
    expect(await verifyToken('another-secret-entirely-0123456789', token)).toBeUndefined();
  });

  it('rejects a role outside learner, host and admin', async () => {
    const token = await mintToken(secret, { sub: 'x', role: 'owner' as 'admin' });
    expect(await verifyToken(secret, token)).toBeUndefined();
  });
});

// Every protected route, with the roles DESIGN.md §3 lets through.
const routes: { method: string; path: string; allowed: (keyof typeof people)[] }[] = [
  { method: 'POST', path: '/v1/refunds', allowed: ['ada', 'bob'] },
  { method: 'GET', path: '/v1/refunds', allowed: ['root'] },
  { method: 'GET', path: '/v1/refunds/r1', allowed: ['ada', 'bob', 'root'] },
  { method: 'POST', path: '/v1/refunds/r1/decision', allowed: ['root'] },
  { method: 'POST', path: '/v1/events', allowed: ['root'] },
  { method: 'GET', path: '/v1/events/e1/code', allowed: ['grace', 'root'] },
  { method: 'POST', path: '/v1/events/e1/check-ins', allowed: ['ada', 'bob'] },
  { method: 'POST', path: '/v1/events/e1/corrections', allowed: ['grace', 'root'] },
  { method: 'POST', path: '/v1/events/e1/prompts', allowed: ['grace', 'root'] },
  { method: 'GET', path: '/v1/events/e1/prompts', allowed: ['ada', 'bob', 'grace', 'root'] },
  { method: 'POST', path: '/v1/events/e1/prompts/p1/responses', allowed: ['ada', 'bob'] },
  { method: 'GET', path: '/v1/events/e1/attendance/me', allowed: ['ada', 'bob'] },
  { method: 'GET', path: '/v1/events/e1/attendance', allowed: ['grace', 'root'] },
];

describe('the auth matrix', async () => {
  const api = await testApi();
  const send = (route: (typeof routes)[number], headers: Record<string, string> = {}) =>
    api.request(route.path, {
      method: route.method,
      headers: { ...headers, 'content-type': 'application/json' },
      ...(route.method === 'POST' ? { body: '{}' } : {}),
    });

  it.each(routes)('$method $path: 401 without a token, or with a forged one', async (route) => {
    const missing = await send(route);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    for (const kind of ['none', 'wrong-secret', 'expired'] as const) {
      const forged = await send(route, { authorization: `Bearer ${await forgedToken(kind)}` });
      expect(forged.status, kind).toBe(401);
    }
    expect((await send(route, { authorization: 'Basic YWRhOnB3' })).status).toBe(401);
  });

  it.each(routes)('$method $path: 403 for other roles, through for its own', async (route) => {
    for (const [name, identity] of Object.entries(people)) {
      const token = await mintToken(secret, identity);
      const status = (await send(route, { authorization: `Bearer ${token}` })).status;
      if (route.allowed.includes(name as keyof typeof people)) {
        expect([200, 400, 404], `${name} gets past auth`).toContain(status);
      } else {
        expect(status, `${name} is refused`).toBe(403);
      }
    }
  });

  it('public routes need no token', async () => {
    expect((await api.request('/v1/health')).status).toBe(200);
    expect((await api.request('/v1/policy')).status).toBe(200);
    expect((await api.request('/v1/events/missing')).status).toBe(404);
  });
});
