// Bundle budgets of issue 8, on the built dist/cdn: what loads before first render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allInOne,
  bareLitSize,
  budgets,
  cdnDir,
  firstLoadApart,
  measureCdn,
  staticGraph,
  widgetFiles,
} from '../../bench/bundle-size.mjs';
import { widgets } from '../../src/components/widgets.js';

// A sentence only ky's source contains: finds ky in a bundle whatever the minifier did.
const kyMarker = 'must not begin with a slash when using';

describe('CDN bundle budgets', () => {
  const sizes = measureCdn();
  const bare = bareLitSize();

  it('measures one bundle per widget of the registry', () => {
    expect(widgetFiles).toEqual(widgets.map(({ tag }) => `${tag}.js`).sort());
  });

  it.each(widgetFiles)('%s with its static imports is at most 16 KB gzip', (file) => {
    expect(sizes.widgets[file]).toBeLessThanOrEqual(budgets.widget);
  });

  const learnerFiles = widgets
    .filter(({ audience }) => audience === 'learner')
    .map(({ tag }) => `${tag}.js`);

  // Issue 18 measures what the wire carries: each file gzipped on its own.
  it.each(learnerFiles)(
    '%s, its files gzipped apart, is at most 2.5 times a bare Lit element built alike',
    async (file) => {
      expect(firstLoadApart(file)).toBeLessThanOrEqual(budgets.learnerVsBareLit * (await bare));
    },
  );

  it(`${allInOne} (the learner widgets together) is at most 28 KB gzip`, () => {
    expect(sizes.all).toBeLessThanOrEqual(budgets.all);
  });

  it.each([...widgetFiles, allInOne])('%s loads ky only on demand (api-base)', (file) => {
    const eager = [...staticGraph(join(cdnDir, file))].map((f) => readFileSync(f, 'utf8')).join('');
    expect(eager).not.toContain(kyMarker);
    const lazyCode = (sizes.lazy[file] ?? [])
      .map((f) => readFileSync(join(cdnDir, f), 'utf8'))
      .join('');
    expect(lazyCode).toContain(kyMarker);
  });
});
