/**
 * Enrollments of record on the server: what an order becomes (the program version it buys and
 * which event), the answer to an enrolling call, and the refund facts an enrollment gives.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import * as v from 'valibot';
import {
  refundInputFromRecord,
  type Enrollment,
  type EnrollmentCreate,
} from '../policy/enrollments.js';
import type { Program } from '../policy/programs.js';
import type { FieldError, RefundInput } from '../policy/schemas.js';
import { digest } from './idempotency.js';
import { currentVersion, noSuchProgram } from './program-records.js';
import { nextPage, pageQuery } from './pagination.js';
import { ProblemError } from './problem.js';
import type { EnrollmentsAdded, NewEnrollment, Store, StoredEvent } from './store/store.js';

/** What enrolling in a program needs: its newest published version and its events. */
export interface EnrollmentTarget {
  program: Program;
  events: StoredEvent[];
}

/** 404 for an unknown program, 409 for one with no published version yet. */
export async function enrollmentTarget(store: Store, programId: string): Promise<EnrollmentTarget> {
  const versions = await store.listProgramVersions(programId);
  if (versions.length === 0) throw noSuchProgram();
  const current = currentVersion(versions, true);
  if (!current) {
    throw new ProblemError(409, 'programUnpublished');
  }
  return { program: current.program, events: await store.listProgramEvents(programId) };
}

/** The enrollment an order makes, or the error of its `eventId`. */
export function enrollmentOf(
  { program, events }: EnrollmentTarget,
  order: EnrollmentCreate,
  createdAt: string,
): { ok: true; value: NewEnrollment } | { ok: false; error: FieldError } {
  const event = order.eventId ? events.find(({ id }) => id === order.eventId) : earliest(events);
  if (order.eventId && !event) {
    return { ok: false, error: { path: 'eventId', message: 'is not an event of this program' } };
  }
  const enrollment: Enrollment = {
    ...order,
    ...(event ? { eventId: event.id } : {}),
    id: randomUUID(),
    programId: program.id,
    programVersion: program.version,
    status: 'active',
    createdAt,
  };
  // The facts as sent (with the program): a retry of the same order sends the same ones.
  return {
    ok: true,
    value: { enrollment, factsHash: digest({ programId: program.id, ...order }) },
  };
}

function earliest(events: StoredEvent[]): StoredEvent | undefined {
  const start = (event: StoredEvent) => Math.min(...event.segments.map((s) => Date.parse(s.start)));
  return events.reduce<StoredEvent | undefined>(
    (first, event) => (!first || start(event) < start(first) ? event : first),
    undefined,
  );
}

/** One order's answer: 201 made, 200 already on record with the same facts, 409 otherwise. */
export function enrolled(c: Context, outcome: EnrollmentsAdded): Response {
  if (!outcome.ok) throw orderRefTaken();
  const [first] = outcome.added;
  return c.json(first!.enrollment, first!.created ? 201 : 200);
}

export const orderRefTaken = (): ProblemError => new ProblemError(409, 'orderRefTaken');

export const unknownEvent = (error: FieldError): ProblemError =>
  new ProblemError(422, 'eventNotInProgram', { errors: [error] });

export const noSuchEnrollment = (): ProblemError => new ProblemError(404, 'enrollmentUnknown');

/** The learner's own enrollment, or 404 (another's existence is not theirs to know). */
export async function ownEnrollment(store: Store, id: string, sub: string): Promise<Enrollment> {
  const enrollment = await store.getEnrollment(id);
  if (!enrollment || enrollment.learner.sub !== sub) throw noSuchEnrollment();
  return enrollment;
}

/** The refund question as the records answer it: program version, event, attendance. */
export async function refundFactsOf(
  store: Store,
  enrollment: Enrollment,
  receivedAt: string,
  specialCircumstances: boolean | undefined,
): Promise<RefundInput> {
  const versions = await store.listProgramVersions(enrollment.programId);
  const bought = versions.find(({ program }) => program.version === enrollment.programVersion);
  if (!bought) throw new Error(`Enrollment ${enrollment.id} names a program version not stored`);
  const event = enrollment.eventId ? await store.getEvent(enrollment.eventId) : undefined;
  const attended = event
    ? (await store.listCheckIns(event.id, enrollment.learner.sub)).length > 0
    : false;
  return refundInputFromRecord({
    enrollment,
    program: bought.program,
    ...(event ? { event } : {}),
    attended,
    ...(specialCircumstances ? { specialCircumstances } : {}),
    receivedAt,
  });
}

const EnrollmentCursor = v.object({ createdAt: v.string(), id: v.string() });

/** One page of enrollments (`?limit=`, `?cursor=`; the next cursor in the response headers). */
export async function enrollmentPage(
  c: Context,
  store: Store,
  filter: { learnerId: string } | { programId: string },
): Promise<Enrollment[]> {
  const page = pageQuery(c, EnrollmentCursor);
  const rows = await store.listEnrollments({
    ...filter,
    limit: page.limit + 1,
    ...(page.after ? { after: page.after } : {}),
  });
  return nextPage(c, rows, page, ({ createdAt, id }) => ({ createdAt, id }));
}
