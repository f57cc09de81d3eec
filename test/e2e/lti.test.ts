// The LTI tool end to end: the real server and a fake platform on another site (localhost
// against 127.0.0.1), Chromium with third-party cookies blocked, the tool in the course
// page's iframe. A learner launches and checks in and out (the score reaches the platform),
// an instructor deep-links a widget and sees who has not checked in.
import { once } from 'node:events';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { mintToken } from '../../src/server/auth.js';
import { freePort } from '../../scripts/free-port.mjs';
import { liveProgramBody } from '../server/helpers.js';
import { FakePlatform, ROLE } from '../server/lti-fake-platform.js';
import {
  axeViolations,
  collectErrors,
  launchBrowser,
  screenshotDir,
  startServer,
  type RunningServer,
} from './harness.js';

const secret = 'e2e-lti-secret-that-is-long-enough-for-hs256';
/** The tool's settings; scores due are swept every second here (30 s by default). */
const toolEnv = (origin: string) => ({
  CPE_TOKEN_SECRET: secret,
  CPE_PUBLIC_URL: origin,
  CPE_LTI_SWEEP_SECONDS: '1',
});
let server: RunningServer;
let platform: FakePlatform;
let platformServer: Server;
let browser: Browser;
let eventId: string;

const admin = () => mintToken(secret, { sub: 'root', role: 'admin' });
const host = () => mintToken(secret, { sub: 'grace', role: 'host' });

async function api(path: string, token: string, body?: unknown) {
  const response = await fetch(`${server.origin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

beforeAll(async () => {
  const port = await freePort();
  const issuer = `http://localhost:${port}`;
  server = await startServer(toolEnv);
  platform = await FakePlatform.start(issuer, `${server.origin}/lti`, fetch);
  platformServer = serve({ fetch: platform.app.fetch, port, hostname: 'localhost' }) as Server;
  await once(platformServer, 'listening');
  await api('/v1/lti/platforms', await admin(), platform.registration('Fake LMS'));
  const start = Date.now() - 5 * 60_000;
  // A published program and its event: what the picker offers a course author.
  const program = await api('/v1/programs', await admin(), liveProgramBody);
  const event = await api('/v1/events', await admin(), {
    programId: program.id,
    title: 'Month-end close',
    method: 'group-live',
    timeZone: 'UTC',
    segments: [
      { start: new Date(start).toISOString(), end: new Date(start + 3600_000).toISOString() },
    ],
  });
  eventId = String(event.id);
  await api(`/v1/programs/${String(program.id)}/publish`, await admin(), {});
  // Chromium's switch for blocking third-party cookies, as browsers now ship by default. The
  // frames share one renderer process: on a loaded machine Playwright lost track of the
  // tool's frame when the launch's cross-site form post moved it to another process (its
  // URL stayed at the platform's /authorize while the tool's page ran). Cookies, storage
  // and origins are the same either way.
  browser = await launchBrowser([
    '--test-third-party-cookie-phaseout',
    '--disable-site-isolation-trials',
  ]);
});

afterAll(async () => {
  await browser?.close();
  platformServer?.close();
  await server?.stop();
});

async function coursePage(
  hint: string,
  options: { width?: number; dark?: boolean; storage?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[]; tool: () => Frame }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 900, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const storage = options.storage === false ? '' : '&storage=1';
  await page.goto(`${platform.issuer}/course?hint=${hint}${storage}`);
  const tool = () => page.frame({ url: (url) => url.href.startsWith(server.origin) })!;
  return { context, page, errors, tool };
}

/**
 * The text of `selector` in the tool's frame, or undefined while it is not there. The short
 * wait lets a poll look the frame up again rather than sit out Playwright's 30 s action
 * timeout on a frame the launch's redirects replaced.
 */
const textIn = (frame: Frame | undefined, selector: string) =>
  frame
    ?.locator(selector)
    .innerText({ timeout: 1_000 })
    .catch(() => undefined);

const frameHeight = (page: Page) =>
  page.locator('#tool').evaluate((frame) => Number((frame as HTMLIFrameElement).height));

/** Waits until the frame is as tall as the tool's page (its last lti.frameResize arrived). */
async function settled(page: Page, tool: Frame) {
  await expect
    .poll(async () => {
      const content = await tool.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      return (await frameHeight(page)) === content;
    })
    .toBe(true);
}

/**
 * A screenshot of the whole course page. The viewport grows to the page first: a full-page
 * capture leaves the part of a cross-site frame below the viewport unpainted.
 */
