/**
 * Open Badges 3.0: a certificate as an AchievementCredential, signed as a VC-JWT (ES256, the
 * credential's members as the JWT claims set, OB 3.0 §8.2) with the issuer key the store
 * keeps (made on first use, shared by every process); the key set it is published in; and
 * the check of a presented credential: signature, issuer, expiry, then status.
 */
import { createHash } from 'node:crypto';
import {
  SignJWT,
  calculateJwkThumbprint,
  decodeProtectedHeader,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
} from 'jose';
import type { Certificate } from '../policy/certificates.js';
import type { Enrollment } from '../policy/enrollments.js';
import type { Program } from '../policy/programs.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { SigningKey, Store, StoredCertificate } from './store/store.js';

const ALG = 'ES256';
const PURPOSE = 'credentials';

export const OB_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];
export const OB_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** The issuer key, made and stored on first use; the first process to store one wins. */
export function issuerKey(store: Store): Promise<SigningKey> {
  return store.signingKey(PURPOSE, async () => {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateJwk = await exportJWK(privateKey);
    return {
      kid,
      privateJwk: JSON.stringify({ ...privateJwk, kid, alg: ALG }),
      publicJwk: JSON.stringify({ ...publicJwk, kid, alg: ALG, use: 'sig' }),
    };
  });
}

/** `/.well-known/jwks.json`: the public half only. */
export async function issuerKeySet(store: Store): Promise<{ keys: JWK[] }> {
  const key = await issuerKey(store);
  return { keys: [JSON.parse(key.publicJwk) as JWK] };
}

/** The issuer's id: the API's public origin (and path). */
export const issuerId = (publicUrl: string): string => `${publicUrl}/`;

