/** Server configuration from the environment, and the token secret it resolves. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';

export interface ServerConfig {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  tokenSecret: string;
  /** True when the secret came from DATA_DIR rather than CPE_TOKEN_SECRET (a demo setup). */
  secretGenerated: boolean;
  allowedOrigins: string[];
  logLevel: string;
  /** CPE_WEBHOOK_SECRET: the key the sponsor's shop signs order webhooks with; unset, they are off. */
  webhookSecret?: string;
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
  return {
    port,
    dataDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    tokenSecret: secret,
    secretGenerated: generated,
    allowedOrigins: (env.CPE_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL || 'info',
    ...(env.CPE_WEBHOOK_SECRET ? { webhookSecret: env.CPE_WEBHOOK_SECRET } : {}),
  };
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
  mkdirSync(dataDir, { recursive: true });
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
