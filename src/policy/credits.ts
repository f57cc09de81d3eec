/**
 * computeCredits: RULES.md §2. Time is held in integer milliseconds and credit in integer
 * tenths, and rounding happens once, down, from the raw qualifying time.
 */
import { merge, overlap, toInterval, totalLength, type Interval } from './intervals.js';
import { defaultPolicy, type PolicyDocument } from './policy.js';
import { RULE, creditValue, credits, figure, minutes, plural, reason } from './reasons.js';
import {
  CreditInput,
  parse,
  type DeliveryMethod,
  type Edition,
  type FieldError,
  type Increment,
  type Parsed,
  type Reason,
  type CreditResult,
  type TimeSpan,
} from './schemas.js';

const MINUTE_MS = 60_000;

/** Tenths of a credit per step of each increment scheme. */
export const INCREMENT_TENTHS: Record<Increment, number> = { fifth: 2, half: 5 };

const INCREMENT_NAME: Record<Increment, string> = {
  fifth: 'one-fifth increments',
  half: 'half-credit increments',
};

type Rounding = Increment | 'self-study-minimum';

/**
 * The middle of a CREDIT.ROUND_DOWN sentence for each rounding, worded once: a sentence
 * joined from fewer pieces costs less on every call.
 */
const ROUNDED_WITH: Record<Rounding, string> = {
  fifth: ` credits; with ${INCREMENT_NAME.fifth} that rounds down to `,
  half: ` credits; with ${INCREMENT_NAME.half} that rounds down to `,
  'self-study-minimum': ' credits; with the self-study minimum that rounds down to ',
};

export function computeCredits(
  input: unknown,
  policy: PolicyDocument = defaultPolicy,
): Parsed<CreditResult> {
  const parsed = parse(CreditInput, input);
  return parsed.ok ? creditsFor(parsed.value, policy) : parsed;
}

/** The decision for input already validated against `CreditInput`. */
export function creditsFor(input: CreditInput, policy: PolicyDocument): Parsed<CreditResult> {
  const increment = input.increment ?? policy.credits.increment;
  const edition = input.edition ?? policy.credits.edition;
  const unitMs = policy.credits.unitMinutes * MINUTE_MS;
  const unitMinutes = policy.credits.unitMinutes;
  const reasons: Reason[] = [
    (unitReason.keptFor(unitMinutes)[0] ??= frozen(
      reason(
        RULE.UNIT_50,
        `One NASBA credit and one ICMA credit are each ${minutes(unitMinutes)} of qualifying content.`,
        { unitMinutes },
      ),
    )),
  ];
  const warnings: Reason[] = [];

  let ms: number;
  let tenths: number;
  switch (input.method) {
    case 'nano': {
      const nano = nanoCredits(input, unitMs, reasons);
      if (!nano.ok) return nano;
      ({ ms, tenths } = nano.value);
      break;
    }
    case 'college':
      tenths = collegeCredits(input, policy, reasons);
      ms = (tenths * unitMs) / 10;
      break;
    case 'recorded-webinar':
      ms = qualifyingTime(input, reasons);
      tenths = 0;
      reasons.push(
        reason(
          RULE.RECORDED_NOT_ELIGIBLE,
          `Recorded webinars earn no CPE credit, whatever their length (this one has ${minutes(ms / MINUTE_MS)}).`,
          { variant: 'credits', minutes: ms / MINUTE_MS },
        ),
      );
      break;
    case 'self-study':
      ms = selfStudyTime(input, policy, reasons);
      tenths = roundCredits('self-study', ms, increment, edition, unitMs, reasons);
      selfStudyChecks(input, tenths, edition, warnings, reasons);
      break;
    default:
      ms = qualifyingTime(input, reasons);
      tenths = roundCredits(input.method, ms, increment, edition, unitMs, reasons);
  }

  reasons.push(STATE_BOARD_AUTHORITY);
  const value = creditValue(tenths);
  return {
    ok: true,
    value: {
      eligible: tenths > 0,
      credits: { nasba: value, icma: value },
      qualifyingMinutes: Math.floor(ms / 600) / 100,
      increment,
      edition,
      reasons,
      warnings,
    },
  };
}

/**
 * Rounds qualifying time down to credit for a minute-based method, once, in integers, and
 * says how. Returns tenths of a credit.
 */
