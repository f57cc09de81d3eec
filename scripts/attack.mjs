// `npm run attack [-- --short]`: the attack suite of issue 17 against the built API, on
// 127.0.0.1 only, every probe bounded in count and time; prints probe, expected, result and
// pass/fail, and exits 1 if any probe fails. --short (CI) sends fewer requests.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { short: { type: 'boolean', default: false } } });
const size = values.short ? 1 : 4;
const PROBE_MS = 30_000;

// The suite attacks the compiled server: compile it first, as `npm start` would run it.
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { openTarget } = await import('../bench/attack-target.mjs');
const { probes } = await import('../bench/attack-probes.mjs');

// A last resort: the suite stops by itself even if a probe hangs.
const deadline = setTimeout(
  () => {
    console.error('attack suite: out of time');
    process.exit(1);
  },
  (probes.length * PROBE_MS) / 2,
);
deadline.unref();

const rows = [];
const started = performance.now();
for (const probe of probes) {
  const target = await openTarget();
  const t0 = performance.now();
  let outcome;
  try {
    outcome = await Promise.race([
      probe.run(target, size),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`no answer within ${PROBE_MS / 1000} s`)),
          PROBE_MS,
        ).unref(),
      ),
    ]);
  } catch (error) {
    outcome = { result: `error: ${error.message}`, pass: false };
  } finally {
    await target.close();
  }
  rows.push({
    probe: probe.name,
    expected: probe.expected,
    result: `${outcome.result} (${Math.round(performance.now() - t0)} ms)`,
    pass: outcome.pass,
  });
}

const widths = { probe: 40, expected: 60 };
const cell = (text, width) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
console.log(
  `\nAttack suite (${values.short ? 'short' : 'full'}; 127.0.0.1 only; ${Math.round((performance.now() - started) / 1000)} s)\n`,
);
console.log(`${cell('probe', widths.probe)}  ${cell('expected', widths.expected)}  pass  result`);
for (const row of rows) {
  console.log(
    `${cell(row.probe, widths.probe)}  ${cell(row.expected, widths.expected)}  ${row.pass ? 'PASS' : 'FAIL'}  ${row.result}`,
  );
}
const failed = rows.filter((row) => !row.pass).length;
console.log(`\n${rows.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
