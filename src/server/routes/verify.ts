/**
 * Public verification, no sign-in: `/verify/{id}`, the page a certificate's QR code opens
 * (valid, revoked or unknown, with only the name, title, date and credits; kept out of search
 * engines), which also answers a credential's status check as JSON; and the issuer's public
 * key set at `/.well-known/jwks.json`.
 */
import { Hono } from 'hono';
import type { Certificate } from '../../policy/certificates.js';
import { formatCredits, type Locale } from '../../policy/locale.js';
import { describeDate } from '../../policy/time.js';
import type { AppContext } from '../context.js';
import { issuerKeySet } from '../credentials.js';
import { escapeHtml } from '../html.js';
import { pathId } from '../ids.js';
import { messagesFor } from '../locales/index.js';
import { anonymousCall } from '../rate-limit.js';
import { requestHeader } from '../request.js';
import { replyLocale } from '../request-locale.js';
import { varyOn } from '../response-headers.js';

type Shown = Pick<Certificate, 'status' | 'completedOn' | 'credits'> & {
  name: string;
  title: string;
};

/** The page in `locale`; in another than English, the verdict also in English, for a board. */
function page(sponsor: string, shown: Shown | undefined, locale: Locale): string {
  const words = messagesFor(locale).verify;
  const status = shown?.status ?? 'unknown';
  const verdict = words.verdicts[status];
  const english = messagesFor('en').verify.verdicts[status];
  const original =
    locale === 'en'
      ? ''
      : `\n<p lang="en">${escapeHtml(english.heading)}. ${escapeHtml(english.text)}</p>`;
  const number = (value: number) => formatCredits(locale, value);
  const facts = shown
    ? `<dl>
<dt>${escapeHtml(words.participant)}</dt><dd>${escapeHtml(shown.name)}</dd>
<dt>${escapeHtml(words.program)}</dt><dd>${escapeHtml(shown.title)}</dd>
<dt>${escapeHtml(words.completed)}</dt><dd>${escapeHtml(describeDate(civil(shown.completedOn), locale))}</dd>
<dt>${escapeHtml(words.credits)}</dt><dd>${escapeHtml(words.creditFigures(number(shown.credits.nasba), number(shown.credits.icma)))}</dd>
</dl>`
    : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(verdict.heading)}: ${escapeHtml(sponsor)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff; }
main { max-width: 36rem; margin: 0 auto; }
.verdict { border: 2px solid currentColor; border-radius: 0.5rem; padding: 0.75rem 1rem; }
.valid { color: #0b6b2f; } .revoked, .superseded, .unknown { color: #a11b1b; }
.verdict p { color: #1a1a1a; margin: 0.25rem 0 0; }
.verdict p[lang] { font-size: 0.875rem; color: #4a4a4a; }
h1 { font-size: 1.5rem; margin: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
footer { margin-top: 1.5rem; font-size: 0.875rem; color: #4a4a4a; }
@media (prefers-color-scheme: dark) {
  body { color: #f0f0f0; background: #141414; }
  .valid { color: #6fdc8c; } .revoked, .superseded, .unknown { color: #ff8f8f; }
  .verdict p { color: #f0f0f0; } .verdict p[lang], footer { color: #c4c4c4; }
}
</style>
</head>
<body>
<main>
<section class="verdict ${shown?.status ?? 'unknown'}" role="status">
<h1>${escapeHtml(verdict.heading)}</h1>
<p>${escapeHtml(verdict.text)}</p>${original}
</section>
${facts}
<footer>${escapeHtml(words.footer(sponsor))}</footer>
</main>
</body>
</html>`;
}

const civil = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

export function verifyRoutes(app: AppContext) {
  return new Hono()
    .get('/verify/:id', anonymousCall(app), async (c) => {
      const id = pathId(c, 'id');
      const stored = id ? await app.store.getCertificate(id) : undefined;
      const certificate = stored?.certificate;
      c.header('x-robots-tag', 'noindex, nofollow');
      c.header('cache-control', 'no-store');
      // The same address answers JSON or a page, and the page in the reader's language.
      varyOn(c, 'Accept');
      if (/application\/json/.test(requestHeader(c, 'accept') ?? '')) {
        // The credential's status check (1EdTechRevocationList): only whether it stands.
        return c.json(
          certificate
            ? {
                id: certificate.verifyUrl,
                status: certificate.status,
                revoked: certificate.status !== 'valid',
              }
            : { status: 'unknown' },
          certificate ? 200 : 404,
        );
      }
      const locale = replyLocale(c);
      const shown = certificate && {
        status: certificate.status,
        name: certificate.learner.name,
        title: certificate.program.title,
        completedOn: certificate.completedOn,
        credits: certificate.credits,
      };
      return c.html(page(app.policy.sponsor.name, shown, locale), certificate ? 200 : 404);
    })
    .get('/.well-known/jwks.json', async (c) => {
      c.header('cache-control', 'public, max-age=300');
      return c.json(await issuerKeySet(app.store));
    });
}
