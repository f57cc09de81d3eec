/**
 * The policy API as a Hono app: one router per resource, mounted with `app.route`, behind
 * CORS, request logs without tokens and one problem+json error path.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { BlankEnv, BlankInput } from 'hono/types';
import pino, { type Logger } from 'pino';
import { defaultPolicy, type PolicyDocument } from '../policy/policy.js';
import { tokenRules, type TokenRules } from './auth.js';
import type { AppContext } from './context.js';
import { ProblemError, problemResponse } from './problem.js';
import { defaultLimits, TooManyRequests, type Limits } from './rate-limit.js';
import { mountLti, type LtiOptions } from './lti/index.js';
import { requestHeader } from './request.js';
import { keepVary } from './response-headers.js';
import { startCertificateSchedule } from './certificate-schedule.js';
import { attendanceRoutes } from './routes/attendance.js';
import { certificateRoutes, credentialRoutes } from './routes/certificates.js';
import { creditRoutes } from './routes/credits.js';
import { embedRoutes } from './routes/embed.js';
import { enrollmentRoutes } from './routes/enrollments.js';
import { eventRoutes } from './routes/events.js';
import { importRoutes } from './routes/imports.js';
import { metaRoutes } from './routes/meta.js';
import { programRoutes } from './routes/programs.js';
import { refundRoutes } from './routes/refunds.js';
import { verifyRoutes } from './routes/verify.js';
import { webhookRoutes } from './routes/webhooks.js';
import { securityHeaders } from './security-headers.js';
import type { Store } from './store/store.js';

export interface AppOptions {
  store: Store;
  tokenSecret: string;
  policy?: PolicyDocument;
  /** Browser origins allowed to call the API; none by default (same-origin only). */
  allowedOrigins?: string[];
  logger?: Logger;
  now?: () => Date;
  checkInPage?: string;
  webhookSecret?: string;
  /** Token lifetime, clock skew and `iss`/`aud` (auth.ts has the defaults). */
  tokenRules?: Partial<Omit<TokenRules, 'secret'>>;
  /** Rate limits and record caps; each defaults to rate-limit.ts's, 0 turns one off. */
  limits?: Partial<Limits>;
  /** The origin QR codes and links point at; `http://localhost` by default. */
  publicUrl?: string;
  /** Origins allowed to frame /embed pages; `'self'` by default. */
  frameAncestors?: string[];
  /** Trust X-Forwarded-For and X-Forwarded-Proto (set only behind your own proxy). */
  trustProxy?: boolean;
  /**
   * Run the certificate issuance schedule in this process (at start, then every this many
   * milliseconds); off by default, so tests and embedders choose. `npm start` turns it on.
   */
  certificateSweepMs?: number;
  /** The LTI tool's reach to platforms and its score sender (lti/context.ts). */
  lti?: LtiOptions;
}

export function createApp(options: AppOptions): Hono {
  const context: AppContext = {
    store: options.store,
    tokenSecret: options.tokenSecret,
    tokens: tokenRules(options.tokenSecret, options.tokenRules),
    limits: { ...defaultLimits, ...options.limits },
    publicUrl: options.publicUrl ?? 'http://localhost',
    trustProxy: options.trustProxy ?? false,
    policy: options.policy ?? defaultPolicy,
    now: options.now ?? (() => new Date()),
    ...(options.checkInPage ? { checkInPage: options.checkInPage } : {}),
    ...(options.webhookSecret ? { webhookSecret: options.webhookSecret } : {}),
  };
  const logger = options.logger ?? pino({ level: 'silent' });
  const allowed = new Set(options.allowedOrigins ?? []);
  const app = new Hono();
  app.use(
    securityHeaders({
      frameAncestors: options.frameAncestors ?? [],
      trustProxy: options.trustProxy ?? false,
    }),
  );

  // Method, path and status only: headers (and so tokens) and query strings are never logged.
  // Below level info the middleware is left out: it would run for every request for nothing.
  if (logger.isLevelEnabled('info')) {
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      logger.info(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
  }
  const corsHeaders = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
    allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
    maxAge: 600,
  });
  // Only browsers send Origin; calls without one (servers, the same page) skip CORS work.
  // Headers set through Hono on every request cost @hono/node-server its fast path (measured:
  // half the throughput of POST /v1/credits): securityHeaders sets its own on Node's response.
  app.use('/v1/*', async (c, next) => {
    if (requestHeader(c as Context, 'origin') === undefined) return next();
    const preflight = await corsHeaders(c as Context<BlankEnv, string, BlankInput>, next);
    keepVary(c as Context);
    return preflight;
  });

  app.route('/v1', metaRoutes(context));
  app.route('/v1/credits', creditRoutes(context));
  app.route('/v1/refunds', refundRoutes(context));
  app.route('/v1/events', eventRoutes(context));
  app.route('/v1/events', importRoutes(context));
  app.route('/v1/programs', programRoutes(context));
  app.route('/v1/enrollments', enrollmentRoutes(context));
  app.route('/v1/webhooks', webhookRoutes(context));
  app.route('/v1/attendance', attendanceRoutes(context));
  app.route('/v1/certificates', certificateRoutes(context));
  app.route('/v1/credentials', credentialRoutes(context));
  app.route('/', verifyRoutes(context));
  app.route('/embed', embedRoutes);
  if (options.certificateSweepMs) {
    startCertificateSchedule(context, logger, options.certificateSweepMs);
  }
  mountLti(app, context, logger, options.lti, options.frameAncestors);

  app.notFound((c) =>
    problemResponse(c, new ProblemError(404, { id: 'notFound', path: c.req.path })),
  );
  app.onError((error, c) => {
    if (error instanceof TooManyRequests) c.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof ProblemError) return problemResponse(c, error);
    logger.error(
      { err: { message: error.message, name: error.name }, path: c.req.path },
      'unhandled error',
    );
    return problemResponse(c, new ProblemError(500, 'serverError'));
  });
  return app;
}
