import { describe, expect, it } from 'vitest';
import { evaluateRequirement } from '../../src/policy/requirement.js';
import { defaultPolicy } from '../../src/policy/policy.js';

const base = { year: 2026, certifiedYear: 2020, ethicsCredits: 2 };

describe('evaluateRequirement (ICMA §5)', () => {
  it.each([
    // input, status, carryForward, shortfall, rules
    [{ credits: 30 }, 'met', 0, 0, ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.CARRY_10']],
    [{ credits: 38 }, 'met', 8, 0, ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.CARRY_10']],
    [{ credits: 45 }, 'met', 10, 0, ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.CARRY_10']],
    [
      { credits: 25, carriedIn: 8 },
      'met',
      3,
      0,
      ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.CARRY_10'],
    ],
    [
      { credits: 5, carriedIn: 30 },
      'shortfall',
      0,
      15,
      ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.SHORTFALL'],
    ],
    [{ credits: 26.5 }, 'shortfall', 0, 3.5, ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.SHORTFALL']],
    [
      { credits: 40, ethicsCredits: 1 },
      'shortfall',
      0,
      1,
      ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.SHORTFALL'],
    ],
    [
      { credits: 34, previousShortfall: 4 },
      'met',
      0,
      0,
      ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.CARRY_10', 'ICMA.SHORTFALL'],
    ],
    [
      { credits: 33, previousShortfall: 4 },
      'inactive',
      0,
      1,
      ['ICMA.ANNUAL_30', 'ICMA.ETHICS_2', 'ICMA.SHORTFALL'],
    ],
    [{ credits: 0, year: 2020 }, 'not-required', 0, 0, ['ICMA.ANNUAL_30']],
  ])('%j -> %s', (input, status, carryForward, shortfall, rules) => {
    const result = evaluateRequirement({ ...base, ...input }, defaultPolicy);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toMatchObject({ status, carryForward, shortfall });
    expect(result.value.reasons.map((r) => r.rule)).toEqual(rules);
  });

  it('explains the make-up rule in words', () => {
    const result = evaluateRequirement({ ...base, credits: 20 }, defaultPolicy);
    expect(result.ok && result.value.reasons.at(-1)!.message).toBe(
      '10.0 credits are missing; the status is inactive until 60.0 credits are reached by the end of 2027.',
    );
    const required = evaluateRequirement(
      { ...base, credits: 20, previousShortfall: 10, carriedIn: 2 },
      defaultPolicy,
    );
    expect(required.ok && required.value).toMatchObject({ required: 40, earned: 22 });
  });

  it('reads the numbers from the policy and refuses bad input', () => {
    const policy = {
      ...defaultPolicy,
      icma: { annualCredits: 20, ethicsCredits: 0, carryForwardMax: 5 },
    };
    const result = evaluateRequirement({ ...base, credits: 40, ethicsCredits: 0 }, policy);
    expect(result.ok && result.value).toMatchObject({ status: 'met', carryForward: 5 });
    expect(evaluateRequirement({ ...base, credits: -1 }, defaultPolicy).ok).toBe(false);
  });
});
