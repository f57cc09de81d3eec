/** The built server (`dist/lib/server/main.js`, as `npm start` runs it) as a child process. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../../scripts/free-port.mjs';

export const mainJs = 'dist/lib/server/main.js';

/** Compiles src/ to dist/lib (type errors elsewhere do not stop tsc from emitting). */
export function buildServer(): void {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
  if (!existsSync(mainJs))
    throw new Error(`npx tsc -p tsconfig.build.json did not produce ${mainJs}`);
}

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [mainJs], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/v1/health`)).ok) return { origin, child, exited };
    } catch {
      // not listening yet
    }
    if (attempt > 300) throw new Error('the server did not answer /v1/health within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
