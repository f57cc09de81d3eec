/**
 * Issue 19, right-to-left: the widgets' styles, the LTI tool pages' and the demo pages' CSS
 * use logical properties only, so a page with `dir="rtl"` mirrors them. The checker itself is
 * tried first on planted CSS, so a pass below means the sheets are clean, not that it is blind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { physicalUses, templatesAfter, type Stylesheet } from './physical-css.js';
import { repoRoot } from './widget-lists.js';

const found = (css: string): string[] =>
  physicalUses(css).map(({ line, declaration }) => `${line}: ${declaration}`);

describe('the physical-CSS checker', () => {
  it('names each physical property with its line', () => {
    const css = `.a {
  margin-left: 1px;
  padding-right: 2px;
  border-left-color: red;
  border-top-left-radius: 4px;
  left: 0;
  scroll-margin-right: 1rem;
}`;
    expect(found(css)).toEqual([
      '2: margin-left: 1px',
      '3: padding-right: 2px',
      '4: border-left-color: red',
      '5: border-top-left-radius: 4px',
      '6: left: 0',
      '7: scroll-margin-right: 1rem',
    ]);
  });

  it('names left and right as values where start and end exist', () => {
    const css = `.a { float: left; clear: right; text-align: right; caption-side: left }
.b { justify-content: left; justify-self: right !important }`;
    expect(found(css)).toEqual([
      '1: float: left',
      '1: clear: right',
      '1: text-align: right',
      '1: caption-side: left',
      '2: justify-content: left',
      '2: justify-self: right !important',
    ]);
  });

  it('names shorthands whose left and right values differ', () => {
    const css = `.a {
  padding: 0 1rem 0 calc(2px * 3);
  inset: 0 auto 0 0;
  border-radius: 4px 0 0 4px;
  border-radius: 4px 0;
  border-radius: 4px 4px 4px 4px / 2px 0 0 2px;
}`;
    expect(found(css).map((entry) => entry.split(':')[0])).toEqual(['2', '3', '4', '5', '6']);
  });

  it('lets logical CSS, the block sides, backgrounds, selectors and comments be', () => {
    const css = `/* float: left in a comment */
:host(:dir(rtl)) a:hover, li:nth-child(2) {
  margin-inline-start: 1px;
  padding-inline: 1px 2px;
  border-inline-end: 1px solid;
  border-start-end-radius: 4px;
  inset-inline-start: 0;
  margin-top: 1px;
  border-bottom: 1px solid;
  text-align: start;
  float: inline-end;
  margin: 0 auto;
  padding: 1px 2px 3px 2px;
  border-radius: 4px 4px 0 0;
  --left-gap: 1px;
  background: linear-gradient(to right, red, blue) left / 2rem 100%;
  content: 'left: 0; right';
}
@media (max-width: 480px) { .a { text-align: end } }`;
    expect(found(css)).toEqual([]);
  });

  it('finds each css template of a source file with the line it starts on', () => {
    const source =
      "import { css } from 'lit';\nexport const a = css`\n  .x { left: ${gap}; }\n`;\n";
    const [sheet] = templatesAfter(source, 'css`');
    expect(sheet?.firstLine).toBe(2);
    expect(physicalUses(sheet!.css).map(({ line }) => sheet!.firstLine + line - 1)).toEqual([3]);
  });
});

const filesUnder = (folder: string, ending: string): string[] =>
  readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(folder, name));

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');

/** Every stylesheet the issue covers, by the file it is in. */
const sheets: [path: string, Stylesheet[]][] = [
  ...filesUnder('src/components', '.ts').map((path): [string, Stylesheet[]] => [
    path,
    templatesAfter(read(path), 'css`'),
  ]),
  ['src/server/lti/assets.ts', templatesAfter(read('src/server/lti/assets.ts'), 'pageStyles = `')],
  ...filesUnder('demo', '.css').map((path): [string, Stylesheet[]] => [
    path,
    [{ css: read(path), firstLine: 1 }],
  ]),
];

describe('the kit’s stylesheets', () => {
  it('include every widget’s styles, the shared tokens, the LTI pages and the demo pages', () => {
    const withCss = sheets.filter(([, found]) => found.length > 0).map(([path]) => path);
    const widgets = filesUnder('src/components', '.styles.ts');
    expect(widgets.length).toBeGreaterThanOrEqual(7);
    expect(withCss).toEqual(
      expect.arrayContaining([
        ...widgets,
        'src/components/shared/tokens.ts',
        'src/server/lti/assets.ts',
        'demo/demo.css',
        'demo/console.css',
      ]),
    );
  });

  it('use logical properties only', () => {
    const uses = sheets.flatMap(([path, found]) =>
      found.flatMap(({ css, firstLine }) =>
        physicalUses(css).map(
          ({ line, declaration, why }) =>
            `${path}:${firstLine + line - 1}: ${declaration} (${why})`,
        ),
      ),
    );
    expect(uses).toEqual([]);
  });
});
