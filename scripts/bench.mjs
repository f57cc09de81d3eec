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

const scaleOut = { module: '../bench/scale-out.mjs' };
/** What each flag runs; with no flag, every bench (the scale-out only where it can). */
const only = {
  '--check-in': [{ module: '../bench/api.mjs', options: { checkInOnly: true } }],
  '--postgres': [scaleOut],
};
const flag = Object.keys(only).find((name) => process.argv.includes(name));
const everything = [
  ...['bundle-size', 'first-render', 'engine', 'certificates', 'imports', 'api'].map((name) => ({
    module: `../bench/${name}.mjs`,
  })),
  ...(postgresBinDir() ? [scaleOut] : []),
];
if (!flag && !postgresBinDir()) console.log('PostgreSQL is not installed: no scale-out run.');
for (const { module, options } of flag ? only[flag] : everything) {
  const { run } = await import(module);
  await run(options);
}
