/**
 * `npm start`: the policy API, the demo playground at `/` and the widget bundles at `/cdn/`,
 * configured from the environment (config.ts). Logs are pino JSON and never hold a token.
 */
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { etag } from 'hono/etag';
import pino from 'pino';
import { createApp } from './app.js';
import { announceStart } from './banner.js';
import { SWEEP_INTERVAL_MS } from './certificate-schedule.js';
import { loadConfig } from './config.js';
import { demoSessionRoutes, noDemoSessionRoutes } from './demo-session.js';
import { openStore } from './store/index.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const store = await openStore(config);
const app = createApp({
  store,
  tokenSecret: config.tokenSecret,
  tokenRules: config.tokens,
  limits: config.limits,
  publicUrl: config.publicUrl,
  frameAncestors: config.frameAncestors,
  trustProxy: config.trustProxy,
  allowedOrigins: config.allowedOrigins,
  logger,
  certificateSweepMs: SWEEP_INTERVAL_MS,
  lti: { deliveryIntervalMs: config.ltiSweepSeconds * 1000 },
  ...(config.webhookSecret ? { webhookSecret: config.webhookSecret } : {}),
});

app.route(
  '/demo',
  config.demo ? await demoSessionRoutes(store, config.tokens, new Date()) : noDemoSessionRoutes(),
);

// dist/lib/server/main.js -> dist/cdn and dist/demo
const dist = fileURLToPath(new URL('../../', import.meta.url));
const cache = (value: string) => (_path: string, c: Context) => {
  c.header('cache-control', value);
};
// Bundle names are not hashed: short-lived, revalidated with an ETag. Chunks are hashed.
// Other sites load the bundles as module scripts, which browsers fetch with CORS: they
// are public and sent without credentials, so any origin may have them.
app.use('/cdn/*', etag(), async (c, next) => {
  await next();
  c.header('access-control-allow-origin', '*');
  c.header('cross-origin-resource-policy', 'cross-origin');
});
app.use(
  '/cdn/chunks/*',
  serveStatic({ root: dist, onFound: cache('public, max-age=31536000, immutable') }),
);
app.use(
  '/cdn/*',
  serveStatic({ root: dist, onFound: cache('public, max-age=300, must-revalidate') }),
);
app.use(
  '/assets/*',
  serveStatic({ root: `${dist}demo`, onFound: cache('public, max-age=31536000, immutable') }),
);
// The sponsor console is a page of the demo build; its address has no extension.
app.get(
  '/console',
  etag(),
  serveStatic({ root: `${dist}demo`, path: 'console.html', onFound: cache('no-cache') }),
);
app.use('/*', etag(), serveStatic({ root: `${dist}demo`, onFound: cache('no-cache') }));

const server = serve(
  { fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) },
  (info) => announceStart(logger, config, info.port),
);

// Ended rate-limit windows are only clutter: one row per learner, address or event otherwise.
const sweep = setInterval(() => {
  store.sweepLimits(new Date()).catch((error: unknown) => logger.warn({ error }, 'limit sweep'));
}, 600_000);
sweep.unref();

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // Finish requests in flight, then close the store; give up after 10 s.
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(() => {
    void store.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
