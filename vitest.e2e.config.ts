import { defineConfig } from 'vitest/config';

// End-to-end: the built demo and bundles served by the real server, driven in Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
