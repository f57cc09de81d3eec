/**
 * The browser side of test/components/real-api.mjs: a fresh space of the real API per test,
 * tokens signed with its secret, the network line in front of it, and setup calls made the
 * way a sponsor's systems would make them (an admin creates events, a host reads the code).
 */
import type { Certificate } from '../../src/policy/certificates.js';
import type { Enrollment } from '../../src/policy/enrollments.js';
import type { PolicyDocument } from '../../src/policy/policy.js';
import type { Program } from '../../src/policy/programs.js';
import type { CheckInCode, PublicEvent } from '../../src/policy/schemas.js';

export type Role = 'learner' | 'host' | 'admin';
export type LineState = 'up' | 'down' | 'lose-response' | 'slow' | 'flaky' | 'web-page';
export interface LineRequest {
  method: string;
  /** The path as the app sees it, such as `/v1/refunds`. */
  path: string;
  idempotencyKey: string | null;
  /** The body as sent (null for GET). */
  body: string | null;
}

let serial = 0;

/** The api-base of a new space: the real app on an empty store of its own, line up. */
export const newSpace = (label = 'test'): string => `/api/${label}-${Date.now()}-${(serial += 1)}/`;

const controlOf = (apiBase: string): string =>
  `/test-api/space/${apiBase.split('/').filter(Boolean).at(-1)}`;

async function control(apiBase: string, change?: object): Promise<{ requests: LineRequest[] }> {
  const response = await fetch(controlOf(apiBase), {
    method: change ? 'POST' : 'GET',
    ...(change ? { body: JSON.stringify(change) } : {}),
  });
  return (await response.json()) as { requests: LineRequest[] };
}

export async function setLine(apiBase: string, line: LineState): Promise<void> {
  await control(apiBase, { line });
}

/** Runs the space's app with this policy document, as a sponsor with that policy would. */
export async function usePolicy(apiBase: string, policy: PolicyDocument): Promise<void> {
  await control(apiBase, { policy });
}

/**
 * Moves the clock of the space's app and of this page on by `offsetMs` (Date.now only, which
 * is what the widgets read); returns the function that puts this page's clock back.
 */
export async function shiftClocks(apiBase: string, offsetMs: number): Promise<() => unknown> {
  await control(apiBase, { clockOffsetMs: offsetMs });
  const real = Object.getOwnPropertyDescriptor(Date, 'now')!;
  const realNow = Date.now.bind(Date);
  Date.now = () => realNow() + offsetMs;
  return () => Object.defineProperty(Date, 'now', real);
}

/** Every request that reached the space's line, oldest first (dropped ones too). */
export async function requestsTo(
  apiBase: string,
  method: string,
  path: string,
): Promise<LineRequest[]> {
  const { requests } = await control(apiBase);
  return requests.filter((request) => request.method === method && request.path === path);
}

