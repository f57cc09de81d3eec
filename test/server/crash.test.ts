/**
 * Durability: a real server is SIGKILLed in the middle of a burst of check-ins. After a restart
 * on the same DATA_DIR, every check-in it acknowledged is there, and a retry with the same
 * Idempotency-Key gets the same record back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCheckIn } from '../../src/policy/schemas.js';
import { mintToken } from '../../src/server/auth.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import { buildServer, startServer, type ServerProcess } from './server-process.js';

const secret = 'crash-test-secret-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'cpe-crash-'));
const env = { DATA_DIR: dataDir, CPE_TOKEN_SECRET: secret };
let server: ServerProcess | undefined;

beforeAll(buildServer, 180_000);
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const bearer = async (sub: string, role: 'learner' | 'host' | 'admin') => ({
  authorization: `Bearer ${await mintToken(secret, { sub, role })}`,
  'content-type': 'application/json',
});

describe('kill -9 during a burst of check-ins', () => {
  it('loses no acknowledged check-in', async () => {
    server = await startServer(env);
    const now = Date.now();
    const created = await fetch(`${server.origin}/v1/events`, {
      method: 'POST',
      headers: await bearer('root', 'admin'),
      body: JSON.stringify({
        title: 'Crash drill',
        method: 'group-live',
        timeZone: 'UTC',
        segments: [
          {
            start: new Date(now - 60_000).toISOString(),
            end: new Date(now + 3_600_000).toISOString(),
          },
        ],
      }),
    });
    const { id: eventId } = (await created.json()) as { id: string };
    const codeResponse = await fetch(`${server.origin}/v1/events/${eventId}/code`, {
      headers: await bearer('grace', 'host'),
    });
    const { code } = (await codeResponse.json()) as { code: string };

    const acknowledged: { learner: string; key: string; record: StoredCheckIn }[] = [];
    const origin = server.origin;
    const checkIn = async (learner: string) => {
      const key = `crash-${learner}`;
      try {
        const response = await fetch(`${origin}/v1/events/${eventId}/check-ins`, {
          method: 'POST',
          headers: { ...(await bearer(learner, 'learner')), 'idempotency-key': key },
          body: JSON.stringify({ kind: 'in', code }),
        });
        if (response.status === 201)
          acknowledged.push({ learner, key, record: (await response.json()) as StoredCheckIn });
      } catch {
        // the server died under this request: not acknowledged
      }
    };
    const learners = Array.from({ length: 400 }, (_, i) => `learner-${i}`);
    let next = 0;
    const worker = async () => {
      while (next < learners.length) await checkIn(learners[next++]!);
    };
    const burst = Promise.all(Array.from({ length: 20 }, worker));
    while (acknowledged.length < 50) await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGKILL');
    await burst;
    await server.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    expect(acknowledged.length).toBeLessThan(400);

    server = await startServer(env);
    for (const { learner, key, record } of acknowledged) {
      const retry = await fetch(`${server.origin}/v1/events/${eventId}/check-ins`, {
        method: 'POST',
        headers: { ...(await bearer(learner, 'learner')), 'idempotency-key': key },
        body: JSON.stringify({ kind: 'in', code }),
      });
      expect(retry.status).toBe(201);
      expect(await retry.json()).toEqual(record);
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;

    const store = await openSqliteStore(join(dataDir, 'cpe.sqlite'));
    const stored = new Set((await store.listCheckIns(eventId)).map((row) => row.id));
    await store.close();
    for (const { record } of acknowledged) expect(stored.has(record.id)).toBe(true);
    // Two server starts and a 400-request burst: a loaded machine needs more than 20 s.
  }, 60_000);
});
