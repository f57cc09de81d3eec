/**
 * PROVISIONAL: the certificate shapes agreed with the server (issue 13), until the `certs`
 * branch brings `src/policy/certificates.ts` and the client methods; then this file goes.
 */
import type { FieldOfStudy } from '../../policy/programs.js';
import type { DeliveryMethod, Reason } from '../../policy/schemas.js';

export interface Certificate {
  id: string;
  status: 'valid' | 'revoked' | 'superseded';
  enrollmentId: string;
  programId: string;
  programVersion: number;
  eventId?: string;
  learner: { id: string; name: string };
  program: { title: string; deliveryMethod: DeliveryMethod; location?: string; timeZone: string };
  completedOn: string;
  credits: { nasba: number; icma: number; byField: { field: FieldOfStudy; credits: number }[] };
  sponsor: {
    name: string;
    contact: string;
    nasbaSponsorId: string;
    stateSponsorIds: { state: string; id: string }[];
    representative: { name: string; title: string };
  };
  statement: string;
  issuedAt: string;
  revokedAt?: string;
  revokedReason?: string;
  supersededBy?: string;
  verifyUrl: string;
  links: { pdf: string; credential: string };
}

export type CertificateEligibility =
  | { status: 'issued'; certificate: Certificate }
  | { status: 'not-yet'; missing: Reason[] }
  | { status: 'none'; reasons: Reason[] };
