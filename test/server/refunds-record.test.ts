/** Refunds judged from the enrollment of record, not from what the learner's page sends. */
import type { Identity } from '../../src/server/auth.js';
import { describe, expect, it } from 'vitest';
import type { Enrollment } from '../../src/policy/enrollments.js';
import type { RefundResult, StoredRefund } from '../../src/policy/schemas.js';
import {
  createProgram,
  currentCode,
  enroll,
  eventBody,
  json,
  liveProgramBody,
  order,
  people,
  selfStudyBody,
  testApi,
} from './helpers.js';

/** What a page might add to make its case: all of it must be ignored. */
const claims = {
  product: 'self-study',
  priceCents: 1_000_000,
  currency: 'EUR',
  purchasedAt: '2026-03-02T00:00:00Z',
  eventStart: '2027-01-01T00:00:00Z',
  finalTestTaken: false,
  attended: true,
  receivedAt: '2026-01-01T00:00:00Z',
};

describe('a refund about an enrollment', async () => {
  const api = await testApi();
  const program = await createProgram(api, liveProgramBody);
  const eventResponse = await api.request('/v1/events', {
    as: people.root,
    json: {
      ...eventBody,
      programId: program.id,
      segments: [{ start: '2026-03-20T14:00:00Z', end: '2026-03-20T16:00:00Z' }],
      breaks: [],
    },
  });
  const eventId = (await json<{ id: string }>(eventResponse)).id;
  const enrollment = await enroll(api, program.id, order('ada', 'rf-1'));

  it('is quoted from the record, whatever the page claims', async () => {
    const response = await api.request('/v1/refunds/quote', {
      as: people.ada,
      json: { ...claims, enrollmentId: enrollment.id },
    });
    expect(response.status).toBe(200);
    expect(await json<RefundResult>(response)).toMatchObject({
      outcome: 'eligible',
      refundCents: 17_999,
      feeCents: 2000,
      currency: 'USD',
    });
  });

  it('is the learner’s own business: another learner gets 404, no token 401, other roles 403', async () => {
    const quote = (as?: Identity) =>
      api.request('/v1/refunds/quote', {
        ...(as ? { as } : {}),
        json: { enrollmentId: enrollment.id },
      });
    expect((await quote(people.bob)).status).toBe(404);
    expect((await quote()).status).toBe(401);
    expect((await quote(people.root)).status).toBe(403);
    const submitted = await api.request('/v1/refunds', {
      as: people.bob,
      json: { enrollmentId: enrollment.id },
    });
    expect(submitted.status).toBe(404);
    expect(await api.store.listRefunds()).toEqual([]);
  });

  let first: StoredRefund;

  it('is stored with the facts of record and the enrollment, program and version', async () => {
    const response = await api.request('/v1/refunds', {
      as: people.ada,
      json: { ...claims, enrollmentId: enrollment.id, message: 'Schedule clash' },
    });
    expect(response.status).toBe(201);
    first = await json<StoredRefund>(response);
    expect(first).toMatchObject({
      enrollmentId: enrollment.id,
      programId: program.id,
      programVersion: 1,
      status: 'pending',
      decision: { outcome: 'eligible', refundCents: 17_999 },
      request: {
        product: 'live-event',
        priceCents: 19_999,
        currency: 'USD',
        purchasedAt: '2026-03-01T10:00:00Z',
        eventStart: '2026-03-20T14:00:00Z',
        eventTimeZone: 'America/New_York',
        attended: false,
        message: 'Schedule clash',
      },
    });
    expect(first.unverified).toBeUndefined();
  });

  it('is one open request per enrollment: a second gets 409 with the first', async () => {
    const second = await api.request('/v1/refunds', {
      as: people.ada,
      json: { enrollmentId: enrollment.id },
    });
    expect(second.status).toBe(409);
    expect(await json<{ existing: StoredRefund }>(second)).toMatchObject({
      title: 'A refund request is already open',
      existing: { id: first.id },
    });
    expect(await api.store.listRefunds()).toHaveLength(1);
  });

  it('shows in the review queue with its enrollment; approved, it refunds the enrollment', async () => {
    const queue = await json<StoredRefund[]>(
      await api.request('/v1/refunds?status=pending', { as: people.root }),
    );
    expect(queue.map((r) => [r.enrollmentId, r.programId, r.programVersion])).toEqual([
      [enrollment.id, program.id, 1],
    ]);
    const decided = await api.request(`/v1/refunds/${first.id}/decision`, {
      as: people.root,
      json: { decision: 'approve', note: 'Within the notice period' },
    });
    expect(decided.status).toBe(200);
    const after = await json<Enrollment>(
      await api.request(`/v1/enrollments/${enrollment.id}`, { as: people.ada }),
    );
    expect(after.status).toBe('refunded');
    const again = await api.request('/v1/refunds', {
      as: people.ada,
      json: { enrollmentId: enrollment.id },
    });
    expect(again.status).toBe(409);
    expect((await json(again)).title).toBe('The enrollment is refunded');
    const score = await api.request(`/v1/enrollments/${enrollment.id}/assessment`, {
      as: people.root,
      json: { scorePercent: 90 },
    });
    expect(score.status).toBe(409);
  });

  it('counts the learner as attending once they have a check-in for the event', async () => {
    const today = await api.request('/v1/events', {
      as: people.root,
      json: { ...eventBody, programId: program.id },
    });
    const todayId = (await json<{ id: string }>(today)).id;
    const bought = await enroll(api, program.id, order('ada', 'rf-2', { eventId: todayId }));
    const code = await currentCode(api, todayId);
    await api.request(`/v1/events/${todayId}/check-ins`, {
      as: people.ada,
      json: { kind: 'in', code },
    });
    const response = await api.request('/v1/refunds', {
      as: people.ada,
      json: { enrollmentId: bought.id, attended: false },
    });
    expect((await json<StoredRefund>(response)).request.attended).toBe(true);
    expect(eventId).not.toBe(todayId);
  });
});

