/**
 * Finds CSS that would not mirror in right-to-left text: a property or value that names a
 * physical side (left, right) or gives the left and right sides different values. Top and
 * bottom stay allowed: the block direction does not flip. Backgrounds and gradients may say
 * left and right, as CSS has no logical form for them.
 */

export interface PhysicalUse {
  /** 1-based, in the text given to `physicalUses`. */
  line: number;
  declaration: string;
  why: string;
}

interface Declaration {
  line: number;
  property: string;
  value: string;
}

const namesASide = /(^|-)(left|right)(-|$)/;
const sideKeyword = /\b(left|right)\b/;
/** Properties whose keywords left and right have start/end (or inline-start/-end) forms. */
const keywordProperties = new Set([
  'float',
  'clear',
  'text-align',
  'text-align-last',
  'caption-side',
  'justify-content',
  'justify-items',
  'justify-self',
]);
/** Shorthands of top, right, bottom, left: the second and fourth values are the sides. */
const fourSideShorthands = new Set([
  'margin',
  'padding',
  'inset',
  'scroll-margin',
  'scroll-padding',
  'border-width',
  'border-style',
  'border-color',
]);

/** Blanks comments but keeps their line breaks, so line numbers still match the source. */
const withoutComments = (css: string): string =>
  css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** Every `property: value` in the text; selectors and at-rule preludes are skipped. */
function declarations(css: string): Declaration[] {
  const text = withoutComments(css);
  const found: Declaration[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char !== '{' && char !== ';' && char !== '}') continue;
    const chunk = text.slice(start, index);
    const colon = chunk.indexOf(':');
    const property = chunk.slice(0, colon).trim().toLowerCase();
    // A chunk that ends in `{` is a selector or an at-rule's prelude, not a declaration.
    if (char !== '{' && colon > 0 && !property.startsWith('--') && !property.startsWith('@')) {
      const leading = chunk.length - chunk.trimStart().length;
      const line = text.slice(0, start + leading).split('\n').length;
      found.push({ line, property, value: chunk.slice(colon + 1).trim() });
    }
    start = index + 1;
  }
  return found;
}

/** The value's space-separated parts, a function call such as `calc(a * b)` counting as one. */
function parts(value: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const char of value.replace(/!important$/, '').trim()) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (/\s/.test(char) && depth === 0) {
      if (word) words.push(word);
      word = '';
    } else word += char;
  }
  if (word) words.push(word);
  return words;
}

/** Whether swapping left and right corners leaves the radii as they are. */
function radiiMirror(value: string): boolean {
  return value.split('/').every((radii) => {
    const [topLeft, topRight, bottomRight, bottomLeft] = parts(radii);
    if (bottomLeft !== undefined) return topLeft === topRight && bottomRight === bottomLeft;
    return new Set(parts(radii)).size <= 1;
  });
}

function whyPhysical({ property, value }: Declaration): string | undefined {
  if (namesASide.test(property))
    return 'names a physical side: use its inline-start/inline-end form';
  if (keywordProperties.has(property) && sideKeyword.test(value))
    return 'left/right do not flip: use start/end (inline-start/inline-end)';
  if (fourSideShorthands.has(property)) {
    const sides = parts(value);
    if (sides.length === 4 && sides[1] !== sides[3])
      return 'left and right differ: use the -block and -inline longhands';
  }
  if (property === 'border-radius' && !radiiMirror(value))
    return 'left and right corners differ: use border-start-start-radius and the like';
  return undefined;
}

/** The declarations in `css` that would stay put when the text direction flips. */
export function physicalUses(css: string): PhysicalUse[] {
  return declarations(css).flatMap((declaration) => {
    const why = whyPhysical(declaration);
    return why
      ? [
          {
            line: declaration.line,
            declaration: `${declaration.property}: ${declaration.value}`,
            why,
          },
        ]
      : [];
  });
}

/** A stylesheet inside a source file and the line of the file it starts on. */
export interface Stylesheet {
  css: string;
  firstLine: number;
}

/** Each template literal right after `opener` (such as "css`") in a TypeScript source. */
export function templatesAfter(source: string, opener: string): Stylesheet[] {
  const sheets: Stylesheet[] = [];
  let at = source.indexOf(opener);
  while (at !== -1) {
    const begin = at + opener.length;
    const end = source.indexOf('`', begin);
    if (end === -1) throw new Error(`a template after ${opener} is never closed`);
    // An interpolation is blanked: its text is code, not CSS.
    const css = source.slice(begin, end).replace(/\$\{[^}]*\}/g, (code) => ' '.repeat(code.length));
    sheets.push({ css, firstLine: source.slice(0, begin).split('\n').length });
    at = source.indexOf(opener, end + 1);
  }
  return sheets;
}
