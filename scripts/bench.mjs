// `npm run bench`: builds if needed, then bundle sizes, engine throughput, API load and imports.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/lib/server/index.js') || !existsSync('dist/cdn/cpe-kit.js')) {
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

for (const bench of [
  '../bench/bundle-size.mjs',
  '../bench/engine.mjs',
  '../bench/api.mjs',
  '../bench/imports.mjs',
]) {
  const { run } = await import(bench);
  await run();
}
