/**
 * Picks the client a widget uses: the sponsor's API when it has an `api-base`, the bundled
 * rules otherwise. The HTTP client (and ky with it) is loaded only in API mode.
 */
import type { PolicyDocument } from '../policy/policy.js';
import { LocalPolicyClient } from './local.js';
import type { PolicyClient } from './policy-client.js';

export interface CreateClientOptions {
  /** The widget's `api-base` attribute; empty or absent means local mode. */
  apiBase?: string | null;
  /** The widget's `token` attribute, sent as a bearer token in API mode. */
  token?: string | null;
  /** The rules for local mode (the sponsor preset when absent). */
  policy?: PolicyDocument;
}

export async function createClient({
  apiBase,
  token,
  policy,
}: CreateClientOptions = {}): Promise<PolicyClient> {
  if (apiBase) {
    const { HttpPolicyClient } = await import('./http.js');
    return new HttpPolicyClient({ apiBase, ...(token ? { token } : {}) });
  }
  return new LocalPolicyClient(policy ? { policy } : {});
}
