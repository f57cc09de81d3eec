import type { Certificate } from '../../../src/policy/certificates.js';

/** A certificate as the API answers it: group live, two fields, Chicago. */
export const sampleCertificate: Certificate = {
  id: 'q9Yc2vR4TQ-7m1s0bXk3aw',
  status: 'valid',
  enrollmentId: 'enr-1',
  programId: 'prog-1',
  programVersion: 2,
  eventId: 'evt-1',
  learner: { id: 'ada', name: 'Ada Lovelace' },
  program: {
    title: 'Audit Update 2026',
    deliveryMethod: 'group-live',
    location: 'Chicago, IL',
    timeZone: 'America/Chicago',
  },
  completedOn: '2026-05-04',
  credits: {
    nasba: 2,
    icma: 2,
    byField: [
      { field: 'Auditing', credits: 1.2 },
      { field: 'Regulatory Ethics', credits: 0.8 },
    ],
  },
  sponsor: {
    name: 'Example CPE Sponsor',
    contact: 'cpe@example.org, 800-555-0100',
    nasbaSponsorId: '103004',
    stateSponsorIds: [{ state: 'Texas', id: '000028' }],
    representative: { name: 'Grace Hopper', title: 'Director of Education' },
  },
  statement: 'CPE credits have been granted based on a 50-minute hour.',
  issuedAt: '2026-05-04T17:00:00Z',
  verifyUrl: 'https://cpe.example.org/verify/q9Yc2vR4TQ-7m1s0bXk3aw',
  links: {
    pdf: '/v1/certificates/q9Yc2vR4TQ-7m1s0bXk3aw.pdf',
    credential: '/v1/certificates/q9Yc2vR4TQ-7m1s0bXk3aw/credential',
  },
};
