/** Server configuration from the environment, and the token secret it resolves. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { tokenRules, type TokenRules } from './auth.js';
import { defaultLimits, type Limits } from './rate-limit.js';

export interface ServerConfig {
  port: number;
  /**
   * The address to listen on. Demo mode (no CPE_TOKEN_SECRET) listens on loopback only:
   * it hands out admin tokens to whoever asks. Undefined: every interface.
   */
  host?: string;
  /** No CPE_TOKEN_SECRET: demo tokens at /demo/session.json, loopback unless CPE_DEMO=1. */
  demo: boolean;
  /** The origin links and QR codes point at (CPE_PUBLIC_URL), never a request's Host. */
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  tokenSecret: string;
  /** True when the secret came from DATA_DIR rather than CPE_TOKEN_SECRET (a demo setup). */
  secretGenerated: boolean;
  allowedOrigins: string[];
  /** Origins allowed to frame /embed pages (CPE_FRAME_ANCESTORS); `'self'` by default. */
  frameAncestors: string[];
  /** Whether X-Forwarded-For and X-Forwarded-Proto come from a proxy we trust. */
  trustProxy: boolean;
  tokens: TokenRules;
  limits: Limits;
  logLevel: string;
  /** CPE_WEBHOOK_SECRET: the key the sponsor's shop signs order webhooks with; unset, they are off. */
  webhookSecret?: string;
  /** CPE_LTI_SWEEP_SECONDS: how often LTI scores due are sent, and the first retry's wait. */
  ltiSweepSeconds: number;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): ServerConfig {
  const dataDir = resolve(env.DATA_DIR || './data');
  const port = Number(env.PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  // Processes sharing one PostgreSQL must share one secret, and a generated secret also
  // turns on the demo tokens: scaling out needs an explicit CPE_TOKEN_SECRET.
  if (env.DATABASE_URL && !env.CPE_TOKEN_SECRET) {
    throw new Error(
      'Set CPE_TOKEN_SECRET when DATABASE_URL is set: every API process must share it.',
    );
  }
  const { secret, generated } = resolveTokenSecret(env, dataDir);
  const host = env.HOST || (generated ? '127.0.0.1' : undefined);
  if (generated && !isLoopback(host) && env.CPE_DEMO !== '1') {
    throw new Error(
      `Without CPE_TOKEN_SECRET the server is a demo that hands out admin tokens: it listens ` +
        `on 127.0.0.1 only. Set CPE_TOKEN_SECRET, or CPE_DEMO=1 to offer the demo on ${host ?? 'every interface'}.`,
    );
  }
  return {
    port,
    ...(host ? { host } : {}),
    demo: generated,
    publicUrl: publicUrl(env.CPE_PUBLIC_URL, port),
    dataDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    tokenSecret: secret,
    secretGenerated: generated,
    allowedOrigins: list(env.CPE_ALLOWED_ORIGINS),
    frameAncestors: list(env.CPE_FRAME_ANCESTORS),
    trustProxy: env.CPE_TRUST_PROXY === '1' || env.CPE_TRUST_PROXY === 'true',
    tokens: tokenRules(secret, {
      maxLifetimeSeconds: wholeNumber(env, 'CPE_TOKEN_MAX_LIFETIME_SECONDS', 12 * 3600),
      clockToleranceSeconds: wholeNumber(env, 'CPE_TOKEN_CLOCK_SKEW_SECONDS', 60),
      ...(env.CPE_TOKEN_ISSUER ? { issuer: env.CPE_TOKEN_ISSUER } : {}),
      ...(env.CPE_TOKEN_AUDIENCE ? { audience: env.CPE_TOKEN_AUDIENCE } : {}),
    }),
    limits: {
      codeMisses: wholeNumber(env, 'CPE_LIMIT_CODE_MISSES', defaultLimits.codeMisses),
      codeLockSeconds: wholeNumber(
        env,
        'CPE_LIMIT_CODE_LOCK_SECONDS',
        defaultLimits.codeLockSeconds,
      ),
      learnerWritesPerMinute: wholeNumber(
        env,
        'CPE_LIMIT_LEARNER_WRITES_PER_MINUTE',
        defaultLimits.learnerWritesPerMinute,
      ),
      anonymousPerMinute: wholeNumber(
        env,
        'CPE_LIMIT_ANONYMOUS_PER_MINUTE',
        defaultLimits.anonymousPerMinute,
      ),
      checkInsPerLearner: wholeNumber(
        env,
        'CPE_LIMIT_CHECK_INS_PER_LEARNER',
        defaultLimits.checkInsPerLearner,
      ),
    },
    logLevel: env.LOG_LEVEL || 'info',
    ltiSweepSeconds: Math.max(1, wholeNumber(env, 'CPE_LTI_SWEEP_SECONDS', 30)),
    ...(env.CPE_WEBHOOK_SECRET ? { webhookSecret: env.CPE_WEBHOOK_SECRET } : {}),
  };
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** A whole number of at least 0 from the environment (seconds, counts), or the default. */
function wholeNumber(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new Error(`${name} must be a whole number of at least 0, not "${value}"`);
  }
  return number;
}

const isLoopback = (host: string | undefined): boolean =>
  host !== undefined && (/^127\./.test(host) || host === '::1' || host === 'localhost');

/** CPE_PUBLIC_URL as an origin with a path (no trailing slash), or http://localhost:<port>. */
function publicUrl(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CPE_PUBLIC_URL must be an absolute URL, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`CPE_PUBLIC_URL must be an http(s) URL, not "${value}"`);
  }
  return url.href.replace(/\/$/, '');
}

/**
 * CPE_TOKEN_SECRET when set; otherwise a random secret kept in DATA_DIR/token-secret, made on
 * first use, so that tokens minted by `npm run token` stay valid across restarts.
 */
export function resolveTokenSecret(
  env: Env = process.env,
  dataDir = resolve(env.DATA_DIR || './data'),
): { secret: string; generated: boolean; file?: string } {
  if (env.CPE_TOKEN_SECRET) return { secret: env.CPE_TOKEN_SECRET, generated: false };
  const file = join(dataDir, 'token-secret');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // `wx`: two processes starting together must not each write their own secret.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return { secret: readFileSync(file, 'utf8').trim(), generated: true, file };
}

/** The package's version, from its package.json (found from src/ and from dist/lib/). */
export function packageVersion(): string {
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'cpe-kit' && pkg.version) return pkg.version;
    } catch {
      // not at this depth
    }
  }
  return '0.0.0';
}
