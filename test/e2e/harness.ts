/**
 * End-to-end harness: the real server (`dist/lib/server/main.js`, as `npm start` runs it)
 * on a free loopback port with a throwaway data folder, and Debian's Chromium driven by
 * playwright-core. Screenshots go to test-results/screenshots/ to be looked at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { freePort } from '../../scripts/free-port.mjs';

export const screenshotDir = 'test-results/screenshots';

export interface RunningServer {
  origin: string;
  port: number;
  dataDir: string;
  /** Stops the server (SIGTERM); its data folder is removed unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** `env` may be worked out from the server's origin (CPE_PUBLIC_URL, for instance). */
export async function startServer(
  env: Record<string, string> | ((origin: string) => Record<string, string>) = {},
  /** A restart: the port and data folder of a server stopped with `keepData`. */
  again?: { port: number; dataDir: string },
): Promise<RunningServer> {
  const port = again?.port ?? (await freePort());
  const dataDir = again?.dataDir ?? mkdtempSync(join(tmpdir(), 'cpe-e2e-'));
  const origin = `http://127.0.0.1:${port}`;
  const extra = typeof env === 'function' ? env(origin) : env;
  const child: ChildProcess = spawn(process.execPath, ['dist/lib/server/main.js'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not answer /v1/health within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    port,
    dataDir,
    async stop({ keepData = false } = {}) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

/** Console errors and uncaught exceptions a page produced. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** axe-core's violations on the page (shadow roots included), as "rule: target" lines. */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  // Evaluated through the devtools protocol: the page's CSP refuses an injected script tag.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations.flatMap(({ id, nodes }) =>
      nodes.map(({ target }) => `${id}: ${JSON.stringify(target)}`),
    );
  });
}
