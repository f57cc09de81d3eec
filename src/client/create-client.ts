/**
 * Picks the client a widget uses: the sponsor's API when it has an `api-base`, the bundled
 * rules otherwise. Both load on demand, after a widget's first render: the HTTP client brings
 * ky, the local one the policy engine and its schemas, and neither belongs in a first load.
 */
import type { PolicyDocument } from '../policy/policy.js';
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
  return createLocalClient(policy);
}

/** The bundled rules (the sponsor preset when `policy` is absent); also an offline fallback. */
export async function createLocalClient(policy?: PolicyDocument): Promise<PolicyClient> {
  const { LocalPolicyClient } = await import('./local.js');
  return new LocalPolicyClient(policy ? { policy } : {});
}

/** The sponsor preset, for a widget whose API could not say which policy it applies. */
export async function bundledPolicy(): Promise<PolicyDocument> {
  const { defaultPolicy } = await import('../policy/policy.js');
  return defaultPolicy;
}
