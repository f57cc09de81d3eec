/**
 * Input one learner could use to break the API for others: check-ins piled past what the
 * engine evaluates, and NUL characters (which PostgreSQL refuses in text) in paths and bodies.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StoredCheckIn } from '../../src/policy/schemas.js';
import type { Identity } from '../../src/server/auth.js';
import { expectControlIdsRefused, expectNulBodiesRefused } from './control-characters.js';
import {
  createEvent,
  createProgram,
  currentCode,
  enroll,
  eventBody,
  json,
  order,
  people,
  selfStudyBody,
  testApi,
} from './helpers.js';

describe('check-ins follow the learner’s state (ATTEND.ON_RECORD)', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);
  const code = await currentCode(api, eventId);
  const checkIn = (as: Identity, kind: 'in' | 'out', key?: string) =>
    api.request(`/v1/events/${eventId}/check-ins`, {
      as,
      json: { kind, code },
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  it('refuses a second `in` while checked in, in plain words', async () => {
    expect((await checkIn(people.ada, 'in')).status).toBe(201);
    const again = await checkIn(people.ada, 'in');
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(again)).toMatchObject({
      status: 409,
      title: 'Already checked in',
      rule: 'ATTEND.ON_RECORD',
    });
    expect(await api.store.listCheckIns(eventId, 'ada')).toHaveLength(1);
  });

  it('refuses an `out` without an `in`', async () => {
    const orphan = await checkIn(people.bob, 'out');
    expect(orphan.status).toBe(409);
    expect(await json(orphan)).toMatchObject({
      title: 'Not checked in',
      rule: 'ATTEND.ON_RECORD',
    });
    expect(await api.store.listCheckIns(eventId, 'bob')).toHaveLength(0);
  });

  it('accepts in, out and in again, then refuses a second `out` after an `out`', async () => {
    const cy = { sub: 'cy', role: 'learner' } as const;
    const seconds = ['14:05:01', '14:05:02', '14:05:03', '14:05:04'];
    for (const [i, kind] of (['in', 'out', 'in', 'out'] as const).entries()) {
      api.clock.now = new Date(`2026-03-02T${seconds[i]}Z`);
      expect((await checkIn(cy, kind)).status, `${i} ${kind}`).toBe(201);
    }
    expect((await checkIn(cy, 'out')).status).toBe(409);
    api.clock.now = new Date('2026-03-02T14:05:00Z');
  });

  it('replays a retry of a check-in that succeeded, even once checked in', async () => {
    const dee = { sub: 'dee', role: 'learner' } as const;
    const first = await checkIn(dee, 'in', 'dee-in-1');
    expect(first.status).toBe(201);
    const record = await json<StoredCheckIn>(first);
    const retry = await checkIn(dee, 'in', 'dee-in-1');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await json<StoredCheckIn>(retry)).id).toBe(record.id);
    // A new key is a new request, and that one is refused.
    expect((await checkIn(dee, 'in', 'dee-in-2')).status).toBe(409);
  });

  it('stores one record when the same `in` is retried concurrently', async () => {
    const eve = { sub: 'eve', role: 'learner' } as const;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => checkIn(eve, 'in', 'eve-in')),
    );
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
    expect(await api.store.listCheckIns(eventId, 'eve')).toHaveLength(1);
  });
});

describe('stored attendance the engine refuses: a 422 for that learner, a flag on the roster', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);
  // Records written before ATTEND.ON_RECORD was enforced: more than the engine evaluates.
  for (let i = 0; i < 10_001; i++) {
    const record: StoredCheckIn = {
      id: randomUUID(),
      eventId,
      learnerId: 'ada',
      kind: 'in',
      at: '2026-03-02T14:05:00.000Z',
    };
    await api.store.addCheckIn(record, { status: 201, body: record });
  }
  const honest: StoredCheckIn = {
    id: randomUUID(),
    eventId,
    learnerId: 'bob',
    kind: 'in',
    at: '2026-03-02T14:01:00.000Z',
  };
  await api.store.addCheckIn(honest, { status: 201, body: honest });

  it('on the learner’s own evaluation', async () => {
    const response = await api.request(`/v1/events/${eventId}/attendance/me`, { as: people.ada });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(response)).errors?.length).toBeGreaterThan(0);
  });

  it('flags that learner on the host’s roster, JSON and CSV, and evaluates the others', async () => {
    const roster = await api.request(`/v1/events/${eventId}/attendance`, { as: people.grace });
    expect(roster.status).toBe(200);
    const { entries } = await json<{ entries: { learnerId: string; flags: string[] }[] }>(roster);
    expect(entries.map(({ learnerId, flags }) => [learnerId, flags])).toEqual([
      ['ada', ['records-unevaluated']],
      ['bob', ['late-arrival']],
    ]);
    const csv = await api.request(`/v1/events/${eventId}/attendance?format=csv`, {
      as: people.grace,
    });
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\r\n')[1]).toMatch(/,records-unevaluated$/);
  });
});

describe('control characters (SQLite)', async () => {
  const api = await testApi();

  it('in an id of a path are 404 problems', () => expectControlIdsRefused(api));
  it('U+0000 in a body is a 400 problem naming the field', () => expectNulBodiesRefused(api));

  it('a backslash before `u0000` is ordinary text', async () => {
    const eventId = await createEvent(api, {
      title: 'C:\\u0000 drive',
      method: 'group-live',
      timeZone: 'UTC',
      segments: [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T16:00:00Z' }],
    });
    const event = await json<{ title: string }>(await api.request(`/v1/events/${eventId}`));
    expect(event.title).toBe('C:\\u0000 drive');
  });
});

describe('hostile bodies on the program and enrollment routes: 4xx problems, nothing written', async () => {
  const api = await testApi({ webhookSecret: 'whsec-hostile-0123456789' });
  const program = await createProgram(api, selfStudyBody);
  const enrolled = await enroll(api, program.id, order('ada', 'h-1'));
  const routes: [string, string, Identity][] = [
    ['POST', '/v1/programs', people.root],
    ['PUT', `/v1/programs/${program.id}`, people.root],
    ['POST', `/v1/programs/${program.id}/enrollments`, people.root],
    ['POST', `/v1/enrollments/${enrolled.id}/assessment`, people.root],
    ['POST', '/v1/refunds', people.ada],
    ['POST', '/v1/refunds/quote', people.ada],
    ['POST', '/v1/events', people.root],
  ];
  const bodies: [string, string][] = [
    ['not JSON', '{"title": '],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['a string', '"program"'],
    ['wrong types', JSON.stringify({ ...selfStudyBody, priceCents: '199', objectives: 'x' })],
    ['a prototype key', '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}'],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['huge numbers', JSON.stringify({ ...order('ada', 'h-2'), pricePaidCents: 1e308 })],
    ['an unknown enrollment', JSON.stringify({ enrollmentId: 'x'.repeat(101) })],
    ['a wrong programId', JSON.stringify({ ...eventBody, programId: { $ne: null } })],
    ['a body over 64 KB', JSON.stringify({ title: 'x'.repeat(70_000) })],
  ];
  const snapshot = async () => ({
    programs: await api.store.listProgramVersions(),
    enrollments: await api.store.listEnrollments({ programId: program.id }),
    refunds: await api.store.listRefunds(),
    events: await api.store.listProgramEvents(program.id),
  });
  const before = await snapshot();

  it.each(routes)('%s %s', async (method, path, as) => {
    for (const [name, body] of bodies) {
      const response = await api.request(path, {
        as,
        method,
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status, name).toBeGreaterThanOrEqual(400);
      expect(response.status, name).toBeLessThan(500);
      expect(response.headers.get('content-type'), name).toBe('application/problem+json');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('the webhook and the CSV import, with hostile bodies', async () => {
    for (const [name, body] of bodies) {
      const webhook = await api.request('/v1/webhooks/orders', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'cpe-signature': `t=1,v1=${'0'.repeat(64)}`,
        },
        body,
      });
      expect(webhook.status, name).toBeGreaterThanOrEqual(400);
      expect(webhook.status, name).toBeLessThan(500);
      const csv = await api.request(`/v1/programs/${program.id}/enrollments/import`, {
        as: people.root,
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body,
      });
      expect(csv.status, name).toBeGreaterThanOrEqual(400);
      expect(csv.status, name).toBeLessThan(500);
      expect(csv.headers.get('content-type'), name).toBe('application/problem+json');
    }
    const binary = await api.request(`/v1/programs/${program.id}/enrollments/import`, {
      as: people.root,
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'sub,name\n\u0000\u0001,"\u0000',
    });
    expect(binary.status).toBeLessThan(500);
    expect(await snapshot()).toEqual(before);
  });
});
