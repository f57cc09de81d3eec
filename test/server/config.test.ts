import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { defaultLimits } from '../../src/server/rate-limit.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpe-config-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('server configuration', () => {
  it('generates a secret once and keeps it in DATA_DIR (a local demo)', () => {
    const DATA_DIR = dataDir();
    const first = loadConfig({ DATA_DIR });
    const second = loadConfig({ DATA_DIR });
    expect(first.secretGenerated).toBe(true);
    expect(first.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.tokenSecret).toBe(first.tokenSecret);
  });

  it('uses CPE_TOKEN_SECRET when set, with no demo', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      CPE_TOKEN_SECRET: 'a-long-shared-secret-for-tests',
    });
    expect(config).toMatchObject({
      tokenSecret: 'a-long-shared-secret-for-tests',
      secretGenerated: false,
    });
  });

  it('reads the order webhook secret from CPE_WEBHOOK_SECRET; unset, there is none', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), CPE_WEBHOOK_SECRET: 'whsec-1' }).webhookSecret).toBe(
      'whsec-1',
    );
    expect(loadConfig({ DATA_DIR: dataDir() })).not.toHaveProperty('webhookSecret');
  });

  it('refuses PostgreSQL without an explicit shared secret', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://db/cpe' })).toThrow(
      /CPE_TOKEN_SECRET/,
    );
  });

  it('reads the port, origins and log level', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      PORT: '9000',
      CPE_ALLOWED_ORIGINS: 'https://lms.example.org, https://cms.example.org',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 9000,
      allowedOrigins: ['https://lms.example.org', 'https://cms.example.org'],
      logLevel: 'warn',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('is a demo on loopback without CPE_TOKEN_SECRET, and listens elsewhere only with CPE_DEMO=1', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ demo: true, host: '127.0.0.1' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), HOST: '0.0.0.0' })).toThrow(
      /127\.0\.0\.1 only.*CPE_DEMO=1/,
    );
    expect(loadConfig({ DATA_DIR: dataDir(), HOST: '0.0.0.0', CPE_DEMO: '1' })).toMatchObject({
      demo: true,
      host: '0.0.0.0',
    });
    const served = loadConfig({ DATA_DIR: dataDir(), CPE_TOKEN_SECRET: 'a-long-shared-secret' });
    expect(served.demo).toBe(false);
    expect(served.host).toBeUndefined();
  });

  it('reads the public URL, framing origins, proxy trust, token rules and limits', () => {
    const DATA_DIR = dataDir();
    expect(loadConfig({ DATA_DIR, PORT: '9001' })).toMatchObject({
      publicUrl: 'http://localhost:9001',
      frameAncestors: [],
      trustProxy: false,
      tokens: { maxLifetimeSeconds: 43_200, clockToleranceSeconds: 60 },
      limits: defaultLimits,
    });
    const config = loadConfig({
      DATA_DIR,
      CPE_PUBLIC_URL: 'https://cpe.example.org/',
      CPE_FRAME_ANCESTORS: 'https://canvas.example.edu https://cms.example.org',
      CPE_TRUST_PROXY: '1',
      CPE_TOKEN_MAX_LIFETIME_SECONDS: '3600',
      CPE_TOKEN_ISSUER: 'https://lms.example.edu',
      CPE_TOKEN_AUDIENCE: 'cpe-kit',
      CPE_LIMIT_CODE_MISSES: '3',
      CPE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    });
    expect(config).toMatchObject({
      publicUrl: 'https://cpe.example.org',
      frameAncestors: ['https://canvas.example.edu', 'https://cms.example.org'],
      trustProxy: true,
      tokens: { maxLifetimeSeconds: 3600, issuer: 'https://lms.example.edu', audience: 'cpe-kit' },
      limits: { ...defaultLimits, codeMisses: 3, anonymousPerMinute: 0 },
    });
    expect(() => loadConfig({ DATA_DIR, CPE_PUBLIC_URL: 'evil.example' })).toThrow(
      /CPE_PUBLIC_URL/,
    );
    expect(() => loadConfig({ DATA_DIR, CPE_LIMIT_CODE_MISSES: '-1' })).toThrow(
      /CPE_LIMIT_CODE_MISSES/,
    );
  });

  it('creates the token secret and the SQLite files (with -wal and -shm) owner-only', async () => {
    const DATA_DIR = dataDir();
    loadConfig({ DATA_DIR });
    const file = join(DATA_DIR, 'cpe.sqlite');
    const store = await openSqliteStore(file);
    const files = ['token-secret', 'cpe.sqlite', 'cpe.sqlite-wal', 'cpe.sqlite-shm'];
    for (const name of files) {
      const path = join(DATA_DIR, name);
      expect(existsSync(path), name).toBe(true);
      expect(statSync(path).mode & 0o777, name).toBe(0o600);
    }
    await store.close();
  });
});
