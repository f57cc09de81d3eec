// The built demo, bundles and embed pages, served by the real server and driven in
// Chromium the way a person would: fields found by their accessible labels.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  collectErrors,
  launchBrowser,
  screenshotDir,
  startServer,
  type RunningServer,
} from './harness.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage(path: string, width = 1100): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${server.origin}${path}`);
  return { page, errors };
}

describe('playground', () => {
  it('loads without console errors and shows every widget', async () => {
    const { page, errors } = await openPage('/');
    for (const tab of [
      'Credit calculator',
      'Attendance check-in',
      'Refund request',
      'Refund review (admin)',
      'Program details',
      'Transcript',
      'Certificate',
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => page.getByRole('tabpanel').count()).toBe(1);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `${screenshotDir}/playground-${tab.toLowerCase().replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the calculator computes credits from the minutes a person types', async () => {
    const { page, errors } = await openPage('/#cpe-credit-calculator');
    const calculator = page.locator('cpe-credit-calculator');
    await calculator.getByLabel('Minutes', { exact: true }).fill('75');
    await expect.poll(() => calculator.getByRole('status').first().innerText()).toContain('1.4');
    await page.screenshot({ path: `${screenshotDir}/calculator-result.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.screenshot({ path: `${screenshotDir}/calculator-result-dark.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('previews the widgets in Spanish and French from the Language menu', async () => {
    const { page, errors } = await openPage('/#cpe-credit-calculator');
    const calculator = page.locator('cpe-credit-calculator');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await calculator.getByLabel('Minutes', { exact: true }).fill('75');
    await expect.poll(() => calculator.getByRole('status').first().innerText()).toContain('1,4');
    expect(await calculator.getByText('Mode de formation').count()).toBe(1);
    await page.screenshot({ path: `${screenshotDir}/calculator-result-fr.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect.poll(() => calculator.getByText('Modalidad').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the refund request quotes a self-study refund less the 10% fee', async () => {
    const { page, errors } = await openPage('/#cpe-refund-request');
    const refund = page.locator('cpe-refund-request');
    await refund.getByRole('radio', { name: 'No' }).check();
    await expect.poll(() => refund.locator('.root').innerText()).toContain('$179.99');
    await page.screenshot({ path: `${screenshotDir}/refund-quote.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the embed snippet follows the settings', async () => {
    const { page } = await openPage('/#cpe-credit-calculator');
    await page.getByRole('combobox', { name: 'Delivery method method' }).selectOption('self-study');
    const snippet = await page.locator('#snippet-cpe-credit-calculator').innerText();
    expect(snippet).toContain(
      `<script type="module" src="${server.origin}/cdn/cpe-credit-calculator.js"></script>`,
    );
    expect(snippet).toContain('method="self-study"');
    await page.close();
  });
});

describe('playground at first use', () => {
  it('counts the registry’s widgets and never scrolls sideways at 320 px', async () => {
    const { page, errors } = await openPage('/', 320);
    await expect
      .poll(() => page.locator('#intro-count').innerText())
      .toBe(
        'Seven embeddable widgets for CPE sponsors: 3 for learners’ course pages, 1 for the catalog, 2 for the learner’s own records, 1 for the sponsor’s staff.',
      );
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect([await tab.innerText(), width]).toEqual([await tab.innerText(), 320]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the selected tab itself, on whichever line it wraps to', async () => {
    const { page } = await openPage('/#cpe-refund-review', 320);
    const look = (name: string) =>
      page
        .getByRole('tab', { name })
        .evaluate((tab) => [
          getComputedStyle(tab).backgroundColor,
          getComputedStyle(tab).fontWeight,
        ]);
    expect(await look('Refund review (admin)')).not.toEqual(await look('Credit calculator'));
    await page.close();
  });

  it('the review tab has no empty settings, and its controls follow the dark theme', async () => {
    const { page } = await openPage('/#cpe-refund-review');
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    const copy = page.getByRole('button', { name: 'Copy embed code' }).first();
    const background = await panel
      .getByRole('button', { name: 'Copy embed code' })
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(background).toBe('rgb(17, 24, 39)');
    expect(await copy.isVisible()).toBe(true);
    await page.close();
  });

  it('the refund settings take money and dates, and self-study carries no event', async () => {
    const { page } = await openPage('/#cpe-refund-request');
    const snippet = () => page.locator('#snippet-cpe-refund-request').innerText();
    expect(await snippet()).toContain('price-cents="19999"');
    expect(await snippet()).not.toContain('event-start');
    expect(await snippet()).not.toContain('event-time-zone');
    await page.getByLabel('Price paid').fill('250.50');
    await page.getByLabel('Price paid').press('Tab');
    await expect.poll(snippet).toContain('price-cents="25050"');
    await page.getByLabel('Purchased').fill('2026-03-01T09:30');
    await page.getByLabel('Purchased').press('Tab');
    const expected = new Date('2026-03-01T09:30').toISOString().replace('.000Z', 'Z');
    await expect.poll(snippet).toContain(`purchased-at="${expected}"`);
    await page.getByRole('combobox', { name: 'Product product' }).selectOption('live-event');
    await expect.poll(snippet).toContain('event-start="');
    expect(await snippet()).toContain('event-time-zone="America/New_York"');
    await page.close();
  });

  it('the calculator hides increment and edition unless the author lets viewers change them', async () => {
    const { page } = await openPage('/#cpe-credit-calculator');
    const calculator = page.locator('cpe-credit-calculator');
    await expect.poll(() => calculator.locator('#policy-line').count()).toBe(1);
    expect(await calculator.getByLabel('Increment').count()).toBe(0);
    await page.getByLabel('Let the viewer change increment and edition').check();
    await expect
      .poll(() => page.locator('cpe-credit-calculator').getByLabel('Increment').count())
      .toBe(1);
    expect(await page.locator('#snippet-cpe-credit-calculator').innerText()).toMatch(
      /\n {2}show-policy-options\n/,
    );
    await page.close();
  });
});

describe('a refund on a loaded machine and a slow line (issue 16 item 1)', () => {
  it('“Ask for a review” inside the 5-day window ticks the box, moves focus, and Send says why', async () => {
    const { page, errors } = await openPage('/#cpe-refund-request', 900);
    await page.getByLabel('Product').selectOption('live-event');
    await page.getByLabel('Event starts').fill(pickerValueIn(3));
    const widget = page.locator('cpe-refund-request');
    const outcome = widget.locator('.live');
    await expect.poll(() => outcome.innerText()).toContain('No refund');
    // The report's conditions: the CPU 8 times slower, every request 800 ms on the line.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 800,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    await widget.getByRole('button', { name: 'Ask for a review' }).click();
    const state = () =>
      widget.evaluate((element) => ({
        ticked: element.shadowRoot!.querySelector<HTMLInputElement>('#special')!.checked,
        focused: element.shadowRoot!.activeElement?.id,
      }));
    await expect.poll(() => outcome.innerText()).toContain('A person would review');
    expect(await state()).toEqual({ ticked: true, focused: 'message' });
    await widget.getByRole('button', { name: 'Send my request' }).click();
    await expect
      .poll(() => widget.locator('#message-error').innerText())
      .toBe('Tell the sponsor briefly what happened.');
    await widget.getByLabel('What happened?').fill('A family emergency.');
    await widget.getByRole('button', { name: 'Send my request' }).click();
    await expect.poll(() => widget.locator('[part=receipt]').count(), { timeout: 20_000 }).toBe(1);
    expect(await widget.evaluate((element) => element.shadowRoot!.activeElement?.id)).toBe(
      'receipt-heading',
    );
    expect(errors).toEqual([]);
  });
});

describe('attendance through the API', () => {
  it('a learner checks in with the code the host shows', async () => {
    const host = await openPage('/#cpe-attendance-check-in');
    await host.page.getByRole('combobox', { name: 'View role' }).selectOption('host');
    const hostWidget = host.page.locator('cpe-attendance-check-in');
    const code = hostWidget.locator('[part=code]');
    await expect.poll(() => code.innerText()).toMatch(/^[A-Z2-9]{6}$/);
    await host.page.screenshot({ path: `${screenshotDir}/attendance-host.png`, fullPage: true });

    const learner = await openPage('/#cpe-attendance-check-in');
    const learnerWidget = learner.page.locator('cpe-attendance-check-in');
    await learnerWidget.getByLabel('Check-in code').fill((await code.innerText()).toLowerCase());
    await learnerWidget.getByRole('button', { name: 'Check in' }).click();
    await expect
      .poll(() => learnerWidget.locator('.root').innerText())
      .toMatch(/checked in since/i);
    await learner.page.screenshot({
      path: `${screenshotDir}/attendance-learner.png`,
      fullPage: true,
    });
    expect([...host.errors, ...learner.errors]).toEqual([]);
    await host.page.close();
    await learner.page.close();
  });
});

describe('report import', () => {
  it('the host previews a report, maps the guest and commits, at 320 and 900 px, light and dark', async () => {
    for (const width of [320, 900]) {
      const { page, errors } = await openPage('/#cpe-attendance-check-in', width);
      await page.getByRole('combobox', { name: 'View role' }).selectOption('host');
      const widget = page.locator('cpe-attendance-check-in');
      await expect.poll(() => widget.locator('#import-heading').count()).toBe(1);
      // A report of the demo event's own session: one learner 60 minutes, a guest 45 (40 in
      // the second round: another file, as the same one again would add nothing).
      const eventId = (await widget.getAttribute('event-id'))!;
      const event = (await (await fetch(`${server.origin}/v1/events/${eventId}`)).json()) as {
        segments: { start: string }[];
      };
      const start = Date.parse(event.segments[0]!.start);
      const iso = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
      const csv =
        'name,email,join,leave\n' +
        `Ada Lovelace,ada@example.org,${iso(0)},${iso(60)}\n` +
        `Guest on a phone,,${iso(width === 320 ? 15 : 20)},${iso(60)}\n`;
      await widget.getByLabel('Report file').setInputFiles({
        name: 'webinar.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await widget.getByRole('button', { name: 'Preview' }).click();
      const preview = widget.getByRole('region', { name: 'Import preview' });
      await expect.poll(() => preview.innerText()).toContain('Guest on a phone');
      for (const theme of ['light', 'dark']) {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect([theme, scrollWidth]).toEqual([theme, width]);
        await widget.locator('section[aria-labelledby="import-heading"]').screenshot({
          path: `${screenshotDir}/import-preview-${width}-${theme}.png`,
        });
      }
      await widget.getByLabel(/Guest on a phone, row 3/).fill(`guest-${width}`);
      await widget.getByRole('button', { name: 'Import these records' }).click();
      await expect.poll(() => widget.locator('#import-done').count()).toBe(1);
      await expect
        .poll(() => widget.locator('[part=roster]').innerText())
        .toContain('Guest on a phone');
      await widget.locator('section[aria-labelledby="import-heading"]').screenshot({
        path: `${screenshotDir}/import-done-${width}.png`,
      });
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);
});

describe('embedding', () => {
  it('a bare page under a strict CSP (default-src self) runs the CDN bundle', async () => {
    const { page, errors } = await openPage('/strict-csp.html', 900);
    for (const tag of ['cpe-credit-calculator', 'cpe-refund-request', 'cpe-attendance-check-in']) {
      await expect.poll(() => page.evaluate((t) => !!customElements.get(t), tag)).toBe(true);
      await expect
        .poll(() =>
          page.evaluate((t) => document.querySelector(t)?.shadowRoot?.childElementCount ?? 0, tag),
        )
        .toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${screenshotDir}/strict-csp.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page on another origin loads the bundles (module scripts need CORS)', async () => {
    // A CMS on its own origin (another port): it serves only its page; the bundle comes from us.
    const cmsPage = `<!doctype html><html lang="en"><head><title>CMS</title><link rel="icon" href="data:,">
      <script type="module" src="${server.origin}/cdn/cpe-credit-calculator.js"></script></head>
      <body><cpe-credit-calculator method="nano"></cpe-credit-calculator></body></html>`;
    const cms = createServer((_request, response) => response.end(cmsPage)).listen(0, '127.0.0.1');
    await once(cms, 'listening');
    const { port } = cms.address() as AddressInfo;
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`http://127.0.0.1:${port}/course`);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('cpe-credit-calculator')?.shadowRoot?.childElementCount ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
    cms.close();
  });

  it('the iframe embed renders the widget and reports its height', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${server.origin}/v1/health`);
    const heights = page.evaluate(
      (src) =>
        new Promise<number>((resolve) => {
          addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
            if (event.data?.type === 'cpe-embed-height' && event.data.height)
              resolve(event.data.height);
          });
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.title = 'CPE credit calculator';
          document.body.append(frame);
        }),
      `${server.origin}/embed/cpe-credit-calculator?method=self-study`,
    );
    expect(await heights).toBeGreaterThan(100);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('cpe-credit-calculator').getAttribute('method'))
      .toBe('self-study');
    await page.close();
  });

  it('nothing overflows a 320 px wide phone, and touch targets are at least 44 px high', async () => {
    const { page, errors } = await openPage('/lms.html', 320);
    await page.waitForTimeout(500);
    const report = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'cpe-credit-calculator, cpe-attendance-check-in, cpe-refund-request',
        ),
      ].map((widget) => {
        const root = widget.shadowRoot!;
        const box = widget.getBoundingClientRect();
        const overflowing = [...root.querySelectorAll('*')].filter((node) => {
          const rect = node.getBoundingClientRect();
          return rect.width > 0 && rect.right > box.right + 1;
        }).length;
        const smallTargets = [
          ...root.querySelectorAll('button, input:not([type=checkbox]):not([type=radio]), select'),
        ]
          .filter(
            (node) =>
              node.getBoundingClientRect().height > 0 && node.getBoundingClientRect().height < 44,
          )
          .map((node) => node.outerHTML.slice(0, 60));
        return { tag: widget.localName, overflowing, smallTargets };
      }),
    );
    await page.screenshot({ path: `${screenshotDir}/lms-320.png`, fullPage: true });
    expect(report).toEqual([
      { tag: 'cpe-attendance-check-in', overflowing: 0, smallTargets: [] },
      { tag: 'cpe-credit-calculator', overflowing: 0, smallTargets: [] },
      { tag: 'cpe-refund-request', overflowing: 0, smallTargets: [] },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the CMS snippet and LMS course pages load without console errors', async () => {
    for (const path of ['/cms.html', '/lms.html']) {
      const { page, errors } = await openPage(path);
      await expect
        .poll(() => page.evaluate(() => !!customElements.get('cpe-refund-request')))
        .toBe(true);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `${screenshotDir}${path.replace('.html', '')}-page.png`,
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the README element reference matches the manifest', async () => {
    const { execFileSync } = await import('node:child_process');
    expect(() =>
      execFileSync('node', ['scripts/docs.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});

describe('program details', () => {
  it('shows the local sample in light and dark, 320 px to wide, without sideways scrolling', async () => {
    for (const width of [320, 900]) {
      const { page, errors } = await openPage('/#cpe-program-details', width);
      await page.getByRole('combobox', { name: 'Rules' }).selectOption('local');
      const card = page.locator('cpe-program-details');
      await expect.poll(() => card.locator('h2').innerText()).toBe('Audit Update 2026');
      for (const theme of ['light', 'dark']) {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect([theme, scrollWidth]).toEqual([theme, width]);
        await card.screenshot({ path: `${screenshotDir}/program-details-${width}-${theme}.png` });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows a program of record by its id', async () => {
    const session = (await (await fetch(`${server.origin}/demo/session.json`)).json()) as {
      apiBase: string;
      tokens: { admin: string };
    };
    const created = await fetch(new URL('v1/programs', new URL(session.apiBase, server.origin)), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session.tokens.admin}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        title: 'Managing Cash Flow',
        description: 'Forecasting and improving the cash a business generates.',
        objectives: ['Build a 13-week cash forecast'],
        deliveryMethod: 'self-study',
        knowledgeLevel: 'Basic',
        fieldsOfStudy: [{ field: 'Finance' }],
        timeZone: 'America/New_York',
        product: 'self-study',
        priceCents: 19999,
        currency: 'USD',
        creditInput: { selfStudy: { reviewQuestions: 10, examQuestions: 10, words: 18000 } },
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const { page, errors } = await openPage('/#cpe-program-details');
    await page.getByRole('tabpanel').getByLabel('Program id').fill(id);
    await page.getByRole('tabpanel').getByLabel('Program id').press('Enter');
    const card = page.locator('cpe-program-details');
    await expect.poll(() => card.locator('h2').innerText()).toBe('Managing Cash Flow');
    await expect.poll(() => card.locator('.card').innerText()).toContain('$199.99');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('transcript', () => {
  it('shows the local sample in light and dark, 320 px to wide, without sideways scrolling', async () => {
    for (const width of [320, 900]) {
      const { page, errors } = await openPage('/#cpe-transcript', width);
      await page.getByRole('combobox', { name: 'Rules' }).selectOption('local');
      const transcript = page.locator('cpe-transcript');
      await expect
        .poll(() => transcript.locator('.headline').innerText())
        .toContain('You still need');
      for (const theme of ['light', 'dark']) {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect([theme, scrollWidth]).toEqual([theme, width]);
        await transcript.screenshot({ path: `${screenshotDir}/transcript-${width}-${theme}.png` });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('certificate', () => {
  it('shows the local sample in light and dark, 320 px to wide, without sideways scrolling', async () => {
    for (const width of [320, 900]) {
      const { page, errors } = await openPage('/#cpe-certificate', width);
      await page.getByRole('combobox', { name: 'Rules' }).selectOption('local');
      const card = page.locator('cpe-certificate');
      await expect.poll(() => card.locator('.program-title').innerText()).toBe('Audit Update 2026');
      for (const theme of ['light', 'dark']) {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect([theme, scrollWidth]).toEqual([theme, width]);
        await card.screenshot({ path: `${screenshotDir}/certificate-${width}-${theme}.png` });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the demo learner’s certificate of record', () => {
  /** As the sponsor's systems would: a self-study program, Ada enrolled, her test passed. */
  async function issuedToAda(title: string, scorePercent = 88): Promise<string> {
    const session = (await (await fetch(`${server.origin}/demo/session.json`)).json()) as {
      tokens: { admin: string };
    };
    const admin = async <T>(path: string, body: unknown): Promise<T> => {
      const response = await fetch(`${server.origin}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${session.tokens.admin}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      expect(response.ok, `${path}: ${response.status}`).toBe(true);
      return (await response.json()) as T;
    };
    const program = await admin<{ id: string }>('/v1/programs', {
      title,
      description: 'How leases reach the balance sheet.',
      objectives: ['Account for a lease'],
      deliveryMethod: 'self-study',
      knowledgeLevel: 'Basic',
      fieldsOfStudy: [{ field: 'Accounting' }],
      timeZone: 'America/New_York',
      product: 'self-study',
      priceCents: 19999,
      currency: 'USD',
      creditInput: { selfStudy: { pilotMinutes: 125 } },
    });
    const enrollment = await admin<{ id: string }>(`/v1/programs/${program.id}/enrollments`, {
      learner: { sub: 'ada', name: 'Ada Lovelace', email: 'ada@example.org' },
      pricePaidCents: 19999,
      currency: 'USD',
      purchasedAt: new Date(Date.now() - 86_400_000).toISOString(),
      orderRef: `e2e-${title}`,
    });
    await admin(`/v1/enrollments/${enrollment.id}/assessment`, { scorePercent });
    return program.id;
  }

  it('shows it, hands over its PDF, and the transcript counts it', async () => {
    const programId = await issuedToAda('Lease accounting');
    for (const width of [320, 900]) {
      const { page, errors } = await openPage('/#cpe-certificate', width);
      await page.getByRole('tabpanel').getByLabel('Program id').fill(programId);
      await page.getByRole('tabpanel').getByLabel('Program id').press('Enter');
      const card = page.locator('cpe-certificate');
      await expect.poll(() => card.locator('.program-title').innerText()).toBe('Lease accounting');
      for (const theme of ['light', 'dark']) {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect([theme, scrollWidth]).toEqual([theme, width]);
        await card.screenshot({ path: `${screenshotDir}/certificate-api-${width}-${theme}.png` });
      }
      if (width === 900) {
        const download = page.waitForEvent('download');
        await card.getByRole('button', { name: 'Download PDF' }).click();
        const file = await (await download).path();
        expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
        await expect
          .poll(() => card.getByRole('status').last().innerText())
          .toBe('The PDF is downloading.');
      }
      expect(errors).toEqual([]);
      await page.close();
    }

    const { page, errors } = await openPage('/#cpe-transcript', 900);
    const transcript = page.locator('cpe-transcript');
    await expect
      .poll(() => transcript.locator('.completions').innerText())
      .toContain('Lease accounting');
    await transcript.screenshot({ path: `${screenshotDir}/transcript-api-900-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is still missing before it is issued', async () => {
    const programId = await issuedToAda('Revenue recognition', 55);
    const { page, errors } = await openPage('/#cpe-certificate', 320);
    await page.getByRole('tabpanel').getByLabel('Program id').fill(programId);
    await page.getByRole('tabpanel').getByLabel('Program id').press('Enter');
    const card = page.locator('cpe-certificate');
    await expect
      .poll(() => card.locator('[part=notice]').innerText())
      .toContain('Your final test is not recorded as passed.');
    for (const theme of ['light', 'dark']) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await card.screenshot({ path: `${screenshotDir}/certificate-not-yet-320-${theme}.png` });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A date-time picker's value (this browser's zone) `days` from now. */
function pickerValueIn(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
