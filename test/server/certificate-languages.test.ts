/**
 * The certificate PDF and the verify page in the learner's language (`?lang=`, then
 * Accept-Language, else English), with the NASBA statements kept in English beside a
 * translation, and English exactly as before.
 */
import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../src/policy/certificates.js';
import type { Locale } from '../../src/policy/locale.js';
import { FIELDS_OF_STUDY } from '../../src/policy/programs.js';
import { certificatePdf } from '../../src/server/certificate-pdf.js';
import { crowdedCertificate, issuedCertificate } from './certificate-setup.js';
import { people, testApi, type TestApi } from './helpers.js';
import { overlaps, pdfText, textBoxes, type TextBox } from './pdf-text.js';

/** What RULES.md §6 and NASBA ask a certificate to say, in English whatever the language. */
const englishStatements = (certificate: Certificate) => [
  'NASBA sponsor id 103004',
  'State sponsor numbers: Texas State Board of Public Accountancy 000028',
  certificate.statement.replace(/\s+/g, ' '),
  `Verified by ${certificate.sponsor.representative.name}, ${certificate.sponsor.representative.title}`,
];

const translations: Record<Exclude<Locale, 'en'>, string[]> = {
  es: [
    'Certificado de finalización',
    'certifica que Learner ada ha completado el programa Month-end close',
    'Fecha de finalización: 2 de marzo de 2026',
    'Modalidad: Presencial en grupo',
    'Lugar: Room 4',
    'Área de conocimiento Créditos CPE Accounting 2,0',
    'Total de créditos CPE de NASBA 2,0',
    'Créditos CPE de ICMA 2,0',
    'Identificador de patrocinador NASBA 103004',
    'sobre la base de una hora de 50 minutos',
    'Verificado por',
    'Identificador del certificado:',
    'Verifíquelo en http://localhost/verify/',
  ],
  fr: [
    'Certificat de fin de formation',
    'certifie que Learner ada a terminé le programme Month-end close',
    'Date d’achèvement : 2 mars 2026',
    'Mode de formation : En groupe, en présentiel',
    'Lieu : Room 4',
    'Domaine d’études Crédits CPE Accounting 2,0',
    'Total des crédits CPE NASBA 2,0',
    'Crédits CPE ICMA 2,0',
    'Identifiant d’organisme NASBA 103004',
    'sur la base d’une heure de 50 minutes',
    'Vérifié par',
    'Identifiant du certificat :',
    'Vérifiez-le sur http://localhost/verify/',
  ],
};

const pdfOf = async (api: TestApi, path: string, headers: Record<string, string> = {}) => {
  const response = await api.request(path, { as: people.ada, headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
};

/** The runs of text that stray outside the page's frame. */
const outsideFrame = (boxes: TextBox[]) =>
  boxes.filter(
    ({ x, y, width, height }) => x < 24 || y < 24 || x + width > 768 || y + height > 588,
  );

describe('the certificate PDF in Spanish and French', () => {
  it.each([
    ['es', { query: '?lang=es', headers: {} }],
    ['fr', { query: '', headers: { 'accept-language': 'fr-CA, fr;q=0.9, en;q=0.5' } }],
  ] as const)('%s: translated, with the NASBA statements in English too', async (locale, how) => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const { response, bytes } = await pdfOf(api, certificate.links.pdf + how.query, how.headers);
    expect(response.headers.get('content-language')).toBe(locale);
    expect(response.headers.get('vary')).toContain('Accept-Language');
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBe(1);
    for (const item of [...translations[locale], ...englishStatements(certificate)]) {
      expect(text).toContain(item);
    }
    for (const item of [certificate.sponsor.name, '+1 (800) 638-4427', certificate.id]) {
      expect(text).toContain(item);
    }
    // The other language's words, and English labels the translation replaces, are absent.
    const other = locale === 'es' ? translations.fr : translations.es;
    expect(text).not.toContain(other[0]);
    expect(text).not.toContain('Date completed:');
    expect(text).not.toContain('Total NASBA CPE credits');
    // The document's language, and the English statements tagged as English.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(new RegExp(`/Lang \\(${locale}\\)`));
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/FontFile2/);
  });

  it.each(['en', 'es', 'fr'] as const)(
    '%s: the worst case stays on one page, nothing printed over anything else',
    async (locale) => {
      const api = await testApi();
      const certificate = await issuedCertificate(api);
      const crowded = crowdedCertificate(certificate);
      const bytes = new Uint8Array(await certificatePdf(crowded, { locale, unitMinutes: 50 }));
      const { text, pages } = await pdfText(bytes);
      expect(pages).toBe(1);
      for (const field of FIELDS_OF_STUDY) expect(text).toContain(field);
      const revoked = { en: 'REVOKED on March 5, 2026', es: 'REVOCADO el 5 de marzo de 2026' };
      expect(text).toContain({ ...revoked, fr: 'RÉVOQUÉ le 5 mars 2026 : Issued' }[locale]);
      const boxes = await textBoxes(bytes);
      expect(boxes.length).toBeGreaterThan(40);
      expect(overlaps(boxes)).toEqual([]);
      expect(outsideFrame(boxes)).toEqual([]);
    },
  );

  it('finds overlapping runs (the check above can fail)', () => {
    const run = (text: string, x: number, y: number) => ({ text, x, y, width: 50, height: 10 });
    expect(overlaps([run('a', 0, 0), run('b', 50, 0), run('c', 0, 10)])).toEqual([]);
    expect(overlaps([run('a', 0, 0), run('b', 40, 5)])).toEqual([['a', 'b']]);
  });

  it('prints English for an unsupported or malformed lang, and without one', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    for (const query of ['?lang=de', '?lang=%3Cscript%3E', '?lang=', '']) {
      const { response, bytes } = await pdfOf(api, certificate.links.pdf + query);
      expect(response.headers.get('content-language')).toBe('en');
      const { text } = await pdfText(bytes);
      expect(text).toContain('Certificate of Completion Institute of Management Accountants');
      expect(text).toContain('Total NASBA CPE credits 2.0');
      // English once: no "original" lines under it.
      expect(text.split('NASBA sponsor id 103004')).toHaveLength(2);
      expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(en-US\)/);
    }
  });
});

