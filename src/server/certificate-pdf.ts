/**
 * A certificate as a one-page PDF (US Letter, landscape), made with pdfkit: PDF/UA tagging
 * (a structure tree with headings, paragraphs, a table and a described figure; the frame is
 * marked as an artifact), the document language and title, and Noto Sans embedded from its
 * font package, so the text is extractable and the file needs nothing from the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { encode } from 'uqr';
import type { Certificate } from '../policy/certificates.js';
import { formatCredits, intlTag, type Locale } from '../policy/locale.js';
import { describeDate } from '../policy/time.js';
import { messagesFor } from './locales/index.js';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);
/**
 * Opened once: every PDF embeds a subset of the same two faces, and opening a face for each
 * document was most of a PDF's time (pdfkit takes an opened fontkit face as well as bytes).
 */
const face = (weight: number): Font =>
  create(
    woffToSfnt(
      readFileSync(
        require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`),
      ),
    ),
  ) as Font;
const fonts = { regular: face(400), bold: face(700) };

const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const ACCENT = '#1f4e79';
const ALERT = '#a11b1b';
const PAGE = { width: 792, height: 612, margin: 54 };

/**
 * The language a certificate is printed in. Another locale than English needs the policy's
 * credit unit for its translated 50-minute statement (the certificate stores the English one).
 */
export interface CertificateLanguage {
  locale: Locale;
  unitMinutes: number;
}

/**
 * The PDF bytes of a certificate, in English unless `language` says otherwise; then the
 * NASBA statements are printed in English too, under their translations.
 */
export function certificatePdf(
  certificate: Certificate,
  language?: CertificateLanguage,
): Promise<Buffer> {
  const locale = language?.locale ?? 'en';
  const words = messagesFor(locale).certificate;
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    // A low bottom margin: the foot is placed by hand, and text past the margin starts a page.
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: 24 },
    pdfVersion: '1.7',
    // pdfkit 0.20 supports PDF/UA; its published types (0.17) list only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    displayTitle: true,
    lang: intlTag(locale),
    info: {
      Title: words.documentTitle(certificate.program.title),
      Author: certificate.sponsor.name,
      Subject: words.documentSubject(certificate.id, certificate.learner.name),
    },
  });
  // pdfkit 0.20 takes an opened fontkit face; its published types (0.17) know only bytes.
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  layOut(doc, certificate, locale, language?.unitMinutes);
  doc.end();
  return done;
}

function layOut(
  doc: PDFKit.PDFDocument,
  certificate: Certificate,
  locale: Locale,
  unitMinutes: number | undefined,
): void {
  const { sponsor, program, credits } = certificate;
  const words = messagesFor(locale).certificate;
  const english = messagesFor('en').certificate;
  const translated = locale !== 'en';
  const number = (value: number) => formatCredits(locale, value);
  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const qrSize = 88;

  // The frame is decoration: an artifact, outside the structure a reader reads.
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .lineWidth(2)
    .strokeColor(ACCENT)
    .rect(24, 24, PAGE.width - 48, PAGE.height - 48)
    .stroke();
  doc.endMarkedContent();

  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (type: string, draw: () => void, options: { lang?: string } = {}) =>
    root.add(doc.struct(type, options, draw));
  const line = (font: string, size: number, color: string, text: string, options = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(text, { width, ...options });

  /** In another locale, a statement's English original, small, under its translation. */
  const original = (size: number, text: string, options = {}) => {
    if (translated) {
      add('P', () => line('regular', size, MUTED, text, { align: 'center', ...options }), {
        lang: intlTag('en'),
      });
    }
  };

  doc.y = 44;
  add('H1', () => line('bold', 26, ACCENT, words.heading, { align: 'center' }));
  original(9, english.heading);
  const standing = standingOf(certificate, locale);
  if (standing) add('P', () => line('bold', 12, ALERT, standing, { align: 'center' }));
  add('P', () => line('regular', 11, MUTED, words.certifies(sponsor.name), { align: 'center' }));
  add('H2', () => line('bold', 22, INK, certificate.learner.name, { align: 'center' }));
  add('P', () => line('regular', 11, MUTED, words.completed, { align: 'center' }));
  add('H2', () => line('bold', 16, INK, program.title, { align: 'center' }));
  doc.moveDown(0.4);
  const facts = [
    words.dateCompleted(describeDate(civil(certificate.completedOn), locale)),
    words.deliveryMethod(program.deliveryMethod),
    ...(program.location ? [words.location(program.location)] : []),
  ].join('   ·   ');
  add('P', () => line('regular', 10.5, INK, facts, { align: 'center' }));
  doc.moveDown(0.6);

  // Credits by field of study, with the totals: a table, tagged as one. Past six fields
  // they run in two column pairs, so even all twenty fit above the foot of the page.
  const table = doc.struct('Table');
  root.add(table);
  const pairs = credits.byField.length > 6 ? 2 : 1;
  const pairWidth = pairs === 1 ? 380 : 300;
  const start = left + (width - pairs * pairWidth - (pairs - 1) * 24) / 2;
  const row = (cells: string[], header = false) => {
    const tr = doc.struct('TR');
    table.add(tr);
    const y = doc.y;
    let bottom = y;
    cells.forEach((cell, i) => {
      const x = start + Math.floor(i / 2) * (pairWidth + 24) + (i % 2 === 0 ? 0 : pairWidth - 90);
      tr.add(
        doc.struct(header ? 'TH' : 'TD', {}, () => {
          doc
            .font(header ? 'bold' : 'regular')
            .fontSize(pairs === 1 ? 10.5 : 9)
            .fillColor(INK)
            .text(cell, x, y, {
              width: i % 2 === 0 ? pairWidth - 100 : 90,
              align: i % 2 === 0 ? 'left' : 'right',
            });
          bottom = Math.max(bottom, doc.y);
        }),
      );
    });
    doc.x = left;
    doc.y = bottom + (pairs === 1 ? 2 : 0);
  };
  const heading = [words.fieldOfStudy, words.credits];
  row(pairs === 1 ? heading : [...heading, ...heading], true);
  const perColumn = Math.ceil(credits.byField.length / pairs);
  for (let i = 0; i < perColumn; i += 1) {
    const cells = [credits.byField[i], credits.byField[i + perColumn]]
      .slice(0, pairs)
      .flatMap((item) => (item ? [item.field, number(item.credits)] : ['', '']));
    row(cells);
  }
  row([words.totalNasba, number(credits.nasba)], true);
  row([words.icma, number(credits.icma)], true);
  table.end();
  doc.moveDown(pairs === 1 ? 0.6 : 0.3);

  const states = sponsor.stateSponsorIds.map(({ state, id }) => `${stateName(state)} ${id}`);
  const registry = (table: typeof words) =>
    table.nasbaSponsorId(sponsor.nasbaSponsorId) +
    (states.length > 0 ? `   ·   ${table.stateSponsorIds(states.join(', '))}` : '');
  add('P', () => line('regular', 9.5, INK, registry(words), { align: 'center' }));
  original(8, registry(english));
  const statement =
    translated && unitMinutes !== undefined
      ? words.creditStatement(unitMinutes)
      : certificate.statement;
  add('P', () => line('regular', 9, MUTED, statement, { align: 'center' }));
  original(7.5, certificate.statement);

  // The verification block along the foot: the representative, the id and link, the QR code.
  const footY = PAGE.height - PAGE.margin - qrSize + 8;
  const textWidth = width - qrSize - 24;
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .lineWidth(0.75)
    .strokeColor(MUTED)
    .moveTo(left, footY + 14)
    .lineTo(left + 220, footY + 14)
    .stroke();
  doc.endMarkedContent();
  add('P', () =>
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(INK)
      .text(
        words.verifiedBy(sponsor.representative.name, sponsor.representative.title),
        left,
        footY + 20,
        { width: textWidth },
      ),
  );
  original(8, english.verifiedBy(sponsor.representative.name, sponsor.representative.title), {
    align: 'left',
    width: textWidth,
  });
  add('P', () =>
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text(sponsor.name, { width: textWidth })
      .text(sponsor.contact, { width: textWidth }),
  );
  add('P', () =>
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(words.certificateId(certificate.id), { width: textWidth })
      .text(words.verifyAt(certificate.verifyUrl), {
        width: textWidth,
        link: certificate.verifyUrl,
      }),
  );
  root.add(
    doc.struct('Figure', { alt: words.qrAlt(certificate.verifyUrl) }, () =>
      qr(doc, certificate.verifyUrl, PAGE.width - PAGE.margin - qrSize, footY, qrSize),
    ),
  );
  root.end();
}

/** The QR code's dark modules as filled runs, one path for the whole code. */
function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { size: modules, data } = encode(text, { ecc: 'M', border: 2 });
  const cell = size / modules;
  data.forEach((cells, row) => {
    let column = 0;
    while (column < modules) {
      if (!cells[column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules && cells[column]) column += 1;
      doc.rect(x + start * cell, y + row * cell, (column - start) * cell, cell);
    }
  });
  doc.fillColor('#000000').fill();
}

/** A certificate that no longer stands says so on its face (an export holds every state). */
function standingOf(certificate: Certificate, locale: Locale): string | undefined {
  const words = messagesFor(locale).certificate;
  if (certificate.status === 'revoked') {
    const on = certificate.revokedAt
      ? describeDate(civil(certificate.revokedAt.slice(0, 10)), locale)
      : undefined;
    return words.revoked(on, certificate.revokedReason);
  }
  if (certificate.status === 'superseded') {
    return words.superseded(certificate.supersededBy ?? '');
  }
  return undefined;
}

const civil = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

/** State boards by the postal codes the policy uses; others are printed as given. */
const STATE_NAMES: Record<string, string> = { TX: 'Texas State Board of Public Accountancy' };
const stateName = (state: string): string => STATE_NAMES[state] ?? state;
