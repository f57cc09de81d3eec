/**
 * What `npm start` says once it listens. At a terminal, a person reads a banner: where the
 * playground and the API docs are, where data lives and what the demo tokens mean. Piped to
 * a file or a log collector (or with LOG_FORMAT=json) it stays JSON log lines.
 */
import type { Logger } from 'pino';
import type { ServerConfig } from './config.js';

export interface StartFacts {
  /** Where the server answers, such as `http://localhost:8787`. */
  origin: string;
  store: 'sqlite' | 'postgresql';
  dataDir: string;
  /** The token secret was generated in DATA_DIR, so `/demo/session.json` hands out tokens. */
  demoTokens: boolean;
  /** The address listened on; every interface when undefined. */
  host: string | undefined;
}

type Env = Record<string, string | undefined>;

/** A person is reading: stdout is a terminal and nobody asked for JSON. */
export function humanOutput(out: { isTTY?: boolean }, env: Env): boolean {
  return out.isTTY === true && env.LOG_FORMAT !== 'json';
}

export function bannerText({ origin, store, dataDir, demoTokens, host }: StartFacts): string {
  const rows: [string, string][] = [
    ['Listening on', host ?? 'every interface'],
    ['Playground', `${origin}/`],
    ['Console', `${origin}/console (sponsor staff: programs, enrollments, refunds; admin token)`],
    ['API docs', `${origin}/v1/openapi.json (OpenAPI 3.1)`],
    ['Examples', `${origin}/cms.html, /lms.html, /strict-csp.html`],
    ['Bundles', `${origin}/cdn/ (script tags), ${origin}/embed/ (iframes)`],
    [
      'Data',
      store === 'sqlite'
        ? `SQLite in ${dataDir} (DATA_DIR)`
        : 'PostgreSQL at DATABASE_URL; the token secret is CPE_TOKEN_SECRET',
    ],
    [
      'Demo tokens',
      demoTokens
        ? `DEMO MODE: ${origin}/demo/session.json gives learner, host and admin tokens to ` +
          'anyone who can reach this server, so the playground works at once; that is why it ' +
          'listens on loopback only (CPE_DEMO=1 opens it wider). Set CPE_TOKEN_SECRET before ' +
          'others can reach it, and they are off.'
        : 'off (CPE_TOKEN_SECRET is set). Mint a token with ' +
          '`npm run token -- --sub ada --role learner`.',
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [
    '',
    'CPE Kit is running.',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`),
    '',
    'Requests are logged below as JSON lines. Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

/** Says that the server listens: the banner for a person, JSON log lines otherwise. */
export function announceStart(
  logger: Logger,
  config: ServerConfig,
  port: number,
  out: NodeJS.WriteStream = process.stdout,
  env: Env = process.env,
): void {
  const facts: StartFacts = {
    origin: config.publicUrl,
    store: config.databaseUrl ? 'postgresql' : 'sqlite',
    dataDir: config.dataDir,
    demoTokens: config.demo,
    host: config.host,
  };
  if (humanOutput(out, env)) {
    out.write(`${bannerText(facts)}\n`);
    return;
  }
  logger.info(
    {
      port,
      host: facts.host ?? 'every interface',
      store: facts.store,
      dataDir: facts.dataDir,
      publicUrl: facts.origin,
    },
    `CPE Kit policy API on ${facts.origin}/`,
  );
  if (facts.demoTokens) {
    logger.warn(
      `DEMO MODE, listening on ${facts.host ?? 'every interface'}: CPE_TOKEN_SECRET is not set, ` +
        `so the server uses the secret kept in ${config.dataDir}/token-secret and hands ` +
        'admin tokens to whoever asks at /demo/session.json. Mint a token with ' +
        '`npm run token -- --sub ada --role learner` (roles: learner, host, admin; with the same ' +
        'DATA_DIR). Set CPE_TOKEN_SECRET in production; without it, listening beyond ' +
        'loopback (HOST) needs CPE_DEMO=1.',
    );
  }
}
