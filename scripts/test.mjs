// `npm test`: system programs, typecheck, lint, Node tests, the short attack suite, build,
// browser tests, end-to-end.
// Stops at the first failing step; each runner prints its own summary line.
import { spawnSync } from 'node:child_process';

const steps = [
  ['system programs', 'node', ['scripts/ensure-system.mjs']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['node tests (vitest)', 'npm', ['run', '--silent', 'test:node']],
  ['attack suite (short)', 'npm', ['run', '--silent', 'attack', '--', '--short']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['browser tests (web test runner)', 'npm', ['run', '--silent', 'test:browser']],
  ['end-to-end tests (vitest + playwright-core)', 'npm', ['run', '--silent', 'test:e2e']],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n== FAILED: ${name} (exit ${status})`);
    process.exit(status ?? 1);
  }
}
console.log('\n== all test steps passed');
