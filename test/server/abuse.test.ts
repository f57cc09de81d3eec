/**
 * Issue 17, hardening under abuse: each limit the API keeps against one caller wearing it
 * down for everyone (rate limits, caps, pages), and what a host can do against a shared code.
 */
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../src/server/auth.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import type { Store } from '../../src/server/store/store.js';
import { createEvent, currentCode, json, people, testApi, type TestApi } from './helpers.js';

const refundBody = {
  product: 'self-study',
  priceCents: 19_999,
  currency: 'USD',
  purchasedAt: '2026-02-20T10:00:00-05:00',
  finalTestTaken: false,
};

async function checkInWith(
  api: TestApi,
  eventId: string,
  as: Identity,
  code: string,
  kind = 'in',
  key?: string,
) {
  return api.request(`/v1/events/${eventId}/check-ins`, {
    as,
    json: { kind, code },
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
}

describe('wrong check-in codes lock the learner out of that event for a while', async () => {
  const api = await testApi({ limits: { codeMisses: 5, codeLockSeconds: 300 } });
  const eventId = await createEvent(api);

  it('answers the fifth miss with a 429 problem and Retry-After, then refuses even the right code', async () => {
    for (let i = 0; i < 4; i += 1) {
      expect((await checkInWith(api, eventId, people.ada, 'AAAAAA')).status).toBe(422);
    }
    const fifth = await checkInWith(api, eventId, people.ada, 'AAAAAA');
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get('content-type')).toBe('application/problem+json');
    expect(fifth.headers.get('retry-after')).toBe('300');
    expect(await json(fifth)).toMatchObject({
      status: 429,
      title: 'Too many wrong codes',
      detail: expect.stringContaining('paused for you for 5 minutes') as unknown,
    });
    const code = await currentCode(api, eventId);
    const right = await checkInWith(api, eventId, people.ada, code);
    expect(right.status).toBe(429);
    // Another learner is not locked out by Ada's misses.
    expect((await checkInWith(api, eventId, people.bob, code)).status).toBe(201);
  });

  it('lets the learner in once the lockout is over', async () => {
    api.clock.now = new Date(api.clock.now.getTime() + 300_000);
    const code = await currentCode(api, eventId);
    expect((await checkInWith(api, eventId, people.ada, code)).status).toBe(201);
  });
});

describe('wrong codes sent in parallel cannot outrun the lockout', async () => {
  // Check-ins that take a while to reach the store, so a whole burst of guesses has passed
  // the route's early look at the miss window before the first of them is decided.
  const sqlite = await openSqliteStore(':memory:');
  const decideLater = async (...args: Parameters<Store['addLearnerCheckIn']>) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return sqlite.addLearnerCheckIn(...args);
  };
  const slow = new Proxy(sqlite, {
    get: (target, key) => {
      if (key === 'addLearnerCheckIn') return decideLater;
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const api = await testApi({ store: slow, limits: { codeMisses: 5, codeLockSeconds: 300 } });
  const eventId = await createEvent(api);

  it('judges at most 5 guesses of a burst: the right code sent last in it is refused', async () => {
    const code = await currentCode(api, eventId);
    const burst = [...Array.from({ length: 19 }, () => 'AAAAAA'), code];
    const answers = await Promise.all(
      burst.map((guess) => checkInWith(api, eventId, people.ada, guess)),
    );
    const statuses = answers.map((response) => response.status);
    expect(statuses.filter((status) => status === 422)).toHaveLength(4);
    expect(statuses.filter((status) => status === 429)).toHaveLength(16);
    expect(statuses.at(-1)).toBe(429);
    expect(await api.store.listCheckIns(eventId, 'ada')).toEqual([]);
  });

  it('answers 20 concurrent retries of one right check-in from its key, none locked out', async () => {
    const code = await currentCode(api, eventId);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        checkInWith(api, eventId, people.bob, code, 'in', 'bob-in-1'),
      ),
    );
    expect(answers.map((response) => response.status)).toEqual(Array(20).fill(201));
    const ids = await Promise.all(
      answers.map(async (response) => (await json<{ id: string }>(response)).id),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await api.store.listCheckIns(eventId, 'bob')).toHaveLength(1);
  });

  it('keeps no key with a wrong code: the right code sent under it is judged afresh', async () => {
    const cy = { sub: 'cy', role: 'learner' } satisfies Identity;
    expect((await checkInWith(api, eventId, cy, 'AAAAAA', 'in', 'cy-1')).status).toBe(422);
    const code = await currentCode(api, eventId);
    expect((await checkInWith(api, eventId, cy, code, 'in', 'cy-1')).status).toBe(201);
  });
});

describe('writes per learner per minute', async () => {
  const api = await testApi({ limits: { learnerWritesPerMinute: 3 } });

  it('refuses the fourth refund request within a minute with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await api.request('/v1/refunds', { as: people.ada, json: refundBody })).status).toBe(
        201,
      );
    }
    const fourth = await api.request('/v1/refunds', { as: people.ada, json: refundBody });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBe('60');
    expect((await json(fourth)).detail).toMatch(/more than 3 requests in a minute/);
    expect((await api.request('/v1/refunds', { as: people.bob, json: refundBody })).status).toBe(
      201,
    );
    expect(await api.store.listRefunds()).toHaveLength(4);
    api.clock.now = new Date(api.clock.now.getTime() + 60_000);
    expect((await api.request('/v1/refunds', { as: people.ada, json: refundBody })).status).toBe(
      201,
    );
  });

  it('counts check-ins in the same count, a refused one too, and stores none past it', async () => {
    const eventId = await createEvent(api);
    const code = await currentCode(api, eventId);
    const cy = { sub: 'cy-writes', role: 'learner' } satisfies Identity;
    expect((await checkInWith(api, eventId, cy, code, 'in', 'w-1')).status).toBe(201);
    // The same key again is a retry, answered from it and not counted.
    expect((await checkInWith(api, eventId, cy, code, 'in', 'w-1')).status).toBe(201);
    expect((await checkInWith(api, eventId, cy, code, 'in', 'w-2')).status).toBe(409);
    expect((await api.request('/v1/refunds', { as: cy, json: refundBody })).status).toBe(201);
    const fourth = await checkInWith(api, eventId, cy, code, 'out', 'w-3');
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBe('60');
    expect((await json(fourth)).detail).toMatch(/more than 3 requests in a minute/);
    expect(await api.store.listCheckIns(eventId, cy.sub)).toHaveLength(1);
    expect((await api.request('/v1/refunds', { as: cy, json: refundBody })).status).toBe(429);
  });
});

