// Bundle sizes: each CDN file with everything it statically imports (what loads before
// first render), gzipped; dynamic imports (ky, loaded only in API mode) are counted apart.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cdnDir = join(root, 'dist/cdn');
/** The all-in-one bundle; every other top-level file is one widget's bundle. */
export const allInOne = 'cpe-kit.js';
/**
 * The widget bundles the build wrote, one per entry of the widget registry (vite.config.ts
 * takes its entries from src/components/widgets.ts, which Node cannot import as TypeScript;
 * the budget test holds this list to the registry).
 */
export const widgetFiles = readdirSync(cdnDir)
  .filter((name) => name.endsWith('.js') && name !== allInOne)
  .sort();

/**
 * Budgets of issue 8, in bytes of gzip, and of issue 18: a learner widget's first load, its
 * files gzipped apart, at most this many times a bare Lit element's.
 */
export const budgets = { widget: 16 * 1024, all: 28 * 1024, learnerVsBareLit: 2.5 };

const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g;
const dynamicImport = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function specifiers(code, pattern) {
  return [...code.matchAll(pattern)].map((match) => match[1]).filter((s) => s.startsWith('.'));
}

/** The files a module loads before it runs (itself and its static imports, transitively). */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const spec of specifiers(code, staticImport))
    staticGraph(resolve(dirname(file), spec), seen);
  return seen;
}

/** Files reachable only through dynamic imports of the static graph. */
export function lazyFiles(file) {
  const eager = staticGraph(file);
  const lazy = new Set();
  for (const module of eager) {
    const code = readFileSync(module, 'utf8');
    for (const spec of specifiers(code, dynamicImport)) {
      for (const f of staticGraph(resolve(dirname(module), spec))) if (!eager.has(f)) lazy.add(f);
    }
  }
  return lazy;
}

const gzipSize = (files) =>
  gzipSync(Buffer.concat([...files].map((f) => readFileSync(f))), { level: 9 }).length;

/** What the wire carries: every file compressed on its own (no dictionary shared across). */
const gzipApart = (files) =>
  [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/** A CDN file's first load as served: it and its static imports, each gzipped on its own. */
export const firstLoadApart = (name) => gzipApart(staticGraph(join(cdnDir, name)));

/** A bare Lit element built the way the CDN bundles are: the ratio's denominator. */
export async function bareLitSize() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    // Lit's production build, as `npm run build` resolves it, also when a test runner has
    // NODE_ENV=test (which would pick Lit's development build).
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: join(root, 'bench/fixtures/bare-element.js'), formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = [output].flat().flatMap((o) => o.output);
  return gzipSync(chunks.map((c) => c.code ?? '').join(''), { level: 9 }).length;
}

/** The files that `modules`' dynamic imports of chunks named as `name` matches load. */
function dynamicGraph(modules, name) {
  const chunks = [...modules].flatMap((module) =>
    specifiers(readFileSync(module, 'utf8'), dynamicImport)
      .filter((spec) => name.test(basename(spec)))
      .map((spec) => resolve(dirname(module), spec)),
  );
  return new Set(chunks.flatMap((chunk) => [...staticGraph(chunk)]));
}

/**
 * What a language besides English adds to a widget: the lazy chunk its LocaleController
 * imports for it, with every file that chunk needs beyond what an English reader loads
 * anyway with an API: the first render, the widget's deferred.ts and the HTTP client.
 */
export function languageCosts(locales = ['es', 'fr']) {
  return widgetFiles.map((name) => {
    const eager = staticGraph(join(cdnDir, name));
    const english = new Set([
      ...eager,
      ...dynamicGraph(eager, /^deferred-/),
      ...dynamicGraph(eager, /^http-/),
    ]);
    const row = { widget: name };
    for (const locale of locales) {
      const added = dynamicGraph(eager, new RegExp(`^${locale}-`));
      for (const file of english) added.delete(file);
      row[`${locale} KB`] = (gzipApart(added) / 1024).toFixed(1);
      // Words of parts that load later, for the readers who use them (`locales/host-es.ts`:
      // the check-in's host screens).
      const later = dynamicGraph(eager, new RegExp(`^[a-z]+-${locale}-`));
      for (const file of [...english, ...added]) later.delete(file);
      row[`${locale} later parts KB`] = later.size ? (gzipApart(later) / 1024).toFixed(1) : '';
    }
    return row;
  });
}

export function measureCdn() {
  const widgets = Object.fromEntries(
    widgetFiles.map((name) => [name, gzipSize(staticGraph(join(cdnDir, name)))]),
  );
  const all = gzipSize(staticGraph(join(cdnDir, allInOne)));
  const lazy = Object.fromEntries(
    [...widgetFiles, allInOne].map((name) => [
      name,
      [...lazyFiles(join(cdnDir, name))].map((f) => f.slice(cdnDir.length + 1)),
    ]),
  );
  return { widgets, all, lazy };
}

export async function run() {
  const sizes = measureCdn();
  const bare = await bareLitSize();
  // Issue 18's ratio is of what the wire carries: the files apart.
  const row = (bundle, name, bytes, budget) => {
    const apart = firstLoadApart(name);
    return {
      bundle,
      'gzip KB': (bytes / 1024).toFixed(1),
      'files apart KB': (apart / 1024).toFixed(1),
      budget: `${budget / 1024} KB`,
      'x bare Lit': (apart / bare).toFixed(2),
    };
  };
  const rows = Object.entries(sizes.widgets).map(([name, bytes]) =>
    row(name, name, bytes, budgets.widget),
  );
  rows.push(row(`${allInOne} (all)`, allInOne, sizes.all, budgets.all));
  rows.push({
    bundle: 'bare Lit element',
    'gzip KB': (bare / 1024).toFixed(1),
    'files apart KB': (bare / 1024).toFixed(1),
    budget: '',
    'x bare Lit': '1.00',
  });
  console.log(
    '\nBundle sizes (each file with its static imports, gzip -9 of them together; "files apart":',
  );
  console.log('each file gzipped on its own and summed, as served)');
  console.table(rows);
  console.log('Loaded only on demand (API mode):', sizes.lazy);
  const languages = languageCosts();
  console.log(
    '\nEach language besides English, per widget: its lazy chunk and what that needs beyond what',
  );
  console.log(
    'an English reader loads with an API (first render, deferred.ts, the HTTP client), each file gzip -9 on its own (goal <= 4 KB)',
  );
  console.table(languages);
  return { ...sizes, bare, languages };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
