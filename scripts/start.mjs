// `npm start`: builds what is missing, then serves the API, the demo and the bundles.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const outputs = ['dist/lib/server/main.js', 'dist/cdn/cpe-kit.js', 'dist/demo/index.html'];
if (!outputs.every((file) => existsSync(file))) {
  console.log('First start: building CPE Kit (three steps, a minute or two)...');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
await import('../dist/lib/server/main.js');
