/**
 * The transcript's facts, pure (tested in Node under test/forms/): completions grouped by
 * year, credits by field of study, and the ICMA annual requirement worked out year by year
 * with the engine's `evaluateRequirement`, so what carries forward and what falls short
 * reaches the year shown. Loaded with the client by the element's deferred chunk.
 */
import { csvLine } from '../../policy/csv.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { ethicsCredits, type Certificate } from '../../policy/certificates.js';
import type { FieldOfStudy } from '../../policy/programs.js';
import { evaluateRequirement } from '../../policy/requirement.js';
import type { RequirementResult } from '../../policy/schemas.js';

/**
 * One program the learner completed: the fields of a certificate (`GET /v1/certificates`)
 * the transcript reads, so a certificate of record is a completion as it is.
 */
export type Completion = Pick<Certificate, 'completedOn' | 'credits'> &
  Partial<Pick<Certificate, 'id' | 'verifyUrl'>> & {
    program: Pick<Certificate['program'], 'title'> &
      Partial<Pick<Certificate['program'], 'deliveryMethod'>>;
  };

// Credits add up in integer tenths: 0.1 + 0.2 in doubles is not 0.3.
const tenths = (credits: number): number => Math.round(credits * 10);
const fromTenths = (count: number): number => count / 10;

export const yearOf = (completion: Pick<Completion, 'completedOn'>): number =>
  Number(completion.completedOn.slice(0, 4));

/** Years on record, newest first, each with its completions newest first. */
export function byYear(
  completions: readonly Completion[],
): { year: number; completions: Completion[] }[] {
  const years = new Map<number, Completion[]>();
  for (const completion of completions) {
    const year = yearOf(completion);
    years.set(year, [...(years.get(year) ?? []), completion]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({
      year,
      completions: list.sort((a, b) => b.completedOn.localeCompare(a.completedOn)),
    }));
}

/** A completion's ethics credits (its credits in the ethics fields), never above its ICMA total. */
const ethicsTenths = (completion: Completion): number =>
  Math.min(tenths(ethicsCredits(completion.credits)), tenths(completion.credits.icma));

export interface YearTotals {
  nasba: number;
  icma: number;
  ethics: number;
  /** NASBA credits by field of study, in the Standards' order of the fields met first. */
  byField: { field: FieldOfStudy; credits: number }[];
}

/** What `completions` add up to: in total, in ethics and by field of study. */
export function totals(completions: readonly Completion[]): YearTotals {
  const fields = new Map<FieldOfStudy, number>();
  let nasba = 0;
  let icma = 0;
  let ethics = 0;
  for (const completion of completions) {
    nasba += tenths(completion.credits.nasba);
    icma += tenths(completion.credits.icma);
    ethics += ethicsTenths(completion);
    for (const { field, credits } of completion.credits.byField) {
      fields.set(field, (fields.get(field) ?? 0) + tenths(credits));
    }
  }
  return {
    nasba: fromTenths(nasba),
    icma: fromTenths(icma),
    ethics: fromTenths(ethics),
    byField: [...fields.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([field, credits]) => ({ field, credits: fromTenths(credits) })),
  };
}

/** The requirement of one year, with what went into it. */
export interface YearRequirement {
  year: number;
  /** ICMA credits earned in the year itself (without any carried in). */
  credits: number;
  ethics: number;
  carriedIn: number;
  previousShortfall: number;
  result: RequirementResult;
}

export interface RequirementQuery {
  year: number;
  /**
   * The year the learner was certified; the requirement starts the year after. Unknown, the
   * years are worked out from the first one on record, with nothing carried into it.
   */
  certifiedYear?: number | undefined;
}

/**
 * The requirement of `query.year`, worked out from the first year it applies: each year's
 * carry-forward goes into the next, and a shortfall is owed on top of the next year's
 * requirement (ICMA.SHORTFALL). A year that ended inactive owes nothing further here: the
 * status is then the credential body's to settle, not a figure to carry.
 */
export function requirementOf(
  completions: readonly Completion[],
  query: RequirementQuery,
  policy: PolicyDocument,
): YearRequirement {
  const firstOnRecord = Math.min(query.year, ...completions.map(yearOf));
  const certifiedYear = query.certifiedYear ?? firstOnRecord - 1;
  const start = Math.min(query.year, Math.max(certifiedYear + 1, firstOnRecord));
  let carriedIn = 0;
  let previousShortfall = 0;
  for (let year = start; ; year++) {
    const inYear = totals(completions.filter((completion) => yearOf(completion) === year));
    const evaluated = evaluateRequirement(
      {
        year,
        certifiedYear,
        credits: inYear.icma,
        ethicsCredits: inYear.ethics,
        carriedIn,
        previousShortfall,
      },
      policy,
    );
    if (!evaluated.ok) throw new RangeError(`The year ${year} cannot be worked out.`);
    const result = evaluated.value;
    if (year === query.year) {
      return {
        year,
        credits: inYear.icma,
        ethics: inYear.ethics,
        carriedIn,
        previousShortfall,
        result,
      };
    }
    carriedIn = result.carryForward;
    previousShortfall = result.status === 'shortfall' ? result.shortfall : 0;
  }
}

/** What the learner still needs for the year, and the last day to get it. */
export interface StillNeeded {
  /** Credits still to earn in all, the ethics ones included. */
  credits: number;
  /** How many of them must be in ethics. */
  ethics: number;
  /** `YYYY-MM-DD`: the year's last day, or the next year's for a past year's shortfall. */
  by: string;
  /** The year is over (today is after its last day). */
  past: boolean;
}

/**
 * What is missing from `requirement` on `today` (`YYYY-MM-DD`, the viewer's calendar day);
 * nothing when it is met or not required. A past year's shortfall is made up by the end of
 * the next one (ICMA.SHORTFALL), unless that is over too.
 */
export function stillNeeded(
  requirement: YearRequirement,
  policy: PolicyDocument,
  today: string,
): StillNeeded | undefined {
  const { status, required, earned } = requirement.result;
  if (status === 'met' || status === 'not-required') return undefined;
  const yearEnd = `${requirement.year}-12-31`;
  const past = today > yearEnd;
  const ethics = Math.max(0, tenths(policy.icma.ethicsCredits) - tenths(requirement.ethics));
  return {
    // Ethics credits count toward the total too: the total still needed is never less.
    credits: fromTenths(Math.max(tenths(required) - tenths(earned), ethics)),
    ethics: fromTenths(ethics),
    by: past && status === 'shortfall' ? `${requirement.year + 1}-12-31` : yearEnd,
    past,
  };
}

const CSV_COLUMNS = [
  'completed on',
  'program',
  'delivery method',
  'NASBA credits',
  'ICMA credits',
  'ethics credits',
  'fields of study',
  'certificate',
  'verification',
];

/** The transcript as RFC 4180 CSV, newest first; fields as `Auditing 1.2; Taxes 0.8`. */
export function transcriptCsv(completions: readonly Completion[]): string {
  const rows = byYear(completions).flatMap((year) => year.completions);
  return [
    csvLine(CSV_COLUMNS),
    ...rows.map((completion) =>
      csvLine([
        completion.completedOn,
        completion.program.title,
        completion.program.deliveryMethod ?? '',
        completion.credits.nasba.toFixed(1),
        completion.credits.icma.toFixed(1),
        fromTenths(ethicsTenths(completion)).toFixed(1),
        completion.credits.byField
          .map(({ field, credits }) => `${field} ${credits.toFixed(1)}`)
          .join('; '),
        completion.id ?? '',
        completion.verifyUrl ?? '',
      ]),
    ),
  ].join('');
}