async function shoot(page: Page, name: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: page.viewportSize()!.width, height });
  await page.screenshot({ path: `${screenshotDir}/${name}` });
}

async function currentCode(): Promise<string> {
  const { code } = await api(`/v1/events/${eventId}/code`, await host());
  return String(code);
}

describe('a learner launched from the LMS', () => {
  it('is signed in inside the iframe without cookies, checks in and out, and the score is posted', async () => {
    platform.launches.set('ada', {
      sub: 'user-42',
      name: 'Ada Lovelace',
      roles: [ROLE.learner],
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
      lineItem: `${platform.issuer}/lineitems/1`,
    });
    const { context, page, errors, tool } = await coursePage('ada');
    await expect.poll(() => tool()?.locator('cpe-attendance-check-in').count()).toBe(1);
    const widget = tool().locator('cpe-attendance-check-in');
    await widget.getByLabel('Check-in code').fill(await currentCode());
    await widget.getByRole('button', { name: 'Check in' }).click();
    await expect.poll(() => widget.locator('.root').innerText()).toMatch(/checked in since/i);
    // The frame follows the widget's height (lti.frameResize).
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(150);
    await settled(page, tool());
    expect(await axeViolations(tool())).toEqual([]);
    await shoot(page, `lti-learner-900.png`);

    await widget.getByLabel('Check-out code').fill(await currentCode());
    await widget.getByRole('button', { name: 'Check out' }).click();
    await expect.poll(() => widget.locator('.root').innerText()).toMatch(/checked out at/i);
    await expect.poll(() => platform.scores.length, { timeout: 15_000 }).toBe(1);
    expect(platform.scores[0]!.body).toMatchObject({
      userId: 'user-42',
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
    });
    // Nothing rode on cookies: none was set, for either site.
    expect(await context.cookies()).toEqual([]);
    expect(errors.join('\n')).toBe('');
    await context.close();
  });

  it('looks right at 320 px and in dark mode', async () => {
    for (const [width, dark] of [
      [320, false],
      [320, true],
      [900, true],
    ] as const) {
      const { context, page, tool } = await coursePage('ada', { width, dark, storage: false });
      await expect.poll(() => tool()?.locator('cpe-attendance-check-in').count()).toBe(1);
      await expect
        .poll(() => tool().locator('cpe-attendance-check-in .root').innerText())
        .toMatch(/checked out at/i);
      await settled(page, tool());
      const name = `lti-learner-${width}${dark ? '-dark' : ''}.png`;
      await shoot(page, `${name}`);
      await context.close();
    }
  });
});