export async function token(sub: string, role: Role = 'learner', name?: string): Promise<string> {
  const response = await fetch('/test-api/token', {
    method: 'POST',
    body: JSON.stringify({ sub, role, ...(name ? { name } : {}) }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** A call to the real API as `role` (signed in as `sub`); throws unless it succeeds. */
export async function call<T>(
  apiBase: string,
  path: string,
  { as, json }: { as?: [sub: string, role: Role]; json?: unknown } = {},
): Promise<T> {
  const headers = new Headers(json === undefined ? {} : { 'content-type': 'application/json' });
  if (as) headers.set('authorization', `Bearer ${await token(...as)}`);
  const response = await fetch(`${apiBase}${path}`, {
    headers,
    ...(json === undefined ? {} : { method: 'POST', body: JSON.stringify(json) }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

const MINUTE = 60_000;
const at = (minutesFromNow: number): string =>
  new Date(Date.now() + minutesFromNow * MINUTE).toISOString();

/**
 * Creates an event through `POST /v1/events` as an admin. By default a group-live session that
 * started 10 minutes ago and lasts 100 (check-in is open); `closed` ended an hour ago.
 */
export function createEvent(
  apiBase: string,
  {
    method = 'group-live',
    closed = false,
    title = 'Month-end close',
    programId,
    startsInMinutes,
  }: {
    method?: PublicEvent['method'];
    closed?: boolean;
    title?: string;
    /** The program the event belongs to (its delivery method must match). */
    programId?: string;
    /** A session that starts this far ahead and lasts 100 minutes, instead. */
    startsInMinutes?: number;
  } = {},
): Promise<PublicEvent> {
  const from = startsInMinutes ?? (closed ? -180 : -10);
  const segment = { start: at(from), end: at(from + (closed ? 120 : 100)) };
  return call<PublicEvent>(apiBase, 'v1/events', {
    as: ['ada-admin', 'admin'],
    json: {
      title,
      method,
      timeZone: 'America/New_York',
      segments: [segment],
      ...(programId ? { programId } : {}),
    },
  });
}

/** The event's current check-in code, as its host reads it. */
export const currentCode = (apiBase: string, eventId: string): Promise<CheckInCode> =>
  call<CheckInCode>(apiBase, `v1/events/${eventId}/code`, { as: ['hal', 'host'] });

/**
 * Creates a published program through `POST /v1/programs` as an admin: a self-study course by
 * default, or a live event (`product: 'live-event'`, group-live) to which events are added.
 */
export function createProgram(
  apiBase: string,
  {
    product = 'self-study',
    title = 'Lease accounting',
    priceCents = 19_999,
  }: { product?: 'self-study' | 'live-event'; title?: string; priceCents?: number } = {},
): Promise<Program> {
  const selfStudy = product === 'self-study';
  return call<Program>(apiBase, 'v1/programs', {
    as: ['ada-admin', 'admin'],
    json: {
      title,
      description: 'How leases reach the balance sheet.',
      objectives: ['Account for a lease'],
      deliveryMethod: selfStudy ? 'self-study' : 'group-live',
      knowledgeLevel: 'Basic',
      fieldsOfStudy: [{ field: 'Accounting' }],
      timeZone: 'America/New_York',
      product,
      priceCents,
      currency: 'USD',
      ...(selfStudy ? { creditInput: { selfStudy: { pilotMinutes: 75 } } } : {}),
    },
  });
}

/** Enrolls `sub` in the program through `POST /v1/programs/{id}/enrollments` as an admin. */
export function enroll(
  apiBase: string,
  programId: string,
  sub: string,
  {
    purchasedAt = at(-10 * 24 * 60),
    pricePaidCents = 19_999,
    eventId,
  }: { purchasedAt?: string; pricePaidCents?: number; eventId?: string } = {},
): Promise<Enrollment> {
  return call<Enrollment>(apiBase, `v1/programs/${programId}/enrollments`, {
    as: ['ada-admin', 'admin'],
    json: {
      learner: { sub, name: `Learner ${sub}`, email: `${sub}@example.org` },
      pricePaidCents,
      currency: 'USD',
      purchasedAt,
      orderRef: `order-${sub}-${(serial += 1)}`,
      ...(eventId ? { eventId } : {}),
    },
  });
}

/** A self-study program for the disclosure card, as the `POST /v1/programs` body. */
export const sampleProgram = {
  title: 'Managing Cash Flow',
  description: 'How to forecast, measure and improve the cash a business generates.',
  objectives: ['Build a 13-week cash forecast', 'Explain the cash conversion cycle'],
  deliveryMethod: 'self-study',
  knowledgeLevel: 'Basic',
  fieldsOfStudy: [{ field: 'Finance' }],
  instructors: [{ name: 'Grace Hopper', credentials: 'CPA, CMA' }],
  timeZone: 'America/New_York',
  product: 'self-study',
  priceCents: 19999,
  currency: 'USD',
  creditInput: { selfStudy: { reviewQuestions: 10, examQuestions: 10, words: 18000 } },
} as const;

/** Publishes a program of any body through `POST /v1/programs` as an admin. */
export const postProgram = (
  apiBase: string,
  program: object = sampleProgram,
): Promise<{ id: string; version: number }> =>
  call(apiBase, 'v1/programs', { as: ['ada-admin', 'admin'], json: program });

/**
 * A self-study enrollment of `sub` with its final test recorded at `scorePercent` (passed at
 * 70 or more, when the API issues the certificate by itself), as the sponsor's LMS would.
 */
export async function completeSelfStudy(
  apiBase: string,
  sub: string,
  { scorePercent = 90, title }: { scorePercent?: number; title?: string } = {},
): Promise<{ programId: string; enrollmentId: string }> {
  const program = await createProgram(apiBase, title ? { title } : {});
  const enrollment = await enroll(apiBase, program.id, sub);
  await call(apiBase, `v1/enrollments/${enrollment.id}/assessment`, {
    as: ['ada-admin', 'admin'],
    json: { scorePercent },
  });
  return { programId: program.id, enrollmentId: enrollment.id };
}

/** The learner's certificates of record, as `GET /v1/certificates` answers them. */
export const certificatesOf = async (apiBase: string, sub: string): Promise<Certificate[]> =>
  (await call<{ items: Certificate[] }>(apiBase, 'v1/certificates', { as: [sub, 'learner'] }))
    .items;

/** An admin revokes a certificate with a reason. */
export const revokeCertificate = (apiBase: string, id: string, reason: string): Promise<unknown> =>
  call(apiBase, `v1/certificates/${id}/revoke`, { as: ['ada-admin', 'admin'], json: { reason } });
