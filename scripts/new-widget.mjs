// `npm run new-widget -- <name>`: a new widget `<cpe-<name>>` in the kit's shape. Writes its
// folder (element, styles, define, deferred chunk) and its browser test from
// scripts/templates/, then names it where the code cannot derive it: the registry entry
// (src/components/widgets.ts), package.json `exports`, src/index.ts and, for a learner widget,
// the all-in-one src/cdn.ts. test/registry/registry.test.ts checks all of those against
// each other.
//
// Options: --title "Program details" (default from the name), --summary "One sentence."
// (default: the title), --sponsor (not in cpe-kit.js: for the sponsor's staff), --account
// (not in cpe-kit.js either: for the learner's own records page), --root <dir> (the checkout to write into; default this repository).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));

class Refusal extends Error {}

/** `program-details` (or `cpe-program-details`) -> the tag, class name and default title. */
export function widgetNames(name) {
  const base = name.replace(/^cpe-/, '');
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(base)) {
    throw new Refusal(
      `"${name}" is not a widget name: use lowercase words joined by hyphens, starting with ` +
        'a letter (for example program-details).',
    );
  }
  const words = base.split('-');
  return {
    tag: `cpe-${base}`,
    className: `Cpe${words.map((word) => word[0].toUpperCase() + word.slice(1)).join('')}`,
    title: `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}`,
  };
}

/** Title and summary land in JSDoc, markup and strings as written: plain sentences only. */
function plainText(label, text) {
  if (!/^[^\n`$<>&\\{}*]+$/.test(text)) {
    throw new Refusal(`The ${label} must be one line of plain text (no \` $ < > & \\ { } or *).`);
  }
  return text;
}

const fill = (template, values) =>
  readFileSync(join(here, 'templates', template), 'utf8').replace(
    /\{\{(\w+)\}\}/g,
    (_, key) => values[key],
  );

/** `text` with `addition` put just before the line matching `anchor` (or after, `after`). */
function insertAt(file, text, anchor, addition, { after = false } = {}) {
  const matches = [...text.matchAll(anchor)];
  const match = after ? matches.at(-1) : matches[0];
  if (!match) throw new Refusal(`${file} has no line matching ${anchor}: add the widget by hand.`);
  const lineEnd = text.indexOf('\n', match.index);
  const at = !after ? match.index : lineEnd < 0 ? text.length : lineEnd + 1;
  return `${text.slice(0, at)}${addition}${text.slice(at)}`;
}

function withDefineExport(packageJson, tag) {
  const entries = Object.entries(packageJson.exports);
  const last = entries.findLastIndex(([key]) => key.startsWith('./define/'));
  entries.splice(last + 1, 0, [
    `./define/${tag}`,
    {
      types: `./dist/lib/components/${tag}/define.d.ts`,
      default: `./dist/lib/components/${tag}/define.js`,
    },
  ]);
  return { ...packageJson, exports: Object.fromEntries(entries) };
}

export async function newWidget(name, { title, summary, sponsor = false, account = false, root }) {
  const names = widgetNames(name);
  const { tag, className } = names;
  const values = {
    tag,
    className,
    title: plainText('title', title ?? names.title),
    summary: plainText('summary', summary ?? `${title ?? names.title}.`),
  };
  values.titleString = JSON.stringify(values.title);

  const registryFile = join(root, 'src/components/widgets.ts');
  const registry = readFileSync(registryFile, 'utf8');
  const folder = join(root, 'src/components', tag);
  const testFile = join(root, 'test/components', tag, `${tag}.test.ts`);
  if (existsSync(folder) || existsSync(testFile) || registry.includes(`tag: '${tag}'`)) {
    throw new Refusal(`<${tag}> already exists (its folder, its test or its registry entry).`);
  }

  const files = new Map([
    [join(folder, `${tag}.ts`), fill('element.ts.tpl', values)],
    [join(folder, `${tag}.styles.ts`), fill('styles.ts.tpl', values)],
    [join(folder, 'define.ts'), fill('define.ts.tpl', values)],
    [join(folder, 'deferred.ts'), fill('deferred.ts.tpl', values)],
    [testFile, fill('test.ts.tpl', values)],
  ]);

  const entry = {
    tag,
    className,
    title: values.title,
    summary: values.summary,
    audience: sponsor ? 'sponsor' : account ? 'account' : 'learner',
  };
  const entryText = `{ ${Object.entries(entry)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')} },\n`;
  files.set(registryFile, insertAt(registryFile, registry, /^\] as const/gm, entryText));

  const packageFile = join(root, 'package.json');
  const packageJson = JSON.parse(readFileSync(packageFile, 'utf8'));
  files.set(packageFile, `${JSON.stringify(withDefineExport(packageJson, tag), null, 2)}\n`);

  const indexFile = join(root, 'src/index.ts');
  files.set(
    indexFile,
    insertAt(
      indexFile,
      readFileSync(indexFile, 'utf8'),
      /^export \{ \w+ \} from '\.\/components\/.*$/gm,
      `export { ${className} } from './components/${tag}/${tag}.js';\n`,
      { after: true },
    ),
  );
  if (entry.audience === 'learner') {
    const cdnFile = join(root, 'src/cdn.ts');
    files.set(
      cdnFile,
      insertAt(
        cdnFile,
        readFileSync(cdnFile, 'utf8'),
        /^import '\.\/components\/.*$/gm,
        `import './components/${tag}/define.js';\n`,
        { after: true },
      ),
    );
  }

  // Every file is worked out before the first is written: a refusal leaves nothing behind.
  for (const [file, text] of files) {
    const options = await prettier.resolveConfig(file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  }
  return [...files.keys()];
}

const usage =
  'Usage: npm run new-widget -- <name> [--title "..."] [--summary "..."] [--sponsor | --account] [--root <dir>]';

/** The command line's options, or a refusal that says how to call the script. */
function commandLine(args) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        summary: { type: 'string' },
        sponsor: { type: 'boolean' },
        account: { type: 'boolean' },
        root: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new Refusal(usage);
    return { name: positionals[0], ...values, root: resolve(values.root ?? join(here, '..')) };
  } catch (error) {
    if (error instanceof Refusal || !String(error.code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new Refusal(`${error.message}\n${usage}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { name, ...options } = commandLine(process.argv.slice(2));
    const written = await newWidget(name, options);
    const shown = written.map((file) => `  ${file.slice(options.root.length + 1)}`);
    console.log(`Wrote or updated:\n${shown.join('\n')}`);
    console.log(
      'Next: its attributes, its playground settings (demo/widgets.ts) and, to offer it at ' +
        '/embed/, an `embed` list in its registry entry.',
    );
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