describe('the verify page in Spanish and French', () => {
  const verifyPage = async (api: TestApi, path: string, headers: Record<string, string> = {}) => {
    const response = await api.request(path, { headers });
    return { response, html: await response.text() };
  };

  it('answers in the lang asked for, else by Accept-Language, with the verdict in English too', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const path = `/verify/${certificate.id}`;

    const es = await verifyPage(api, `${path}?lang=es-MX`, { 'accept-language': 'fr' });
    expect(es.response.status).toBe(200);
    expect(es.response.headers.get('content-language')).toBe('es');
    expect(es.response.headers.get('vary')).toBe('Accept, Accept-Language');
    expect(es.html).toContain('<html lang="es">');
    for (const shown of [
      '<h1>Certificado válido</h1>',
      'Este certificado consta en los registros y es válido.',
      '<p lang="en">Valid certificate. This certificate is on record and valid.</p>',
      '<dt>Participante</dt><dd>Learner ada</dd>',
      '<dt>Finalizado</dt><dd>2 de marzo de 2026</dd>',
      '<dd>2,0 NASBA, 2,0 ICMA</dd>',
      'Certificados de Institute of Management Accountants',
    ]) {
      expect(es.html).toContain(shown);
    }

    const fr = await verifyPage(api, path, { 'accept-language': 'de-DE, fr-CH;q=0.8, en;q=0.5' });
    expect(fr.response.headers.get('content-language')).toBe('fr');
    expect(fr.html).toContain('<html lang="fr">');
    for (const shown of [
      '<h1>Certificat valide</h1>',
      '<p lang="en">Valid certificate. This certificate is on record and valid.</p>',
      '<dt>Terminé le</dt><dd>2 mars 2026</dd>',
      '<dd>2,0 NASBA, 2,0 ICMA</dd>',
    ]) {
      expect(fr.html).toContain(shown);
    }

    // An unsupported lang falls through to Accept-Language.
    const fallthrough = await verifyPage(api, `${path}?lang=de`, { 'accept-language': 'fr' });
    expect(fallthrough.html).toContain('<html lang="fr">');

    await api.request(`/v1/certificates/${certificate.id}/revoke`, {
      as: people.root,
      json: { reason: 'Issued in error' },
    });
    const revoked = await verifyPage(api, `${path}?lang=fr`);
    expect(revoked.html).toContain('<h1>Certificat révoqué</h1>');
    expect(revoked.html).toContain('<p lang="en">Revoked certificate. This certificate was issued');
    const unknown = await verifyPage(api, '/verify/AAAAAAAAAAAAAAAAAAAAAA?lang=es');
    expect(unknown.response.status).toBe(404);
    expect(unknown.html).toContain('<h1>Certificado desconocido</h1>');
    expect(unknown.html).toContain('<p lang="en">Unknown certificate.');
  });

  it('is English, unchanged, for English, a bad lang or no preference', async () => {
    const api = await testApi();
    const certificate = await issuedCertificate(api);
    const path = `/verify/${certificate.id}`;
    const plain = await verifyPage(api, path);
    expect(plain.response.headers.get('content-language')).toBe('en');
    expect(plain.html).toContain('<html lang="en">');
    expect(plain.html).not.toContain('<p lang="en">');
    expect(plain.html).toContain('<dt>CPE credits</dt><dd>2.0 NASBA, 2.0 ICMA</dd>');
    for (const [query, headers] of [
      ['?lang=en', {}],
      ['', { 'accept-language': 'en-GB,en;q=0.9' }],
      ['?lang=xx', { 'accept-language': 'de' }],
      ['?lang=%22%3E%3Cscript%3E', {}],
      ['?lang=fr;q=2', { 'accept-language': '*;q=abc' }],
    ] as const) {
      const other = await verifyPage(api, path + query, headers);
      expect(other.response.status).toBe(200);
      expect(other.html).toBe(plain.html);
    }
    // The status check is JSON in no language: unchanged by a lang.
    const status = await api.request(`${path}?lang=fr`, {
      headers: { accept: 'application/json' },
    });
    expect(status.headers.get('content-language')).toBeNull();
    expect(await status.json()).toEqual({
      id: certificate.verifyUrl,
      status: 'valid',
      revoked: false,
    });
  });
});
