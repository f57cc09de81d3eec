/** A group-live program with Ada enrolled and attending, and the schedule run as a process would. */
import { expect } from 'vitest';
import type { Certificate } from '../../src/policy/certificates.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { FIELDS_OF_STUDY } from '../../src/policy/programs.js';
import { sweepCertificates } from '../../src/server/certificate-schedule.js';
import type { Store } from '../../src/server/store/store.js';
import {
  createProgram,
  currentCode,
  enroll,
  eventBody,
  json,
  liveProgramBody,
  order,
  people,
  type TestApi,
} from './helpers.js';

/** The schedule as a second process would run it: the same store, its own clock. */
export const sweepAt = (store: Store, at: string) =>
  sweepCertificates({
    store,
    policy: defaultPolicy,
    now: () => new Date(at),
    publicUrl: 'http://localhost',
  });

/** A group-live program with one event (14:00-16:00Z, a 10-minute break) and Ada enrolled. */
export async function liveSetup(api: TestApi) {
  const program = await createProgram(api, liveProgramBody);
  const created = await api.request('/v1/events', {
    as: people.root,
    json: { ...eventBody, programId: program.id },
  });
  const eventId = (await json<{ id: string }>(created)).id;
  const enrollment = await enroll(api, program.id, order('ada', 'o-ada', { eventId }));
  return { programId: program.id, eventId, enrollmentId: enrollment.id };
}

export async function checkIn(api: TestApi, eventId: string, kind: 'in' | 'out', at: string) {
  api.clock.now = new Date(at);
  const code = await currentCode(api, eventId);
  const response = await api.request(`/v1/events/${eventId}/check-ins`, {
    as: people.ada,
    json: { kind, code },
  });
  expect(response.status).toBe(201);
  return json<{ id: string }>(response);
}

export async function adaCertificates(api: TestApi): Promise<Certificate[]> {
  const response = await api.request('/v1/certificates', { as: people.ada });
  expect(response.status).toBe(200);
  return (await json<{ items: Certificate[] }>(response)).items;
}

/** Ada attends 14:05-15:55 and the event ends: one certificate of 2.0 credits. */
export async function issuedCertificate(api: TestApi): Promise<Certificate> {
  const { eventId } = await liveSetup(api);
  await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
  await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');
  await sweepAt(api.store, '2026-03-02T16:00:00Z');
  api.clock.now = new Date('2026-03-02T16:30:00Z');
  const [certificate] = await adaCertificates(api);
  return certificate!;
}

/** The longest certificate a page must hold: revoked, a long name and title, every field of study. */
export const crowdedCertificate = (certificate: Certificate): Certificate => ({
  ...certificate,
  status: 'revoked',
  revokedAt: '2026-03-05T10:00:00Z',
  revokedReason: 'Issued in error',
  learner: { id: 'ada', name: 'Maria-Alejandra Fernández de la Cruz-Villanueva' },
  program: { ...certificate.program, title: 'Governmental Auditing '.repeat(6).trim() },
  credits: {
    nasba: 8,
    icma: 8,
    byField: FIELDS_OF_STUDY.map((field) => ({ field, credits: 0.4 })),
  },
});