describe('anonymous endpoints per client address', async () => {
  const api = await testApi({ limits: { anonymousPerMinute: 2 }, trustProxy: true });
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('answers past the limit with a 429 problem, for that address only', async () => {
    for (const path of ['/v1/credits', '/v1/refunds/quote']) {
      expect((await api.request(path, { headers: from('10.0.0.1'), json: {} })).status).toBe(400);
    }
    const third = await api.request('/v1/attendance/evaluate', {
      headers: from('10.0.0.1'),
      json: {},
    });
    expect(third.status).toBe(429);
    expect(third.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api.request('/v1/credits', { headers: from('10.0.0.2'), json: {} })).status).toBe(
      400,
    );
  });
});

describe('check-in records per learner per event', async () => {
  const api = await testApi({ limits: { checkInsPerLearner: 4 } });
  const eventId = await createEvent(api);

  it('refuses the record past the cap in words for the learner, and stores nothing', async () => {
    const code = await currentCode(api, eventId);
    for (const kind of ['in', 'out', 'in', 'out']) {
      api.clock.now = new Date(api.clock.now.getTime() + 1000);
      expect((await checkInWith(api, eventId, people.ada, code, kind)).status).toBe(201);
    }
    api.clock.now = new Date(api.clock.now.getTime() + 1000);
    const fifth = await checkInWith(api, eventId, people.ada, code, 'in');
    expect(fifth.status).toBe(409);
    expect(await json(fifth)).toMatchObject({
      title: 'Too many check-ins',
      rule: 'ATTEND.ON_RECORD',
      detail: expect.stringContaining('Ask the host') as unknown,
    });
    expect(await api.store.listCheckIns(eventId, 'ada')).toHaveLength(4);
  });
});

describe('rotating the code on demand', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);

  it('stops the old code at once and hands the host the new one', async () => {
    const old = await currentCode(api, eventId);
    const rotated = await api.request(`/v1/events/${eventId}/code/rotate`, {
      method: 'POST',
      as: people.grace,
    });
    expect(rotated.status).toBe(200);
    const fresh = await json<{ code: string; checkInUrl: string }>(rotated);
    expect(fresh.code).not.toBe(old);
    expect(fresh.checkInUrl).toContain(`cpe-code=${fresh.code}`);
    expect(await currentCode(api, eventId)).toBe(fresh.code);
    expect((await checkInWith(api, eventId, people.ada, old)).status).toBe(422);
    expect((await checkInWith(api, eventId, people.ada, fresh.code)).status).toBe(201);
  });

  it('is for hosts and admins only', async () => {
    const path = `/v1/events/${eventId}/code/rotate`;
    expect((await api.request(path, { method: 'POST', as: people.ada })).status).toBe(403);
    expect((await api.request(path, { method: 'POST' })).status).toBe(401);
  });
});

