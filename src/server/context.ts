/** What every router is built with: the store, the policy, the token rules, limits and a clock. */
import type { PolicyDocument } from '../policy/policy.js';
import type { TokenRules } from './auth.js';
import type { Limits } from './rate-limit.js';
import type { Store, StoredEvent } from './store/store.js';

export interface AppContext {
  store: Store;
  policy: PolicyDocument;
  tokenSecret: string;
  /** What `requireRole` checks a token against (the secret, lifetime, skew, iss/aud). */
  tokens: TokenRules;
  limits: Limits;
  /** The origin (and path) links and QR codes point at; never taken from a request. */
  publicUrl: string;
  /** Whether X-Forwarded-For (the client address) comes from a proxy we trust. */
  trustProxy: boolean;
  /** The server clock; tests pass a fixed one. */
  now: () => Date;
  /**
   * The page a check-in QR code opens, as a URL; `cpe-event` and `cpe-code` are added to its
   * query. Defaults to the server's own demo page (`{publicUrl}/`).
   */
  checkInPage?: string;
  /** The shared secret of signed order webhooks; without it `POST /v1/webhooks/orders` is off. */
  webhookSecret?: string;
  /**
   * Told when a learner's attendance is decided (check-out; event close and certificates may
   * call it too), with what decided it: the LTI tool queues the grade passback. Never throws.
   */
  attendanceEvaluated?: (event: StoredEvent, learnerId: string, cause: string) => Promise<void>;
}
