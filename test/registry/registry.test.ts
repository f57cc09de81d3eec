/** Every list that names the widgets agrees with the registry, and the check would notice if not. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  repoRoot,
  scratchCheckout,
  widgetListMismatches,
  type Mismatches,
} from './widget-lists.js';

describe('the widget registry', async () => {
  const mismatches = await widgetListMismatches(repoRoot);

  it.each(Object.keys(mismatches) as (keyof Mismatches)[])('%s agree with it', (list) => {
    expect(mismatches[list]).toEqual([]);
  });
});

describe('a widget named in only some of the lists', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** A scratch checkout with a `cpe-stray` folder holding only a define file. */
  function withStrayFolder(): string {
    const root = scratchCheckout();
    roots.push(root);
    mkdirSync(join(root, 'src/components/cpe-stray'));
    writeFileSync(join(root, 'src/components/cpe-stray/define.ts'), '');
    return root;
  }

  it('a folder without a registry entry is reported', async () => {
    const mismatches = await widgetListMismatches(withStrayFolder());
    expect(mismatches.folders).toEqual(['the registry lacks cpe-stray']);
  });

  it('a registry entry without the rest is reported by every list that cannot derive it', async () => {
    const root = withStrayFolder();
    const registry = join(root, 'src/components/widgets.ts');
    const entry = `{ tag: 'cpe-stray', className: 'CpeStray', title: 'Stray', summary: 'Stray.', audience: 'learner' },\n] as const`;
    writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^\] as const/m, entry));
    const mismatches = await widgetListMismatches(root);
    expect(mismatches).toEqual({
      folders: [],
      elements: ['cpe-stray has no cpe-stray.ts or define.ts'],
      'package exports': ['package.json exports lacks ./define/cpe-stray'],
      'cdn entries': [],
      'cpe-kit.js': ['src/cdn.ts lacks cpe-stray'],
      'index.ts': ['src/index.ts lacks CpeStray from cpe-stray/cpe-stray.js'],
      demo: [],
    });
  });
});
