// Time from navigation to each widget's first render, on a cold page in Chromium: the built
// CDN bundle (dist/cdn) served from loopback, a new browser context per round (empty cache),
// with and without 4x CPU throttling. The page itself sets performance marks: `first render`
// once the element's first update has painted, `answer` once its `*Complete` getter (the
// credits, the refund quote, the loaded record) has settled and painted. Local mode (no
// api-base): what a page shows before any API answers. `node bench/first-render.mjs`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, hasChromium } from '../scripts/chromium.mjs';
import { cdnDir } from './bundle-size.mjs';

const ROUNDS = Number(process.env.CPE_BENCH_RENDER_ROUNDS ?? 7);
const THROTTLE = 4;

const isoInDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString();
const year = new Date().getFullYear();
const week = isoInDays(7).slice(0, 10);

/** What each measured page holds: the bundle, its elements' attributes and properties. */
const pages = {
  'cpe-credit-calculator': { elements: { 'cpe-credit-calculator': {} } },
  'cpe-attendance-check-in': { elements: { 'cpe-attendance-check-in': {} } },
  'cpe-refund-request': {
    elements: {
      'cpe-refund-request': {
        attributes: {
          product: 'self-study',
          'course-title': 'Managing Cash Flow',
          'price-cents': '19999',
          currency: 'USD',
          'purchased-at': isoInDays(-12),
        },
      },
    },
  },
  'cpe-kit': {
    elements: {
      'cpe-credit-calculator': {},
      'cpe-attendance-check-in': {},
      'cpe-refund-request': {
        attributes: {
          product: 'self-study',
          'price-cents': '19999',
          'purchased-at': isoInDays(-12),
        },
      },
    },
  },
  'cpe-program-details': {
    elements: {
      'cpe-program-details': {
        properties: {
          program: {
            title: 'Audit Update 2026',
            description: 'What changed this year in auditing standards.',
            objectives: ['Apply the new risk-assessment standard'],
            deliveryMethod: 'group-live',
            knowledgeLevel: 'Update',
            fieldsOfStudy: [{ field: 'Auditing', credits: 2 }],
            timeZone: 'America/Chicago',
            product: 'live-event',
            priceCents: 45000,
            currency: 'USD',
            events: [
              {
                title: 'Morning session',
                timeZone: 'America/Chicago',
                segments: [{ start: `${week}T15:00:00Z`, end: `${week}T16:40:00Z` }],
              },
            ],
          },
        },
      },
    },
  },
  'cpe-transcript': {
    elements: {
      'cpe-transcript': {
        properties: {
          completions: [
            {
              program: { title: 'Audit Update', deliveryMethod: 'group-live' },
              completedOn: `${year}-02-10`,
              credits: { nasba: 8, icma: 8, byField: [{ field: 'Auditing', credits: 8 }] },
            },
          ],
        },
      },
    },
  },
};

/** The measured page: marks set from the page, read back by the bench. */
function pageHtml(bundle, elements) {
  const markup = Object.entries(elements)
    .map(([tag, { attributes = {} }]) => {
      const attrs = Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
      return `<${tag}${attrs}></${tag}>`;
    })
    .join('\n');
  const properties = Object.fromEntries(
    Object.entries(elements).map(([tag, { properties = {} }]) => [tag, properties]),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bundle}</title>
<script>
  const properties = ${JSON.stringify(properties)};
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const completion = (el) =>
    Object.getOwnPropertyNames(Object.getPrototypeOf(el)).find(
      (name) => name.endsWith('Complete') && name !== 'updateComplete',
    );
  window.measured = Promise.all(
    Object.keys(properties).map(async (tag) => {
      await customElements.whenDefined(tag);
      const el = document.querySelector(tag);
      Object.assign(el, properties[tag]);
      await el.updateComplete;
      await painted();
      const first = performance.mark(tag + ' first render').startTime;
      const getter = completion(el);
      if (!getter) return { tag, first };
      await el[getter];
      await el.updateComplete;
      await painted();
      const answer = performance.mark(tag + ' answer').startTime;
      return { tag, first, answer, text: el.shadowRoot.textContent.trim().length };
    }),
  );
</script>
<script type="module" src="/cdn/${bundle}.js"></script>
</head><body>
${markup}
</body></html>`;
}

function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = url.pathname.match(/^\/page\/([\w-]+)$/)?.[1];
    if (page && pages[page]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml(page, pages[page].elements));
      return;
    }
    const file = normalize(url.pathname.replace(/^\/cdn\//, ''));
    if (!url.pathname.startsWith('/cdn/') || file.startsWith('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(cdnDir, file));
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function measure(browser, origin, page, throttle) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${origin}/page/${page}`);
    const results = await tab.evaluate(() => window.measured);
    if (errors.length) throw new Error(`${page}: ${errors.join('; ')}`);
    // The page's figure is its slowest element (cpe-kit shows three).
    const first = Math.max(...results.map((r) => r.first));
    const answers = results.filter((r) => r.answer !== undefined);
    const answer = answers.length ? Math.max(...answers.map((r) => r.answer)) : undefined;
    return { first, answer };
  } finally {
    await context.close();
  }
}

const range = (values) => {
  if (!values.length) return '—';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `${Math.round(sorted[0])}-${Math.round(sorted.at(-1))} (median ${Math.round(median)})`;
};

export async function run() {
  if (!hasChromium()) {
    console.log(`\nFirst render: no Chromium at ${chromiumPath()}, skipped.`);
    return;
  }
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  const rows = [];
  try {
    for (const page of Object.keys(pages)) {
      const row = { bundle: `${page}.js` };
      for (const throttle of [1, THROTTLE]) {
        const firsts = [];
        const answers = [];
        // Rounds alternate with nothing else in flight; the first warms the browser process.
        await measure(browser, origin, page, throttle);
        for (let round = 0; round < ROUNDS; round++) {
          const { first, answer } = await measure(browser, origin, page, throttle);
          firsts.push(first);
          if (answer !== undefined) answers.push(answer);
        }
        const label = throttle > 1 ? ` (${throttle}x CPU)` : '';
        row[`first render ms${label}`] = range(firsts);
        row[`answer ms${label}`] = range(answers);
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `\nFirst render on a cold page, ms from navigation (Chromium, loopback, ${ROUNDS} rounds: min-max)`,
  );
  console.table(rows);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
