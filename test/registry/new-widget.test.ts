/**
 * `npm run new-widget`, run into a scratch checkout: the widget it writes has every file of
 * the kit's shape, satisfies the registry checks, typechecks and lints clean; bad and
 * existing names are refused without writing anything.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWidget, widgetNames } from '../../scripts/new-widget.mjs';
import { repoRoot, scratchCheckout, widgetListMismatches } from './widget-lists.js';

const run = promisify(execFile);
const bin = (name: string): string => join(repoRoot, 'node_modules/.bin', name);
const script = join(repoRoot, 'scripts/new-widget.mjs');

const learner = 'cpe-course-outline';
const sponsor = 'cpe-lti-deep-link-picker';
const account = 'cpe-badge-wallet';
const generated = (tag: string): string[] => [
  `src/components/${tag}/${tag}.ts`,
  `src/components/${tag}/${tag}.styles.ts`,
  `src/components/${tag}/define.ts`,
  `src/components/${tag}/deferred.ts`,
  `test/components/${tag}/${tag}.test.ts`,
];

describe('npm run new-widget', () => {
  const root = scratchCheckout();
  let output = '';
  beforeAll(async () => {
    const summary = 'The outline of a course, with its credits.';
    output = (await run('node', [script, 'course-outline', '--summary', summary, '--root', root]))
      .stdout;
    await run('node', [script, sponsor, '--sponsor', '--title', 'LTI picker', '--root', root]);
    await run('node', [script, account, '--account', '--root', root]);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the element, its styles, define file, deferred chunk and browser test', () => {
    for (const file of [...generated(learner), ...generated(sponsor)]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    const listed = output.split('\n').map((line) => line.trim());
    expect(listed).toEqual(expect.arrayContaining(generated(learner)));
  });

  it('names the widgets where nothing derives them, so every registry check passes', async () => {
    const mismatches = await widgetListMismatches(root);
    expect(Object.values(mismatches).flat()).toEqual([]);
    const registry = readFileSync(join(root, 'src/components/widgets.ts'), 'utf8');
    expect(registry).toContain(`tag: '${learner}'`);
    expect(registry).toContain(`title: 'LTI picker'`);
  });

  it('puts a learner widget in cpe-kit.js, sponsor and account widgets only in their own bundles', () => {
    const kit = readFileSync(join(root, 'src/cdn.ts'), 'utf8');
    expect(kit).toContain(`import './components/${learner}/define.js';`);
    expect(kit).not.toContain(sponsor);
    expect(kit).not.toContain(account);
    const registry = readFileSync(join(root, 'src/components/widgets.ts'), 'utf8');
    expect(registry).toMatch(new RegExp(`tag: '${account}'[^}]*audience: 'account'`));
  });

  it('writes files that typecheck, lint clean and follow the Prettier style', async () => {
    const files = [...generated(learner), ...generated(sponsor)];
    writeFileSync(
      join(root, 'tsconfig.generated.json'),
      JSON.stringify({ extends: './tsconfig.json', include: [], files }),
    );
    await run(bin('tsc'), ['-p', 'tsconfig.generated.json', '--noEmit'], { cwd: root });
    writeFileSync(join(root, 'eslint.config.js'), readFileSync(join(repoRoot, 'eslint.config.js')));
    await run(bin('eslint'), ['--max-warnings', '0', ...files], { cwd: root });
    await run(bin('prettier'), ['--check', ...files, 'src/components/widgets.ts', 'package.json'], {
      cwd: root,
    });
  }, 120_000);

  it('refuses a name it already has, and writes nothing', async () => {
    const registry = readFileSync(join(root, 'src/components/widgets.ts'), 'utf8');
    const failure = run('node', [script, 'course-outline', '--root', root]);
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('<cpe-course-outline> already exists') as unknown,
    });
    await expect(newWidget('cpe-refund-review', { root })).rejects.toThrow('already exists');
    expect(readFileSync(join(root, 'src/components/widgets.ts'), 'utf8')).toBe(registry);
  });

  it.each(['', 'Program', 'program_details', '1st-widget', '-x', 'x-', 'a--b', 'cpe-', 'a b'])(
    'refuses the name "%s"',
    async (name) => {
      await expect(newWidget(name, { root })).rejects.toThrow('is not a widget name');
    },
  );

  it('refuses a title or summary that would break the code it lands in', async () => {
    await expect(newWidget('quiz', { root, summary: 'Ends the comment */ early' })).rejects.toThrow(
      'plain text',
    );
    await expect(newWidget('quiz', { root, title: 'A `template`' })).rejects.toThrow('plain text');
    expect(existsSync(join(root, 'src/components/cpe-quiz'))).toBe(false);
  });
});

describe('widget names', () => {
  it.each([
    ['program-details', 'cpe-program-details', 'CpeProgramDetails', 'Program details'],
    ['cpe-transcript', 'cpe-transcript', 'CpeTranscript', 'Transcript'],
    [
      'lti-deep-link-picker',
      'cpe-lti-deep-link-picker',
      'CpeLtiDeepLinkPicker',
      'Lti deep link picker',
    ],
  ])('%s gives the tag %s, the class %s and the title "%s"', (name, tag, className, title) => {
    expect(widgetNames(name)).toEqual({ tag, className, title });
  });
});
