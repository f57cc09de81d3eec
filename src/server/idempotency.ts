/**
 * Idempotency-Key handling: a key names one write of one caller on one route. The store keeps
 * the key with a digest of the body and the reply, in the same transaction as the record.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ProblemError, invalid } from './problem.js';
import { requestHeader } from './request.js';
import type { IdempotencyKey, IdempotentResult } from './store/store.js';

/** The key of this request, none when the header is absent; a 400 when it is malformed. */
export function idempotencyKey(
  c: Context,
  scope: string,
  subject: string,
  body: unknown,
): IdempotencyKey | undefined {
  const key = requestHeader(c, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw invalid([
      { path: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' },
    ]);
  }
  return { scope, subject, key, bodyHash: digest(body) };
}

/**
 * The HTTP answer for a store outcome: the reply (again, on a retry) or a 409 problem.
 * `present` shapes the stored body for this request (its language, say) without changing it.
 */
export function answer(
  c: Context,
  result: IdempotentResult,
  present: (body: unknown) => unknown = (body) => body,
): Response {
  if (result.kind === 'conflict') {
    throw new ProblemError(409, 'idempotencyKeyReused');
  }
  if (result.kind === 'replayed') c.header('idempotent-replayed', 'true');
  return c.json(present(result.reply.body), result.reply.status as ContentfulStatusCode);
}

/** SHA-256 of the body as canonical JSON, so key order does not make two bodies differ. */
export function digest(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
