import { defineConfig } from 'vitest/config';

// End-to-end: the built demo and bundles served by the real server, driven in Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A loaded machine can take seconds to launch a frame or build a page: polls wait up
    // to 10 s (not vitest's 1 s) before they fail.
    expect: { poll: { timeout: 10_000 } },
  },
});