describe('many learners checking in from one address within seconds', async () => {
  const api = await testApi({ trustProxy: true });
  const eventId = await createEvent(api);

  it('flags them shared-address on the roster, and no one else', async () => {
    const code = await currentCode(api, eventId);
    const start = api.clock.now.getTime();
    for (let i = 0; i < 4; i += 1) {
      api.clock.now = new Date(start + i * 2000);
      const learner = { sub: `chat-${i}`, role: 'learner' } as const;
      const response = await api.request(`/v1/events/${eventId}/check-ins`, {
        as: learner,
        headers: { 'x-forwarded-for': '203.0.113.7' },
        json: { kind: 'in', code },
      });
      expect(response.status).toBe(201);
      // The address stays in the store, hashed, and out of the learner's reply.
      expect(JSON.stringify(await response.json())).not.toContain('203.0.113.7');
    }
    const alone = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.ada,
      headers: { 'x-forwarded-for': '198.51.100.1' },
      json: { kind: 'in', code },
    });
    expect(alone.status).toBe(201);
    const stored = await api.store.listCheckIns(eventId);
    expect(stored.every((row) => row.clientAddress && !row.clientAddress.includes('203'))).toBe(
      true,
    );
    const roster = await json<{ entries: { learnerId: string; flags: string[] }[] }>(
      await api.request(`/v1/events/${eventId}/attendance`, { as: people.grace }),
    );
    const shared = roster.entries.filter((entry) => entry.flags.includes('shared-address'));
    expect(shared.map((entry) => entry.learnerId)).toEqual([
      'chat-0',
      'chat-1',
      'chat-2',
      'chat-3',
    ]);
    api.clock.now = new Date(start);
  });
});

describe('pages of the review queue and of the roster', async () => {
  const api = await testApi({ limits: { learnerWritesPerMinute: 0 } });
  const eventId = await createEvent(api);
  for (let i = 0; i < 5; i += 1) {
    api.clock.now = new Date(Date.UTC(2026, 2, 2, 14, 5, i));
    await api.request('/v1/refunds', { as: people.ada, json: refundBody });
    const code = await currentCode(api, eventId);
    await checkInWith(api, eventId, { sub: `p-${i}`, role: 'learner' }, code);
  }

  it('keeps today’s small list whole, with no next page', async () => {
    const all = await api.request('/v1/refunds', { as: people.root });
    expect(await json<unknown[]>(all)).toHaveLength(5);
    expect(all.headers.get('cpe-next-cursor')).toBeNull();
    expect(all.headers.get('link')).toBeNull();
  });

  it('follows the next cursor (header and Link) through the refunds, oldest first', async () => {
    const seen: string[] = [];
    let path: string | undefined = '/v1/refunds?limit=2';
    let pages = 0;
    while (path) {
      const response = await api.request(path, { as: people.root });
      expect(response.status).toBe(200);
      seen.push(...(await json<{ receivedAt: string }[]>(response)).map((r) => r.receivedAt));
      const link = response.headers.get('link');
      const cursor = response.headers.get('cpe-next-cursor');
      if (link) expect(link).toBe(`</v1/refunds?limit=2&cursor=${cursor}>; rel="next"`);
      path = /^<([^>]+)>; rel="next"$/.exec(link ?? '')?.[1];
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(5);
  });

  it('pages the roster, the whole count kept', async () => {
    const first = await api.request(`/v1/events/${eventId}/attendance?limit=3`, {
      as: people.grace,
    });
    const page = await json<{ presentCount: number; entries: { learnerId: string }[] }>(first);
    expect(page.presentCount).toBe(5);
    expect(page.entries.map((entry) => entry.learnerId)).toEqual(['p-0', 'p-1', 'p-2']);
    const cursor = first.headers.get('cpe-next-cursor')!;
    const second = await api.request(`/v1/events/${eventId}/attendance?limit=3&cursor=${cursor}`, {
      as: people.grace,
    });
    const rest = await json<{ entries: { learnerId: string }[] }>(second);
    expect(rest.entries.map((entry) => entry.learnerId)).toEqual(['p-3', 'p-4']);
    expect(second.headers.get('cpe-next-cursor')).toBeNull();
  });

  it('refuses a bad limit or cursor with a 400 problem', async () => {
    for (const query of ['limit=0', 'limit=501', 'limit=two', 'cursor=bm9wZQ', 'cursor=%7B']) {
      const response = await api.request(`/v1/refunds?${query}`, { as: people.root });
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type'), query).toBe('application/problem+json');
    }
  });
});

describe('the roster as CSV', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);
  for (let i = 0; i < 600; i += 1) {
    const record = {
      id: `csv-${i}`,
      eventId,
      learnerId: `l-${String(i).padStart(3, '0')}`,
      kind: 'in' as const,
      at: '2026-03-02T14:01:00.000Z',
    };
    await api.store.addCheckIn(record, { status: 201, body: record });
  }

  it('is written out as a stream of chunks, every learner once, whatever the page limit', async () => {
    const response = await api.request(`/v1/events/${eventId}/attendance?format=csv&limit=1`, {
      as: people.grace,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks += 1;
      text += decoder.decode(part.value, { stream: true });
    }
    expect(chunks).toBeGreaterThan(1);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(602);
    expect(lines[0]).toMatch(/^event id,/);
    expect(lines.at(-1)).toBe('');
  });
});

describe('links and QR codes', async () => {
  const api = await testApi({ publicUrl: 'https://cpe.example.org' });
  const eventId = await createEvent(api);

  it('point at the public URL, never at the request’s Host', async () => {
    const response = await api.request(`http://evil.example/v1/events/${eventId}/code`, {
      as: people.grace,
      headers: { host: 'evil.example' },
    });
    const { checkInUrl } = await json<{ checkInUrl: string }>(response);
    expect(new URL(checkInUrl).origin).toBe('https://cpe.example.org');
  });
});
