import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'data/',
      'node_modules/',
      'custom-elements.json',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bench/*.mjs'] },
      },
    },
  },
  {
    files: ['src/components/**/*.ts', 'test/components/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.keys(litA11y.rules).map((name) => [`lit-a11y/${name}`, 'error']),
    ),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
