// `npm run build`: the npm package (tsc: JS and declarations in dist/lib), the CDN bundles
// (dist/cdn), the demo (dist/demo) and the custom-elements manifest. Each step says when it
// starts and how long it took: tsc is silent for a minute or more on a first build.
import { spawnSync } from 'node:child_process';

const steps = [
  ['the library and its types (tsc)', 'npm', ['run', '--silent', 'build:lib']],
  ['the CDN bundles and the playground (vite)', 'npm', ['run', '--silent', 'build:vite']],
  ['the element reference (custom-elements.json)', 'npm', ['run', '--silent', 'build:manifest']],
];
for (const [index, [what, command, args]] of steps.entries()) {
  const started = Date.now();
  console.log(`[${index + 1}/${steps.length}] Building ${what}...`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  console.log(
    `[${index + 1}/${steps.length}] Done in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
}
