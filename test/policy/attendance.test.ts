import { describe, expect, it } from 'vitest';
import { checkInWindow, evaluateAttendance } from '../../src/policy/attendance.js';
import { defaultPolicy, exchangePolicy, type PolicyDocument } from '../../src/policy/policy.js';
import type { AttendanceResult } from '../../src/policy/schemas.js';

const t = (hhmm: string) => `2026-03-10T${hhmm}:00-04:00`;
const after = t('18:00');
const live = {
  method: 'group-live',
  timeZone: 'America/New_York',
  segments: [
    { start: t('09:00'), end: t('12:00') },
    { start: t('13:00'), end: t('15:00') },
  ],
  breaks: [{ start: t('10:30'), end: t('10:45') }],
};
const inOut = (...times: [string, string][]) =>
  times.flatMap(([a, b]) => [
    { kind: 'in', at: t(a) },
    { kind: 'out', at: t(b) },
  ]);

function ok(input: object, policy: PolicyDocument = defaultPolicy, now = after): AttendanceResult {
  const result = evaluateAttendance(input, policy, now);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const rules = (result: AttendanceResult) => result.reasons.map((r) => r.rule);

describe('group live (ATTEND.ON_RECORD, ATTEND.PARTIAL, CREDIT rounding)', () => {
  it('gives full credit for full attendance, breaks excluded: 285 min -> 5.6', () => {
    const result = ok({ event: live, records: inOut(['08:45', '12:10'], ['12:55', '15:05']) });
    expect(result).toMatchObject({
      eligible: true,
      attendedMinutes: 285,
      credits: { nasba: 5.6, icma: 5.6 },
      flags: [],
    });
    expect(rules(result)).toEqual([
      'ATTEND.ON_RECORD',
      'CREDIT.INCREMENT',
      'CREDIT.GROUP_MIN',
      'CREDIT.ROUND_DOWN',
    ]);
  });

  it('keeps the time after a reconnect recorded at the same instant as the drop', () => {
    const records = [
      { kind: 'in', at: t('09:00') },
      { kind: 'out', at: t('09:50') },
      { kind: 'in', at: t('09:50') },
      { kind: 'out', at: t('10:30') },
    ];
    expect(ok({ event: live, records }).attendedMinutes).toBe(90);
  });

  it('never shows more minutes than the credit was computed from (minutes round down)', () => {
    const lateByMs = `2026-03-10T09:10:00.300-04:00`;
    const records = [
      { kind: 'in', at: lateByMs },
      { kind: 'out', at: t('10:00') },
    ];
    const result = ok({ event: live, records });
    expect(result.attendedMinutes).toBe(49.99);
    expect(result.credits.nasba).toBe(0);
  });

  it('gives no credit without a record (no-record)', () => {
    const result = ok({ event: live, records: [] });
    expect(result).toMatchObject({ eligible: false, credits: { nasba: 0 }, flags: ['no-record'] });
    expect(rules(result)).toEqual(['ATTEND.ON_RECORD']);
  });

  it('reduces credit for late arrival and early departure', () => {
    const result = ok({ event: live, records: inOut(['09:40', '12:00'], ['13:00', '14:00']) });
    expect(result.attendedMinutes).toBe(140 - 15 + 60);
    expect(result.credits.nasba).toBe(3.6);
    expect(result.flags).toEqual(['late-arrival', 'early-departure']);
    expect(rules(result)).toContain('ATTEND.PARTIAL');
  });

  it('counts overlapping and duplicate records once, ignoring stray check-outs', () => {
    const records = [
      { kind: 'out', at: t('08:00') },
      { kind: 'in', at: t('09:00') },
      { kind: 'in', at: t('09:30') },
      { kind: 'out', at: t('10:00') },
      { kind: 'out', at: t('10:10') },
    ];
    expect(ok({ event: live, records }).attendedMinutes).toBe(60);
  });

  it('with a missing check-out counts to the end of the segment and flags it (count-to-end)', () => {
    const result = ok({ event: live, records: [{ kind: 'in', at: t('12:50') }] });
    expect(result.attendedMinutes).toBe(120);
    expect(result.flags).toEqual(['checkout-missing', 'late-arrival']);
    expect(rules(result)[0]).toBe('ATTEND.CHECKOUT_MISSING');
  });

  it('with a missing check-out gives that time no credit under no-credit', () => {
    const policy = {
      ...defaultPolicy,
      attendance: { ...defaultPolicy.attendance, missingCheckOut: 'no-credit' as const },
    };
    const records = [...inOut(['09:00', '12:00']), { kind: 'in', at: t('13:00') }];
    const result = ok({ event: live, records }, policy);
    expect(result.attendedMinutes).toBe(165);
    expect(result.flags).toContain('checkout-missing');
    expect(result.reasons[0]!.message).toMatch(/earns no credit/);
  });

  it('while a segment runs, counts an open check-in up to now and flags nothing', () => {
    const result = ok(
      { event: live, records: [{ kind: 'in', at: t('09:00') }] },
      defaultPolicy,
      t('10:00'),
    );
    expect(result.attendedMinutes).toBe(60);
    expect(result.flags).toEqual([]);
  });

  it('counts a check-in after the last segment as nothing', () => {
    const result = ok({ event: live, records: [{ kind: 'in', at: t('16:00') }] });
    expect(result).toMatchObject({ attendedMinutes: 0, eligible: false });
    expect(result.flags).toEqual(['checkout-missing', 'late-arrival', 'early-departure']);
  });

  it('refuses a bad now and bad input', () => {
    expect(evaluateAttendance({ event: live, records: [] }, defaultPolicy, 'now')).toEqual({
      ok: false,
      errors: [{ path: 'now', message: 'must be a real instant' }],
    });
    const bad = evaluateAttendance(
      { event: { ...live, segments: [] }, records: [] },
      defaultPolicy,
      after,
    );
    expect(bad.ok || bad.errors).toEqual([
      { path: 'event.segments', message: 'needs at least one segment' },
    ]);
  });
});

describe('group internet (ATTEND.PROMPTS_ANSWERED, ATTEND.PROMPTS_PER_CREDIT)', () => {
  const prompts = ['09:10', '09:30', '09:50', '10:10', '11:00', '13:30', '14:00', '14:30'].map(
    (at, i) => ({ id: `p${i}`, at: t(at) }),
  );
  const event = { ...live, method: 'group-internet', prompts };
  const records = inOut(['09:00', '12:00'], ['13:00', '15:00']);
  const answers = (...ids: number[]) => ids.map((i) => ({ promptId: `p${i}`, at: prompts[i]!.at }));

  it('passes at the threshold of prompts answered (75%: 6 of 8), then caps by interactions', () => {
    const result = ok({ event, records, responses: answers(0, 1, 2, 3, 4, 5) });
    // 5.6 by time, but 6 completed interactions support only 6 / 3 = 2.0 credits.
    expect(result).toMatchObject({ promptsIssued: 8, promptsAnswered: 6, credits: { nasba: 2 } });
    expect(rules(result)).toContain('ATTEND.PROMPTS_ANSWERED');
    expect(rules(result).at(-1)).toBe('ATTEND.GIB_INTERACTIONS');
  });

  it('gives 0 below the threshold (5 of 8)', () => {
    const result = ok({ event, records, responses: answers(0, 1, 2, 3, 4) });
    expect(result).toMatchObject({ eligible: false, credits: { nasba: 0 }, promptsAnswered: 5 });
    expect(result.flags).toContain('prompts-below-threshold');
  });

  it("does not count answers given after the prompt's session ended", () => {
    const late = [0, 1, 2, 3, 4, 5].map((i) => ({ promptId: `p${i}`, at: t('16:00') }));
    const result = ok({
      event,
      records: inOut(['08:55', '12:00'], ['13:00', '15:00']),
      responses: late,
    });
    expect(result).toMatchObject({ promptsAnswered: 0, credits: { nasba: 0 } });
    const inTime = ok({
      event,
      records: inOut(['08:55', '12:00'], ['13:00', '15:00']),
      responses: answers(0, 1, 2, 3, 4, 5),
    });
    expect(inTime.promptsAnswered).toBe(6);
  });

  it('counts only prompts issued while the learner was present', () => {
    const result = ok({ event, records: inOut(['13:00', '15:00']), responses: answers(5, 6) });
    expect(result).toMatchObject({ promptsIssued: 3, promptsAnswered: 2 });
    expect(result.credits.nasba).toBe(0); // 2 of 3 is under 75%
    const sixtyPercent = {
      ...defaultPolicy,
      attendance: { ...defaultPolicy.attendance, promptAnswerPercent: 60 },
    };
    const twoAnswers = ok(
      { event, records: inOut(['13:00', '15:00']), responses: answers(5, 6) },
      sixtyPercent,
    );
    expect(twoAnswers.credits.nasba).toBe(0); // past 60%, but 2 interactions are under 1.0
    const threeAnswers = ok(
      { event, records: inOut(['13:00', '15:00']), responses: answers(5, 6, 7) },
      sixtyPercent,
    );
    expect(threeAnswers.credits.nasba).toBe(1); // 2.4 by time, 3 / 3 = 1.0 by interactions
  });

  it('passes when no prompt was issued while present', () => {
    const result = ok(
      { event: { ...event, prompts: [] }, records: inOut(['09:00', '10:00']) },
      defaultPolicy,
      t('10:00'),
    );
    expect(result.reasons.find((r) => r.rule === 'ATTEND.PROMPTS_ANSWERED')!.message).toBe(
      'No prompts were issued while you were present.',
    );
  });

  it('warns the host when the schedule had fewer than 3 prompts per credit', () => {
    const result = ok({ event, records, responses: answers(0, 1, 2, 3, 4, 5, 6, 7) });
    expect(result.flags).toEqual(['too-few-prompts', 'too-few-interactions']);
    expect(rules(result)[0]).toBe('ATTEND.PROMPTS_PER_CREDIT');
    const enough = Array.from({ length: 17 }, (_, i) => ({ id: `q${i}`, at: t('09:05') }));
    expect(ok({ event: { ...event, prompts: enough }, records }).flags).not.toContain(
      'too-few-prompts',
    );
    expect(ok({ event, records }, defaultPolicy, t('14:00')).flags).not.toContain(
      'too-few-prompts',
    );
  });

  it('follows the exchange preset threshold (80%)', () => {
    expect(
      ok({ event, records, responses: answers(0, 1, 2, 3, 4, 5) }, exchangePolicy).credits.nasba,
    ).toBe(0);
    // Past 80%; 7 interactions support 7 / 3 = 2.33, 2.0 in the preset's halves.
    expect(
      ok({ event, records, responses: answers(0, 1, 2, 3, 4, 5, 6) }, exchangePolicy).credits.nasba,
    ).toBe(2);
  });
});

describe('group internet: the interaction floor (ATTEND.GIB_INTERACTIONS)', () => {
  // 100 minutes present (2.0 by time); the percentage threshold is off to isolate the floor.
  const webinar = {
    method: 'group-internet',
    timeZone: 'America/New_York',
    segments: [{ start: t('09:00'), end: t('10:40') }],
    prompts: ['09:10', '09:20', '09:30', '09:40', '09:50', '10:00', '10:10'].map((at, i) => ({
      id: `p${i}`,
      at: t(at),
    })),
  };
  const noThreshold = (increment: 'fifth' | 'half'): PolicyDocument => ({
    ...defaultPolicy,
    credits: { ...defaultPolicy.credits, increment },
    attendance: { ...defaultPolicy.attendance, promptAnswerPercent: 0 },
  });
  const whole = inOut(['09:00', '10:40']);
  const answered = (count: number) =>
    webinar.prompts.slice(0, count).map(({ id, at }) => ({ promptId: id, at }));

  it.each([
    // answers, increment, credits: from the rule's example and its edges
    [5, 'fifth', 1.6],
    [5, 'half', 1.5],
    [2, 'fifth', 0],
    [2, 'half', 0],
    [3, 'fifth', 1],
    [6, 'fifth', 2],
    [7, 'fifth', 2],
    [4, 'half', 1],
  ] as const)('%i completed interactions in %ss give %f', (count, increment, credits) => {
    const result = ok(
      { event: webinar, records: whole, responses: answered(count) },
      noThreshold(increment),
    );
    expect(result.credits).toEqual({ nasba: credits, icma: credits });
    expect(rules(result)).toContain('ATTEND.GIB_INTERACTIONS');
    expect(result.flags.includes('too-few-interactions')).toBe(credits < 2);
  });

  it('explains the cap in the reason', () => {
    const result = ok(
      { event: webinar, records: whole, responses: answered(5) },
      noThreshold('fifth'),
    );
    expect(result.reasons.find((r) => r.rule === 'ATTEND.GIB_INTERACTIONS')!.message).toBe(
      'Each credit needs 3 completed interactions: your 5 completed interactions support 1.6 credits, less than the 2.0 your time would earn.',
    );
  });

  it('counts a response only at or after its prompt and while the learner is present', () => {
    const at = (promptId: string, hhmm: string) => ({ promptId, at: t(hhmm) });
    const responses = [
      at('p0', '09:15'), // counts
      at('p1', '09:19'), // before its prompt (09:20): kept, not counted
      at('p2', '09:35'), // counts
      at('p3', '09:58'), // the learner was out 09:45-10:00: not counted
      at('p4', '10:05'), // counts (back in)
      at('p5', '10:45'), // after the session ended: not counted
    ];
    const records = inOut(['09:00', '09:45'], ['10:00', '10:40']);
    const result = ok({ event: webinar, records, responses }, noThreshold('fifth'));
    expect(result.attendedMinutes).toBe(85);
    // 85 min is 1.6 by time; 3 counted interactions cap it at 1.0.
    expect(result.credits.nasba).toBe(1);
    expect(result.reasons.find((r) => r.rule === 'ATTEND.GIB_INTERACTIONS')!.message).toContain(
      'your 3 completed interactions',
    );
  });

  it('does not apply to group live', () => {
    const result = ok({ event: { ...webinar, method: 'group-live' }, records: whole });
    expect(result.credits.nasba).toBe(2);
    expect(rules(result)).not.toContain('ATTEND.GIB_INTERACTIONS');
  });
});

describe('checkInWindow (ATTEND.WINDOW)', () => {
  it.each([
    [t('08:29'), false, t('08:30')],
    [t('08:30'), true, t('08:30')],
    [t('12:00'), true, t('08:30')],
    [t('12:01'), false, t('12:30')],
    [t('15:00'), true, t('12:30')],
  ])('at %s open is %s (window from %s)', (at, open, opensAt) => {
    const window = checkInWindow(live, at, defaultPolicy);
    expect(window.open).toBe(open);
    expect(window.opensAt).toBe(new Date(opensAt).toISOString());
    expect(window.reason.rule).toBe('ATTEND.WINDOW');
  });

  it('is closed for good after the last segment, and takes milliseconds', () => {
    const window = checkInWindow(live, Date.parse(t('15:01')), defaultPolicy);
    expect(window).toEqual({
      open: false,
      reason: {
        rule: 'ATTEND.WINDOW',
        message:
          'Check-in has closed. Check-in opens 30 minutes before a session starts and closes when it ends.',
        params: { variant: 'closed', leadMinutes: 30 },
      },
    });
  });
});
