/** The endpoints that answer with the engine's decisions: credits, refunds and attendance. */
import { describe, expect, it } from 'vitest';
import {
  AttendanceResult,
  CreditResult,
  LearnerAttendance,
  RefundResult,
  Roster,
  StoredRefund,
  parse,
  type CreditResult as Credit,
  type RefundResult as Refund,
  type Roster as RosterBody,
  type StoredRefund as Stored,
  type AttendanceResult as Attendance,
  type LearnerAttendance as Mine,
} from '../../src/policy/schemas.js';
import { createEvent, currentCode, eventBody, json, people, testApi } from './helpers.js';

describe('POST /v1/credits', async () => {
  const api = await testApi();

  it.each([
    [49, 0],
    [75, 1.4],
    [140, 2.8],
  ])('%i group-live minutes earn %d credits', async (minutes, credits) => {
    const response = await api.request('/v1/credits', { json: { method: 'group-live', minutes } });
    expect(response.status).toBe(200);
    const result = await json<Credit>(response);
    expect(parse(CreditResult, result).ok).toBe(true);
    expect(result.credits).toEqual({ nasba: credits, icma: credits });
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('lists what is wrong with an input', async () => {
    const response = await api.request('/v1/credits', { json: { method: 'osmosis', minutes: -1 } });
    expect(response.status).toBe(400);
    expect((await json(response)).errors?.map((e) => e.path)).toEqual(['method', 'minutes']);
  });
});

const selfStudy = {
  product: 'self-study',
  priceCents: 19_999,
  currency: 'USD',
  purchasedAt: '2026-02-20T10:00:00-05:00',
  finalTestTaken: false,
};

describe('refunds', async () => {
  // The server clock: 2 March 2026, day 10 after the purchase.
  const api = await testApi();

  it('quotes with the server clock, or with a given receivedAt as a what-if', async () => {
    const now = await json<Refund>(await api.request('/v1/refunds/quote', { json: selfStudy }));
    expect(parse(RefundResult, now).ok).toBe(true);
    expect(now).toMatchObject({
      outcome: 'eligible',
      refundCents: 17_999,
      feeCents: 2000,
      policyVersion: 'ima-2026.1',
    });
    const late = await json<Refund>(
      await api.request('/v1/refunds/quote', {
        json: { ...selfStudy, receivedAt: '2026-04-01T12:00:00-04:00' },
      }),
    );
    expect(late.outcome).toBe('ineligible');
    expect(await api.store.listRefunds()).toEqual([]);
  });

  let refundId = '';

  it('stores a request without an enrollment at the server clock, for manual review (unverified)', async () => {
    const response = await api.request('/v1/refunds', {
      as: people.ada,
      json: {
        ...selfStudy,
        receivedAt: '2026-02-21T00:00:00Z',
        courseTitle: 'Ethics',
        message: 'Not for me',
      },
      headers: { 'idempotency-key': 'refund-1' },
    });
    expect(response.status).toBe(201);
    const refund = await json<Stored>(response);
    expect(parse(StoredRefund, refund).ok).toBe(true);
    expect(refund).toMatchObject({
      learnerId: 'ada',
      // The token's name, so the review queue shows a person, not an id.
      learnerName: 'Ada Lovelace',
      receivedAt: '2026-03-02T14:05:00.000Z',
      policyVersion: 'ima-2026.1',
      status: 'pending',
      unverified: true,
      // What the claims would earn stays visible to the reviewer; the outcome is theirs.
      decision: { outcome: 'manual-review', refundCents: 17_999 },
      request: { courseTitle: 'Ethics', message: 'Not for me' },
    });
    expect(refund.decision.reasons[0]?.rule).toBe('REFUND.UNVERIFIED');
    expect(refund.decision.reasons.map(({ rule }) => rule)).toContain('REFUND.SELF_STUDY_WINDOW');
    expect(refund.request.receivedAt).toBeUndefined();
    expect(refund.audit).toEqual([
      { at: '2026-03-02T14:05:00.000Z', by: 'ada', action: 'submitted' },
    ]);
    refundId = refund.id;
  });

  it('20 concurrent retries of one key store one request; another body with it is a 409', async () => {
    const submit = (body: object) =>
      api.request('/v1/refunds', {
        as: people.bob,
        json: body,
        headers: { 'idempotency-key': 'bob-1' },
      });
    const responses = await Promise.all(Array.from({ length: 20 }, () => submit(selfStudy)));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json<Stored>(r)).id)));
    expect(ids.size).toBe(1);
    expect((await api.store.listRefunds()).filter((r) => r.learnerId === 'bob')).toHaveLength(1);
    expect((await submit({ ...selfStudy, priceCents: 5 })).status).toBe(409);
  });

  it('shows a request to its owner and an admin, and to no other learner', async () => {
    expect((await api.request(`/v1/refunds/${refundId}`, { as: people.ada })).status).toBe(200);
    expect((await api.request(`/v1/refunds/${refundId}`, { as: people.root })).status).toBe(200);
    expect((await api.request(`/v1/refunds/${refundId}`, { as: people.bob })).status).toBe(404);
    expect((await api.request('/v1/refunds/none', { as: people.root })).status).toBe(404);
  });

  it('gives admins the review queue', async () => {
    const queue = await json<Stored[]>(
      await api.request('/v1/refunds?status=pending', { as: people.root }),
    );
    expect(queue.map((r) => r.learnerId).sort()).toEqual(['ada', 'bob']);
  });

  it('records an admin decision with its note, once', async () => {
    const path = `/v1/refunds/${refundId}/decision`;
    expect(
      (await api.request(path, { as: people.root, json: { decision: 'approve' } })).status,
    ).toBe(400);
    api.clock.now = new Date('2026-03-03T09:00:00Z');
    const decided = await api.request(path, {
      as: people.root,
      json: { decision: 'approve', note: 'Within 30 days' },
    });
    expect(decided.status).toBe(200);
    const refund = await json<Stored>(decided);
    expect(refund.status).toBe('approved');
    expect(refund.audit.at(-1)).toEqual({
      at: '2026-03-03T09:00:00.000Z',
      by: 'root',
      action: 'approved',
      note: 'Within 30 days',
    });
    const again = await api.request(path, {
      as: people.root,
      json: { decision: 'deny', note: 'Changed my mind' },
    });
    expect(again.status).toBe(409);
    expect(
      (
        await api.request('/v1/refunds/none/decision', {
          as: people.root,
          json: { decision: 'deny', note: 'x' },
        })
      ).status,
    ).toBe(404);
    const seen = await json<Stored>(
      await api.request(`/v1/refunds/${refundId}`, { as: people.ada }),
    );
    expect(seen.status).toBe('approved');
  });
});

