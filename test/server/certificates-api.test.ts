/**
 * Certificates of record through the API: issued once when the event ends (by the durable
 * schedule, or a host's close), re-issued on a correction that changes the credits, revoked by
 * an admin or a refund, self-study on a passed test, learners seeing only their own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Certificate, CertificateEligibility } from '../../src/policy/certificates.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { JOB_LEASE_MS } from '../../src/server/certificate-schedule.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import { adaCertificates, checkIn, liveSetup, sweepAt } from './certificate-setup.js';
import { createProgram, enroll, json, order, people, selfStudyBody, testApi } from './helpers.js';

type Page = { items: Certificate[]; nextCursor?: string };

describe('issuing when the event ends', () => {
  it('issues nothing before the end and one certificate after, however often the schedule runs', async () => {
    const api = await testApi();
    const { eventId, programId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');

    expect(await sweepAt(api.store, '2026-03-02T15:59:00Z')).toBe(0);
    expect(await adaCertificates(api)).toEqual([]);
    const early = await api.request(`/v1/certificates/eligibility?programId=${programId}`, {
      as: people.ada,
    });
    expect(await json<CertificateEligibility>(early)).toEqual({
      status: 'not-yet',
      missing: [
        {
          rule: 'CERT.EVENT_ENDED',
          message: 'The event has not ended yet.',
          params: { variant: 'not-ended' },
          lang: 'en',
        },
      ],
    });

    // Two processes sweeping at once, then a restart sweeping again: one certificate.
    await Promise.all([
      sweepAt(api.store, '2026-03-02T16:00:00Z'),
      sweepAt(api.store, '2026-03-02T16:00:00Z'),
    ]);
    await sweepAt(api.store, '2026-03-02T16:05:00Z');
    const [certificate, ...more] = await adaCertificates(api);
    expect(more).toEqual([]);
    expect(certificate).toMatchObject({
      status: 'valid',
      programId,
      eventId,
      learner: { id: 'ada', name: 'Learner ada' },
      program: { title: 'Month-end close', deliveryMethod: 'group-live', location: 'Room 4' },
      completedOn: '2026-03-02',
      // 14:05-15:55 less the 10-minute break: 100 minutes.
      credits: { nasba: 2, icma: 2, byField: [{ field: 'Accounting', credits: 2 }] },
      sponsor: {
        nasbaSponsorId: '103004',
        stateSponsorIds: [{ state: 'TX', id: '000028' }],
        representative: defaultPolicy.sponsor.representative,
      },
    });
    expect(certificate!.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(certificate!.verifyUrl).toBe(`http://localhost/verify/${certificate!.id}`);
    expect(certificate!.links).toEqual({
      pdf: `/v1/certificates/${certificate!.id}.pdf`,
      credential: `/v1/certificates/${certificate!.id}/credential`,
    });
    expect(certificate!.statement).toMatch(/50-minute hour/);

    const status = await api.request(`/v1/certificates/eligibility?programId=${programId}`, {
      as: people.ada,
    });
    expect(await json<CertificateEligibility>(status)).toEqual({ status: 'issued', certificate });
  });

  it('runs a job whose process died once its lease lapses, and not before', async () => {
    const api = await testApi();
    const { eventId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');
    // A process claims the job and dies without finishing it.
    await api.store.scheduleCertificateJobs(() => '2026-03-02T16:00:00.000Z');
    expect(
      await api.store.claimCertificateJobs(new Date('2026-03-02T16:00:00Z'), JOB_LEASE_MS),
    ).toEqual([eventId]);
    expect(await sweepAt(api.store, '2026-03-02T16:01:00Z')).toBe(0);
    expect(await adaCertificates(api)).toEqual([]);
    const lapsed = new Date(Date.parse('2026-03-02T16:00:00Z') + JOB_LEASE_MS + 1000).toISOString();
    expect(await sweepAt(api.store, lapsed)).toBe(1);
    expect(await adaCertificates(api)).toHaveLength(1);
  });

  it('issues at once when a host closes the event early, cutting an open check-in there', async () => {
    const api = await testApi();
    const { eventId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:00:00Z');
    api.clock.now = new Date('2026-03-02T15:10:00Z');
    const closed = await api.request(`/v1/events/${eventId}/close`, {
      method: 'POST',
      as: people.grace,
    });
    expect(closed.status).toBe(200);
    expect(await json(closed)).toEqual({
      id: eventId,
      closedAt: '2026-03-02T15:10:00.000Z',
      certificates: 1,
    });
    const [certificate] = await adaCertificates(api);
    // 14:00-15:10 less the break: 60 minutes, 1.2 credits.
    expect(certificate?.credits.nasba).toBe(1.2);
    const learner = await api.request(`/v1/events/${eventId}/close`, {
      method: 'POST',
      as: people.ada,
    });
    expect(learner.status).toBe(403);
  });

  it('says what is missing when no attendance is on record', async () => {
    const api = await testApi({ at: '2026-03-02T17:00:00Z' });
    const { programId } = await liveSetup(api);
    const response = await api.request(`/v1/certificates/eligibility?programId=${programId}`, {
      as: people.ada,
    });
    expect(await json(response)).toEqual({
      status: 'not-yet',
      missing: [
        {
          rule: 'ATTEND.ON_RECORD',
          message: 'Your attendance is not on record.',
          params: { variant: 'certificate' },
          lang: 'en',
        },
      ],
    });
    const stranger = await api.request(`/v1/certificates/eligibility?programId=${programId}`, {
      as: people.bob,
    });
    expect(await json<CertificateEligibility>(stranger)).toMatchObject({ status: 'none' });
  });
});

describe('re-issuing and revoking', () => {
  it('re-issues on a correction that changes the credits, keeping the old one as superseded', async () => {
    const api = await testApi();
    const { eventId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    const out = await checkIn(api, eventId, 'out', '2026-03-02T15:00:00Z');
    await sweepAt(api.store, '2026-03-02T16:00:00Z');
    const [first] = await adaCertificates(api);
    expect(first?.credits.nasba).toBe(1.0);

    api.clock.now = new Date('2026-03-03T09:00:00Z');
    const corrected = await api.request(`/v1/events/${eventId}/corrections`, {
      as: people.grace,
      json: {
        replaces: out.id,
        kind: 'out',
        at: '2026-03-02T16:00:00Z',
        reason: 'Stayed to the end',
      },
    });
    expect(corrected.status).toBe(201);
    const all = await adaCertificates(api);
    expect(all.map(({ status }) => status)).toEqual(['superseded', 'valid']);
    expect(all[0]!.supersededBy).toBe(all[1]!.id);
    // 14:05-16:00 less the break: 105 minutes, 2.0 credits.
    expect(all[1]!.credits.nasba).toBe(2.0);

    // Re-evaluating with the same record changes nothing.
    await sweepAt(api.store, '2026-03-03T10:00:00Z');
    expect(await adaCertificates(api)).toEqual(all);
  });

  it('revokes with a reason (admin only), once', async () => {
    const api = await testApi();
    const { eventId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');
    await sweepAt(api.store, '2026-03-02T16:00:00Z');
    const [certificate] = await adaCertificates(api);
    const path = `/v1/certificates/${certificate!.id}/revoke`;

    expect((await api.request(path, { as: people.ada, json: { reason: 'Mine' } })).status).toBe(
      403,
    );
    const blank = await api.request(path, { as: people.root, json: { reason: ' ' } });
    expect(blank.status).toBe(400);
    const revoked = await api.request(path, {
      as: people.root,
      json: { reason: 'Issued in error' },
    });
    expect(revoked.status).toBe(200);
    expect(await json<Certificate>(revoked)).toMatchObject({
      status: 'revoked',
      revokedReason: 'Issued in error',
      revokedAt: api.clock.now.toISOString(),
    });
    expect((await api.request(path, { as: people.root, json: { reason: 'Again' } })).status).toBe(
      409,
    );
    expect(
      (
        await api.request('/v1/certificates/nope/revoke', {
          as: people.root,
          json: { reason: 'x' },
        })
      ).status,
    ).toBe(404);
  });

  it('revokes the certificate of an enrollment refunded afterwards', async () => {
    const api = await testApi();
    const { eventId, enrollmentId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');
    await sweepAt(api.store, '2026-03-02T16:00:00Z');
    const refund = await api.request('/v1/refunds', {
      as: people.ada,
      json: { enrollmentId, specialCircumstances: true },
    });
    expect(refund.status).toBe(201);
    const { id } = await json<{ id: string }>(refund);
    const approved = await api.request(`/v1/refunds/${id}/decision`, {
      as: people.root,
      json: { decision: 'approve', note: 'Goodwill' },
    });
    expect(approved.status).toBe(200);
    const [certificate] = await adaCertificates(api);
    expect(certificate?.status).toBe('revoked');
    expect(certificate?.revokedReason).toMatch(/refunded/);
  });
});

describe('self-study', () => {
  it('issues when the final test is recorded as passed, not on a fail', async () => {
    const api = await testApi();
    const program = await createProgram(api, selfStudyBody);
    const enrollment = await enroll(api, program.id, order('ada', 'o-ss'));
    const assess = (scorePercent: number) =>
      api.request(`/v1/enrollments/${enrollment.id}/assessment`, {
        as: people.root,
        json: { scorePercent },
      });
    await assess(60);
    const status = await api.request(`/v1/certificates/eligibility?programId=${program.id}`, {
      as: people.ada,
    });
    expect(await json(status)).toEqual({
      status: 'not-yet',
      missing: [
        {
          rule: 'SELF_STUDY.PASS_70',
          message: 'Your final test is not recorded as passed.',
          params: { variant: 'certificate' },
          lang: 'en',
        },
      ],
    });
    api.clock.now = new Date('2026-03-04T02:00:00Z');
    await assess(85);
    const [certificate, ...more] = await adaCertificates(api);
    expect(more).toEqual([]);
    // Recorded 4 March 02:00 UTC: still 3 March in New York.
    expect(certificate).toMatchObject({
      completedOn: '2026-03-03',
      credits: { nasba: 1.4, icma: 1.4 },
    });
    expect(certificate?.eventId).toBeUndefined();
  });
});

describe('who sees what', () => {
  it('shows a learner only their own; an admin filters by program and dates', async () => {
    const api = await testApi();
    const { eventId, programId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');
    await sweepAt(api.store, '2026-03-02T16:00:00Z');
    const [certificate] = await adaCertificates(api);
    const id = certificate!.id;

    expect((await api.request(`/v1/certificates/${id}`, { as: people.bob })).status).toBe(404);
    expect((await api.request(`/v1/certificates/${id}.pdf`, { as: people.bob })).status).toBe(404);
    expect(
      (await api.request(`/v1/certificates/${id}/credential`, { as: people.bob })).status,
    ).toBe(404);
    expect((await api.request(`/v1/certificates/${id}`)).status).toBe(401);
    const bobs = await api.request('/v1/certificates?learnerId=ada', { as: people.bob });
    expect((await json<Page>(bobs)).items).toEqual([]);
    expect(await json(await api.request(`/v1/certificates/${id}`, { as: people.ada }))).toEqual(
      certificate,
    );

    const list = (query: string) =>
      api.request(`/v1/certificates?${query}`, { as: people.root }).then((r) => json<Page>(r));
    expect((await list(`programId=${programId}`)).items).toHaveLength(1);
    expect((await list('from=2026-03-02&to=2026-03-02')).items).toHaveLength(1);
    expect((await list('from=2026-03-03')).items).toHaveLength(0);
    expect((await list('learnerId=bob')).items).toHaveLength(0);
    const bad = await api.request('/v1/certificates?from=March', { as: people.root });
    expect(bad.status).toBe(400);
  });

  it('pages like the other lists, with the cursor in the body and the headers', async () => {
    const api = await testApi();
    const program = await createProgram(api, selfStudyBody);
    for (const sub of ['ada', 'bob', 'cy']) {
      const enrollment = await enroll(api, program.id, order(sub, `o-${sub}`));
      await api.request(`/v1/enrollments/${enrollment.id}/assessment`, {
        as: people.root,
        json: { scorePercent: 90 },
      });
    }
    const first = await api.request('/v1/certificates?limit=2', { as: people.root });
    const page = await json<Page>(first);
    expect(page.items).toHaveLength(2);
    expect(first.headers.get('cpe-next-cursor')).toBe(page.nextCursor);
    const second = await api.request(`/v1/certificates?limit=2&cursor=${page.nextCursor}`, {
      as: people.root,
    });
    const rest = await json<Page>(second);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeUndefined();
  });
});

describe('keeping the records', () => {
  it('refuses to delete a certificate or an attendance record within 5 years', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cpe-certs-')), 'cpe.sqlite');
    const store = await openSqliteStore(file);
    const api = await testApi({ store });
    const { eventId } = await liveSetup(api);
    await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
    await sweepAt(store, '2026-03-02T16:00:00Z');
    expect(await adaCertificates(api)).toHaveLength(1);
    await store.close();

    const raw = new Database(file);
    expect(() => raw.prepare('delete from certificates').run()).toThrow(/kept 5 years/);
    expect(() => raw.prepare('delete from check_ins').run()).toThrow(/kept 5 years/);
    expect(() => raw.prepare('delete from enrollments').run()).toThrow(/kept 5 years/);
    expect(raw.prepare('select count(*) as n from certificates').get()).toEqual({ n: 1 });
    raw.close();
  });
});
