/**
 * Holds every list that names the widgets to the registry (src/components/widgets.ts), in
 * a checkout at `root`: the repository itself, or a scratch copy the scaffold wrote into.
 * The lists derived in code (vite's entries, the playground's tabs) are checked too, so a
 * broken derivation shows here, not in a bundle.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Widget } from '../../src/components/widgets.js';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** What each list lacks or has too many, in words; empty lists when all agree. */
export type Mismatches = Record<
  'folders' | 'elements' | 'package exports' | 'cdn entries' | 'cpe-kit.js' | 'index.ts' | 'demo',
  string[]
>;

const importFrom = async <T>(root: string, path: string): Promise<T> =>
  (await import(pathToFileURL(join(root, path)).href)) as T;

const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');

/** The names `actual` lacks from `expected`, then the ones it has beyond them. */
function difference(what: string, expected: Iterable<string>, actual: Iterable<string>): string[] {
  const want = new Set(expected);
  const have = new Set(actual);
  return [
    ...[...want].filter((name) => !have.has(name)).map((name) => `${what} lacks ${name}`),
    ...[...have].filter((name) => !want.has(name)).map((name) => `${what} has extra ${name}`),
  ];
}

export async function widgetListMismatches(root: string): Promise<Mismatches> {
  const { widgets } = await importFrom<{ widgets: readonly Widget[] }>(
    root,
    'src/components/widgets.ts',
  );
  const tags = widgets.map((widget) => widget.tag);
  const components = join(root, 'src/components');

  const folders = readdirSync(components, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(components, entry.name, 'define.ts')))
    .map((entry) => entry.name);

  const elements = widgets.flatMap(({ tag, className }) => {
    const element = join(components, tag, `${tag}.ts`);
    const define = join(components, tag, 'define.ts');
    if (!existsSync(element) || !existsSync(define))
      return [`${tag} has no ${tag}.ts or define.ts`];
    return [
      ...(readFileSync(element, 'utf8').includes(`export class ${className} extends`)
        ? []
        : [`${tag}/${tag}.ts does not export class ${className}`]),
      ...(readFileSync(define, 'utf8').includes(`customElements.define('${tag}', ${className})`)
        ? []
        : [`${tag}/define.ts does not define '${tag}' as ${className}`]),
    ];
  });

  const exports = (JSON.parse(read(root, 'package.json')) as { exports: Record<string, unknown> })
    .exports;
  const defineExports = Object.keys(exports).filter((key) => key.startsWith('./define/'));
  const exportShapes = tags.flatMap((tag) => {
    const expected = {
      types: `./dist/lib/components/${tag}/define.d.ts`,
      default: `./dist/lib/components/${tag}/define.js`,
    };
    const actual = exports[`./define/${tag}`];
    return actual === undefined || JSON.stringify(actual) === JSON.stringify(expected)
      ? []
      : [`./define/${tag} does not point at ${tag}/define.js and its types`];
  });

  const { cdnEntries } = await importFrom<{ cdnEntries: Record<string, string> }>(
    root,
    'vite.config.ts',
  );
  const entryFiles = Object.entries(cdnEntries).flatMap(([name, file]) =>
    name === 'cpe-kit' || file === join(components, name, 'define.ts')
      ? []
      : [`cdn entry ${name} is not built from ${name}/define.ts`],
  );

  const kitImports = [
    ...read(root, 'src/cdn.ts').matchAll(/^import '\.\/components\/([\w-]+)\/define\.js';$/gm),
  ].map((match) => match[1]!);

  const indexExports = [
    ...read(root, 'src/index.ts').matchAll(
      /^export \{ (\w+) \} from '\.\/components\/([\w-]+)\/([\w-]+)\.js';$/gm,
    ),
  ].map(([, className, folder, file]) => `${className} from ${folder}/${file}.js`);

  const demo = await importFrom<{ widgets: readonly { tag: string }[] }>(root, 'demo/widgets.ts');

  return {
    folders: difference('the registry', folders, tags),
    elements,
    'package exports': [
      ...difference(
        'package.json exports',
        tags.map((tag) => `./define/${tag}`),
        defineExports,
      ),
      ...exportShapes,
    ],
    'cdn entries': [
      ...difference('vite cdnEntries', [...tags, 'cpe-kit'], Object.keys(cdnEntries)),
      ...entryFiles,
    ],
    'cpe-kit.js': difference(
      'src/cdn.ts',
      widgets.filter((widget) => widget.audience === 'learner').map((widget) => widget.tag),
      kitImports,
    ),
    'index.ts': difference(
      'src/index.ts',
      widgets.map(({ tag, className }) => `${className} from ${tag}/${tag}.js`),
      indexExports,
    ),
    demo: difference(
      'the playground',
      tags,
      demo.widgets.map((widget) => widget.tag),
    ),
  };
}

/**
 * A scratch checkout in the system's temporary folder: the files the widget lists live in,
 * with the repository's node_modules linked in, for the scaffold (and these checks) to run
 * on without touching the repository.
 */
export function scratchCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'cpe-kit-widgets-'));
  for (const path of [
    'src',
    'demo',
    'package.json',
    'vite.config.ts',
    'tsconfig.json',
    '.prettierrc.json',
  ]) {
    cpSync(join(repoRoot, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
