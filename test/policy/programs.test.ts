import { describe, expect, it } from 'vitest';
import { defaultPolicy, exchangePolicy } from '../../src/policy/policy.js';
import {
  ProgramInput,
  offeredCredits,
  type ProgramInput as Program,
} from '../../src/policy/programs.js';
import { parse } from '../../src/policy/schemas.js';

const base: Program = {
  title: 'Lease accounting under ASC 842',
  description: 'How lessees measure and present leases.',
  objectives: ['Measure a lease liability'],
  deliveryMethod: 'group-live',
  knowledgeLevel: 'Intermediate',
  fieldsOfStudy: [{ field: 'Accounting' }],
  timeZone: 'America/New_York',
  product: 'live-event',
  priceCents: 19_999,
  currency: 'USD',
};
const at = (hhmm: string) => `2026-03-10T${hhmm}:00-04:00`;
const event = (start: string, end: string, breaks: [string, string][] = []) => ({
  segments: [{ start: at(start), end: at(end) }],
  breaks: breaks.map(([s, e]) => ({ start: at(s), end: at(e) })),
});

function offered(program: Program, events = [event('09:00', '12:00', [['10:30', '10:45']])]) {
  const result = offeredCredits(program, events, defaultPolicy);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('ProgramInput (the disclosure body)', () => {
  it('accepts the contract body and refuses what NASBA would not', () => {
    expect(parse(ProgramInput, base).ok).toBe(true);
    const bad = parse(ProgramInput, {
      ...base,
      knowledgeLevel: 'Expert',
      objectives: [],
      fieldsOfStudy: [{ field: 'Astrology' }],
    });
    expect(bad.ok ? [] : bad.errors.map((error) => error.path)).toEqual([
      'objectives',
      'knowledgeLevel',
      'fieldsOfStudy.0.field',
    ]);
    const twice = parse(ProgramInput, {
      ...base,
      fieldsOfStudy: [{ field: 'Taxes' }, { field: 'Taxes' }],
    });
    expect(twice.ok ? '' : twice.errors[0]!.message).toBe('lists a field of study twice');
  });
});

describe('offeredCredits', () => {
  it.each([
    // group live from its event: 180 min less a 15-min break = 165 min
    ['group live, from the event', base, 3.2],
    [
      'self-study, from the pilot test',
      { ...base, deliveryMethod: 'self-study', creditInput: { selfStudy: { pilotMinutes: 75 } } },
      1.4,
    ],
    ['nano, one module', { ...base, deliveryMethod: 'nano', creditInput: { minutes: 12 } }, 0.2],
    [
      'college, a semester hour',
      { ...base, deliveryMethod: 'college', creditInput: { college: { semesterHours: 1 } } },
      15,
    ],
    [
      'group internet in halves (program choice)',
      { ...base, deliveryMethod: 'group-internet', creditInput: { increment: 'half' } },
      3,
    ],
  ] as [string, Program, number][])('%s: %f', (_, program, figure) => {
    expect(offered(program).creditsOffered).toEqual({ nasba: figure, icma: figure });
  });

  it('gives the single field of study all the credits, with the reasons', () => {
    const result = offered(base);
    expect(result.fieldsOfStudy).toEqual([{ field: 'Accounting', credits: 3.2 }]);
    expect(result.reasons.map((r) => r.rule)).toContain('CREDIT.ROUND_DOWN');
  });

  it('follows the policy document (halves in the exchange preset)', () => {
    const result = offeredCredits(base, [event('09:00', '10:15')], exchangePolicy);
    expect(result.ok && result.value.creditsOffered.nasba).toBe(1.5);
  });

  it('checks several fields of study add up in the increment', () => {
    const split = (a?: number, b?: number) => ({
      ...base,
      fieldsOfStudy: [
        { field: 'Accounting' as const, ...(a === undefined ? {} : { credits: a }) },
        { field: 'Taxes' as const, ...(b === undefined ? {} : { credits: b }) },
      ],
    });
    expect(offered(split(2, 1.2)).fieldsOfStudy).toEqual([
      { field: 'Accounting', credits: 2 },
      { field: 'Taxes', credits: 1.2 },
    ]);
    const errors = (program: Program) => {
      const result = offeredCredits(
        program,
        [event('09:00', '12:00', [['10:30', '10:45']])],
        defaultPolicy,
      );
      return result.ok ? [] : result.errors;
    };
    expect(errors(split(2, 1))).toEqual([
      {
        path: 'fieldsOfStudy',
        message: 'must add up to the 3.2 credits offered (they add up to 3.0)',
      },
    ]);
    expect(errors(split(2.1, 1.1))).toEqual([
      { path: 'fieldsOfStudy.0.credits', message: 'must be a multiple of 0.2' },
      { path: 'fieldsOfStudy.1.credits', message: 'must be a multiple of 0.2' },
    ]);
    expect(errors(split(3.2))).toEqual([
      {
        path: 'fieldsOfStudy.1.credits',
        message: 'is required when a program has several fields of study',
      },
    ]);
  });

  it('offers nothing yet for a group program without events, and keeps a planned split', () => {
    const planned = offeredCredits(
      {
        ...base,
        fieldsOfStudy: [
          { field: 'Accounting', credits: 1 },
          { field: 'Taxes', credits: 1 },
        ],
      },
      [],
      defaultPolicy,
    );
    expect(planned.ok && planned.value.creditsOffered).toEqual({ nasba: 0, icma: 0 });
  });

  it('offers the smallest when its events disagree, and warns', () => {
    const result = offered(base, [event('09:00', '11:00'), event('13:00', '14:30')]);
    expect(result.creditsOffered.nasba).toBe(1.8);
    expect(result.warnings[0]!.message).toBe(
      'The 2 events of this program offer different credits (2.4, 1.8); the smallest, 1.8, is offered.',
    );
  });

  it('needs the content of a self-study program, and says where an error is', () => {
    const missing = offeredCredits({ ...base, deliveryMethod: 'self-study' }, [], defaultPolicy);
    expect(missing).toEqual({
      ok: false,
      errors: [{ path: 'creditInput', message: 'is required for a self-study program' }],
    });
    const tooLong = offeredCredits(
      { ...base, deliveryMethod: 'nano', creditInput: { minutes: 25 } },
      [],
      defaultPolicy,
    );
    expect(tooLong.ok ? '' : tooLong.errors[0]!.path).toMatch(/^creditInput/);
  });
});
