import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { widgets } from './src/components/widgets.js';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

/**
 * The self-contained embed bundles of DESIGN.md, one per widget of the registry plus the
 * all-in-one cpe-kit.js: importing one defines its element(s).
 */
export const cdnEntries: Record<string, string> = {
  ...Object.fromEntries(
    widgets.map(({ tag }) => [tag, resolve(root, `src/components/${tag}/define.ts`)]),
  ),
  'cpe-kit': resolve(root, 'src/cdn.ts'),
};

/**
 * The modules every widget's first render shares: Lit (not its directives, which only some
 * lazy chunks use), the decorator helper, the shared controllers and the design tokens. One
 * chunk for all of them, because each file on the wire pays its own gzip overhead.
 */
const firstRenderShared = [
  /node_modules[\\/]lit[\\/](?:index|decorators)\.js$/,
  /node_modules[\\/](?:lit-html[\\/]lit-html|lit-element[\\/]lit-element)\.js$/,
  /node_modules[\\/]@lit[\\/](?:reactive-element|task)[\\/]/,
  /@oxc-project\+runtime/,
  /src[\\/]components[\\/]shared[\\/](?:tokens|locale-controller|client-controller)\.ts$/,
  /src[\\/]components[\\/]shared[\\/](?:lazy-styles|delayed-flag|viewer-zone)\.ts$/,
  /src[\\/]client[\\/](?:create-client|policy-client|stand-in)\.ts$/,
  /src[\\/]policy[\\/]locale\.ts$/,
];

// `vite` serves the demo; `vite build` writes dist/cdn; `vite build --mode demo` writes dist/demo.
export default defineConfig(({ command, mode }) => {
  if (command === 'build' && mode === 'demo') {
    return {
      root: resolve(root, 'demo'),
      base: '/',
      plugins: [minifyTemplates()],
      build: {
        outDir: resolve(root, 'dist/demo'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: {
          input: {
            index: resolve(root, 'demo/index.html'),
            console: resolve(root, 'demo/console.html'),
          },
        },
      },
    };
  }
  return {
    root: command === 'serve' ? resolve(root, 'demo') : root,
    server: { proxy: { '/v1': 'http://localhost:8787' } },
    plugins: command === 'build' ? [minifyTemplates()] : [],
    build: {
      outDir: resolve(root, 'dist/cdn'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: cdnEntries, formats: ['es'] },
      rolldownOptions: {
        // A widget's file may export what its own lazy chunks import from it, so its code stays
        // in that file (cpe-kit.js imports it) rather than in a chunk of its own behind it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [{ name: 'shared', test: (id) => firstRenderShared.some((re) => re.test(id)) }],
          },
        },
      },
    },
  };
});
