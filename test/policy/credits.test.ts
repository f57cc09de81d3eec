import { describe, expect, it } from 'vitest';
import { computeCredits, requiredQuestions } from '../../src/policy/credits.js';
import { defaultPolicy, exchangePolicy, type PolicyDocument } from '../../src/policy/policy.js';
import { sentences } from './sentences.js';
import type { CreditResult } from '../../src/policy/schemas.js';

function ok(input: unknown, policy?: PolicyDocument): CreditResult {
  const result = computeCredits(input, policy);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const rules = (result: CreditResult) => result.reasons.map((r) => r.rule);
const at = (hhmm: string) => `2026-03-10T${hhmm}:00-04:00`;

describe('group methods (CREDIT.GROUP_MIN, CREDIT.ROUND_DOWN, CREDIT.INCREMENT)', () => {
  // RULES.md §2 examples, fifths / halves.
  it.each([
    [49, 0, 0],
    [50, 1, 1],
    [59, 1, 1],
    [60, 1.2, 1],
    [70, 1.4, 1],
    [74, 1.4, 1],
    [75, 1.4, 1.5],
    [140, 2.8, 2.5],
    [0, 0, 0],
  ])('%d minutes -> %d (fifths) / %d (halves)', (minutes, fifth, half) => {
    for (const method of ['group-live', 'group-internet', 'blended']) {
      expect(ok({ method, minutes }).credits).toEqual({ nasba: fifth, icma: fifth });
      expect(ok({ method, minutes, increment: 'half' }).credits.nasba).toBe(half);
    }
  });

  it('explains a rounding in words, with the rule ids', () => {
    const result = ok({ method: 'group-live', minutes: 75 });
    expect(sentences(result.reasons)).toContainEqual({
      rule: 'CREDIT.ROUND_DOWN',
      message: '75 minutes is 1.5 credits; with one-fifth increments that rounds down to 1.4.',
    });
    expect(rules(result)).toEqual([
      'CREDIT.UNIT_50',
      'CREDIT.INCREMENT',
      'CREDIT.GROUP_MIN',
      'CREDIT.ROUND_DOWN',
      'CREDIT.STATE_BOARD_AUTHORITY',
    ]);
    expect(result).toMatchObject({ eligible: true, increment: 'fifth', edition: '2024' });
    expect(result.warnings).toEqual([]);
  });

  it('says when time is exact, just over, or under the minimum', () => {
    expect(sentences(ok({ method: 'group-live', minutes: 60 }).reasons)).toContainEqual({
      rule: 'CREDIT.ROUND_DOWN',
      message: '60 minutes is exactly 1.2 credits.',
    });
    expect(ok({ method: 'group-live', minutes: 64.8 }).reasons[3]!.message).toBe(
      '64.8 minutes is just over 1.29 credits; with one-fifth increments that rounds down to 1.2.',
    );
    const under = ok({ method: 'group-live', minutes: 49 });
    expect(under.eligible).toBe(false);
    expect(sentences(under.reasons)).toContainEqual({
      rule: 'CREDIT.GROUP_MIN',
      message:
        '49 minutes is under the minimum of 50 minutes for 1.0 credit, so it earns no credit.',
    });
    expect(rules(under)).not.toContain('CREDIT.ROUND_DOWN');
  });

  it('sums segments (CREDIT.SEGMENTS): five 30-minute segments are 3.0 credits', () => {
    const result = ok({ method: 'group-live', segments: Array(5).fill({ minutes: 30 }) });
    expect(result.credits.nasba).toBe(3);
    expect(result.qualifyingMinutes).toBe(150);
    expect(sentences(result.reasons)).toContainEqual({
      rule: 'CREDIT.SEGMENTS',
      message: "The program's 5 segments add up to 150 minutes.",
    });
  });

  it('excludes breaks and housekeeping (CREDIT.BREAKS_EXCLUDED): 240 - 25 = 215 min', () => {
    const breaks = [{ minutes: 15 }, { minutes: 10 }];
    const fifth = ok({ method: 'group-live', minutes: 240, breaks });
    expect(fifth.qualifyingMinutes).toBe(215);
    expect(fifth.credits.nasba).toBe(4.2);
    expect(
      ok({ method: 'group-live', minutes: 240, breaks, increment: 'half' }).credits.nasba,
    ).toBe(4);
    expect(sentences(fifth.reasons)).toContainEqual({
      rule: 'CREDIT.BREAKS_EXCLUDED',
      message:
        '25 minutes of breaks, meals and housekeeping are left out, leaving 215 minutes of qualifying content.',
    });
  });

  it('takes segments and breaks as instants, counting only breaks inside segments', () => {
    const result = ok({
      method: 'group-live',
      segments: [
        { start: at('09:00'), end: at('11:00') },
        { start: at('10:30'), end: at('13:00') }, // overlaps: counted once
      ],
      breaks: [
        { start: at('10:00'), end: at('10:15') },
        { start: at('12:50'), end: at('13:20') }, // only 10 minutes inside
        { start: at('14:00'), end: at('14:30') }, // outside: nothing
      ],
    });
    expect(result.qualifyingMinutes).toBe(240 - 15 - 10);
    expect(sentences(result.reasons)).toContainEqual({
      rule: 'CREDIT.SEGMENTS',
      message: "The program's 2 segments add up to 240 minutes.",
    });
  });

  it('subtracts timed breaks in full when segments are durations, and never goes below 0', () => {
    const timedBreak = [{ start: at('10:00'), end: at('10:20') }];
    expect(ok({ method: 'group-live', minutes: 80, breaks: timedBreak }).qualifyingMinutes).toBe(
      60,
    );
    const single = ok({
      method: 'group-live',
      segments: [{ minutes: 10 }],
      breaks: [{ minutes: 30 }],
    });
    expect(single.qualifyingMinutes).toBe(0);
    expect(sentences(single.reasons)).toContainEqual({
      rule: 'CREDIT.SEGMENTS',
      message: "The program's one segment lasts 10 minutes.",
    });
  });

  it('uses the policy defaults and lets the input choose', () => {
    expect(ok({ method: 'group-live', minutes: 75 }, exchangePolicy)).toMatchObject({
      credits: { nasba: 1.5 },
      increment: 'half',
    });
    expect(
      ok({ method: 'group-live', minutes: 75, increment: 'fifth' }, exchangePolicy).credits.nasba,
    ).toBe(1.4);
    const hourUnit = { ...defaultPolicy, credits: { ...defaultPolicy.credits, unitMinutes: 60 } };
    expect(ok({ method: 'group-live', minutes: 72 }, hourUnit).credits.nasba).toBe(1.2);
  });

  it('words the policy sentences for the policy in use, alternating policies', () => {
    const hourUnit = { ...defaultPolicy, credits: { ...defaultPolicy.credits, unitMinutes: 60 } };
    const sentences = (policy: typeof defaultPolicy) =>
      ok({ method: 'group-live', minutes: 72 }, policy)
        .reasons.filter(
          (item) => item.rule === 'CREDIT.UNIT_50' || item.rule === 'CREDIT.INCREMENT',
        )
        .map((item) => item.message);
    const fifty = [
      'One NASBA credit and one ICMA credit are each 50 minutes of qualifying content.',
      'A group program earns its first credit at 50 minutes and then counts in one-fifth increments (0.2 credit = 10 minutes).',
    ];
    const sixty = [
      'One NASBA credit and one ICMA credit are each 60 minutes of qualifying content.',
      'A group program earns its first credit at 60 minutes and then counts in one-fifth increments (0.2 credit = 12 minutes).',
    ];
    expect(sentences(defaultPolicy)).toEqual(fifty);
    expect(sentences(hourUnit)).toEqual(sixty);
    expect(sentences(defaultPolicy)).toEqual(fifty);
  });
});

describe('self-study (CREDIT.SELF_STUDY_MIN, PILOT, FORMULA)', () => {
  it.each([
    // minutes, edition, fifths, halves
    [9, '2024', 0, 0],
    [24, '2024', 0, 0],
    [25, '2024', 0.5, 0.5],
    [49, '2024', 0.5, 0.5],
    [50, '2024', 1, 1],
    [64.8, '2024', 1.2, 1],
    [75, '2024', 1.4, 1.5],
    [9, '2026', 0, 0],
    [10, '2026', 0.2, 0],
    [24, '2026', 0.4, 0],
    [25, '2026', 0.4, 0.5],
    [49, '2026', 0.8, 0.5],
    [60, '2026', 1.2, 1],
  ])('%d minutes, edition %s -> %d / %d', (pilotMinutes, edition, fifth, half) => {
    const input = { method: 'self-study', edition, selfStudy: { pilotMinutes } };
    expect(ok(input).credits.nasba).toBe(fifth);
    expect(ok({ ...input, increment: 'half' }).credits.nasba).toBe(half);
  });

  it('uses the pilot time when given (CREDIT.SELF_STUDY_PILOT)', () => {
    const result = ok({ method: 'self-study', selfStudy: { pilotMinutes: 64, words: 1 } });
    expect(result.qualifyingMinutes).toBe(64);
    expect(sentences(result.reasons)).toContainEqual({
      rule: 'CREDIT.SELF_STUDY_PILOT',
      message: "The pilot test's representative completion time is 64 minutes.",
    });
  });

  it('uses the word-count formula: 9,000 words and 8 questions = 64.8 min -> 1.2 / 1.0', () => {
    const selfStudy = { words: 9000, reviewQuestions: 3, examQuestions: 5 };
    const result = ok({ method: 'self-study', selfStudy });
    expect(result.qualifyingMinutes).toBe(64.8);
    expect(result.credits.nasba).toBe(1.2);
    expect(ok({ method: 'self-study', increment: 'half', selfStudy }).credits.nasba).toBe(1);
    expect(rules(result)).toContain('CREDIT.SELF_STUDY_FORMULA');
    expect(rules(result)).toEqual(
      expect.arrayContaining(['SELF_STUDY.PASS_70', 'SELF_STUDY.EXPIRY_1Y']),
    );
  });

  it('adds audio/video minutes and exercise questions, with the policy constants', () => {
    const result = ok({
      method: 'self-study',
      selfStudy: { audioVideoMinutes: 20, exerciseQuestions: 10, words: 3600 },
    });
    expect(result.qualifyingMinutes).toBe(20 + 18.5 + 20);
    const slower = { ...defaultPolicy, credits: { ...defaultPolicy.credits, wordsPerMinute: 0 } };
    expect(
      ok({ method: 'self-study', selfStudy: { words: 3600, examQuestions: 10 } }, slower)
        .qualifyingMinutes,
    ).toBe(18.5);
  });

  it('falls back to the time given when there is no pilot or formula', () => {
    expect(ok({ method: 'self-study', minutes: 30 }).credits.nasba).toBe(0.5);
  });

  it('warns about too few questions (SELF_STUDY.QUESTIONS), not about enough', () => {
    const few = ok({
      method: 'self-study',
      selfStudy: { pilotMinutes: 100, reviewQuestions: 5, examQuestions: 9 },
    });
    expect(few.warnings.map((w) => w.rule)).toEqual(['SELF_STUDY.QUESTIONS']);
    expect(few.warnings[0]!.message).toContain('6 review questions and 10 final-exam questions');
    const enough = ok({
      method: 'self-study',
      selfStudy: { pilotMinutes: 100, reviewQuestions: 6, examQuestions: 10 },
    });
    expect(enough.warnings).toEqual([]);
    const noCounts = ok({ method: 'self-study', selfStudy: { pilotMinutes: 100 } });
    expect(noCounts.warnings).toEqual([]);
    const onlyExam = ok({
      method: 'self-study',
      selfStudy: { pilotMinutes: 100, examQuestions: 10 },
    });
    expect(onlyExam.warnings).toHaveLength(1);
    const nothing = ok({ method: 'self-study', selfStudy: { pilotMinutes: 5, examQuestions: 0 } });
    expect(nothing.warnings).toEqual([]);
  });

  it('warns about a course of more than 24 credits (SELF_STUDY.PACE)', () => {
    expect(ok({ method: 'self-study', selfStudy: { pilotMinutes: 1200 } }).warnings).toEqual([]);
    expect(
      ok({ method: 'self-study', selfStudy: { pilotMinutes: 1210 } }).warnings.map((w) => w.rule),
    ).toEqual(['SELF_STUDY.PACE']);
  });
});

describe('requiredQuestions (SELF_STUDY.QUESTIONS)', () => {
  it.each([
    [5, '2024', 2, 3],
    [10, '2024', 3, 5],
    [12, '2024', 4, 6],
    [20, '2024', 6, 10],
    [2, '2026', 0, 2],
    [4, '2026', 1, 3],
    [5, '2026', 2, 4],
    [6, '2026', 2, 4],
    [8, '2026', 3, 5],
    [10, '2026', 3, 5],
    [50, '2026', 15, 25],
    [55, '2026', 17, 29],
  ] as const)('%d tenths, edition %s: %d review, %d exam', (tenths, edition, review, exam) => {
    expect(requiredQuestions(tenths, edition)).toEqual({ review, exam });
  });
});

describe('nano (CREDIT.NANO)', () => {
  it.each([
    [9, 0],
    [10, 0.2],
    [19, 0.2],
    [19.99, 0.2],
  ])('a module of %d minutes earns %d', (minutes, expected) => {
    expect(ok({ method: 'nano', minutes }).credits.nasba).toBe(expected);
    expect(ok({ method: 'nano', minutes, increment: 'half' }).credits.nasba).toBe(expected);
  });

  it('refuses a module of 20 minutes or more: split it (an error, not more credit)', () => {
    expect(computeCredits({ method: 'nano', minutes: 20 })).toEqual({
      ok: false,
      errors: [
        {
          path: 'minutes',
          message: 'is 20 minutes: a nano module of 20 minutes or more must be split into modules',
        },
      ],
    });
    const result = computeCredits({ method: 'nano', segments: [{ minutes: 12 }, { minutes: 45 }] });
    expect(result.ok || result.errors.map((e) => e.path)).toEqual(['segments.1']);
  });

  it('counts each segment as a module and says which earn nothing', () => {
    const result = ok({
      method: 'nano',
      segments: [{ minutes: 12 }, { start: at('09:00'), end: at('09:15') }, { minutes: 5 }],
    });
    expect(result.credits.nasba).toBe(0.4);
    expect(result.qualifyingMinutes).toBe(32);
    expect(result.reasons.filter((r) => r.rule === 'CREDIT.NANO').map((r) => r.message)).toEqual([
      '2 nano modules of 10 to 19 minutes earn 0.2 credit each: 0.4 credits.',
      '1 module under 10 minutes earns no credit.',
    ]);
  });

  it('says "earns" of a single module, and "earn" of none', () => {
    const nano = (segments: { minutes: number }[]) =>
      ok({ method: 'nano', segments })
        .reasons.filter((r) => r.rule === 'CREDIT.NANO')
        .map((r) => r.message);
    expect(nano([{ minutes: 12 }])).toEqual([
      '1 nano module of 10 to 19 minutes earns 0.2 credit.',
    ]);
    expect(nano([{ minutes: 5 }, { minutes: 6 }])).toEqual([
      '0 nano modules of 10 to 19 minutes earn 0.2 credit each: 0.0 credits.',
      '2 modules under 10 minutes earn no credit.',
    ]);
  });

  it('refuses breaks on nano modules', () => {
    const result = computeCredits({ method: 'nano', minutes: 12, breaks: [{ minutes: 1 }] });
    expect(result.ok || result.errors[0]!.path).toBe('breaks');
  });
});

describe('recorded webinars and college', () => {
  it('never gives credit for a recorded webinar (CREDIT.RECORDED_NOT_ELIGIBLE)', () => {
    const result = ok({ method: 'recorded-webinar', minutes: 120 });
    expect(result).toMatchObject({
      eligible: false,
      credits: { nasba: 0, icma: 0 },
      qualifyingMinutes: 120,
    });
    expect(rules(result)).toContain('CREDIT.RECORDED_NOT_ELIGIBLE');
  });

  it.each([
    [{ semesterHours: 1 }, 15],
    [{ quarterHours: 1 }, 10],
    [{ semesterHours: 3, quarterHours: 2 }, 65],
    [{ semesterHours: 1.1 }, 16.5],
    [{}, 0],
  ])('college %j -> %d credits (CREDIT.COLLEGE)', (college, expected) => {
    const result = ok({ method: 'college', college });
    expect(result.credits).toEqual({ nasba: expected, icma: expected });
    expect(result.qualifyingMinutes).toBe(expected * 50);
    expect(rules(result)).toContain('CREDIT.COLLEGE');
  });

  it('reads the hour values from the policy', () => {
    const policy = {
      ...defaultPolicy,
      credits: { ...defaultPolicy.credits, semesterHourCredits: 12 },
    };
    expect(ok({ method: 'college', college: { semesterHours: 2 } }, policy).credits.nasba).toBe(24);
    expect(ok({ method: 'college' }).reasons[1]!.message).toMatch(/No semester or quarter hours/);
  });
});

describe('every result', () => {
  it('carries the state-board notice and a reason; credits have at most one decimal', () => {
    for (const method of ['group-live', 'self-study', 'nano', 'recorded-webinar', 'college']) {
      const result = ok({ method, minutes: 15 });
      expect(result.reasons.at(-1)!.rule).toBe('CREDIT.STATE_BOARD_AUTHORITY');
      expect(String(result.credits.nasba)).toMatch(/^\d+(\.\d)?$/);
    }
  });

  it('turns bad input into path/message errors', () => {
    expect(computeCredits({ method: 'lecture', minutes: -1 })).toEqual({
      ok: false,
      errors: [
        { path: 'method', message: expect.stringContaining('must be one of') as string },
        { path: 'minutes', message: 'must be 0 or more' },
      ],
    });
    const badDate = computeCredits({
      method: 'group-live',
      segments: [{ start: '2026-02-31T09:00:00Z', end: '2026-03-01T09:00:00Z' }],
    });
    expect(badDate.ok).toBe(false);
  });

  it('names the span that is neither two instants nor minutes, or what is wrong with it', () => {
    const errors = (span: unknown) => {
      const result = computeCredits({ method: 'group-live', segments: [span] });
      return result.ok ? [] : result.errors;
    };
    const neither = {
      path: 'segments.0',
      message: 'must be { start, end } instants or { minutes }',
    };
    expect(errors({})).toEqual([neither]);
    expect(errors({ minutes: 'many' })).toEqual([neither]);
    expect(errors({ minutes: -5 })).toEqual([
      { path: 'segments.0.minutes', message: 'must be 0 or more' },
    ]);
    // Two strings that are not instants: said of each, not as "neither".
    expect(errors({ start: 'soon', end: at('09:00') }).map((error) => error.path)).toContain(
      'segments.0.start',
    );
    expect(errors({ start: at('10:00'), end: at('09:00') })).toEqual([
      { path: 'segments.0', message: 'must end after it starts' },
    ]);
    // A span with valid instants and minutes is two instants, as the first branch says.
    const both = ok({
      method: 'group-live',
      segments: [{ start: at('09:00'), end: at('10:40'), minutes: 5 }],
    });
    expect(both.qualifyingMinutes).toBe(100);
  });
});
