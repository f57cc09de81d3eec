import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { mintToken, type Identity } from '../../src/server/auth.js';
import {
  CheckInCode,
  EventPrompt,
  LearnerPrompt,
  PublicEvent,
  StoredCheckIn,
  parse,
  type CheckInCode as Code,
} from '../../src/policy/schemas.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import { createEvent, currentCode, eventBody, json, people, secret, testApi } from './helpers.js';

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody: {
          content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }>;
        };
      }
    >
  >;
}

const isShape = (schema: Parameters<typeof parse>[0], value: unknown) => parse(schema, value).ok;

describe('errors', async () => {
  const api = await testApi();

  it('an unknown route is a 404 problem', async () => {
    const response = await api.request('/v1/nowhere');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: 'about:blank',
      status: 404,
      title: 'Not found',
    });
  });

  it('a body that is not JSON is a 400 problem', async () => {
    const response = await api.request('/v1/credits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"method": ',
    });
    expect(response.status).toBe(400);
    expect((await json(response)).title).toBe('The body is not JSON');
  });

  it('an invalid body lists each field error with its path', async () => {
    const response = await api.request('/v1/events', {
      as: people.root,
      json: {
        ...eventBody,
        timeZone: 'Mars/Olympus',
        segments: [{ start: 'soon', end: '2026-03-02T16:00:00Z' }],
      },
    });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'timeZone', message: 'must be an IANA time zone name, like America/New_York' },
        expect.objectContaining({ path: 'segments.0.start' }),
      ]),
    );
  });

  it('a body over 64 KB is a 413 problem', async () => {
    const response = await api.request('/v1/credits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'group-live', pad: 'x'.repeat(70 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('hostile input never produces a 5xx or a stack trace', async () => {
    const bodies = [
      'null',
      '[]',
      '"text"',
      '{"__proto__": {"admin": true}}',
      '{"method": {"$gt": ""}}',
      '1e999',
    ];
    for (const path of ['/v1/credits', '/v1/refunds/quote', '/v1/attendance/evaluate']) {
      for (const body of bodies) {
        const response = await api.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(response.status, `${path} ${body}`).toBe(400);
        expect(await response.text()).not.toMatch(/at .*\.(ts|js):\d+/);
      }
    }
    const weird = await api.request('/v1/events/%E0%A4%A', {});
    expect(weird.status).toBeLessThan(500);
  });
});

