/**
 * A certificate's three forms and its public check: the PDF (its text read back with a PDF
 * text extractor), the Open Badges 3.0 VC-JWT (checked against a schema written from the
 * spec, and against forgery), the verify page, and the bulk ZIP export.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { unzipSync, strFromU8 } from 'fflate';
import {
  SignJWT,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
} from 'jose';
import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../src/policy/certificates.js';
import { FIELDS_OF_STUDY } from '../../src/policy/programs.js';
import { certificatePdf } from '../../src/server/certificate-pdf.js';
import { identityHash } from '../../src/server/credentials.js';
import { crowdedCertificate, issuedCertificate } from './certificate-setup.js';
import { json, people, testApi, type TestApi } from './helpers.js';
import { achievementCredentialSchema } from './ob3-schema.js';
import { pdfText } from './pdf-text.js';

async function credentialOf(api: TestApi, certificate: Certificate): Promise<string> {
  const response = await api.request(certificate.links.credential, { as: people.ada });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vc+jwt');
  return response.text();
}

const verify = async (api: TestApi, credential: string) =>
  json<{ valid: boolean; failed?: string; reason: string; status?: string }>(
    await api.request('/v1/credentials/verify', { json: { credential } }),
  );

describe('the PDF', () => {
  it('is one tagged page whose text carries every item RULES.md §6 asks for', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const response = await api.request(certificate.links.pdf, { as: people.ada });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBe(1);
    const { sponsor } = certificate;
    for (const item of [
      sponsor.name,
      '10 Paragon Drive', // the contact
      '+1 (800) 638-4427',
      'Learner ada',
      'Month-end close',
      'Date completed: March 2, 2026',
      'Location: Room 4',
      'Delivery method: Group live',
      'Accounting',
      'Total NASBA CPE credits 2.0',
      'ICMA CPE credits 2.0',
      'NASBA sponsor id 103004',
      'Texas State Board of Public Accountancy 000028',
      '50-minute hour',
      `Verified by ${sponsor.representative.name}, ${sponsor.representative.title}`,
      `Certificate id ${certificate.id}`,
      `Verify at ${certificate.verifyUrl}`,
    ]) {
      expect(text).toContain(item);
    }
    // Tagged for assistive technology, with its language, and the font embedded.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/Alt \(QR code of the verification link/);
  });

  it('keeps the worst case on one page, and prints a revoked certificate as revoked', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const crowded = crowdedCertificate(certificate);
    const { text, pages } = await pdfText(await certificatePdf(crowded));
    expect(pages).toBe(1);
    expect(text).toContain('REVOKED on March 5, 2026: Issued in error');
    for (const field of FIELDS_OF_STUDY) expect(text).toContain(field);
    expect(text).toContain(`Verify at ${certificate.verifyUrl}`);
  });
});

describe('the Open Badges 3.0 credential', () => {
  it('is a VC-JWT of an AchievementCredential, signed with the published key', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const jwt = await credentialOf(api, certificate);

    const jwks = await json<{ keys: JWK[] }>(await api.request('/.well-known/jwks.json'));
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const header = decodeProtectedHeader(jwt);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'JWT', kid: jwks.keys[0]!.kid });
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      issuer: 'http://localhost/',
    });

    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const valid = ajv.validate(achievementCredentialSchema, payload);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    expect(payload).toMatchObject({
      jti: `urn:cpe-kit:certificate:${certificate.id}`,
      nbf: Math.floor(Date.parse(certificate.issuedAt) / 1000),
      issuer: { id: 'http://localhost/', name: certificate.sponsor.name },
      credentialSubject: {
        creditsEarned: 2,
        activityStartDate: '2026-03-02T14:00:00.000Z',
        activityEndDate: '2026-03-02T23:59:59Z',
        achievement: {
          name: 'Month-end close',
          creditsAvailable: 2.2,
          fieldOfStudy: 'Accounting',
          criteria: { narrative: expect.any(String) as string },
        },
      },
      credentialStatus: { id: certificate.verifyUrl, type: '1EdTechRevocationList' },
    });
    // The learner is named by a salted hash of their email, never the address itself.
    expect(JSON.stringify(payload)).not.toContain('ada@example.org');
    const subject = payload.credentialSubject as {
      identifier: { identityHash: string; salt: string }[];
    };
    const [identity] = subject.identifier;
    expect(identity!.identityHash).toBe(identityHash('ada@example.org', identity!.salt));
    expect(identity!.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);

    expect(await verify(api, jwt)).toMatchObject({ valid: true, status: 'valid' });
  });

  it('fails verification when forged, altered, expired, from another issuer or revoked', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const jwt = await credentialOf(api, certificate);
    const payload = decodeJwt(jwt);
    const header = { ...decodeProtectedHeader(jwt), alg: 'ES256' };

    // Signed with another key, even under our key's id.
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(payload).setProtectedHeader(header).sign(privateKey);
    expect(await verify(api, forged)).toMatchObject({ valid: false, failed: 'signature' });

    // The payload edited (more credits), the signature kept.
    const [head, , signature] = jwt.split('.');
    const edited = Buffer.from(
      JSON.stringify({
        ...payload,
        credentialSubject: { ...(payload.credentialSubject as object), creditsEarned: 40 },
      }),
    ).toString('base64url');
    expect(await verify(api, `${head}.${edited}.${signature}`)).toMatchObject({
      valid: false,
      failed: 'signature',
    });

    // Our own key, but expired, or naming another issuer.
    const key = await api.store.signingKey('credentials', () => Promise.reject(new Error('made')));
    const ours = await importJWK(JSON.parse(key.privateJwk) as JWK, 'ES256');
    const expired = await new SignJWT({
      ...payload,
      exp: Math.floor(Date.parse('2026-01-01') / 1000),
    })
      .setProtectedHeader(header)
      .sign(ours);
    expect(await verify(api, expired)).toMatchObject({ valid: false, failed: 'expiry' });
    const elsewhere = await new SignJWT({ ...payload, iss: 'https://evil.example/' })
      .setProtectedHeader(header)
      .sign(ours);
    expect(await verify(api, elsewhere)).toMatchObject({ valid: false, failed: 'issuer' });
    expect(await verify(api, 'not a jwt')).toMatchObject({ valid: false, failed: 'format' });

    await api.request(`/v1/certificates/${certificate.id}/revoke`, {
      as: people.root,
      json: { reason: 'Issued in error' },
    });
    expect(await verify(api, jwt)).toMatchObject({
      valid: false,
      failed: 'status',
      status: 'revoked',
      reason: 'The certificate was revoked: Issued in error.',
    });
  });
});

describe('the public verify page', () => {
  it('says valid, revoked or unknown with only name, title, date and credits, and is noindex', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const page = await api.request(`/verify/${certificate.id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('Valid certificate');
    for (const shown of ['Learner ada', 'Month-end close', 'March 2, 2026', '2.0 NASBA']) {
      expect(html).toContain(shown);
    }
    for (const hidden of ['ada@example.org', certificate.enrollmentId, 'ada"', 'Room 4']) {
      expect(html).not.toContain(hidden);
    }

    const status = await api.request(`/verify/${certificate.id}`, {
      headers: { accept: 'application/json' },
    });
    expect(await status.json()).toEqual({
      id: certificate.verifyUrl,
      status: 'valid',
      revoked: false,
    });

    await api.request(`/v1/certificates/${certificate.id}/revoke`, {
      as: people.root,
      json: { reason: 'Issued in error' },
    });
    expect(await (await api.request(`/verify/${certificate.id}`)).text()).toContain(
      'Revoked certificate',
    );
    const unknown = await api.request('/verify/AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Unknown certificate');
  });
});

describe('the bulk export', () => {
  it('is a ZIP of the PDFs with a CSV manifest, for a program or dates (admin only)', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const learner = await api.request(
      `/v1/certificates/export?programId=${certificate.programId}`,
      {
        as: people.ada,
      },
    );
    expect(learner.status).toBe(403);
    const unfiltered = await api.request('/v1/certificates/export', { as: people.root });
    expect(unfiltered.status).toBe(400);

    const response = await api.request(
      `/v1/certificates/export?programId=${certificate.programId}`,
      {
        as: people.root,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('cpe-export-count')).toBe('1');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const pdfName = `certificates/2026-03-02-${certificate.id}.pdf`;
    expect(Object.keys(files).sort()).toEqual(
      ['certificates/' + `2026-03-02-${certificate.id}.pdf`, 'manifest.csv'].sort(),
    );
    const manifest = strFromU8(files['manifest.csv']!).trim().split('\r\n');
    expect(manifest).toHaveLength(2);
    expect(manifest[0]).toMatch(/^file,certificateId,status,learnerId,learnerName,programId/);
    expect(manifest[1]).toContain(`${pdfName},${certificate.id},valid,ada,Learner ada`);
    expect((await pdfText(files[pdfName]!)).text).toContain(`Certificate id ${certificate.id}`);

    const byDate = await api.request('/v1/certificates/export?from=2026-03-03', {
      as: people.root,
    });
    expect(Object.keys(unzipSync(new Uint8Array(await byDate.arrayBuffer())))).toEqual([
      'manifest.csv',
    ]);
  });
});
