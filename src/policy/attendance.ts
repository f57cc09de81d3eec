/**
 * evaluateAttendance: RULES.md §3. Attended time is the union of a learner's check-in..check-out
 * intervals, intersected with the scheduled segments, less breaks; credit is the group
 * rounding of that time.
 */
import { INCREMENT_TENTHS, roundCredits } from './credits.js';
import { merge, overlap, toInterval, totalLength, type Interval } from './intervals.js';
import type { PolicyDocument } from './policy.js';
import { RULE, creditValue, credits, minutes, plural, reason, type RuleId } from './reasons.js';
import {
  AttendanceInput,
  parse,
  type AttendanceEvent,
  type CheckInRequest,
  type PublicEvent,
  type AttendanceFlag,
  type AttendanceResult,
  type Parsed,
  type Reason,
} from './schemas.js';
import { isRealInstant } from './time.js';

const MINUTE_MS = 60_000;

export function evaluateAttendance(
  input: unknown,
  policy: PolicyDocument,
  now: string,
): Parsed<AttendanceResult> {
  const parsed = parse(AttendanceInput, input);
  if (!parsed.ok) return parsed;
  if (typeof now !== 'string' || !isRealInstant(now)) {
    return { ok: false, errors: [{ path: 'now', message: 'must be a real instant' }] };
  }
  return { ok: true, value: attendanceFor(parsed.value, policy, Date.parse(now)) };
}

function attendanceFor(
  input: AttendanceInput,
  policy: PolicyDocument,
  now: number,
): AttendanceResult {
  const { event } = input;
  const reasons: Reason[] = [];
  const flags: AttendanceFlag[] = [];
  const unitMs = policy.credits.unitMinutes * MINUTE_MS;
  const segments = merge(event.segments.map(toInterval));
  const breaks = merge((event.breaks ?? []).map(toInterval));
  const scheduledMs = totalLength(segments) - overlap(breaks, segments);
  const prompts = event.prompts ?? [];
  const isInternet = event.method === 'group-internet';

  if (isInternet && now >= segments.at(-1)![1]) {
    // ATTEND.PROMPTS_PER_CREDIT: a host-side check of the schedule, once it is over.
    const offered = roundCredits(
      event.method,
      scheduledMs,
      policy.credits.increment,
      policy.credits.edition,
      unitMs,
      [],
    );
    const needed = Math.ceil((policy.attendance.promptsPerCredit * offered) / 10);
    if (prompts.length < needed) {
      flags.push('too-few-prompts');
      reasons.push(
        reason(
          RULE.PROMPTS_PER_CREDIT,
          `The program offers ${creditValue(offered).toFixed(1)} credits and so needed at least ${plural(needed, 'prompt')} (${policy.attendance.promptsPerCredit} per credit); ${prompts.length} were issued.`,
          {
            tenths: offered,
            needed,
            perCredit: policy.attendance.promptsPerCredit,
            issued: prompts.length,
          },
        ),
      );
    }
  }

  if (input.records.length === 0) {
    flags.push('no-record');
    reasons.push(
      reason(RULE.ON_RECORD, 'There is no check-in on record, so no credit can be given.', {
        variant: 'none',
      }),
    );
    return result(false, 0, 0, 0, 0, flags, reasons);
  }

  const intervals = presence(input.records, segments, policy, now, flags, reasons);
  const attended = intersect(merge(intervals), segments);
  const attendedMs = totalLength(attended) - overlap(breaks, attended);
  reasons.push(
    reason(
      RULE.ON_RECORD,
      `Attendance is on record: ${minutes(attendedMs / MINUTE_MS)} of the ${minutes(scheduledMs / MINUTE_MS)} scheduled, breaks excluded.`,
      {
        variant: 'attended',
        minutes: attendedMs / MINUTE_MS,
        scheduledMinutes: scheduledMs / MINUTE_MS,
      },
    ),
  );

  if (attended.length === 0 || attended[0]![0] > segments[0]![0]) flags.push('late-arrival');
  if (attended.length === 0 || attended.at(-1)![1] < segments.at(-1)![1]) {
    // Still checked in while the event runs is not leaving early.
    if (now >= segments.at(-1)![1] || attended.at(-1)?.[1] !== now) flags.push('early-departure');
  }
  if (attendedMs < scheduledMs) {
    reasons.push(
      reason(
        RULE.PARTIAL,
        'Credit counts only the time you were checked in during the sessions: arriving late or leaving early reduces it.',
      ),
    );
  }

  let tenths = roundCredits(
    event.method,
    attendedMs,
    policy.credits.increment,
    policy.credits.edition,
    unitMs,
    reasons,
  );

  if (isInternet) {
    const counted = countedPrompts(prompts, input.responses ?? [], attended);
    // ATTEND.PROMPTS_ANSWERED: prompts issued while present, and the share answered.
    const present = prompts.filter((prompt) =>
      intervals.some(([s, e]) => within(Date.parse(prompt.at), s, e)),
    );
    const answered = present.filter((prompt) => counted.has(prompt.id)).length;
    const percent = policy.attendance.promptAnswerPercent;
    if (answered * 100 < percent * present.length) {
      tenths = 0;
      flags.push('prompts-below-threshold');
      reasons.push(
        reason(
          RULE.PROMPTS_ANSWERED,
          `You answered ${answered} of the ${plural(present.length, 'prompt')} issued while you were present; at least ${percent}% must be answered, so no credit is given.`,
          { variant: 'below', answered, present: present.length, percent },
        ),
      );
    } else {
      reasons.push(
        reason(
          RULE.PROMPTS_ANSWERED,
          present.length === 0
            ? 'No prompts were issued while you were present.'
            : `You answered ${answered} of the ${plural(present.length, 'prompt')} issued while you were present, meeting the ${percent}% needed.`,
          { variant: 'met', answered, present: present.length, percent },
        ),
      );
    }
    tenths = interactionFloor(tenths, counted.size, policy, flags, reasons);
    return result(tenths > 0, attendedMs, tenths, present.length, answered, flags, reasons);
  }
  return result(tenths > 0, attendedMs, tenths, 0, 0, flags, reasons);
}