export function roundCredits(
  method: Exclude<DeliveryMethod, 'nano' | 'college' | 'recorded-webinar'>,
  ms: number,
  increment: Increment,
  edition: Edition,
  unitMs: number,
  reasons: Reason[],
): number {
  const raw = Math.floor((ms * 10) / unitMs);
  const step = INCREMENT_TENTHS[increment];
  const time = minutes(ms / MINUTE_MS);
  const scheme: Scheme = method !== 'self-study' ? 'group' : edition === '2024' ? '2024' : '2026';
  const rule: RuleOfMinimum = scheme === 'group' ? RULE.GROUP_MIN : RULE.SELF_STUDY_MIN;
  const minimum = scheme === 'group' ? 10 : scheme === '2024' ? 5 : step;
  // 2024 self-study: anything from half a unit up to one unit is exactly 0.5.
  const halfThenWhole = scheme === '2024';
  const which = SCHEME_INDEX[scheme] * 2 + (increment === 'fifth' ? 0 : 1);
  reasons.push(
    (incrementReasons.keptFor(unitMs)[which] ??= frozen(
      reason(RULE.INCREMENT, incrementRules(scheme, increment, unitMs), {
        scheme,
        increment,
        unitMinutes: unitMs / MINUTE_MS,
        stepTenths: step,
      }),
    )),
  );

  const minutesGiven = ms / MINUTE_MS;
  if (raw < minimum) {
    const minimumMinutes = (unitMs * minimum) / 10 / MINUTE_MS;
    reasons.push(
      reason(
        rule,
        `${time} is under the minimum of ${minutes(minimumMinutes)} for ${credits(minimum)} credit, so it earns no credit.`,
        { variant: 'under', minutes: minutesGiven, minimumMinutes, minimumTenths: minimum },
      ),
    );
    return 0;
  }
  const atHalf = halfThenWhole && raw < 10;
  const tenths = atHalf ? 5 : Math.floor(raw / step) * step;
  reasons.push(
    reason(rule, `${time} meets the minimum of ${credits(minimum)} credit.`, {
      variant: 'meets',
      minutes: minutesGiven,
      minimumTenths: minimum,
    }),
  );
  if (tenths * unitMs === ms * 10) {
    reasons.push(
      reason(RULE.ROUND_DOWN, `${time} is exactly ${credits(tenths)} credits.`, {
        variant: 'exact',
        minutes: minutesGiven,
        tenths,
      }),
    );
    return tenths;
  }
  const exact = (ms * 100) % unitMs === 0;
  const hundredths = Math.floor((ms * 100) / unitMs) / 100;
  const rounding: Rounding = atHalf ? 'self-study-minimum' : increment;
  reasons.push(
    reason(
      RULE.ROUND_DOWN,
      `${time}${exact ? ' is ' : ' is just over '}${figure(hundredths)}${ROUNDED_WITH[rounding]}${credits(tenths)}.`,
      {
        variant: exact ? 'rounded' : 'just-over',
        minutes: minutesGiven,
        hundredths,
        rounding,
        tenths,
      },
    ),
  );
  return tenths;
}

type RuleOfMinimum = typeof RULE.GROUP_MIN | typeof RULE.SELF_STUDY_MIN;

/** CREDIT.INCREMENT: how a scheme (group, or self-study of an edition) counts credit. */
function incrementRules(scheme: Scheme, increment: Increment, unitMs: number): string {
  const step = INCREMENT_TENTHS[increment];
  const stepMinutes = minutes((unitMs * step) / 10 / MINUTE_MS);
  const unit = minutes(unitMs / MINUTE_MS);
  if (scheme === 'group') {
    return `A group program earns its first credit at ${unit} and then counts in ${INCREMENT_NAME[increment]} (${credits(step)} credit = ${stepMinutes}).`;
  }
  if (scheme === '2024') {
    return `Under the 2024 Standards, self-study earns 0.5 credit from ${minutes(unitMs / 2 / MINUTE_MS)}, 1.0 credit from ${unit}, and then counts in ${INCREMENT_NAME[increment]} (${credits(step)} credit = ${stepMinutes}).`;
  }
  return `Under the 2026 Standards, self-study counts in ${INCREMENT_NAME[increment]} from a minimum of ${credits(step)} credit (${stepMinutes}).`;
}

type Scheme = 'group' | '2024' | '2026';
/** Each scheme's slot among the memoised increment sentences (two increments each). */
const SCHEME_INDEX: Record<Scheme, number> = { group: 0, '2024': 1, '2026': 2 };