describe('meta', async () => {
  const api = await testApi();

  it('health says ok with the package version', async () => {
    expect(await json<object>(await api.request('/v1/health'))).toEqual({
      status: 'ok',
      version: '0.1.0',
    });
  });

  it('serves the policy document with its version', async () => {
    expect((await json<{ version: string }>(await api.request('/v1/policy'))).version).toBe(
      'ima-2026.1',
    );
  });

  // route-table.test.ts holds the document's paths to the route table and the app.
  it('serves an OpenAPI 3.1 document with the bodies of the shared schemas', async () => {
    const doc = await json<OpenApi>(await api.request('/v1/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const checkIn = doc.paths['/v1/events/{id}/check-ins']?.post;
    expect(checkIn?.requestBody.content['application/json']?.schema.properties.kind?.enum).toEqual([
      'in',
      'out',
    ]);
  });
});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    const api = await testApi({ allowedOrigins: ['https://lms.example.edu'] });
    const preflight = (origin: string) =>
      api.request('/v1/credits', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://lms.example.edu');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://lms.example.edu');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('allows no other origin by default', async () => {
    const api = await testApi();
    const response = await api.request('/v1/health', {
      headers: { origin: 'https://lms.example.edu' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('logs', () => {
  it('never contain a token, even a rejected one', async () => {
    let written = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    });
    const api = await testApi({ logger: pino({ level: 'trace' }, sink) });
    const token = await mintToken(secret, people.grace);
    await api.request('/v1/events/x/code', { headers: { authorization: `Bearer ${token}` } });
    await api.request('/v1/events/x/code', { headers: { authorization: `Bearer ${token}x` } });
    await api.request(`/v1/nowhere?token=${token}`);
    expect(written).toContain('"path":"/v1/events/x/code"');
    expect(written).not.toContain(token.split('.')[2]);
    expect(written).not.toContain(token.split('.')[1]);
  });
});

describe('events, codes and check-ins', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);

  it('creates an event and shows its public details without the secret', async () => {
    const response = await api.request(`/v1/events/${eventId}`);
    const event = await json<PublicEvent>(response);
    expect(isShape(PublicEvent, event)).toBe(true);
    expect(event).toMatchObject({ id: eventId, title: 'Month-end close', location: 'Room 4' });
    expect(JSON.stringify(event)).not.toMatch(/secret|createdBy/);
  });

  it('gives the host the code, its expiry and the URL a QR code opens', async () => {
    const code = await json<Code>(
      await api.request(`/v1/events/${eventId}/code`, { as: people.grace }),
    );
    expect(isShape(CheckInCode, code)).toBe(true);
    expect(code.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(code.stepSeconds).toBe(30);
    expect(code.expiresAt).toBe('2026-03-02T14:05:30.000Z');
    expect(code.checkInUrl).toBe(`http://localhost/?cpe-event=${eventId}&cpe-code=${code.code}`);
  });

  it('records a check-in with the current code, typed loosely', async () => {
    const code = await currentCode(api, eventId);
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    const response = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.ada,
      json: { kind: 'in', code: typed },
    });
    expect(response.status).toBe(201);
    const record = await json<StoredCheckIn>(response);
    expect(isShape(StoredCheckIn, record)).toBe(true);
    expect(record).toMatchObject({
      eventId,
      learnerId: 'ada',
      kind: 'in',
      at: '2026-03-02T14:05:00.000Z',
    });
  });

  it('accepts the previous code for one more step, then refuses it (ATTEND.CODE)', async () => {
    const code = await currentCode(api, eventId);
    api.clock.now = new Date('2026-03-02T14:05:40Z');
    const late = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.bob,
      json: { kind: 'in', code },
    });
    expect(late.status).toBe(201);
    api.clock.now = new Date('2026-03-02T14:06:05Z');
    const stale = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.bob,
      json: { kind: 'out', code },
    });
    expect(stale.status).toBe(422);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect(await stale.json()).toMatchObject({ status: 422, rule: 'ATTEND.CODE' });
    api.clock.now = new Date('2026-03-02T14:05:00Z');
  });

  it('refuses a wrong code', async () => {
    const response = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.bob,
      json: { kind: 'in', code: 'ZZZZZZ' },
    });
    expect((await json(response)).rule).toBe('ATTEND.CODE');
  });

  it('refuses a check-in outside the window (ATTEND.WINDOW), opens 30 min before', async () => {
    // Someone not yet checked in, so only the window decides.
    const cy = { sub: 'cy', role: 'learner' } as const;
    for (const [at, status] of [
      ['2026-03-02T13:29:00Z', 422],
      ['2026-03-02T13:31:00Z', 201],
      ['2026-03-02T16:01:00Z', 422],
    ] as const) {
      api.clock.now = new Date(at);
      const code = await currentCode(api, eventId);
      const response = await api.request(`/v1/events/${eventId}/check-ins`, {
        as: cy,
        json: { kind: 'in', code },
      });
      expect(response.status, at).toBe(status);
      if (status === 422) {
        const refused = await json(response);
        expect(refused.rule).toBe('ATTEND.WINDOW');
        // Before the event the learner is told when it opens; after it, that it has closed.
        expect(refused.detail).toMatch(
          at < '2026-03-02T14' ? /^Check-in is not open yet\./ : /^Check-in has closed\./,
        );
        expect(refused.opensAt !== undefined).toBe(at < '2026-03-02T14');
        expect(refused).not.toHaveProperty('reason');
      }
    }
    api.clock.now = new Date('2026-03-02T14:05:00Z');
  });

  it('says why check-in is closed in the learner’s language (Accept-Language)', async () => {
    api.clock.now = new Date('2026-03-02T13:00:00Z');
    const english = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: { sub: 'di', role: 'learner' },
      json: { kind: 'in', code: await currentCode(api, eventId) },
    });
    const french = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: { sub: 'di', role: 'learner' },
      headers: { 'accept-language': 'fr-CA' },
      json: { kind: 'in', code: await currentCode(api, eventId) },
    });
    api.clock.now = new Date('2026-03-02T14:05:00Z');
    const [said, dit] = [await json(english), await json(french)];
    expect(french.status).toBe(422);
    expect(french.headers.get('content-language')).toBe('fr');
    expect(dit.rule).toBe('ATTEND.WINDOW');
    expect(said.detail).toMatch(/^Check-in is not open yet\./);
    expect(dit.detail).not.toBe(said.detail);
    expect(dit.detail).toMatch(/^L’enregistrement des arrivées n’est pas encore ouvert\./);
  });

  it('answers 404 for an unknown event and 400 for a bad body', async () => {
    expect(
      (
        await api.request('/v1/events/nope/check-ins', {
          as: people.ada,
          json: { kind: 'in', code: 'AAAAAA' },
        })
      ).status,
    ).toBe(404);
    const bad = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.ada,
      json: { kind: 'sideways' },
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors?.map((e) => e.path)).toEqual(['kind', 'code']);
  });

  it('corrects a record with a new one that points at it, keeping both', async () => {
    const [original] = await api.store.listCheckIns(eventId, 'ada');
    const body = {
      replaces: original!.id,
      kind: 'in',
      at: '2026-03-02T14:00:00Z',
      reason: 'Badge reader was down',
    };
    const response = await api.request(`/v1/events/${eventId}/corrections`, {
      as: people.grace,
      json: body,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      learnerId: 'ada',
      replaces: original!.id,
      correctedBy: 'grace',
      correctionReason: 'Badge reader was down',
      at: '2026-03-02T14:00:00.000Z',
    });
    expect(await api.store.listCheckIns(eventId, 'ada')).toHaveLength(2);
    const again = await api.request(`/v1/events/${eventId}/corrections`, {
      as: people.grace,
      json: body,
    });
    expect(again.status).toBe(409);
    const missing = { ...body, replaces: 'nope' };
    expect(
      (await api.request(`/v1/events/${eventId}/corrections`, { as: people.grace, json: missing }))
        .status,
    ).toBe(404);
  });
});