describe('attendance', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);
  const check = async (
    as: typeof people.ada | typeof people.bob,
    kind: 'in' | 'out',
    at: string,
  ) => {
    api.clock.now = new Date(at);
    const code = await currentCode(api, eventId);
    const response = await api.request(`/v1/events/${eventId}/check-ins`, {
      as,
      json: { kind, code },
    });
    if (response.status !== 201) throw new Error(await response.text());
  };
  await check(people.ada, 'in', '2026-03-02T14:05:00Z');
  await check(people.ada, 'out', '2026-03-02T15:30:00Z');
  await check(people.bob, 'in', '2026-03-02T13:50:00Z');
  api.clock.now = new Date('2026-03-02T16:30:00Z');

  it("evaluates the learner's own records: break excluded, late arrival and early departure", async () => {
    const result = await json<Attendance>(
      await api.request(`/v1/events/${eventId}/attendance/me`, { as: people.ada }),
    );
    expect(parse(AttendanceResult, result).ok).toBe(true);
    // 14:05-15:30 less the 15:00-15:10 break.
    expect(result.attendedMinutes).toBe(75);
    expect(result.credits.nasba).toBe(1.4);
    expect(result.flags).toEqual(expect.arrayContaining(['late-arrival', 'early-departure']));
  });

  it('counts a corrected record instead of the one it replaces', async () => {
    const [late] = await api.store.listCheckIns(eventId, 'ada');
    const response = await api.request(`/v1/events/${eventId}/corrections`, {
      as: people.grace,
      json: {
        replaces: late!.id,
        kind: 'in',
        at: '2026-03-02T14:00:00Z',
        reason: 'Signed the paper sheet at 14:00',
      },
    });
    expect(response.status).toBe(201);
    const result = await json<Attendance>(
      await api.request(`/v1/events/${eventId}/attendance/me`, { as: people.ada }),
    );
    expect(result.attendedMinutes).toBe(80);
  });

  it("lists each learner's own records, corrections applied, oldest first", async () => {
    const mine = async (as: typeof people.ada | typeof people.bob) => {
      const body = await json<Mine>(
        await api.request(`/v1/events/${eventId}/attendance/me`, { as }),
      );
      expect(parse(LearnerAttendance, body).ok).toBe(true);
      return body.records;
    };
    const ada = await mine(people.ada);
    // The 14:00 correction stands in for the 14:05 check-in; the token's name is not echoed.
    expect(ada.map(({ kind, at }) => [kind, at])).toEqual([
      ['in', '2026-03-02T14:00:00.000Z'],
      ['out', '2026-03-02T15:30:00.000Z'],
    ]);
    expect(ada[0]).toMatchObject({ learnerId: 'ada', correctedBy: 'grace' });
    expect(ada.every((record) => !('learnerName' in record))).toBe(true);
    const bob = await mine(people.bob);
    expect(bob.map(({ learnerId, kind, at }) => [learnerId, kind, at])).toEqual([
      ['bob', 'in', '2026-03-02T13:50:00.000Z'],
    ]);
    expect(ada.some((record) => bob.some((other) => other.id === record.id))).toBe(false);
  });

  it('gives the host a roster, as JSON and as CSV', async () => {
    const roster = await json<RosterBody>(
      await api.request(`/v1/events/${eventId}/attendance`, { as: people.grace }),
    );
    expect(parse(Roster, roster).ok).toBe(true);
    expect(roster.entries.map((e) => [e.learnerId, e.name, e.present])).toEqual([
      ['ada', 'Ada Lovelace', false],
      ['bob', undefined, true],
    ]);
    expect(roster.presentCount).toBe(1);
    const csv = await api.request(`/v1/events/${eventId}/attendance?format=csv`, {
      as: people.grace,
    });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Ada Lovelace');
  });

  it('evaluates imported records without storing them', async () => {
    const response = await api.request('/v1/attendance/evaluate', {
      json: {
        event: {
          method: eventBody.method,
          timeZone: eventBody.timeZone,
          segments: eventBody.segments,
          breaks: eventBody.breaks,
        },
        records: [
          { kind: 'in', at: '2026-03-02T14:00:00Z' },
          { kind: 'out', at: '2026-03-02T16:00:00Z' },
        ],
      },
    });
    expect(response.status).toBe(200);
    const result = await json<Attendance>(response);
    expect(result.attendedMinutes).toBe(110);
    expect(result.credits.nasba).toBe(2.2);
  });
});
