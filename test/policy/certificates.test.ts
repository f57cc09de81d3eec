import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificateContents,
  decideCertificate,
  ethicsCredits,
  eventEndsAt,
  splitByField,
  type CertificateFacts,
} from '../../src/policy/certificates.js';
import { defaultPolicy, exchangePolicy } from '../../src/policy/policy.js';
import { FIELDS_OF_STUDY, type FieldOfStudy } from '../../src/policy/programs.js';
import type { AttendanceResult } from '../../src/policy/schemas.js';

const live: CertificateFacts['program'] = {
  deliveryMethod: 'group-live',
  timeZone: 'America/New_York',
  fieldsOfStudy: [{ field: 'Accounting', credits: 2.2 }],
  creditsOffered: { nasba: 2.2, icma: 2.2 },
};
const event = {
  timeZone: 'America/Los_Angeles',
  segments: [{ start: '2026-03-03T02:00:00Z', end: '2026-03-03T04:00:00Z' }],
};
const attended = (over: Partial<AttendanceResult> = {}): AttendanceResult => ({
  eligible: true,
  attendedMinutes: 100,
  credits: { nasba: 2, icma: 2 },
  promptsIssued: 0,
  promptsAnswered: 0,
  flags: [],
  reasons: [],
  ...over,
});
const active = { status: 'active' as const };
const after = '2026-03-03T05:00:00Z';

describe('decideCertificate', () => {
  it.each([
    [
      'refunded enrollment',
      {
        program: live,
        enrollment: { status: 'refunded' as const },
        event,
        attendance: attended(),
        now: after,
      },
      'none',
      'CERT.ENROLLMENT',
    ],
    [
      'before the event ends',
      { program: live, enrollment: active, event, now: '2026-03-03T03:59:00Z' },
      'not-yet',
      'CERT.EVENT_ENDED',
    ],
    [
      'no event of record',
      { program: live, enrollment: active, now: after },
      'not-yet',
      'CERT.EVENT_ENDED',
    ],
    [
      'no attendance on record',
      {
        program: live,
        enrollment: active,
        event,
        attendance: attended({
          eligible: false,
          credits: { nasba: 0, icma: 0 },
          flags: ['no-record'],
        }),
        now: after,
      },
      'not-yet',
      'ATTEND.ON_RECORD',
    ],
    [
      'check-out missing under no-credit',
      {
        program: live,
        enrollment: active,
        event,
        attendance: attended({
          eligible: false,
          credits: { nasba: 0, icma: 0 },
          flags: ['checkout-missing'],
        }),
        now: after,
      },
      'not-yet',
      'ATTEND.CHECKOUT_MISSING',
    ],
    [
      'too few prompts answered',
      {
        program: live,
        enrollment: active,
        event,
        attendance: attended({
          eligible: false,
          credits: { nasba: 0, icma: 0 },
          flags: ['prompts-below-threshold'],
          reasons: [{ rule: 'ATTEND.PROMPTS_ANSWERED', message: 'You answered 1 of 6.' }],
        }),
        now: after,
      },
      'none',
      'ATTEND.PROMPTS_ANSWERED',
    ],
    [
      'recorded webinar',
      {
        program: { ...live, deliveryMethod: 'recorded-webinar' as const },
        enrollment: active,
        now: after,
      },
      'none',
      'CREDIT.RECORDED_NOT_ELIGIBLE',
    ],
    [
      'college',
      { program: { ...live, deliveryMethod: 'college' as const }, enrollment: active, now: after },
      'none',
      'CERT.METHOD',
    ],
    [
      'self-study not passed',
      {
        program: { ...live, deliveryMethod: 'self-study' as const },
        enrollment: {
          status: 'active' as const,
          assessment: { scorePercent: 60, passed: false, recordedAt: after },
        },
        now: after,
      },
      'not-yet',
      'SELF_STUDY.PASS_70',
    ],
  ])('%s: %s', (_name, facts, status, rule) => {
    const decision = decideCertificate(facts);
    expect(decision.status).toBe(status);
    const reasons =
      decision.status === 'not-yet'
        ? decision.missing
        : decision.status === 'none'
          ? decision.reasons
          : [];
    expect(reasons.map((item) => item.rule)).toContain(rule);
  });

  it('dates a group completion in the event’s zone, at the early close when there is one', () => {
    const decision = decideCertificate({
      program: live,
      enrollment: active,
      event,
      attendance: attended(),
      now: after,
    });
    // 04:00 UTC on 3 March is 2 March in Los Angeles.
    expect(decision).toMatchObject({
      status: 'eligible',
      completedOn: '2026-03-02',
      credits: { nasba: 2, icma: 2, byField: [{ field: 'Accounting', credits: 2 }] },
    });
    expect(eventEndsAt({ ...event, closedAt: '2026-03-03T03:00:00Z' })).toBe(
      Date.parse('2026-03-03T03:00:00Z'),
    );
    expect(eventEndsAt({ ...event, closedAt: '2026-03-04T03:00:00Z' })).toBe(
      Date.parse('2026-03-03T04:00:00Z'),
    );
  });

  it('certifies a passed self-study or nano program for the credits offered', () => {
    for (const deliveryMethod of ['self-study', 'nano'] as const) {
      const decision = decideCertificate({
        program: { ...live, deliveryMethod },
        enrollment: {
          status: 'active',
          assessment: { scorePercent: 80, passed: true, recordedAt: after },
        },
        now: after,
      });
      expect(decision).toMatchObject({
        status: 'eligible',
        credits: { nasba: 2.2, icma: 2.2 },
        completedOn: '2026-03-03',
      });
    }
  });
});