/**
 * The prompts a learner completed: answered at or after the prompt was issued and while
 * present in a session (RULES.md §3, when a response counts). Later or earlier answers stay
 * on record but do not count.
 */
function countedPrompts(
  prompts: NonNullable<AttendanceInput['event']['prompts']>,
  responses: NonNullable<AttendanceInput['responses']>,
  attended: Interval[],
): Set<string> {
  const issuedAt = new Map(prompts.map((prompt) => [prompt.id, Date.parse(prompt.at)]));
  const counted = new Set<string>();
  for (const response of responses) {
    const issued = issuedAt.get(response.promptId);
    const at = Date.parse(response.at);
    if (issued === undefined || at < issued) continue;
    if (attended.some(([start, end]) => within(at, start, end))) counted.add(response.promptId);
  }
  return counted;
}

/**
 * ATTEND.GIB_INTERACTIONS: at most one credit per `promptsPerCredit` completed interactions,
 * rounded down in the program's increment, and nothing under the 1.0 group minimum.
 */
function interactionFloor(
  tenths: number,
  interactions: number,
  policy: PolicyDocument,
  flags: AttendanceFlag[],
  reasons: Reason[],
): number {
  const perCredit = policy.attendance.promptsPerCredit;
  if (perCredit === 0 || tenths === 0) return tenths;
  const step = INCREMENT_TENTHS[policy.credits.increment];
  const supported = Math.floor((interactions * 10) / perCredit);
  const cap = supported < 10 ? 0 : supported - (supported % step);
  const answers = plural(interactions, 'completed interaction');
  if (cap >= tenths) {
    reasons.push(
      reason(
        RULE.GIB_INTERACTIONS,
        `Your ${answers} support the credit for your time (${perCredit} are needed for each credit).`,
        { variant: 'supported', interactions, perCredit },
      ),
    );
    return tenths;
  }
  flags.push('too-few-interactions');
  reasons.push(
    reason(
      RULE.GIB_INTERACTIONS,
      cap === 0
        ? `A webinar credit needs ${perCredit} completed interactions, and you have ${interactions}, so no credit is given.`
        : `Each credit needs ${perCredit} completed interactions: your ${answers} support ${credits(cap)} credits, less than the ${credits(tenths)} your time would earn.`,
      { variant: cap === 0 ? 'none' : 'capped', interactions, perCredit, capTenths: cap, tenths },
    ),
  );
  return cap;
}