/**
 * Reasons that depend only on one policy figure are the same on every call: word them once
 * and keep them while that figure stays the same (a different policy re-words them). The
 * sentence and its params come from the same inputs, so they always agree. Every result
 * shares the one reason, so it is frozen, params included.
 */
class ReasonMemo {
  private figure = Number.NaN;
  private reasons: Reason[] = [];

  /**
   * The reasons kept for `figure`, by slot, to be filled with `??=` (no callback to allocate
   * per call); emptied when the figure changes.
   */
  keptFor(figure: number): Reason[] {
    if (figure !== this.figure) {
      this.figure = figure;
      this.reasons = [];
    }
    return this.reasons;
  }
}

function frozen(reason: Reason): Reason {
  if (reason.params) Object.freeze(reason.params);
  return Object.freeze(reason);
}

const unitReason = new ReasonMemo();
const incrementReasons = new ReasonMemo();

// Fixed sentences, shared by every result like the memoised ones.
const STATE_BOARD_AUTHORITY = frozen(
  reason(
    RULE.STATE_BOARD_AUTHORITY,
    'State boards of accountancy have final authority on accepting CPE credit.',
  ),
);
const SELF_STUDY_PASS_70 = frozen(
  reason(RULE.SELF_STUDY_PASS_70, 'The final exam is passed with a grade of 70% or more.'),
);
const SELF_STUDY_EXPIRY_1Y = frozen(
  reason(RULE.SELF_STUDY_EXPIRY_1Y, 'The course must be completed within one year of purchase.'),
);

/** Program time from segments (or total minutes), less breaks: CREDIT.SEGMENTS, BREAKS_EXCLUDED. */
function qualifyingTime(input: CreditInput, reasons: Reason[]): number {
  const segments = input.segments ?? NONE;
  const timed = segments.length > 0 ? timedIntervals(segments) : NONE_TIMED;
  let total: number;
  if (segments.length > 0) {
    total = totalLength(timed) + sumMinutes(segments);
    reasons.push(
      reason(
        RULE.SEGMENTS,
        segments.length === 1
          ? `The program's one segment lasts ${minutes(total / MINUTE_MS)}.`
          : `The program's ${segments.length} segments add up to ${minutes(total / MINUTE_MS)}.`,
        { variant: 'segments', count: segments.length, minutes: total / MINUTE_MS },
      ),
    );
  } else {
    total = toMs(input.minutes ?? 0);
  }
  const breaks = input.breaks ?? NONE;
  if (breaks.length === 0) return total;

  const timedBreaks = timedIntervals(breaks);
  // A timed break counts only where it overlaps timed segments, when there are any.
  const breakMs =
    (timed.length > 0 ? overlap(timedBreaks, timed) : totalLength(timedBreaks)) +
    sumMinutes(breaks);
  const left = Math.max(0, total - breakMs);
  reasons.push(
    reason(
      RULE.BREAKS_EXCLUDED,
      `${minutes((total - left) / MINUTE_MS)} of breaks, meals and housekeeping are left out, leaving ${minutes(left / MINUTE_MS)} of qualifying content.`,
      { breakMinutes: (total - left) / MINUTE_MS, minutes: left / MINUTE_MS },
    ),
  );
  return left;
}

