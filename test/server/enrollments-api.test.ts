/** Enrollments of record: by an admin, the signed order webhook and CSV import; who reads them. */
import { createHmac } from 'node:crypto';
import type { Identity } from '../../src/server/auth.js';
import { describe, expect, it } from 'vitest';
import { Enrollment, type Enrollment as Enrolled } from '../../src/policy/enrollments.js';
import { parse } from '../../src/policy/schemas.js';
import {
  createProgram,
  enroll,
  eventBody,
  json,
  liveProgramBody,
  order,
  people,
  selfStudyBody,
  testApi,
  type TestApi,
} from './helpers.js';

const hal = { sub: 'hal', role: 'host' } as const;

async function programWithEvents(api: TestApi) {
  const program = await createProgram(api, liveProgramBody);
  const add = async (day: string, hosts?: string[]) => {
    const response = await api.request('/v1/events', {
      as: people.root,
      json: {
        ...eventBody,
        programId: program.id,
        segments: [{ start: `${day}T14:00:00Z`, end: `${day}T16:00:00Z` }],
        breaks: [],
        ...(hosts ? { hosts } : {}),
      },
    });
    return (await json<{ id: string }>(response)).id;
  };
  const later = await add('2026-03-20', ['grace']);
  const earlier = await add('2026-03-10');
  return { programId: program.id, later, earlier };
}

describe('enrolling by an admin', async () => {
  const api = await testApi();
  const { programId, later, earlier } = await programWithEvents(api);
  const post = (body: object, as: Identity = people.root) =>
    api.request(`/v1/programs/${programId}/enrollments`, { as, json: body });

  it('is for admins only', async () => {
    expect((await post(order('ada', 'a-0'), people.grace)).status).toBe(403);
    expect((await post(order('ada', 'a-0'), people.ada)).status).toBe(403);
    expect(await api.store.listEnrollments({ programId })).toEqual([]);
  });

  it('makes an active enrollment in the published version, for the earliest event by default', async () => {
    const response = await post(order('ada', 'a-1'));
    expect(response.status).toBe(201);
    const enrollment = await json<Enrolled>(response);
    expect(parse(Enrollment, enrollment).ok).toBe(true);
    expect(enrollment).toMatchObject({
      ...order('ada', 'a-1'),
      programId,
      programVersion: 1,
      status: 'active',
      eventId: earlier,
    });
    const chosen = await json<Enrolled>(await post(order('bob', 'a-2', { eventId: later })));
    expect(chosen.eventId).toBe(later);
  });

  it('is idempotent on orderRef: the same facts answer 200, others 409', async () => {
    const again = await post(order('ada', 'a-1'));
    expect(again.status).toBe(200);
    expect((await json<Enrolled>(again)).learner.sub).toBe('ada');
    const changed = await post(order('ada', 'a-1', { pricePaidCents: 1 }));
    expect(changed.status).toBe(409);
    expect((await json(changed)).title).toBe('Order reference already used');
    expect(await api.store.listEnrollments({ programId })).toHaveLength(2);
  });

  it('refuses an event of another program (422) and an unpublished or unknown program', async () => {
    const other = await post(order('cy', 'a-3', { eventId: 'elsewhere' }));
    expect(other.status).toBe(422);
    expect((await json(other)).errors).toEqual([
      { path: 'eventId', message: 'is not an event of this program' },
    ]);
    const draft = await createProgram(api, { ...selfStudyBody, status: 'draft' });
    const unpublished = await api.request(`/v1/programs/${draft.id}/enrollments`, {
      as: people.root,
      json: order('cy', 'a-4'),
    });
    expect(unpublished.status).toBe(409);
    const unknown = await api.request('/v1/programs/none/enrollments', {
      as: people.root,
      json: order('cy', 'a-5'),
    });
    expect(unknown.status).toBe(404);
  });
});

