// Minifies the markup and styles inside Lit's html`` and css`` templates at build time:
// the bundler's minifier leaves template text as written (indentation, CSS comments).
// Whitespace collapses to one space, never to none, so inline text keeps its gaps; entities
// and empty attributes stay as written.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

export const minifyTemplates = () => ({
  ...minifyHtmlLiterals({
    include: ['**/src/components/**', '**/bench/fixtures/**'],
    failOnError: true,
    options: {
      minifyOptions: {
        ...defaultMinifyOptions,
        conservativeCollapse: true,
        decodeEntities: false,
        removeEmptyAttributes: false,
        // The browsers with container queries, which the widgets' styles rely on: CSS they
        // all read stays as written rather than being rewritten for older ones.
        minifyCSS: {
          minify: true,
          targets: { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 },
        },
      },
    },
  }),
  enforce: 'pre',
});
