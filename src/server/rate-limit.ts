/**
 * Rate limits kept in the store, so that every API process sharing a PostgreSQL database
 * counts the same hits: one table of windows (Store.hitLimit), no limiter library (the
 * ones made for Hono keep their counts in memory or in Redis, neither shared through our
 * store). A window opens at its first hit and lasts `windowSeconds`; the hit that reaches the
 * limit opens a fresh one, so reaching the limit always costs the whole window.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppContext } from './context.js';
import { ProblemError } from './problem.js';
import type { Said } from './locales/problems.js';
import { requestHeader } from './request.js';
import type { WriteLimit } from './store/store.js';

/** The limits of one server; 0 turns a limit off. */
export interface Limits {
  /** Wrong check-in codes a learner may type in one event before a lockout... */
  codeMisses: number;
  /** ...which lasts this long (the misses are counted over the same span). */
  codeLockSeconds: number;
  /** Writes (check-ins, answers, refund requests) per learner per minute. */
  learnerWritesPerMinute: number;
  /** Calls of the anonymous, pure endpoints per client address per minute. */
  anonymousPerMinute: number;
  /** Check-in records one learner may have in one event, corrections included. */
  checkInsPerLearner: number;
}

export const defaultLimits: Limits = {
  codeMisses: 5,
  codeLockSeconds: 300,
  learnerWritesPerMinute: 30,
  anonymousPerMinute: 300,
  checkInsPerLearner: 200,
};

export interface LimitWindow {
  /** Hits in the current window, this one included. */
  hits: number;
  /** When the current window ends, in epoch milliseconds. */
  resetAt: number;
}

/** A 429 problem with Retry-After in whole seconds, worded for whoever sent the request. */
export class TooManyRequests extends ProblemError {
  constructor(
    readonly retryAfterSeconds: number,
    said: Said,
  ) {
    super(429, said);
  }
}

export const retryAfter = (window: LimitWindow, now: Date): number =>
  Math.max(1, Math.ceil((window.resetAt - now.getTime()) / 1000));

/**
 * Counts one write by a learner; past the limit the write is refused before anything else.
 * Check-ins, answers and refund requests share one count.
 */
export async function countLearnerWrite(app: AppContext, learnerId: string): Promise<void> {
  const writes = learnerWrites(app, learnerId);
  if (!writes) return;
  const window = await app.store.hitLimit(
    writes.bucket,
    writes.windowSeconds,
    writes.limit,
    writes.at,
  );
  if (window.hits > writes.limit) throw tooManyWrites(writes, window);
}

/** The learner's writes-per-minute count as the store keeps it; undefined when it is off. */
export function learnerWrites(app: AppContext, learnerId: string): WriteLimit | undefined {
  const limit = app.limits.learnerWritesPerMinute;
  if (limit === 0) return undefined;
  return { bucket: `writes:${learnerId}`, windowSeconds: 60, limit, at: app.now() };
}

/** The 429 for a write past the learner's limit. */
export function tooManyWrites(writes: WriteLimit, window: LimitWindow): TooManyRequests {
  const wait = retryAfter(window, writes.at);
  return new TooManyRequests(wait, { id: 'tooManyWrites', limit: writes.limit, wait });
}

/** Middleware counting calls of an anonymous endpoint by client address (when known). */
export function anonymousCall(app: AppContext): MiddlewareHandler {
  const limit = app.limits.anonymousPerMinute;
  if (limit === 0) return (_c, next) => next();
  return async (c, next) => {
    const address = clientAddress(c, app.trustProxy);
    if (address !== undefined) {
      const at = app.now();
      const window = await app.store.hitLimit(`address:${address}`, 60, limit, at);
      if (window.hits > limit) {
        const wait = retryAfter(window, at);
        throw new TooManyRequests(wait, { id: 'tooManyFromAddress', limit, wait });
      }
    }
    await next();
  };
}

/**
 * The address the request came from: the socket's peer, or behind a trusted proxy the
 * nearest address the proxy appended to X-Forwarded-For. Undefined outside Node (tests
 * calling the app directly) and for a request with no known peer.
 */
export function clientAddress(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = requestHeader(c, 'x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket?.remoteAddress;
}