describe('reading enrollments', async () => {
  const api = await testApi();
  const { programId } = await programWithEvents(api);
  const mine = await enroll(api, programId, order('ada', 'r-1'));
  await enroll(api, programId, order('bob', 'r-2'));

  it('gives a learner their own, by token', async () => {
    const list = await json<Enrolled[]>(
      await api.request('/v1/enrollments/me', { as: people.ada }),
    );
    expect(list.map((e) => e.id)).toEqual([mine.id]);
    expect((await api.request('/v1/enrollments/me', { as: people.root })).status).toBe(403);
    expect((await api.request('/v1/enrollments/me')).status).toBe(401);
  });

  it('shows one enrollment to its learner and admins; to another learner it does not exist', async () => {
    const path = `/v1/enrollments/${mine.id}`;
    expect((await api.request(path, { as: people.ada })).status).toBe(200);
    expect((await api.request(path, { as: people.root })).status).toBe(200);
    expect((await api.request(path, { as: people.bob })).status).toBe(404);
    expect((await api.request(path, { as: people.grace })).status).toBe(403);
    expect((await api.request('/v1/enrollments/none', { as: people.root })).status).toBe(404);
  });

  it('lists a program’s enrollments to admins and the hosts of its events', async () => {
    const path = `/v1/programs/${programId}/enrollments`;
    const count = async (as: Identity) =>
      (await json<Enrolled[]>(await api.request(path, { as }))).length;
    expect(await count(people.root)).toBe(2);
    expect(await count(people.grace)).toBe(2);
    expect((await api.request(path, { as: hal })).status).toBe(404);
    expect((await api.request(path, { as: people.ada })).status).toBe(403);
  });

  it('pages a program’s enrollments with limit and the next cursor, oldest first', async () => {
    // A third enrollment a moment later, so the order by time is plain.
    api.clock.now = new Date(api.clock.now.getTime() + 1000);
    const third = await enroll(api, programId, order('cyd', 'r-3'));
    const seen: string[] = [];
    let path: string | undefined = `/v1/programs/${programId}/enrollments?limit=2`;
    while (path) {
      const response: Response = await api.request(path, { as: people.root });
      expect(response.status).toBe(200);
      seen.push(...(await json<Enrolled[]>(response)).map((e) => e.id));
      const cursor = response.headers.get('cpe-next-cursor');
      path = cursor ? `/v1/programs/${programId}/enrollments?limit=2&cursor=${cursor}` : undefined;
    }
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe(third.id);
    expect(new Set(seen).size).toBe(3);
    const bad = await api.request(`/v1/enrollments/me?cursor=nope`, { as: people.ada });
    expect(bad.status).toBe(400);
  });
});

describe('the final test’s score', async () => {
  const api = await testApi();
  const program = await createProgram(api, selfStudyBody);
  const record = async (id: string, body: unknown, as: Identity = people.root) =>
    api.request(`/v1/enrollments/${id}/assessment`, { as, json: body });

  it.each([
    [69.9, false],
    [70, true],
    [100, true],
  ])('%s%% passed: %s (SELF_STUDY.PASS_70)', async (scorePercent, passed) => {
    const enrolled = await enroll(api, program.id, order('ada', `s-${scorePercent}`));
    const response = await record(enrolled.id, { scorePercent });
    expect(response.status).toBe(200);
    expect((await json<Enrolled>(response)).assessment).toEqual({
      scorePercent,
      passed,
      recordedAt: '2026-03-02T14:05:00.000Z',
    });
  });

  it('is for admins, for an enrollment that exists, with a percentage', async () => {
    const enrolled = await enroll(api, program.id, order('ada', 's-roles'));
    expect((await record(enrolled.id, { scorePercent: 80 }, people.ada)).status).toBe(403);
    expect((await record('none', { scorePercent: 80 })).status).toBe(404);
    expect((await record(enrolled.id, { scorePercent: 101 })).status).toBe(400);
    expect((await api.store.getEnrollment(enrolled.id))?.assessment).toBeUndefined();
  });
});

const webhookSecret = 'whsec-test-0123456789';
const sign = (body: string, t: number, secret = webhookSecret) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

describe('the signed order webhook', async () => {
  const api = await testApi({ webhookSecret });
  const { programId } = await programWithEvents(api);
  const now = Math.floor(api.clock.now.getTime() / 1000);
  const deliver = (body: string, signature?: string) =>
    api.request('/v1/webhooks/orders', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'cpe-signature': signature } : {}),
      },
      body,
    });
  const body = JSON.stringify({ ...order('ada', 'w-1'), programId });

  it('enrolls a signed order once: a redelivery answers the same enrollment', async () => {
    const first = await deliver(body, sign(body, now));
    expect(first.status).toBe(201);
    const again = await deliver(body, sign(body, now + 60));
    expect(again.status).toBe(200);
    expect((await json<Enrolled>(again)).id).toBe((await json<Enrolled>(first)).id);
    const other = JSON.stringify({ ...order('ada', 'w-1', { pricePaidCents: 5 }), programId });
    expect((await deliver(other, sign(other, now))).status).toBe(409);
  });

  it.each([
    ['no signature', undefined],
    ['a malformed one', 'sha256=abc'],
    ['another secret', sign(body, now, 'not-the-secret')],
    ['a signature of another body', sign('{}', now)],
    ['a replay older than 5 minutes', sign(body, now - 301)],
    ['a time more than 5 minutes ahead', sign(body, now + 301)],
  ])('refuses %s with 401, storing nothing', async (_, signature) => {
    const before = (await api.store.listEnrollments({ programId })).length;
    const response = await deliver(body.replace('w-1', 'w-2'), signature);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await api.store.listEnrollments({ programId })).toHaveLength(before);
  });

  it('accepts a signature at the edge of the 5 minutes', async () => {
    const edge = JSON.stringify({ ...order('bob', 'w-3'), programId });
    expect((await deliver(edge, sign(edge, now - 300))).status).toBe(201);
  });

  it('validates a signed body like any other (400), and an unknown program is a 404', async () => {
    const bad = JSON.stringify({ programId, learner: {} });
    const response = await deliver(bad, sign(bad, now));
    expect(response.status).toBe(400);
    const nowhere = JSON.stringify({ ...order('bob', 'w-4'), programId: 'none' });
    expect((await deliver(nowhere, sign(nowhere, now))).status).toBe(404);
  });

  it('answers 503 when the server has no webhook secret', async () => {
    const unconfigured = await testApi();
    const response = await unconfigured.request('/v1/webhooks/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cpe-signature': sign(body, now) },
      body,
    });
    expect(response.status).toBe(503);
    expect((await json(response)).title).toBe('Order webhooks are not configured');
  });
});