/** Self-study time: pilot test, else the word-count formula, else the time given. */
function selfStudyTime(input: CreditInput, policy: PolicyDocument, reasons: Reason[]): number {
  const study = input.selfStudy ?? NO_STUDY;
  if (study.pilotMinutes !== undefined) {
    reasons.push(
      reason(
        RULE.SELF_STUDY_PILOT,
        `The pilot test's representative completion time is ${minutes(study.pilotMinutes)}.`,
        { minutes: study.pilotMinutes },
      ),
    );
    return toMs(study.pilotMinutes);
  }
  const { words, audioVideoMinutes } = study;
  const questions =
    (study.reviewQuestions ?? 0) + (study.examQuestions ?? 0) + (study.exerciseQuestions ?? 0);
  if (words === undefined && audioVideoMinutes === undefined && questions === 0) {
    return qualifyingTime(input, reasons);
  }
  const { wordsPerMinute, minutesPerQuestion } = policy.credits;
  // The sentence is built by concatenation, not an array join: a join copies every part.
  let parts = '';
  let ms = 0;
  const params: Record<string, number> = {};
  if (words !== undefined && wordsPerMinute > 0) {
    const wordsMs = (words * MINUTE_MS) / wordsPerMinute;
    ms += wordsMs;
    parts += `${plural(words, 'word')} at ${wordsPerMinute} a minute (${minutes(wordsMs / MINUTE_MS)}), `;
    params.words = words;
    params.wordsPerMinute = wordsPerMinute;
    params.wordMinutes = wordsMs / MINUTE_MS;
  }
  if (audioVideoMinutes !== undefined) {
    ms += audioVideoMinutes * MINUTE_MS;
    parts += `${minutes(audioVideoMinutes)} of audio and video, `;
    params.audioVideoMinutes = audioVideoMinutes;
  }
  const questionMs = questions * minutesPerQuestion * MINUTE_MS;
  ms += questionMs;
  parts += `${plural(questions, 'question')} at ${figure(minutesPerQuestion)} minutes each (${minutes(questionMs / MINUTE_MS)})`;
  const total = Math.round(ms);
  params.questions = questions;
  params.minutesPerQuestion = minutesPerQuestion;
  params.questionMinutes = questionMs / MINUTE_MS;
  params.minutes = total / MINUTE_MS;
  reasons.push(
    reason(
      RULE.SELF_STUDY_FORMULA,
      `By the word-count formula, ${parts} come to ${minutes(total / MINUTE_MS)}.`,
      params,
    ),
  );
  return total;
}

/** Review and final-exam questions needed for `tenths` of credit, by edition. */
export function requiredQuestions(
  tenths: number,
  edition: Edition,
): { review: number; exam: number } {
  if (edition === '2024') {
    if (tenths === 5) return { review: 2, exam: 3 };
    return { review: Math.ceil((tenths * 3) / 10), exam: Math.ceil((tenths * 5) / 10) };
  }
  const whole = Math.floor(tenths / 10);
  // Self-study credit is a multiple of 0.2 or 0.5, so the remainder is always in the table.
  const part = REMAINDER_2026[tenths % 10]!;
  return { review: whole * 3 + part.review, exam: whole * 5 + part.exam };
}

/** Edition 2026: questions for the fractional part of a credit (RULES.md §2 table). */
const REMAINDER_2026: Record<number, { review: number; exam: number }> = {
  0: { review: 0, exam: 0 },
  2: { review: 0, exam: 2 },
  4: { review: 1, exam: 3 },
  5: { review: 2, exam: 4 },
  6: { review: 2, exam: 4 },
  8: { review: 3, exam: 5 },
};

/** SELF_STUDY.QUESTIONS and SELF_STUDY.PACE warnings; the pass mark and expiry notices. */
function selfStudyChecks(
  input: CreditInput,
  tenths: number,
  edition: Edition,
  warnings: Reason[],
  reasons: Reason[],
): void {
  const study = input.selfStudy ?? NO_STUDY;
  if (tenths > 0 && (study.reviewQuestions !== undefined || study.examQuestions !== undefined)) {
    const need = requiredQuestions(tenths, edition);
    const review = study.reviewQuestions ?? 0;
    const exam = study.examQuestions ?? 0;
    if (review < need.review || exam < need.exam) {
      warnings.push(
        reason(
          RULE.SELF_STUDY_QUESTIONS,
          `${credits(tenths)} credits of self-study need at least ${plural(need.review, 'review question')} and ${plural(need.exam, 'final-exam question')} (${edition} Standards, true/false not counted); this course has ${review} and ${exam}.`,
          { tenths, needReview: need.review, needExam: need.exam, edition, review, exam },
        ),
      );
    }
  }
  if (tenths > 240) {
    warnings.push(
      reason(
        RULE.SELF_STUDY_PACE,
        `At ${credits(tenths)} credits this course is more than 24 credits; it must not be advertised as more than 24 credits per 24 hours.`,
        { tenths },
      ),
    );
  }
  reasons.push(SELF_STUDY_PASS_70, SELF_STUDY_EXPIRY_1Y);
}

