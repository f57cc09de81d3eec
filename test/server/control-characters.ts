/** Control characters in paths and bodies, checked against any store (see hostile-input.test.ts). */
import { expect } from 'vitest';
import type { Identity } from '../../src/server/auth.js';
import { createEvent, json, people, type TestApi } from './helpers.js';

/** Paths with NUL or other control characters in an id are 404 problems, before any lookup. */
export async function expectControlIdsRefused(api: TestApi): Promise<void> {
  const eventId = await createEvent(api);
  const cases: [string, Identity | undefined, unknown?][] = [
    ['/v1/events/%00', undefined],
    ['/v1/events/a%00b', undefined],
    ['/v1/events/%0A', undefined],
    ['/v1/events/%00/code', people.grace],
    ['/v1/events/%00/check-ins', people.ada, { kind: 'in', code: 'AAAAAA' }],
    ['/v1/events/%00/attendance', people.grace],
    [`/v1/events/${eventId}/prompts/%00/responses`, people.ada, { answer: 'x' }],
    ['/v1/refunds/%00', people.root],
    ['/v1/refunds/%00/decision', people.root, { decision: 'approve', note: 'ok' }],
    ['/v1/programs/%00', undefined],
    ['/v1/programs/a%0Ab/publish', people.root, {}],
    ['/v1/programs/%00/enrollments', people.root],
    ['/v1/enrollments/%00', people.root],
    ['/v1/enrollments/%00/assessment', people.root, { scorePercent: 80 }],
  ];
  for (const [path, as, body] of cases) {
    const response = await api.request(path, { ...(as ? { as } : {}), json: body });
    expect(response.status, path).toBe(404);
    expect(response.headers.get('content-type'), path).toBe('application/problem+json');
  }
}

/** Bodies carrying U+0000 in any string are 400 problems naming the field. */
export async function expectNulBodiesRefused(api: TestApi): Promise<void> {
  const eventId = await createEvent(api);
  const prompt = await api.request(`/v1/events/${eventId}/prompts`, {
    as: people.grace,
    json: { question: 'Ready?' },
  });
  const { id: promptId } = await json<{ id: string }>(prompt);
  const cases: [string, Identity, unknown, string][] = [
    [
      `/v1/events/${eventId}/prompts/${promptId}/responses`,
      people.ada,
      { answer: 'a\0b' },
      'answer',
    ],
    [`/v1/events/${eventId}/prompts`, people.grace, { question: '\0' }, 'question'],
    ['/v1/events', people.root, { title: 'Close\0' }, 'title'],
    ['/v1/refunds/x/decision', people.root, { decision: 'deny', note: 'no\0' }, 'note'],
    ['/v1/credits', people.ada, { nested: [{ ['k\0']: 1 }] }, 'nested.0.k\0'],
    ['/v1/programs', people.root, { title: 'Close\0' }, 'title'],
    ['/v1/refunds', people.ada, { enrollmentId: 'a\0' }, 'enrollmentId'],
    ['/v1/refunds/quote', people.ada, { enrollmentId: '\0' }, 'enrollmentId'],
  ];
  for (const [path, as, body, field] of cases) {
    const response = await api.request(path, { as, json: body });
    expect(response.status, path).toBe(400);
    expect(response.headers.get('content-type'), path).toBe('application/problem+json');
    expect((await json(response)).errors, path).toEqual([
      { path: field, message: 'must not contain U+0000' },
    ]);
  }
  expect(await api.store.listResponses(eventId)).toEqual([]);
  const titles = (await api.store.listProgramVersions()).map(({ program }) => program.title);
  expect(titles.filter((title) => title.includes('\0'))).toEqual([]);
}
