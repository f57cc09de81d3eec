/** What `npm start` prints once it listens: a banner at a terminal, JSON lines otherwise. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { announceStart, bannerText, humanOutput } from '../../src/server/banner.js';
import { loadConfig, type ServerConfig } from '../../src/server/config.js';

/** A demo setup (the secret generated in DATA_DIR), listening on loopback. */
const config: ServerConfig = {
  ...loadConfig({ CPE_TOKEN_SECRET: 'x'.repeat(32), DATA_DIR: '/srv/cpe/data' }),
  secretGenerated: true,
  demo: true,
  host: '127.0.0.1',
};

/** A stdout stand-in that keeps what is written; a terminal or not. */
function output(isTTY: boolean): { out: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    out: Object.assign(stream, { isTTY }) as unknown as NodeJS.WriteStream,
    text: () => chunks.join(''),
  };
}

function logLines(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const { out, text } = output(false);
  const logger = pino({ level: 'info' }, out);
  return {
    logger,
    lines: () =>
      text()
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('the start banner', () => {
  it('is for a terminal, unless LOG_FORMAT=json', () => {
    expect(humanOutput({ isTTY: true }, {})).toBe(true);
    expect(humanOutput({ isTTY: true }, { LOG_FORMAT: 'json' })).toBe(false);
    expect(humanOutput({ isTTY: false }, {})).toBe(false);
    expect(humanOutput({}, {})).toBe(false);
  });

  it('names the playground, the console, the API docs, where data lives and what demo tokens mean', () => {
    const text = bannerText({
      origin: 'http://localhost:8787',
      store: 'sqlite',
      dataDir: '/srv/cpe/data',
      demoTokens: true,
      host: '127.0.0.1',
    });
    expect(text).toMatch(/Playground +http:\/\/localhost:8787\//);
    expect(text).toContain('http://localhost:8787/v1/openapi.json');
    expect(text).toContain('SQLite in /srv/cpe/data');
    expect(text).toMatch(/Demo tokens +DEMO MODE: .*\/demo\/session\.json/);
    expect(text).toMatch(/Listening on +127\.0\.0\.1/);
    expect(text).toContain('Set CPE_TOKEN_SECRET before others can reach it');
    expect(text).toMatch(/Console +http:\/\/localhost:8787\/console /);
    const off = bannerText({
      origin: 'http://localhost:8787',
      store: 'postgresql',
      dataDir: '/d',
      demoTokens: false,
      host: undefined,
    });
    expect(off).toMatch(/Demo tokens +off \(CPE_TOKEN_SECRET is set\)/);
    expect(off).toContain('PostgreSQL at DATABASE_URL');
  });

  it('prints the banner at a terminal instead of the start log lines', () => {
    const { out, text } = output(true);
    const { logger, lines } = logLines();
    announceStart(logger, config, 8787, out, {});
    expect(text()).toContain('CPE Kit is running.');
    expect(lines()).toEqual([]);
  });

  it('logs JSON lines when piped or with LOG_FORMAT=json', () => {
    for (const [isTTY, env] of [
      [false, {}],
      [true, { LOG_FORMAT: 'json' }],
    ] as const) {
      const { out, text } = output(isTTY);
      const { logger, lines } = logLines();
      announceStart(logger, config, 8787, out, env);
      expect(text()).toBe('');
      expect(lines().map((line) => line.msg)).toEqual([
        'CPE Kit policy API on http://localhost:8787/',
        expect.stringContaining(
          'DEMO MODE, listening on 127.0.0.1: CPE_TOKEN_SECRET is not set',
        ) as string,
      ]);
    }
  });
});
