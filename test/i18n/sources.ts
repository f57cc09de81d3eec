/**
 * Reads the widgets' TypeScript the way a translator's tool would: which sentences go
 * through the LocaleController (`t('...')`, `plural(n, { one, other })`), and which words a
 * template still shows as they are written (English nobody can translate).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const componentsDir = resolve(import.meta.dirname, '../../src/components');

/** The widget folders (`cpe-*`), each a unit with its own catalogs. */
export const widgetFolders = (): string[] =>
  readdirSync(componentsDir).filter((name) => name.startsWith('cpe-'));

/** The shared modules `path` imports, directly or through each other. */
function sharedImports(path: string, found: Set<string>): void {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  for (const statement of file.statements) {
    const from =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined;
    if (!from?.startsWith('.')) continue;
    const target = resolve(dirname(path), from.replace(/\.js$/, '.ts'));
    if (dirname(target) !== sharedDir || found.has(target)) continue;
    found.add(target);
    sharedImports(target, found);
  }
}

const sharedDir = join(componentsDir, 'shared');

/** A widget's modules: its folder's (catalogs and styles aside) and the shared ones it uses. */
export function widgetFiles(widget: string): string[] {
  const dir = join(componentsDir, widget);
  const own = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.styles.ts'))
    .map((name) => join(dir, name));
  const shared = new Set<string>();
  for (const path of own) sharedImports(path, shared);
  return [...own, ...[...shared].filter((path) => !path.endsWith('tokens.ts'))];
}

export interface Finding {
  file: string;
  line: number;
  text: string;
}

export interface Scan {
  /** The English sources handed to `t` and `plural` (its `other` form keys the catalog). */
  sources: Finding[];
  /** Words in a template, or `t` called with something a tool cannot read. */
  untranslated: Finding[];
}

/** Attributes a person hears or reads: their values are words, not data. */
const WORDY_ATTRIBUTES =
  /\b(aria-label|aria-description|title|placeholder|alt|label)\s*=\s*(["'])(.*?)\2/gis;

/** What a template's static HTML shows as text: tags, comments and entities taken out. */
export function shownWords(staticHtml: string): string[] {
  const words: string[] = [];
  for (const [, , , value] of staticHtml.matchAll(WORDY_ATTRIBUTES)) {
    if (value && /\p{L}/u.test(value)) words.push(value.trim());
  }
  const text = staticHtml
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#?\w+;/g, ' ');
  for (const piece of text.split(/\s{2,}|\n/)) {
    if (/\p{L}/u.test(piece)) words.push(piece.trim());
  }
  return words;
}

/** The static HTML of an `html` template, with a blank where each expression goes. */
function staticHtmlOf(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(
    '  ',
  );
}

const isLiteral = (node: ts.Node | undefined): node is ts.StringLiteralLike =>
  node !== undefined && ts.isStringLiteralLike(node);

/** The name a call is made through: `t(...)`, `words.t(...)`, `this.i18n.plural(...)`. */
function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** The `other` form of a `plural(count, { one, other })` call, when written as literals. */
function pluralSource(call: ts.CallExpression): string | undefined {
  const forms = call.arguments[1];
  if (!forms || !ts.isObjectLiteralExpression(forms)) return undefined;
  const texts = new Map<string, ts.Expression>();
  for (const property of forms.properties) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) {
      texts.set(property.name.text, property.initializer);
    }
  }
  const one = texts.get('one');
  const other = texts.get('other');
  return isLiteral(one) && isLiteral(other) ? other.text : undefined;
}

export function scanFile(path: string): Scan {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const where = (node: ts.Node, text: string): Finding => ({
    file: relative(componentsDir, path),
    line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    text,
  });
  const scan: Scan = { sources: [], untranslated: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && /^(html|svg)$/.test(node.tag.getText())) {
      for (const words of shownWords(staticHtmlOf(node.template))) {
        scan.untranslated.push(where(node, words));
      }
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === 't') {
        const source = node.arguments[0];
        if (isLiteral(source)) scan.sources.push(where(node, source.text));
        else scan.untranslated.push(where(node, `t(${source?.getText() ?? ''})`));
      } else if (name === 'plural') {
        const source = pluralSource(node);
        if (source) scan.sources.push(where(node, source));
        else scan.untranslated.push(where(node, node.getText()));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scan;
}

/** Every finding of a widget's modules, together. */
export function scanWidget(widget: string): Scan {
  const scans = widgetFiles(widget).map(scanFile);
  return {
    sources: scans.flatMap((scan) => scan.sources),
    untranslated: scans.flatMap((scan) => scan.untranslated),
  };
}

/** The `{name}` marks of a sentence, sorted: a translation must keep the same ones. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!).sort();
