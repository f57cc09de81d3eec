/** What every router is built with: the store, the policy, the token secret and a clock. */
import type { PolicyDocument } from '../policy/policy.js';
import type { Store } from './store/store.js';

export interface AppContext {
  store: Store;
  policy: PolicyDocument;
  tokenSecret: string;
  /** The server clock; tests pass a fixed one. */
  now: () => Date;
  /**
   * The page a check-in QR code opens, as a URL; `cpe-event` and `cpe-code` are added to its
   * query. Defaults to the server's own demo page (`{origin}/`).
   */
  checkInPage?: string;
  /** The shared secret of signed order webhooks; without it `POST /v1/webhooks/orders` is off. */
  webhookSecret?: string;
}