/** CREDIT.NANO: each module (segment, or the whole time) of 10-19 minutes earns exactly 0.2. */
function nanoCredits(
  input: CreditInput,
  unitMs: number,
  reasons: Reason[],
): Parsed<{ ms: number; tenths: number }> {
  const errors: FieldError[] = [];
  if ((input.breaks ?? []).length > 0) {
    errors.push({
      path: 'breaks',
      message: 'cannot be used for nano modules: give each module its content time',
    });
  }
  const segments = input.segments ?? [];
  const modules =
    segments.length > 0
      ? segments.map((span, i) => ({ path: `segments.${i}`, ms: spanMs(span) }))
      : [{ path: 'minutes', ms: toMs(input.minutes ?? 0) }];
  const minMs = unitMs / 5;
  const maxMs = (unitMs * 2) / 5;
  for (const module of modules) {
    if (module.ms >= maxMs) {
      errors.push({
        path: module.path,
        message: `is ${minutes(module.ms / MINUTE_MS)}: a nano module of ${minutes(maxMs / MINUTE_MS)} or more must be split into modules`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const earning = modules.filter((module) => module.ms >= minMs).length;
  const short = modules.length - earning;
  const fromMinutes = minMs / MINUTE_MS;
  const toMinutes = maxMs / MINUTE_MS - 1;
  const range = `${minutes(fromMinutes).replace(/ minutes?/, '')} to ${minutes(toMinutes)}`;
  reasons.push(
    reason(
      RULE.NANO,
      earning === 1
        ? `1 nano module of ${range} earns 0.2 credit.`
        : `${plural(earning, 'nano module')} of ${range} earn 0.2 credit each: ${credits(earning * 2)} credits.`,
      { variant: 'earning', count: earning, fromMinutes, toMinutes, tenths: earning * 2 },
    ),
  );
  if (short > 0) {
    reasons.push(
      reason(
        RULE.NANO,
        `${plural(short, 'module')} under ${minutes(fromMinutes)} ${short === 1 ? 'earns' : 'earn'} no credit.`,
        { variant: 'short', count: short, minutes: fromMinutes },
      ),
    );
  }
  return {
    ok: true,
    value: { ms: modules.reduce((sum, module) => sum + module.ms, 0), tenths: earning * 2 },
  };
}

/** CREDIT.COLLEGE: semester and quarter hours at the policy's credits per hour. */
function collegeCredits(input: CreditInput, policy: PolicyDocument, reasons: Reason[]): number {
  const { semesterHours = 0, quarterHours = 0 } = input.college ?? {};
  const { semesterHourCredits, quarterHourCredits } = policy.credits;
  const exact = semesterHours * semesterHourCredits + quarterHours * quarterHourCredits;
  // Products like 1.1 * 15 carry float noise; clear it before rounding down to tenths.
  const tenths = Math.floor(Math.round(exact * 10 * 1e6) / 1e6);
  const parts = [
    semesterHours > 0
      ? `${plural(semesterHours, 'semester hour')} at ${semesterHourCredits} credits each`
      : '',
    quarterHours > 0
      ? `${plural(quarterHours, 'quarter hour')} at ${quarterHourCredits} credits each`
      : '',
  ].filter(Boolean);
  reasons.push(
    parts.length > 0
      ? reason(RULE.COLLEGE, `${parts.join(' and ')} come to ${credits(tenths)} credits.`, {
          variant: 'hours',
          semesterHours,
          semesterHourCredits,
          quarterHours,
          quarterHourCredits,
          tenths,
        })
      : reason(
          RULE.COLLEGE,
          'No semester or quarter hours were given, so there is no college credit to count.',
          { variant: 'none' },
        ),
  );
  return tenths;
}

const NO_STUDY: NonNullable<CreditInput['selfStudy']> = {};

const isTimed = (span: TimeSpan): span is { start: string; end: string } => 'start' in span;

const toMs = (value: number): number => Math.round(value * MINUTE_MS);

const spanMs = (span: TimeSpan): number =>
  isTimed(span) ? Date.parse(span.end) - Date.parse(span.start) : toMs(span.minutes);

const sumMinutes = (spans: readonly TimeSpan[]): number =>
  spans.reduce((sum, span) => sum + (isTimed(span) ? 0 : toMs(span.minutes)), 0);

/** Merged intervals of the spans given as instants; none when every span is in minutes. */
function timedIntervals(spans: readonly TimeSpan[]): readonly Interval[] {
  let timed: Interval[] | undefined;
  for (const span of spans) if (isTimed(span)) (timed ??= []).push(toInterval(span));
  return timed ? merge(timed) : NONE_TIMED;
}

// Shared empty lists for absent spans: read only, never handed out.
const NONE: readonly TimeSpan[] = [];
const NONE_TIMED: readonly Interval[] = [];