describe('Idempotency-Key on check-ins', async () => {
  const api = await testApi({ store: await openSqliteStore(':memory:') });
  const eventId = await createEvent(api);
  const code = await currentCode(api, eventId);
  const checkIn = (key: string, body: object, as: Identity = people.ada) =>
    api.request(`/v1/events/${eventId}/check-ins`, {
      as,
      json: body,
      headers: { 'idempotency-key': key },
    });

  it('20 concurrent retries get the same record and store one', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => checkIn('k-1', { kind: 'in', code })),
    );
    const bodies = await Promise.all(responses.map((r) => json<StoredCheckIn>(r)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(await api.store.listCheckIns(eventId, 'ada')).toHaveLength(1);
  });

  it('a retry after the code rotated still gets the stored record', async () => {
    api.clock.now = new Date('2026-03-02T14:30:00Z');
    const response = await checkIn('k-1', { kind: 'in', code });
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    api.clock.now = new Date('2026-03-02T14:05:00Z');
  });

  it('the same key with a different body is a 409', async () => {
    const response = await checkIn('k-1', { kind: 'out', code });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('keys belong to one learner: another learner with the same key gets their own record', async () => {
    const response = await checkIn('k-1', { kind: 'in', code }, people.bob);
    expect(response.status).toBe(201);
    expect((await json<StoredCheckIn>(response)).learnerId).toBe('bob');
  });

  it('a malformed key is a 400', async () => {
    expect((await checkIn('x'.repeat(201), { kind: 'in', code })).status).toBe(400);
  });
});

describe('prompts', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);
  let promptId = '';

  it('a host issues a prompt now', async () => {
    const response = await api.request(`/v1/events/${eventId}/prompts`, {
      as: people.grace,
      json: { question: 'Which close step comes first?', choices: ['Accruals', 'Reconciliations'] },
    });
    expect(response.status).toBe(201);
    const prompt = await json<EventPrompt>(response);
    expect(isShape(EventPrompt, prompt)).toBe(true);
    expect(prompt.at).toBe('2026-03-02T14:05:00.000Z');
    promptId = prompt.id;
  });

  it('a learner answers with one of the choices; the first answer stands', async () => {
    const path = `/v1/events/${eventId}/prompts/${promptId}/responses`;
    expect((await api.request(path, { as: people.ada, json: { answer: 'Maybe' } })).status).toBe(
      400,
    );
    expect((await api.request(path, { as: people.ada, json: { answer: 'Accruals' } })).status).toBe(
      204,
    );
    expect(
      (await api.request(path, { as: people.ada, json: { answer: 'Reconciliations' } })).status,
    ).toBe(204);
    const [stored] = await api.store.listResponses(eventId, 'ada');
    expect(stored?.answer).toBe('Accruals');
    expect(
      (
        await api.request(`/v1/events/${eventId}/prompts/nope/responses`, {
          as: people.ada,
          json: { answer: 'x' },
        })
      ).status,
    ).toBe(404);
  });

  it('learners see only whether they answered; hosts see the prompts', async () => {
    const mine = await json<LearnerPrompt[]>(
      await api.request(`/v1/events/${eventId}/prompts`, { as: people.ada }),
    );
    expect(mine).toEqual([
      expect.objectContaining({
        id: promptId,
        answered: true,
        answeredAt: '2026-03-02T14:05:00.000Z',
      }),
    ]);
    expect(isShape(LearnerPrompt, mine[0])).toBe(true);
    const bobs = await json<LearnerPrompt[]>(
      await api.request(`/v1/events/${eventId}/prompts`, { as: people.bob }),
    );
    expect(bobs).toEqual([expect.objectContaining({ id: promptId, answered: false })]);
    expect(Object.keys(bobs[0]!).sort()).toEqual(['answered', 'at', 'choices', 'id', 'question']);
    const hosts = await json<EventPrompt[]>(
      await api.request(`/v1/events/${eventId}/prompts`, { as: people.grace }),
    );
    expect(hosts).toEqual([
      expect.objectContaining({ id: promptId, question: 'Which close step comes first?' }),
    ]);
  });
});
