/**
 * The admin's bulk export: a ZIP of certificate PDFs with a CSV manifest, streamed. Each pull
 * of the response reads at most one page of certificates and renders one PDF, so memory stays
 * flat however many there are; PDFs are stored, not deflated (they are compressed already).
 */
import { Zip, ZipPassThrough } from 'fflate';
import type { Certificate } from '../policy/certificates.js';
import { csvLine } from '../policy/csv.js';
import { certificatePdf } from './certificate-pdf.js';
import type { CertificateFilter, CertificatePosition, Store } from './store/store.js';

const PAGE = 100;

export const MANIFEST_COLUMNS = [
  'file',
  'certificateId',
  'status',
  'learnerId',
  'learnerName',
  'programId',
  'programVersion',
  'programTitle',
  'deliveryMethod',
  'completedOn',
  'nasbaCredits',
  'icmaCredits',
  'creditsByField',
  'issuedAt',
  'revokedAt',
  'revokedReason',
  'supersededBy',
  'verifyUrl',
];

const manifestRow = (file: string, c: Certificate): string =>
  csvLine([
    file,
    c.id,
    c.status,
    c.learner.id,
    c.learner.name,
    c.programId,
    String(c.programVersion),
    c.program.title,
    c.program.deliveryMethod,
    c.completedOn,
    c.credits.nasba.toFixed(1),
    c.credits.icma.toFixed(1),
    c.credits.byField.map(({ field, credits }) => `${field}: ${credits.toFixed(1)}`).join('; '),
    c.issuedAt,
    c.revokedAt ?? '',
    c.revokedReason ?? '',
    c.supersededBy ?? '',
    c.verifyUrl,
  ]);

/** The certificates `filter` selects, every state, oldest issued first, as a ZIP stream. */
export function certificateZip(
  store: Store,
  filter: Omit<CertificateFilter, 'limit' | 'after'>,
): ReadableStream<Uint8Array> {
  let after: CertificatePosition | undefined;
  let page: Certificate[] = [];
  let exhausted = false;
  let manifest = csvLine(MANIFEST_COLUMNS);
  let zip: Zip;

  const next = async (): Promise<Certificate | undefined> => {
    if (page.length === 0 && !exhausted) {
      const rows = await store.listCertificates({
        ...filter,
        limit: PAGE,
        ...(after ? { after } : {}),
      });
      page = rows.map(({ certificate }) => certificate);
      exhausted = rows.length < PAGE;
      const last = page.at(-1);
      if (last) after = { issuedAt: last.issuedAt, id: last.id };
    }
    return page.shift();
  };

  const add = (name: string, bytes: Uint8Array) => {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(bytes, true);
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        zip = new Zip((error, chunk, final) => {
          if (error) return controller.error(error);
          controller.enqueue(chunk);
          if (final) controller.close();
        });
      },
      async pull() {
        const certificate = await next();
        if (!certificate) {
          add('manifest.csv', new TextEncoder().encode(manifest));
          zip.end();
          return;
        }
        const file = `certificates/${certificate.completedOn}-${certificate.id}.pdf`;
        manifest += manifestRow(file, certificate);
        add(file, await certificatePdf(certificate));
      },
    },
    // One PDF's worth queued at most before the client reads it.
    { highWaterMark: 1 },
  );
}
