// `npm run build`: the npm package (tsc: JS and declarations in dist/lib), the CDN bundles
// (dist/cdn), the demo (dist/demo) and the custom-elements manifest.
import { spawnSync } from 'node:child_process';

const steps = [
  ['npm', ['run', '--silent', 'build:lib']],
  ['npm', ['run', '--silent', 'build:vite']],
  ['npm', ['run', '--silent', 'build:manifest']],
];
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