/**
 * Check-in..check-out intervals from the records, in time order. A check-in with no
 * check-out runs to the end of its segment (ATTEND.CHECKOUT_MISSING) or counts nothing,
 * by policy; while that segment is still running it counts up to now.
 */
function presence(
  records: AttendanceInput['records'],
  segments: Interval[],
  policy: PolicyDocument,
  now: number,
  flags: AttendanceFlag[],
  reasons: Reason[],
): Interval[] {
  const ordered = records
    .map((record) => ({ kind: record.kind, at: Date.parse(record.at) }))
    .sort((a, b) => a.at - b.at); // stable: records at the same instant keep their order
  const intervals: Interval[] = [];
  let openedAt: number | undefined;
  for (const record of ordered) {
    if (record.kind === 'in') openedAt ??= record.at;
    else if (openedAt !== undefined) {
      intervals.push([openedAt, record.at]);
      openedAt = undefined;
    }
  }
  if (openedAt === undefined) return intervals;

  const start = openedAt;
  const segmentEnd = segments.find(([, end]) => end > start)?.[1] ?? start;
  if (now < segmentEnd) {
    intervals.push([start, Math.max(start, now)]);
    return intervals;
  }
  flags.push('checkout-missing');
  if (policy.attendance.missingCheckOut === 'count-to-end') {
    intervals.push([start, segmentEnd]);
    reasons.push(
      reason(
        RULE.CHECKOUT_MISSING,
        'There is no check-out after the last check-in, so time is counted to the end of that session; the host has been told.',
        { variant: 'count-to-end' },
      ),
    );
  } else {
    reasons.push(
      reason(
        RULE.CHECKOUT_MISSING,
        'There is no check-out after the last check-in, so the time after it earns no credit.',
        { variant: 'no-credit' },
      ),
    );
  }
  return intervals;
}

export interface CheckInWindow {
  open: boolean;
  /** When the window around `at` (or the next one) opens and closes. */
  opensAt?: string;
  closesAt?: string;
  reason: Reason;
}

/** ATTEND.WINDOW: check-in opens a policy-set time before each segment and closes at its end. */
export function checkInWindow(
  event: Pick<AttendanceEvent, 'segments'>,
  at: string | number,
  policy: PolicyDocument,
): CheckInWindow {
  const time = typeof at === 'number' ? at : Date.parse(at);
  const leadMinutes = policy.attendance.windowOpensMinutesBefore;
  const windows = merge(event.segments.map(toInterval)).map(([start, end]): Interval => [
    start - leadMinutes * MINUTE_MS,
    end,
  ]);
  const rule = `Check-in opens ${minutes(leadMinutes)} before a session starts and closes when it ends.`;
  const current = windows.find(([open, close]) => time >= open && time <= close);
  if (current) {
    return {
      open: true,
      ...times(current),
      reason: reason(RULE.WINDOW, `Check-in is open. ${rule}`, { variant: 'open', leadMinutes }),
    };
  }
  const next = windows.find(([open]) => open > time);
  return {
    open: false,
    ...(next ? times(next) : {}),
    reason: reason(
      RULE.WINDOW,
      next ? `Check-in is not open yet. ${rule}` : `Check-in has closed. ${rule}`,
      { variant: next ? 'not-yet' : 'closed', leadMinutes },
    ),
  };
}

