// The sponsor console at /console, driven in Chromium the way a sponsor's staff would:
// fields found by their labels, the API's answers read off the page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  collectErrors,
  launchBrowser,
  screenshotDir,
  startServer,
  type RunningServer,
} from './harness.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let programUrl: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(10_000);
  errors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const shoot = async (name: string) => {
  for (const width of [1100, 320]) {
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByLabel('Theme').selectOption(theme);
      // One column at 320 px: nothing makes the page scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      await page.screenshot({
        path: `${screenshotDir}/console-${name}-${width}-${theme}.png`,
        fullPage: true,
      });
    }
  }
  await page.getByLabel('Theme').selectOption('light');
  await page.setViewportSize({ width: 1100, height: 900 });
};

const credits = () => page.locator('.credits-value').innerText();

describe('the sponsor console', () => {
  it('is served at /console and refuses a token that is not an admin’s', async () => {
    await page.goto(`${server.origin}/console`);
    await page.getByLabel('Admin token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('not valid');
    expect(await axeViolations(page)).toEqual([]);
    await shoot('sign-in');
    errors.length = 0; // the 401 above was the point
  });

  it('signs in with the demo admin and creates a program whose credits follow the minutes typed', async () => {
    await page.getByRole('button', { name: 'Use the demo admin' }).click();
    await page.getByRole('link', { name: 'New program' }).click();
    await page.getByLabel('Title').fill('Revenue recognition update');
    await page.getByLabel('Description').fill('What changed this year, with examples.');
    await page.getByLabel('Objective 1').fill('Apply the five steps');
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 2').fill('Spot variable consideration');
    await page.getByLabel('Delivery method').selectOption('group-internet');
    await page.getByLabel('Accounting', { exact: true }).check();
    await page.getByLabel('Planned minutes of instruction').fill('100');
    await expect.poll(credits).toBe('2.0 CPE credits');
    await page.getByLabel('Planned minutes of instruction').fill('150');
    await expect.poll(credits).toBe('3.0 CPE credits');
    // Two fields must split the credits: the engine says so before the API does.
    await page.getByLabel('Taxes', { exact: true }).check();
    await page.getByLabel('Credits in Accounting').fill('2');
    await page.getByLabel('Credits in Taxes').fill('2');
    await expect
      .poll(() => page.locator('.credits .error').innerText())
      .toMatch(/fields of study/i);
    await page.getByLabel('Credits in Taxes').fill('1');
    await expect.poll(() => page.locator('.credits .error').innerText()).toBe('');
    await page.getByLabel('Time zone', { exact: true }).fill('America/New_York');
    await page.getByLabel('Price', { exact: true }).fill('199.00');
    await shoot('program-form');
    await page.getByRole('button', { name: 'Create program' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('saved (version 1)');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Revenue recognition update');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the API’s refusal under the field it names', async () => {
    await page.getByLabel('Time zone', { exact: true }).fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const zone = page.getByLabel('Time zone', { exact: true });
    await expect.poll(() => zone.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page
        .locator(
          `#${await zone.getAttribute('aria-describedby').then((ids) => ids!.split(' ').pop())}`,
        )
        .innerText(),
    ).not.toBe('');
    await zone.fill('America/New_York');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The saved program is shown afresh, its title focused: only then is the page settled
    // (the status still says "saved" from the first save, so it cannot tell).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Revenue recognition update');
    expect(await zone.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('adds an event with a session and a break, then publishes', async () => {
    await page.getByLabel('Session 1 starts').fill('2026-12-10T09:00');
    await page.getByLabel('Session 1 ends').fill('2026-12-10T11:40');
    await page.getByRole('button', { name: 'Add a break' }).click();
    await page.getByLabel('Break 1 starts').fill('2026-12-10T10:00');
    await page.getByLabel('Break 1 ends').fill('2026-12-10T10:10');
    await page.getByLabel('Hosts').fill('host-ada');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toContain('Event “Revenue recognition update” created');
    await expect
      .poll(() => page.getByRole('link', { name: /Run “Revenue recognition update”/ }).count())
      .toBe(1);
    programUrl = page.url();
    // The host view of the event runs with the admin's token: its check-in code shows.
    await page.getByRole('link', { name: /Run “Revenue recognition update”/ }).click();
    const host = page.locator('cpe-attendance-check-in');
    await expect.poll(() => host.locator('[part=code]').innerText()).toMatch(/^[A-Z2-9]{6}$/);
    await page.goBack();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('published');
    await page.getByRole('link', { name: 'Programs', exact: true }).click();
    await expect
      .poll(() => page.locator('.card').first().innerText())
      .toMatch(/Published\s+Version \d · 3.0 credits offered/);
    await shoot('programs');
  });

  it('lists the event from the API in a browser that did not create it', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const other = await fresh.newPage();
    const otherErrors = collectErrors(other);
    await other.goto(programUrl);
    await other.getByRole('button', { name: 'Use the demo admin' }).click();
    await expect
      .poll(() => other.getByRole('link', { name: /Run “Revenue recognition update”/ }).count())
      .toBe(1);
    await other.getByRole('link', { name: 'Enrollments' }).click();
    await expect
      .poll(() => other.getByLabel('Event', { exact: true }).locator('option').allInnerTexts())
      .toContain('Revenue recognition update');
    expect(otherErrors).toEqual([]);
    await fresh.close();
  });

  it('enrolls a learner by form and by CSV; a bad row is named and nothing is stored', async () => {
    await page.getByRole('link', { name: 'Enrollments' }).click();
    await page.getByLabel('Learner id (sub)').fill('lrn-1');
    await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Purchased').fill('2026-11-01T10:00');
    await page.getByLabel('Order reference').fill('ORD-1');
    await page.getByRole('button', { name: 'Enroll', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toContain('Grace Hopper enrolled');
    const table = page.getByRole('region', { name: 'Enrolled learners' });
    await expect.poll(() => table.innerText()).toContain('Grace Hopper');

    const header = 'sub,name,email,pricePaidCents,currency,purchasedAt,orderRef';
    const bad = join(server.dataDir, 'bad.csv');
    writeFileSync(
      bad,
      `${header}\nlrn-2,Alan Turing,alan@example.com,19900,USD,2026-11-02T10:00:00Z,ORD-2\nlrn-3,Ada,not-an-email,19900,USD,2026-11-02T10:00:00Z,ORD-3\n`,
    );
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(bad);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.error-list').innerText()).toMatch(/Row 2, email/);
    expect(await table.innerText()).not.toContain('Alan Turing');
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: 'Enrolled learners' }).innerText())
      .toContain('Grace Hopper');
    expect(await page.getByRole('region', { name: 'Enrolled learners' }).innerText()).not.toContain(
      'Alan Turing',
    );
    errors.length = 0; // the 422 of the bad file was the point

    const good = join(server.dataDir, 'good.csv');
    writeFileSync(
      good,
      `${header}\nlrn-2,Alan Turing,alan@example.com,19900,USD,2026-11-02T10:00:00Z,ORD-2\n`,
    );
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(good);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('1 enrolled');
    await expect
      .poll(() => page.getByRole('region', { name: 'Enrolled learners' }).innerText())
      .toContain('Alan Turing');
    expect(await axeViolations(page)).toEqual([]);
    await shoot('enrollments');
  });

  it('opens the refund queue with the admin token', async () => {
    await page.getByRole('link', { name: 'Refunds' }).click();
    // The last save's announcement stays with its view.
    expect(await page.locator('#announce').innerText()).toBe('');
    const review = page.locator('cpe-refund-review');
    await expect
      .poll(() => review.evaluate((el) => el.shadowRoot?.textContent ?? ''))
      .toMatch(/refund|request/i);
    expect(await axeViolations(page)).toEqual([]);
    await shoot('refunds');
    expect(errors).toEqual([]);
  });
});
