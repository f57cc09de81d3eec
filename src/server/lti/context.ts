/** What the LTI routes share: the app's context, a logger, the fetch that reaches platforms. */
import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import type { AppContext } from '../context.js';
import type { LtiPlatform } from '../store/lti-store.js';

export interface LtiOptions {
  /** How the tool reaches platforms (JWKS, tokens, scores, rosters); tests pass a fake. */
  fetch?: typeof fetch;
  /** How long a launch's session token lasts, in seconds (2 hours by default). */
  sessionSeconds?: number;
  /**
   * How often the score outbox is swept, in ms, and the first retry's wait (doubling after);
   * 0 (the default, for tests) sends only when `deliverDue` is called, and retries after 30 s.
   * `npm start` sweeps every CPE_LTI_SWEEP_SECONDS (30).
   */
  deliveryIntervalMs?: number;
}

export interface LtiContext {
  app: AppContext;
  logger: Logger;
  fetch: typeof fetch;
  sessionSeconds: number;
  /** The wait before a score's first retry, in seconds; each next one doubles it. */
  retrySeconds: number;
  /** Origins configured to frame the tool's pages, besides the registered platforms'. */
  frameAncestors: string[];
  /** `{publicUrl}/lti`: where platforms send browsers back to. */
  toolUrl: string;
  /** The platform's signing keys: cached, fetched again for an unknown kid at most every 30 s. */
  platformKeys(platform: LtiPlatform): JWTVerifyGetKey;
}

export function ltiContext(
  app: AppContext,
  logger: Logger,
  options: LtiOptions = {},
  frameAncestors: string[] = [],
): LtiContext {
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const keySets = new Map<string, JWTVerifyGetKey>();
  return {
    app,
    logger,
    fetch: fetcher,
    sessionSeconds: options.sessionSeconds ?? 2 * 3600,
    retrySeconds: (options.deliveryIntervalMs || 30_000) / 1000,
    frameAncestors,
    toolUrl: `${app.publicUrl}/lti`,
    platformKeys(platform) {
      let keys = keySets.get(platform.jwksUri);
      if (!keys) {
        keys = createRemoteJWKSet(new URL(platform.jwksUri), {
          cacheMaxAge: 10 * 60_000,
          cooldownDuration: 30_000,
          [customFetch]: (url, init) => Promise.resolve(fetcher(url, init)),
        });
        keySets.set(platform.jwksUri, keys);
      }
      return keys;
    },
  };
}
