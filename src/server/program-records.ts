/**
 * Programs of record on the server: a version's answer worked out by the engine from its body
 * and its events, and which version a caller may read (anyone: published ones only).
 */
import { offeredCredits, type Program, type ProgramWrite } from '../policy/programs.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { Identity } from './auth.js';
import { ProblemError } from './problem.js';
import type { ProgramRecord, StoredEvent } from './store/store.js';

/** The version `base` names, its credits worked out; a 422 naming the fields when they cannot be. */
export function workedOut(
  input: ProgramWrite,
  events: StoredEvent[],
  policy: PolicyDocument,
  base: Pick<Program, 'id' | 'version' | 'createdAt'>,
): ProgramRecord {
  const mismatched = events.findIndex((event) => event.method !== input.deliveryMethod);
  if (mismatched >= 0) {
    const { id: event, method } = events[mismatched]!;
    throw new ProblemError(
      422,
      { id: 'programMethodMismatch', event, method },
      { errors: [{ path: 'deliveryMethod', message: `must be ${method}` }] },
    );
  }
  const offered = offeredCredits(input, events, policy);
  if (!offered.ok) {
    throw new ProblemError(422, 'programCreditsUnknown', { errors: offered.errors });
  }
  const { status, ...body } = input;
  return {
    input,
    program: {
      ...body,
      id: base.id,
      version: base.version,
      createdAt: base.createdAt,
      status: status ?? 'published',
      ...offered.value,
      policyVersion: policy.version,
    },
  };
}

export const noSuchProgram = (): ProblemError => new ProblemError(404, 'programUnknown');

/** The newest version, or the newest published one: what a caller who is not an admin reads. */
export function currentVersion(
  versions: ProgramRecord[],
  publishedOnly: boolean,
): ProgramRecord | undefined {
  return versions.findLast(({ program }) => !publishedOnly || program.status === 'published');
}

/** Admins read drafts too; everyone else reads published versions only. */
export const readsDrafts = (identity: Identity | undefined): boolean => identity?.role === 'admin';

/**
 * The program versions in force (the newest, and the newest published when that is older),
 * their credits worked out again with `events`, the new `event` among them. 422 when there
 * is no such program, its method differs, or its credits no longer add up.
 */
export function reworkedWith(
  versions: ProgramRecord[],
  events: StoredEvent[],
  event: StoredEvent,
  policy: PolicyDocument,
): ProgramRecord[] {
  const latest = versions.at(-1);
  if (!latest) throw eventRefused('programId', 'is not a program');
  if (latest.program.deliveryMethod !== event.method) {
    throw eventRefused('method', `must be ${latest.program.deliveryMethod}, the program’s method`);
  }
  const inForce = new Set([latest, currentVersion(versions, true) ?? latest]);
  return [...inForce].map((record) =>
    workedOut(record.input, [...events, event], policy, record.program),
  );
}

const eventRefused = (path: string, message: string): ProblemError =>
  new ProblemError(422, 'eventNotFitting', { errors: [{ path, message }] });
