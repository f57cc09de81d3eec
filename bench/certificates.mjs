// Certificates on the built library (dist/lib): one PDF rendered (median of many, goal under
// 150 ms), and the bulk export of 1,000 certificates streamed to a sink (goal under 60 s) with
// the process's memory sampled throughout, to show it stays flat.
// `node bench/certificates.mjs` or `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const { certificatePdf } = await import('../dist/lib/server/certificate-pdf.js');
const { certificateZip } = await import('../dist/lib/server/certificate-export.js');
const { newCertificateId } = await import('../dist/lib/server/certificate-records.js');
const { openSqliteStore } = await import('../dist/lib/server/store/sqlite.js');
const { certificateContents, defaultPolicy, FIELDS_OF_STUDY } =
  await import('../dist/lib/policy/index.js');

const EXPORT_COUNT = Number(process.env.CPE_BENCH_EXPORT_COUNT ?? 1_000);
const MB = 1024 * 1024;

/** A certificate as the API issues it, varied by `n` (names, fields, dates). */
function certificateOf(n) {
  const fields = FIELDS_OF_STUDY.slice(n % 15, (n % 15) + 1 + (n % 4));
  return certificateContents(
    {
      id: newCertificateId(),
      enrollment: {
        id: `enrollment-${n}`,
        programId: `program-${n % 7}`,
        programVersion: 1,
        eventId: `event-${n % 7}`,
        learner: { sub: `learner-${n}`, name: `Learner Number ${n}`, email: `l${n}@example.org` },
      },
      program: {
        title: `Program ${n % 7}: closing the books on time, with governmental and audit topics`,
        deliveryMethod: 'group-live',
        location: 'Room 4, 10 Paragon Drive, Montvale',
        timeZone: 'America/New_York',
      },
      credits: {
        nasba: fields.length * 2,
        icma: fields.length * 2,
        byField: fields.map((field) => ({ field, credits: 2 })),
      },
      completedOn: `2026-03-${String(1 + (n % 28)).padStart(2, '0')}`,
      issuedAt: new Date(Date.UTC(2026, 2, 1, 0, 0, n)).toISOString(),
      publicUrl: 'https://cpe.example.org',
    },
    defaultPolicy,
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function pdfMedian() {
  const samples = Array.from({ length: 40 }, (_, n) => certificateOf(n));
  for (const certificate of samples.slice(0, 5)) await certificatePdf(certificate); // warm-up
  const times = [];
  let bytes = 0;
  for (const certificate of samples) {
    const started = performance.now();
    bytes += (await certificatePdf(certificate)).length;
    times.push(performance.now() - started);
  }
  return { ms: median(times), kb: bytes / samples.length / 1024 };
}

async function bulkExport() {
  const dir = mkdtempSync(join(tmpdir(), 'cpe-bench-'));
  const store = await openSqliteStore(join(dir, 'cpe.sqlite'));
  try {
    const certificates = Array.from({ length: EXPORT_COUNT }, (_, n) => certificateOf(n));
    await store.addEnrollments(
      certificates.map((certificate, n) => ({
        enrollment: {
          id: certificate.enrollmentId,
          programId: certificate.programId,
          programVersion: 1,
          learner: {
            sub: certificate.learner.id,
            name: certificate.learner.name,
            email: `l${n}@x.org`,
          },
          pricePaidCents: 100,
          currency: 'USD',
          purchasedAt: '2026-02-01T00:00:00.000Z',
          orderRef: `order-${n}`,
          status: 'active',
          createdAt: '2026-02-01T00:00:00.000Z',
        },
        factsHash: String(n),
      })),
    );
    for (const certificate of certificates) {
      await store.reviseCertificate(certificate.enrollmentId, () => ({
        kind: 'issue',
        issue: {
          certificate,
          sources: { policyVersion: 'bench', programVersion: 1 },
          identitySalt: 's',
        },
      }));
    }
    global.gc?.();
    const rss = { before: process.memoryUsage().rss, peak: 0, atQuarters: [] };
    const sampler = setInterval(() => {
      rss.peak = Math.max(rss.peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    const reader = certificateZip(store, { from: '2026-01-01' }).getReader();
    let zipBytes = 0;
    let files = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      zipBytes += value.length;
      // Every PDF ends in %%EOF: count them as they stream past, for the quarter marks.
      if (
        value.length > 7 &&
        Buffer.from(value.subarray(-7)).toString('latin1').includes('%%EOF')
      ) {
        files += 1;
        if (files % (EXPORT_COUNT / 4) === 0) rss.atQuarters.push(process.memoryUsage().rss);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    rss.peak = Math.max(rss.peak, ...rss.atQuarters, process.memoryUsage().rss);
    return { seconds, zipMb: zipBytes / MB, rss };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const pdf = await pdfMedian();
  console.log(
    `certificate PDF: ${pdf.ms.toFixed(1)} ms median (goal < 150 ms), ${pdf.kb.toFixed(1)} KB each`,
  );
  const exported = await bulkExport();
  const mb = (bytes) => `${(bytes / MB).toFixed(0)} MB`;
  console.log(
    `bulk export of ${EXPORT_COUNT} certificates: ${exported.seconds.toFixed(1)} s (goal < 60 s), ` +
      `${exported.zipMb.toFixed(1)} MB ZIP; RSS ${mb(exported.rss.before)} before, ` +
      `${exported.rss.atQuarters.map(mb).join(' / ')} at each quarter, peak ${mb(exported.rss.peak)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
