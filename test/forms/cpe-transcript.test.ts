/** The transcript's pure facts (`transcript.ts`): years, totals, the ICMA requirement, the CSV. */
import { describe, expect, it } from 'vitest';
import {
  byYear,
  requirementOf,
  stillNeeded,
  totals,
  transcriptCsv,
  type Completion,
} from '../../src/components/cpe-transcript/transcript.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import type { FieldOfStudy } from '../../src/policy/programs.js';

function completion(
  completedOn: string,
  byField: [FieldOfStudy, number][],
  title = `Program of ${completedOn}`,
): Completion {
  const total = byField.reduce((sum, [, credits]) => sum + credits, 0);
  return {
    program: { title, deliveryMethod: 'group-live' },
    completedOn,
    credits: {
      nasba: total,
      icma: total,
      byField: byField.map(([field, credits]) => ({ field, credits })),
    },
  };
}

describe('byYear', () => {
  it('groups completions by the year completed, newest year and newest day first', () => {
    const list = [
      completion('2025-03-01', [['Taxes', 2]]),
      completion('2026-01-15', [['Auditing', 1]]),
      completion('2026-11-02', [['Auditing', 1]]),
    ];
    expect(
      byYear(list).map(({ year, completions }) => [year, completions.map((c) => c.completedOn)]),
    ).toEqual([
      [2026, ['2026-11-02', '2026-01-15']],
      [2025, ['2025-03-01']],
    ]);
  });
});

describe('totals', () => {
  it('adds credits in tenths, by field (largest first) and in ethics', () => {
    const result = totals([
      completion('2026-01-01', [
        ['Auditing', 0.1],
        ['Regulatory Ethics', 0.2],
      ]),
      completion('2026-02-01', [
        ['Auditing', 0.2],
        ['Behavioral Ethics', 1.4],
      ]),
    ]);
    expect(result).toEqual({
      nasba: 1.9,
      icma: 1.9,
      ethics: 1.6,
      byField: [
        { field: 'Behavioral Ethics', credits: 1.4 },
        { field: 'Auditing', credits: 0.3 },
        { field: 'Regulatory Ethics', credits: 0.2 },
      ],
    });
  });

  it('never counts more ethics than the ICMA credits of a completion', () => {
    const odd = completion('2026-01-01', [['Regulatory Ethics', 2]]);
    expect(totals([{ ...odd, credits: { ...odd.credits, icma: 1.5 } }]).ethics).toBe(1.5);
  });
});

describe('requirementOf', () => {
  const year2025 = [
    completion('2025-02-01', [['Taxes', 30]]),
    completion('2025-06-01', [['Regulatory Ethics', 2]]),
    completion('2025-09-01', [['Auditing', 6]]),
  ];

  it('carries at most 10 credits of a met year into the next (ICMA.CARRY_10)', () => {
    const list = [...year2025, completion('2026-03-01', [['Taxes', 12]])];
    const requirement = requirementOf(list, { year: 2026, certifiedYear: 2020 }, defaultPolicy);
    expect(requirement).toMatchObject({ year: 2026, credits: 12, carriedIn: 8, ethics: 0 });
    expect(requirement.result).toMatchObject({ status: 'shortfall', required: 30, earned: 20 });
  });

  it('owes a shortfall on top of the next year (ICMA.SHORTFALL)', () => {
    const list = [completion('2025-02-01', [['Taxes', 20]]), completion('2026-02-01', [])];
    const requirement = requirementOf(list, { year: 2026, certifiedYear: 2020 }, defaultPolicy);
    expect(requirement.previousShortfall).toBe(10);
    expect(requirement.result).toMatchObject({ status: 'inactive', required: 40 });
  });

  it('requires nothing up to the year of certification', () => {
    const requirement = requirementOf(year2025, { year: 2025, certifiedYear: 2025 }, defaultPolicy);
    expect(requirement.result.status).toBe('not-required');
  });

  it('starts from the first year on record when the certification year is unknown', () => {
    const requirement = requirementOf(year2025, { year: 2025 }, defaultPolicy);
    expect(requirement).toMatchObject({ carriedIn: 0, credits: 38, ethics: 2 });
    expect(requirement.result).toMatchObject({ status: 'met', carryForward: 8 });
  });

  it('does not count years before the first on record as missed', () => {
    const requirement = requirementOf(year2025, { year: 2025, certifiedYear: 2010 }, defaultPolicy);
    expect(requirement).toMatchObject({ previousShortfall: 0, carriedIn: 0 });
    expect(requirement.result.status).toBe('met');
  });
});

describe('stillNeeded', () => {
  const short = requirementOf(
    [
      completion('2026-02-01', [['Taxes', 18]]),
      completion('2026-03-01', [['Regulatory Ethics', 1]]),
    ],
    { year: 2026, certifiedYear: 2020 },
    defaultPolicy,
  );

  it('says how many credits and ethics credits are missing, by the end of the year', () => {
    expect(stillNeeded(short, defaultPolicy, '2026-07-01')).toEqual({
      credits: 11,
      ethics: 1,
      by: '2026-12-31',
      past: false,
    });
  });

  it('moves a past year’s shortfall to the end of the next year', () => {
    expect(stillNeeded(short, defaultPolicy, '2027-01-01')).toMatchObject({
      by: '2027-12-31',
      past: true,
    });
  });

  it('never asks for fewer credits in all than the ethics ones still missing', () => {
    const noEthics = requirementOf(
      [completion('2026-02-01', [['Taxes', 29.5]])],
      { year: 2026, certifiedYear: 2020 },
      defaultPolicy,
    );
    expect(stillNeeded(noEthics, defaultPolicy, '2026-07-01')).toMatchObject({
      credits: 2,
      ethics: 2,
    });
  });

  it('is nothing once the year is met', () => {
    const met = requirementOf(
      [
        completion('2026-02-01', [
          ['Taxes', 28],
          ['Behavioral Ethics', 2],
        ]),
      ],
      { year: 2026, certifiedYear: 2020 },
      defaultPolicy,
    );
    expect(stillNeeded(met, defaultPolicy, '2026-07-01')).toBeUndefined();
  });
});

describe('transcriptCsv', () => {
  it('writes a header and one row per completion, newest first, quoted where needed', () => {
    const csv = transcriptCsv([
      completion('2025-03-01', [['Taxes', 2]], 'Tax, the basics'),
      {
        ...completion(
          '2026-01-15',
          [
            ['Auditing', 1.2],
            ['Regulatory Ethics', 0.8],
          ],
          '=HYPERLINK("x")',
        ),
        id: 'abc',
        verifyUrl: 'https://cpe.example.org/verify/abc',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'completed on,program,delivery method,NASBA credits,ICMA credits,ethics credits,fields of study,certificate,verification',
      `2026-01-15,"'=HYPERLINK(""x"")",group-live,2.0,2.0,0.8,Auditing 1.2; Regulatory Ethics 0.8,abc,https://cpe.example.org/verify/abc`,
      '2025-03-01,"Tax, the basics",group-live,2.0,2.0,0.0,Taxes 2.0,,',
      '',
    ]);
  });
});