describe('an instructor', () => {
  it('deep-links an event’s check-in into the course with a live preview', async () => {
    platform.launches.set('teacher', {
      sub: 'teacher-1',
      roles: [ROLE.instructor],
      deepLinking: true,
    });
    const { context, page, errors, tool } = await coursePage('teacher');
    await expect.poll(() => tool()?.getByLabel('Widget').count()).toBe(1);
    const frame = tool();
    await frame.getByLabel('Widget').selectOption('cpe-credit-calculator');
    await expect.poll(() => frame.locator('.preview-slot cpe-credit-calculator').count()).toBe(1);
    await frame.getByLabel('Widget').selectOption('cpe-attendance-check-in');
    await frame.getByLabel('Title in the course').fill('Check in to the close');
    await expect
      .poll(() => frame.locator('.preview-slot').innerText())
      .toBe('Choose an event to see the preview.');
    await frame.getByLabel('Event').selectOption(eventId);
    await expect
      .poll(() => frame.locator('.preview-slot cpe-attendance-check-in .root').innerText())
      .toContain('Month-end close');
    expect(await axeViolations(frame)).toEqual([]);
    await settled(page, frame);
    await shoot(page, `lti-picker-900.png`);
    await frame.getByRole('button', { name: 'Add to the course' }).click();
    await expect.poll(() => platform.deepLinkResponses.length).toBe(1);
    const items = platform.deepLinkResponses[0]![
      'https://purl.imsglobal.org/spec/lti-dl/claim/content_items'
    ] as { custom: Record<string, string>; title: string }[];
    expect(items[0]).toMatchObject({
      title: 'Check in to the close',
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
    });
    // The preview shows the widget as a visitor not signed in: its own records answer 401.
    expect(errors.filter((error) => !/\b401\b/.test(error))).toEqual([]);
    await context.close();
  });

  it('sees the picker and a refusal fit 320 px, light and dark', async () => {
    platform.launches.set('broken', {
      sub: 'teacher-1',
      roles: [ROLE.instructor],
      custom: { cpe_widget: 'cpe-no-such-widget' },
    });
    // French makes the longest options (its delivery methods): they must not widen the page.
    platform.launches.set('enseignant', {
      sub: 'teacher-2',
      roles: [ROLE.instructor],
      deepLinking: true,
      locale: 'fr-CA',
    });
    const french = await coursePage('enseignant', { width: 320 });
    await expect.poll(() => textIn(french.tool(), 'h1')).toBe('Ajouter un widget CPE Kit');
    await french.tool().getByLabel('Widget').selectOption('cpe-credit-calculator');
    expect(
      await french
        .tool()
        .evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
    ).toBe(true);
    expect(await axeViolations(french.tool())).toEqual([]);
    await settled(french.page, french.tool());
    await shoot(french.page, 'lti-picker-320-fr.png');
    await french.context.close();
    for (const dark of [false, true]) {
      const suffix = `320${dark ? '-dark' : ''}`;
      const picker = await coursePage('teacher', { width: 320, dark });
      await expect
        .poll(() => picker.tool()?.locator('.preview-slot cpe-credit-calculator').count())
        .toBe(1);
      await settled(picker.page, picker.tool());
      await shoot(picker.page, `lti-picker-${suffix}.png`);
      await picker.context.close();
      const refused = await coursePage('broken', { width: 320, dark });
      await expect.poll(() => textIn(refused.tool(), 'h1')).toBe('No widget chosen');
      expect(await axeViolations(refused.tool())).toEqual([]);
      await settled(refused.page, refused.tool());
      await shoot(refused.page, `lti-refused-${suffix}.png`);
      await refused.context.close();
    }
  });

  it('runs the event and sees who in the course has not checked in', async () => {
    platform.members = [
      { user_id: 'user-42', name: 'Ada Lovelace', roles: [ROLE.learner] },
      { user_id: 'user-43', name: 'Bob Babbage', roles: [ROLE.learner] },
      { user_id: 'user-44', name: 'Cy Clone', roles: [ROLE.learner] },
    ];
    platform.launches.set('grace', {
      sub: 'teacher-1',
      name: 'Grace Hopper',
      roles: [ROLE.instructor],
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
    });
    const { context, page, errors, tool } = await coursePage('grace');
    await expect.poll(() => textIn(tool(), '.roster-status')).toMatch(/of 3/);
    await expect.poll(() => tool()?.locator('.roster-list li').count()).toBe(2);
    const frame = tool();
    expect(await frame.locator('.roster-list').innerText()).toMatch(/Bob Babbage\s+Cy Clone/);
    await expect.poll(() => frame.locator('cpe-attendance-check-in [part=code]').count()).toBe(1);
    await settled(page, frame);
    await shoot(page, `lti-host-900.png`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('grade passback', () => {
  it('keeps a score through the platform’s outage and the tool’s restart, then posts it', async () => {
    platform.launches.set('bea', {
      sub: 'user-77',
      name: 'Bea Brown',
      roles: [ROLE.learner],
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
      lineItem: `${platform.issuer}/lineitems/2`,
    });
    const { context, tool } = await coursePage('bea', { storage: false });
    await expect.poll(() => tool()?.locator('cpe-attendance-check-in').count()).toBe(1);
    const widget = tool().locator('cpe-attendance-check-in');
    await widget.getByLabel('Check-in code').fill(await currentCode());
    await widget.getByRole('button', { name: 'Check in' }).click();
    await expect.poll(() => widget.locator('.root').innerText()).toMatch(/checked in since/i);
    platform.down = true;
    await widget.getByLabel('Check-out code').fill(await currentCode());
    await widget.getByRole('button', { name: 'Check out' }).click();
    await expect.poll(() => widget.locator('.root').innerText()).toMatch(/checked out at/i);
    await context.close();
    // The platform refused the score at least once; the tool stops with it still queued.
    await expect.poll(() => platform.refusedWhileDown).toBeGreaterThan(0);
    const mine = () => platform.scores.filter((score) => score.body.userId === 'user-77');
    expect(mine()).toEqual([]);
    await server.stop({ keepData: true });
    platform.down = false;
    server = await startServer(toolEnv, { port: server.port, dataDir: server.dataDir });
    await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(1);
    expect(mine()[0]!.lineItem).toBe(`${platform.issuer}/lineitems/2`);
  });
});