/** Why a check-in is refused: the rule, the HTTP status and the words the learner reads. */
export interface CheckInRefusal {
  rule: RuleId;
  /**
   * Which refusal of its rule this is, for words in other languages: a closed window, a wrong
   * code, a learner already in or not in, or (a store's own) the cap of records reached.
   */
  cause: 'window' | 'code' | 'checked-in' | 'not-checked-in' | 'too-many';
  status: 409 | 422;
  title: string;
  detail: string;
  /** ATTEND.WINDOW before the session: when check-in opens. */
  opensAt?: string;
  /** ATTEND.WINDOW: the reason `detail` says, with its params, to word it in another language. */
  reason?: Reason;
}

export type CheckInDecision = { ok: true } | { ok: false; refusal: CheckInRefusal };

type CheckKind = CheckInRequest['kind'];

export interface CheckInAttempt {
  kind: CheckKind;
  /**
   * The learner's records in force (corrections applied), oldest first. Only the last one
   * decides, so a store may pass just that one.
   */
  records: readonly { kind: CheckKind }[];
  /** checkInWindow at the time of the attempt. */
  window: CheckInWindow;
  /** Whether the code typed is the rotating code of now (or the step just before). */
  codeAccepted: boolean;
}

/**
 * Whether a check-in (or out) is recorded, asked in this order: ATTEND.WINDOW (for `in`),
 * ATTEND.CODE, then ATTEND.ON_RECORD (a record must change the learner's state: a repeated
 * `in` or an orphan `out` adds nothing, and would pile up records past what the engine
 * evaluates).
 */
export function decideCheckIn(attempt: CheckInAttempt, policy: PolicyDocument): CheckInDecision {
  const { kind, window } = attempt;
  if (kind === 'in' && !window.open) {
    const opensAt = window.opensAt ? { opensAt: window.opensAt } : {};
    return refuse(RULE.WINDOW, 'window', 422, 'Check-in is closed', window.reason.message, {
      ...opensAt,
      reason: window.reason,
    });
  }
  if (!attempt.codeAccepted) {
    return refuse(
      RULE.CODE,
      'code',
      422,
      'Wrong or expired code',
      'Type the code shown on the host screen now; it changes every ' +
        `${policy.attendance.codeStepSeconds} seconds.`,
    );
  }
  const checkedIn = attempt.records.at(-1)?.kind === 'in';
  if ((kind === 'in') !== checkedIn) return { ok: true };
  return checkedIn
    ? refuse(
        RULE.ON_RECORD,
        'checked-in',
        409,
        'Already checked in',
        'You are checked in; check out first.',
      )
    : refuse(
        RULE.ON_RECORD,
        'not-checked-in',
        409,
        'Not checked in',
        'You are not checked in; check in first.',
      );
}

const refuse = (
  rule: RuleId,
  cause: CheckInRefusal['cause'],
  status: CheckInRefusal['status'],
  title: string,
  detail: string,
  extra: Pick<CheckInRefusal, 'opensAt' | 'reason'> = {},
): CheckInDecision => ({ ok: false, refusal: { rule, cause, status, title, detail, ...extra } });

/** A stored event and the prompts issued so far, as evaluateAttendance takes them. */
export function engineEvent(
  event: PublicEvent,
  prompts: readonly { id: string; at: string }[],
): AttendanceEvent {
  return {
    method: event.method,
    timeZone: event.timeZone,
    segments: event.segments,
    breaks: event.breaks,
    prompts: prompts.map(({ id, at }) => ({ id, at })),
  };
}

const times = ([open, close]: Interval) => ({
  opensAt: new Date(open).toISOString(),
  closesAt: new Date(close).toISOString(),
});

const within = (time: number, start: number, end: number): boolean => time >= start && time <= end;

/** Intersection of two merged interval lists, as a merged list. */
function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (end > start) out.push([start, end]);
    }
  }
  return merge(out);
}

function result(
  eligible: boolean,
  attendedMs: number,
  tenths: number,
  promptsIssued: number,
  promptsAnswered: number,
  flags: AttendanceFlag[],
  reasons: Reason[],
): AttendanceResult {
  const credits = creditValue(tenths);
  return {
    eligible,
    attendedMinutes: Math.floor(attendedMs / 600) / 100,
    credits: { nasba: credits, icma: credits },
    promptsIssued,
    promptsAnswered,
    flags,
    reasons,
  };
}
