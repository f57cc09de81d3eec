import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { readdirSync } from 'node:fs';

// Each widget's tests may bring a stand-in API as `test/components/<name>/*.middleware.mjs`
// (a Koa middleware exporting `default`); they are all mounted on the test server.
const middlewareFiles = readdirSync('test/components', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.middleware.mjs'))
  .sort();
const middleware = await Promise.all(
  middlewareFiles.map(async (file) => (await import(`./test/components/${file}`)).default),
);

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware,
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