describe('CSV import', async () => {
  const api = await testApi();
  const { programId, later } = await programWithEvents(api);
  const header = 'sub,name,email,pricePaidCents,currency,purchasedAt,orderRef,eventId';
  const upload = (csv: string, as: Identity = people.root, type = 'text/csv') =>
    api.request(`/v1/programs/${programId}/enrollments/import`, {
      as,
      method: 'POST',
      headers: { 'content-type': type },
      body: csv,
    });

  it('enrolls every row, quoted fields included, and answers what it did', async () => {
    const csv = [
      header,
      `ada,"Lovelace, Ada",ada@example.org,19999,USD,2026-03-01T10:00:00Z,c-1,`,
      `bob,Bob,bob@example.org,9999,USD,2026-03-01T11:00:00Z,c-2,${later}`,
    ].join('\r\n');
    const response = await upload(csv);
    expect(response.status).toBe(200);
    const answer = await json<{ created: number; existing: number; enrollments: Enrolled[] }>(
      response,
    );
    expect(answer).toMatchObject({ created: 2, existing: 0 });
    expect(answer.enrollments.map((e) => e.learner.name)).toEqual(['Lovelace, Ada', 'Bob']);
    expect(answer.enrollments[1]?.eventId).toBe(later);
    const again = await json<{ created: number; existing: number }>(await upload(csv));
    expect(again).toMatchObject({ created: 0, existing: 2 });
  });

  it('names each bad row and column, and imports nothing', async () => {
    const csv = [
      header,
      'cy,Cy,cy@example.org,19999,USD,2026-03-01T10:00:00Z,c-3,',
      'dee,Dee,not-an-email,12.50,usd,yesterday,c-4,',
      `eve,Eve,eve@example.org,100,USD,2026-03-01T10:00:00Z,c-5,elsewhere`,
    ].join('\n');
    const response = await upload(csv);
    expect(response.status).toBe(422);
    const paths = (await json(response)).errors?.map((error) => error.path);
    expect(new Set(paths)).toEqual(
      new Set([
        'rows.2.email',
        'rows.2.pricePaidCents',
        'rows.2.currency',
        'rows.2.purchasedAt',
        'rows.3.eventId',
      ]),
    );
    expect((await api.store.listEnrollments({ programId })).map((e) => e.orderRef)).not.toContain(
      'c-3',
    );
  });

  it('refuses a row whose orderRef is on record with other facts, importing nothing', async () => {
    const csv = [
      header,
      'fay,Fay,fay@example.org,19999,USD,2026-03-01T10:00:00Z,c-6,',
      'ada,Ada,ada@example.org,1,USD,2026-03-01T10:00:00Z,c-1,',
    ].join('\n');
    const response = await upload(csv);
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toEqual([
      { path: 'rows.2.orderRef', message: 'is on record for an enrollment with other facts' },
    ]);
    const refs = (await api.store.listEnrollments({ programId })).map((e) => e.orderRef);
    expect(refs).not.toContain('c-6');
  });

  it('refuses a file that is not CSV, lacks columns, or has no rows', async () => {
    expect((await upload(header, people.root, 'application/json')).status).toBe(415);
    const unclosed = await upload(`${header}\n"ada,Ada`);
    expect(unclosed.status).toBe(400);
    expect((await json(unclosed)).title).toBe('The file is not valid CSV');
    const missing = await upload('sub,name\nada,Ada');
    expect(missing.status).toBe(422);
    expect((await json(missing)).errors?.[0]).toEqual({
      path: 'columns',
      message: 'needs the column email',
    });
    expect((await upload(header)).status).toBe(422);
    expect((await upload(header, people.grace)).status).toBe(403);
  });
});
