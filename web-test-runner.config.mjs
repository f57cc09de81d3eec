import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
// The real API (src/server's createApp) under /api/, with its test controls under /test-api/.
import realApi from './test/components/real-api.mjs';

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [realApi],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  coverage: true,
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage/browser' },
  testFramework: { config: { timeout: 5000 } },
};