describe('splitByField', () => {
  it('scales the planned split to what was earned, adding up exactly', () => {
    const fields = [
      { field: 'Auditing', credits: 3 },
      { field: 'Regulatory Ethics', credits: 1 },
    ] satisfies { field: FieldOfStudy; credits: number }[];
    expect(splitByField(fields, 40)).toEqual(fields);
    expect(splitByField(fields, 30)).toEqual([
      { field: 'Auditing', credits: 2.3 },
      { field: 'Regulatory Ethics', credits: 0.7 },
    ]);
    expect(ethicsCredits({ nasba: 3, icma: 3, byField: splitByField(fields, 30) })).toBe(0.7);
  });

  it('always adds up to the total and never goes negative (property)', () => {
    const field = fc.constantFrom(...FIELDS_OF_STUDY);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ field, credits: fc.integer({ min: 0, max: 100 }).map((n) => n / 10) }),
          {
            minLength: 1,
            maxLength: 6,
            selector: (item) => item.field,
          },
        ),
        fc.integer({ min: 0, max: 400 }),
        (fields, total) => {
          const split = splitByField(fields, total);
          const sum = split.reduce((acc, item) => acc + Math.round(item.credits * 10), 0);
          expect(sum).toBe(total);
          expect(split.every((item) => item.credits >= 0)).toBe(true);
          expect(split.map((item) => item.field)).toEqual(fields.map((item) => item.field));
        },
      ),
    );
  });
});

describe('certificateContents', () => {
  it('carries the sponsor data of the policy in force', () => {
    const made = certificateContents(
      {
        id: 'abc',
        enrollment: {
          id: 'e1',
          programId: 'p1',
          programVersion: 2,
          learner: { sub: 'ada', name: 'Ada', email: 'ada@example.org' },
        },
        program: { title: 'Taxes', deliveryMethod: 'self-study', timeZone: 'America/New_York' },
        credits: { nasba: 1, icma: 1, byField: [{ field: 'Taxes', credits: 1 }] },
        completedOn: '2026-03-02',
        issuedAt: '2026-03-02T12:00:00.000Z',
        publicUrl: 'https://cpe.example.org',
      },
      exchangePolicy,
    );
    expect(made.sponsor).toMatchObject({
      name: exchangePolicy.sponsor.name,
      nasbaSponsorId: '999999',
      stateSponsorIds: [],
      representative: exchangePolicy.sponsor.representative,
    });
    expect(made.statement).toContain(`${defaultPolicy.credits.unitMinutes}-minute hour`);
    expect(made).not.toHaveProperty('eventId');
    expect(made).not.toHaveProperty('program.location');
    expect(made.verifyUrl).toBe('https://cpe.example.org/verify/abc');
  });
});
