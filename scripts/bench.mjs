// `npm run bench`: builds if needed, then bundle sizes, first render in Chromium, engine
// throughput, certificates, report imports, API load and, where PostgreSQL is installed, the
// two-process scale-out run.
// `npm run bench -- --postgres` runs only the scale-out; `-- --check-in` only the check-in burst.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { postgresBinDir } from './postgres.mjs';

if (!existsSync('dist/lib/server/index.js') || !existsSync('dist/cdn/cpe-kit.js')) {
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const scaleOut = '../bench/scale-out.mjs';
const checkInOnly = process.argv.includes('--check-in');
const benches = checkInOnly
  ? ['../bench/api.mjs']
  : process.argv.includes('--postgres')
    ? [scaleOut]
    : [
        '../bench/bundle-size.mjs',
        '../bench/first-render.mjs',
        '../bench/engine.mjs',
        '../bench/certificates.mjs',
        '../bench/imports.mjs',
        '../bench/api.mjs',
        ...(postgresBinDir() ? [scaleOut] : []),
      ];
if (!checkInOnly && !postgresBinDir())
  console.log('PostgreSQL is not installed: no scale-out run.');
for (const bench of benches) {
  const { run } = await import(bench);
  await run({ checkInOnly });
}
