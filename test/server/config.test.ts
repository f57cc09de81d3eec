import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';

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
});
