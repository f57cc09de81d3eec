/**
 * Certificates of record: the one function that re-evaluates a learner's certificate from the
 * records (issue, keep, re-issue on changed credits, revoke), called wherever the record
 * changes: the schedule when an event ends, a host's close or correction, a passed test, a
 * refund. Imports and grade passback call it too.
 */
import { randomBytes } from 'node:crypto';
import { engineEvent, evaluateAttendance } from '../policy/attendance.js';
import {
  certificateContents,
  decideCertificate,
  eventEndsAt,
  sameCredits,
  type CertificateDecision,
  type CertificateEligibility,
} from '../policy/certificates.js';
import type { Enrollment } from '../policy/enrollments.js';
import type { Program } from '../policy/programs.js';
import { RULE, reason } from '../policy/reasons.js';
import type { AttendanceResult, StoredCheckIn } from '../policy/schemas.js';
import { attendanceRecords } from './attendance-records.js';
import type { AppContext } from './context.js';
import type {
  CertificateChange,
  CertificateSources,
  StoredCertificate,
  StoredEvent,
} from './store/store.js';

type Context = Pick<AppContext, 'store' | 'policy' | 'now' | 'publicUrl'>;

/** 128 random bits: a certificate id cannot be guessed from another. */
export const newCertificateId = (): string => randomBytes(16).toString('base64url');

/** When an event's issuance job falls due: the end of its last segment. */
export const scheduledEnd = (event: StoredEvent): string =>
  new Date(eventEndsAt({ timeZone: event.timeZone, segments: event.segments })).toISOString();

/**
 * What every enrollment of one event reads alike (its program's versions, the event, its
 * close, its prompts), read once per batch: an import or the schedule re-evaluates thousands
 * of learners, and these do not change while it runs.
 */
class SharedReads {
  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Context['store']) {}

  programVersions(programId: string) {
    return this.once(`versions ${programId}`, () => this.store.listProgramVersions(programId));
  }

  event(id: string) {
    return this.once(`event ${id}`, () => this.store.getEvent(id));
  }

  closedAt(eventId: string) {
    return this.once(`closed ${eventId}`, () => this.store.eventClosedAt(eventId));
  }

  prompts(eventId: string) {
    return this.once(`prompts ${eventId}`, () => this.store.listPrompts(eventId));
  }

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let pending = this.reads.get(key) as Promise<T> | undefined;
    if (!pending) this.reads.set(key, (pending = read()));
    return pending;
  }
}

interface Evaluated {
  decision: CertificateDecision;
  sources: CertificateSources;
  program: Program;
  event?: StoredEvent;
}

/** The record's decision for an enrollment, with what it was decided from. */
async function evaluate(
  app: Context,
  enrollment: Enrollment,
  shared = new SharedReads(app.store),
): Promise<Evaluated> {
  const { store, policy } = app;
  const now = app.now().toISOString();
  const versions = await shared.programVersions(enrollment.programId);
  const bought = versions.find(({ program }) => program.version === enrollment.programVersion);
  if (!bought) throw new Error(`Enrollment ${enrollment.id} names a program version not stored`);
  const program = bought.program;
  const event = enrollment.eventId ? await shared.event(enrollment.eventId) : undefined;
  const sources: CertificateSources = {
    policyVersion: policy.version,
    programVersion: program.version,
    ...(enrollment.assessment ? { assessment: enrollment.assessment } : {}),
  };
  if (!event) {
    return { decision: decideCertificate({ program, enrollment, now }), sources, program };
  }
  const closedAt = await shared.closedAt(event.id);
  const schedule = {
    timeZone: event.timeZone,
    segments: event.segments,
    ...(closedAt ? { closedAt } : {}),
  };
  const endsAt = eventEndsAt(schedule);
  let attendance: CertificateSources['attendance'];
  let evaluation: AttendanceResult | undefined;
  if (Date.parse(now) >= endsAt) {
    const learnerId = enrollment.learner.sub;
    const [rows, prompts, responses] = await Promise.all([
      store.listCheckIns(event.id, learnerId),
      shared.prompts(event.id),
      store.listResponses(event.id, learnerId),
    ]);
    // Evaluated as of the end: a close cuts an open check-in there, not at a later sweep.
    const result = evaluateAttendance(
      {
        event: engineEvent(event, prompts),
        records: attendanceRecords(rows),
        responses: responses.map(({ promptId, at }) => ({ promptId, at })),
      },
      policy,
      new Date(endsAt).toISOString(),
    );
    if (result.ok) {
      evaluation = result.value;
      attendance = {
        records: rows.map(recordOf),
        prompts: prompts.map(({ id, at }) => ({ id, at })),
        responses: responses.map(({ promptId, at }) => ({ promptId, at })),
        evaluation,
      };
    }
  }
  const decision = decideCertificate({
    program,
    enrollment,
    event: schedule,
    ...(evaluation ? { attendance: evaluation } : {}),
    now,
  });
  return {
    decision,
    sources: {
      ...sources,
      eventId: event.id,
      ...(closedAt ? { closedAt } : {}),
      ...(attendance ? { attendance } : {}),
    },
    program,
    event,
  };
}