/** OB 3.0 IdentityHash: `sha256$` and the hex SHA-256 of the identity with its salt appended. */
export function identityHash(email: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(email.trim().toLowerCase() + salt)
    .digest('hex')}`;
}

export interface CredentialFacts {
  stored: StoredCertificate;
  enrollment: Pick<Enrollment, 'learner' | 'purchasedAt'>;
  program: Pick<Program, 'description' | 'creditsOffered' | 'fieldsOfStudy' | 'objectives'>;
  /** When the activity started: the event's first session, else the purchase. */
  startedAt: string;
  publicUrl: string;
  policy: PolicyDocument;
}

/** The AchievementCredential of a certificate (unsigned). */
export function achievementCredential(facts: CredentialFacts): Record<string, unknown> {
  const { stored, enrollment, program, publicUrl, policy } = facts;
  const certificate: Certificate = stored.certificate;
  const sponsor = policy.sponsor;
  return {
    '@context': OB_CONTEXT,
    id: `urn:cpe-kit:certificate:${certificate.id}`,
    type: ['VerifiableCredential', 'AchievementCredential'],
    name: `${certificate.program.title}: certificate of completion`,
    issuer: {
      id: issuerId(publicUrl),
      type: ['Profile'],
      name: sponsor.name,
      phone: sponsor.contact.phone[0],
      description: `NASBA sponsor ${sponsor.nasbaSponsorId}`,
    },
    validFrom: certificate.issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: identityHash(enrollment.learner.email, stored.identitySalt),
          identityType: 'emailAddress',
          hashed: true,
          salt: stored.identitySalt,
        },
      ],
      achievement: {
        id: `${publicUrl}/v1/programs/${certificate.programId}?version=${certificate.programVersion}`,
        type: ['Achievement'],
        achievementType: 'Course',
        name: certificate.program.title,
        description: program.description,
        criteria: {
          narrative:
            `Complete the ${certificate.program.deliveryMethod} program as the NASBA Standards ` +
            `require. Learning objectives: ${program.objectives.join('; ')}`,
        },
        creditsAvailable: program.creditsOffered.nasba,
        fieldOfStudy: program.fieldsOfStudy.map(({ field }) => field).join(', '),
      },
      creditsEarned: certificate.credits.nasba,
      activityStartDate: facts.startedAt,
      activityEndDate: `${certificate.completedOn}T23:59:59Z`,
    },
    credentialSchema: [{ id: OB_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
    credentialStatus: { id: certificate.verifyUrl, type: '1EdTechRevocationList' },
  };
}

/** The credential as a VC-JWT: its members are the claims, with iss, jti, nbf and sub. */
export async function signCredential(
  store: Store,
  credential: Record<string, unknown>,
): Promise<string> {
  const key = await issuerKey(store);
  const privateKey = await importJWK(JSON.parse(key.privateJwk) as JWK, ALG);
  const issuer = (credential.issuer as { id: string }).id;
  return new SignJWT(credential)
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setJti(credential.id as string)
    .setNotBefore(Math.floor(Date.parse(credential.validFrom as string) / 1000))
    .sign(privateKey);
}

export type VerifyCheck = 'format' | 'signature' | 'issuer' | 'expiry' | 'status';

export interface CredentialVerdict {
  valid: boolean;
  /** The first check that failed, when one did. */
  failed?: VerifyCheck;
  /** In plain words, why it is (not) valid. */
  reason: string;
  checks: { check: VerifyCheck; ok: boolean; message: string }[];
  certificateId?: string;
  status?: Certificate['status'] | 'unknown';
}

/** Signature (our key, by kid), issuer, expiry, then the certificate's status on record. */
export async function verifyCredential(
  store: Store,
  publicUrl: string,
  token: string,
  now: Date,
): Promise<CredentialVerdict> {
  const checks: CredentialVerdict['checks'] = [];
  const fail = (check: VerifyCheck, message: string): CredentialVerdict => {
    checks.push({ check, ok: false, message });
    return { valid: false, failed: check, reason: message, checks };
  };
  const key = await issuerKey(store);
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return fail('format', 'This is not a VC-JWT (a signed credential in JWT form).');
  }
  if (kid !== key.kid) return fail('signature', 'It was not signed with this issuer’s key.');
  let payload: Record<string, unknown>;
  try {
    const publicKey = await importJWK(JSON.parse(key.publicJwk) as JWK, ALG);
    ({ payload } = await jwtVerify(token, publicKey, {
      algorithms: [ALG],
      issuer: issuerId(publicUrl),
      currentDate: now,
      // Another server's clock may run a little ahead of ours.
      clockTolerance: 60,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      checks.push(signed(), issued());
      return fail('expiry', 'The credential has expired.');
    }
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') {
      checks.push(signed());
      return fail('issuer', 'The credential names another issuer.');
    }
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
      checks.push(signed(), issued());
      return fail('expiry', 'The credential is not valid yet.');
    }
    if (error instanceof errors.JOSEError) {
      return fail(
        'signature',
        'The signature does not match: the credential was altered or forged.',
      );
    }
    throw error;
  }
  checks.push(signed(), issued(), { check: 'expiry', ok: true, message: 'It has not expired.' });
  const id = /^urn:cpe-kit:certificate:([A-Za-z0-9_-]+)$/.exec(String(payload.jti))?.[1];
  const stored = id ? await store.getCertificate(id) : undefined;
  if (!stored) {
    return { ...fail('status', 'No certificate with this id is on record.'), status: 'unknown' };
  }
  const { status } = stored.certificate;
  if (status !== 'valid') {
    const why =
      status === 'revoked'
        ? `The certificate was revoked: ${stored.certificate.revokedReason ?? 'no reason given'}.`
        : 'The certificate was re-issued with corrected credits; this one no longer stands.';
    return { ...fail('status', why), certificateId: stored.certificate.id, status };
  }
  checks.push({ check: 'status', ok: true, message: 'The certificate is valid on record.' });
  return {
    valid: true,
    reason: 'The credential is genuine, unexpired and valid on record.',
    checks,
    certificateId: stored.certificate.id,
    status,
  };
}

const signed = () => ({
  check: 'signature' as const,
  ok: true,
  message: 'The signature matches the issuer’s key.',
});
const issued = () => ({
  check: 'issuer' as const,
  ok: true,
  message: 'The issuer is this sponsor.',
});
