import { defineConfig } from 'vitest/config';

// Node-side tests: the engine, the server, the fallback client and the widgets' pure form
// readers. Browser tests run in Web Test Runner.
export default defineConfig({
  test: {
    include: [
      'test/policy/**/*.test.ts',
      'test/server/**/*.test.ts',
      'test/registry/**/*.test.ts',
      // Not `test/client/`: a vitest file sorted before `test/components/` makes the type-aware
      // lint read chai's types from vitest for the browser tests.
      'test/node-client/**/*.test.ts',
      'test/forms/**/*.test.ts',
      'test/i18n/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/policy/**/*.ts', 'src/server/**/*.ts'],
      reportsDirectory: 'coverage/node',
      reporter: ['text-summary', 'html'],
      thresholds: {
        'src/policy/**/*.ts': { branches: 95, lines: 95, functions: 95, statements: 95 },
      },
    },
  },
});