/** Every record, corrections and the ones they replace alike, without the learner's address. */
const recordOf = (row: StoredCheckIn & { learnerName?: string; clientAddress?: string }) => {
  const record: StoredCheckIn & { learnerName?: string; clientAddress?: string } = { ...row };
  delete record.learnerName;
  delete record.clientAddress;
  return record;
};

/**
 * Re-evaluates one enrollment's certificate and writes the outcome: issued once; kept when the
 * credits are unchanged; re-issued (the old one superseded, pointing at the new) when they
 * changed; revoked when the record no longer earns one. Safe to call any number of times, from
 * any process. Returns the valid certificate afterwards, if any.
 */
export async function reevaluateCertificate(
  app: Context,
  enrollmentId: string,
): Promise<StoredCertificate | undefined> {
  const enrollment = await app.store.getEnrollment(enrollmentId);
  return enrollment ? revise(app, enrollment, new SharedReads(app.store)) : undefined;
}

async function revise(
  app: Context,
  enrollment: Enrollment,
  shared: SharedReads,
): Promise<StoredCertificate | undefined> {
  const { decision, sources, program, event } = await evaluate(app, enrollment, shared);
  return app.store.reviseCertificate(enrollment.id, (current): CertificateChange => {
    if (decision.status !== 'eligible') {
      if (!current) return { kind: 'keep' };
      const why = decision.status === 'none' ? decision.reasons : decision.missing;
      return {
        kind: 'revoke',
        at: app.now().toISOString(),
        reason: why.map(({ message }) => message).join(' '),
      };
    }
    if (
      current &&
      current.certificate.programVersion === enrollment.programVersion &&
      current.certificate.completedOn === decision.completedOn &&
      sameCredits(current.certificate.credits, decision.credits)
    ) {
      return { kind: 'keep' };
    }
    const certificate = certificateContents(
      {
        id: newCertificateId(),
        enrollment,
        program,
        ...(event ? { event } : {}),
        credits: decision.credits,
        completedOn: decision.completedOn,
        issuedAt: app.now().toISOString(),
        publicUrl: app.publicUrl,
      },
      app.policy,
    );
    return {
      kind: 'issue',
      issue: {
        certificate,
        sources,
        identitySalt: current?.identitySalt ?? randomBytes(16).toString('base64url'),
      },
    };
  });
}

/** Re-evaluates the certificates of a learner's enrollments in one event (after a correction). */
export async function reevaluateEventLearner(
  app: Context,
  eventId: string,
  learnerId: string,
): Promise<void> {
  const enrollments = await app.store.listEnrollments({ learnerId });
  const shared = new SharedReads(app.store);
  for (const enrollment of enrollments.filter((item) => item.eventId === eventId)) {
    await revise(app, enrollment, shared);
  }
}

/**
 * Re-evaluates the certificates of these learners' enrollments in one event (an import's), or
 * of every learner's when `learnerIds` is left out (what the event's issuance job does when it
 * falls due). Returns how many are valid afterwards.
 */
export async function reevaluateEvent(
  app: Context,
  event: StoredEvent,
  learnerIds?: ReadonlySet<string>,
): Promise<number> {
  if (!event.programId) return 0;
  const enrollments = await app.store.listEnrollments({ programId: event.programId });
  const shared = new SharedReads(app.store);
  let valid = 0;
  for (const enrollment of enrollments) {
    if (enrollment.eventId !== event.id) continue;
    if (learnerIds && !learnerIds.has(enrollment.learner.sub)) continue;
    if (await revise(app, enrollment, shared)) valid += 1;
  }
  return valid;
}

/**
 * What the learner's record says of a program's certificate now: the valid one, or what is
 * still missing, or why there is none. Nothing is written.
 */
export async function certificateEligibility(
  app: Context,
  learnerId: string,
  programId: string,
): Promise<CertificateEligibility> {
  const enrollments = (await app.store.listEnrollments({ learnerId, programId })).reverse();
  if (enrollments.length === 0) {
    return {
      status: 'none',
      reasons: [
        reason(RULE.CERT_ENROLLMENT, 'You are not enrolled in this program.', {
          variant: 'not-enrolled',
        }),
      ],
    };
  }
  const issued = await app.store.listCertificates({ learnerId, programId });
  const valid = issued.find(({ certificate }) => certificate.status === 'valid');
  if (valid) return { status: 'issued', certificate: valid.certificate };
  // The newest active enrollment speaks for the program; else the newest of all.
  const enrollment = enrollments.find((item) => item.status === 'active') ?? enrollments[0]!;
  const { decision } = await evaluate(app, enrollment);
  if (decision.status !== 'eligible') return decision;
  // Earned, and the schedule has not run yet: issued now (the same idempotent write).
  const made = await reevaluateCertificate(app, enrollment.id);
  return made
    ? { status: 'issued', certificate: made.certificate }
    : { status: 'not-yet', missing: decision.reasons };
}
