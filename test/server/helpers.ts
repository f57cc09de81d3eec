/** A test API on an in-memory SQLite store, a movable clock, and tokens for every role. */
import { SignJWT } from 'jose';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { mintToken, type Identity } from '../../src/server/auth.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import type { Store } from '../../src/server/store/store.js';

export const secret = 'test-secret-that-is-long-enough-for-hs256';

export const people = {
  ada: { sub: 'ada', role: 'learner', name: 'Ada Lovelace' },
  bob: { sub: 'bob', role: 'learner' },
  grace: { sub: 'grace', role: 'host', name: 'Grace Hopper' },
  root: { sub: 'root', role: 'admin' },
} satisfies Record<string, Identity>;

export interface TestApi {
  store: Store;
  clock: { now: Date };
  request(path: string, init?: RequestInit & { as?: Identity; json?: unknown }): Promise<Response>;
}

export async function testApi(
  options: Partial<AppOptions> & { store?: Store; at?: string } = {},
): Promise<TestApi> {
  const store = options.store ?? (await openSqliteStore(':memory:'));
  const clock = { now: new Date(options.at ?? '2026-03-02T14:05:00Z') };
  const app = createApp({ tokenSecret: secret, now: () => clock.now, ...options, store });
  return {
    store,
    clock,
    async request(path, { as, json, headers, ...init } = {}) {
      const all = new Headers(headers);
      if (as) all.set('authorization', `Bearer ${await mintToken(secret, as)}`);
      if (json !== undefined) all.set('content-type', 'application/json');
      return app.request(path, {
        ...init,
        headers: all,
        ...(json !== undefined
          ? { method: init.method ?? 'POST', body: JSON.stringify(json) }
          : {}),
      });
    },
  };
}

/** A token signed the way an attacker would: `alg: none`, or with another key, or expired. */
export async function forgedToken(kind: 'none' | 'wrong-secret' | 'expired'): Promise<string> {
  const claims = { sub: 'ada', role: 'admin' };
  if (kind === 'none') {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 3600;
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, exp })}.`;
  }
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('ada');
  if (kind === 'expired') {
    return jwt
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
  }
  return jwt
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('another-secret-entirely-0123456789'));
}

/** The demo schedule: a 2-hour group-live session on 2 March 2026, 14:00-16:00 UTC. */
export const eventBody = {
  title: 'Month-end close',
  method: 'group-live',
  timeZone: 'America/New_York',
  segments: [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T16:00:00Z' }],
  breaks: [{ start: '2026-03-02T15:00:00Z', end: '2026-03-02T15:10:00Z' }],
  location: 'Room 4',
};

export async function createEvent(api: TestApi, body: object = eventBody): Promise<string> {
  const response = await api.request('/v1/events', { as: people.root, json: body });
  if (response.status !== 201) throw new Error(`event not created: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export async function currentCode(api: TestApi, eventId: string): Promise<string> {
  const response = await api.request(`/v1/events/${eventId}/code`, { as: people.grace });
  return ((await response.json()) as { code: string }).code;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  rule?: string;
  /** ATTEND.WINDOW refusals before an event: when check-in opens. */
  opensAt?: string;
  errors?: { path: string; message: string }[];
}

/** A response's JSON as the type the test expects (the test then checks it). */
export const json = <T = Problem>(response: Response): Promise<T> => response.json() as Promise<T>;

/** A group-live program (credits from its events) in the event's time zone. */
export const liveProgramBody = {
  title: 'Month-end close',
  description: 'Closing the books on time.',
  objectives: ['Close the month in five days'],
  deliveryMethod: 'group-live',
  knowledgeLevel: 'Basic',
  fieldsOfStudy: [{ field: 'Accounting' }],
  timeZone: 'America/New_York',
  product: 'live-event',
  priceCents: 19_999,
  currency: 'USD',
};

/** A self-study program: 75 pilot minutes, 1.4 credits (in fifths, rounded down). */
export const selfStudyBody = {
  ...liveProgramBody,
  title: 'Lease accounting, self-study',
  deliveryMethod: 'self-study',
  product: 'self-study',
  creditInput: { selfStudy: { pilotMinutes: 75 } },
};

export async function createProgram(api: TestApi, body: object = liveProgramBody) {
  const response = await api.request('/v1/programs', { as: people.root, json: body });
  if (response.status !== 201) throw new Error(`program not created: ${await response.text()}`);
  return (await response.json()) as { id: string; version: number };
}

/** An order of record for `sub`, bought on 1 March 2026. */
export const order = (sub: string, orderRef: string, extra: object = {}) => ({
  learner: { sub, name: `Learner ${sub}`, email: `${sub}@example.org` },
  pricePaidCents: 19_999,
  currency: 'USD',
  purchasedAt: '2026-03-01T10:00:00Z',
  orderRef,
  ...extra,
});

export async function enroll(api: TestApi, programId: string, body: object) {
  const response = await api.request(`/v1/programs/${programId}/enrollments`, {
    as: people.root,
    json: body,
  });
  if (response.status !== 201) throw new Error(`not enrolled: ${await response.text()}`);
  return (await response.json()) as { id: string; eventId?: string; programVersion: number };
}