describe('a self-study refund from the record', async () => {
  const api = await testApi();
  const program = await createProgram(api, selfStudyBody);

  it('is refused once a final test score is on record (REFUND.SELF_STUDY_TEST_TAKEN)', async () => {
    const enrolled = await enroll(api, program.id, order('ada', 'ss-1'));
    const quote = async () =>
      json<RefundResult>(
        await api.request('/v1/refunds/quote', {
          as: people.ada,
          json: { enrollmentId: enrolled.id, finalTestTaken: false },
        }),
      );
    expect((await quote()).outcome).toBe('eligible');
    await api.request(`/v1/enrollments/${enrolled.id}/assessment`, {
      as: people.root,
      json: { scorePercent: 40 },
    });
    const after = await quote();
    expect(after.outcome).toBe('ineligible');
    expect(after.reasons.map((r) => r.rule)).toContain('REFUND.SELF_STUDY_TEST_TAKEN');
  });

  it('asks for a manual review when the learner says special circumstances apply', async () => {
    const enrolled = await enroll(api, program.id, order('ada', 'ss-2'));
    await api.request(`/v1/enrollments/${enrolled.id}/assessment`, {
      as: people.root,
      json: { scorePercent: 90 },
    });
    const response = await api.request('/v1/refunds/quote', {
      as: people.ada,
      json: { enrollmentId: enrolled.id, specialCircumstances: true },
    });
    expect((await json<RefundResult>(response)).outcome).toBe('manual-review');
  });

  it('keeps the quote without an enrollment a pure what-if, as before', async () => {
    const response = await api.request('/v1/refunds/quote', {
      json: {
        product: 'self-study',
        priceCents: 19_999,
        currency: 'USD',
        purchasedAt: '2026-03-01T10:00:00Z',
      },
    });
    expect((await json<RefundResult>(response)).outcome).toBe('eligible');
    const wrong = await api.request('/v1/refunds/quote', { json: { enrollmentId: 42 } });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).errors?.[0]?.path).toBe('enrollmentId');
  });
});
