/**
 * The sponsor's API with the bundled rules behind it: when the network fails, the pure
 * questions (credits, a refund quote) are answered in the browser instead, and the answer is
 * marked as a stand-in (`isStandIn`) so a widget can say so. Writes and reads of records never
 * fall back: only the API can store a request or know what is on record.
 */
import type { Locale } from '../policy/locale.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { CreditInput, CreditResult, RefundInput, RefundResult } from '../policy/schemas.js';
import { createLocalClient } from './create-client.js';
import { PolicyError, type CallOptions, type PolicyClient } from './policy-client.js';
import { preloadStandInTables } from './reason-language.js';
import { markStandIn } from './stand-in.js';

export interface FallbackOptions {
  /** The rules to fall back on; else the policy the API last said it applies, else the preset. */
  policy?: PolicyDocument;
  /** The widget's language: the bundled rules answer in it. */
  locale?: () => Locale;
  /** Makes the bundled-rules client (a test's own); else the bundled rules in `locale`. */
  local?: (policy: PolicyDocument | undefined) => Promise<PolicyClient>;
}

/** The calls the bundled rules can stand in for; every other call is the API's alone. */
type PureCalls = Pick<PolicyClient, 'getPolicy' | 'computeCredits' | 'quoteRefund'>;
type Overrides = PureCalls & Pick<PolicyClient, 'mode'>;

/**
 * `api` with its pure questions backed by the bundled rules. Every other call (writes, reads
 * of records, and any the interface gains later) goes to `api` untouched, so nothing here
 * has to repeat the interface.
 */
export function withFallback(api: PolicyClient, options: FallbackOptions = {}): PolicyClient {
  const pure = new PureFallback(api, options);
  const answers: Overrides = {
    // Whatever answers a pure call, the client is the API's: its records are official.
    mode: 'api',
    getPolicy: (callOptions) => pure.getPolicy(callOptions),
    computeCredits: (input, callOptions) => pure.computeCredits(input, callOptions),
    quoteRefund: (input, callOptions) => pure.quoteRefund(input, callOptions),
  };
  return new Proxy(api, {
    get(target, key) {
      if (Object.hasOwn(answers, key)) return answers[key as keyof Overrides];
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

class PureFallback implements PureCalls {
  private policy: PolicyDocument | undefined;
  private readonly makeLocal: (policy: PolicyDocument | undefined) => Promise<PolicyClient>;
  /** The bundled rules, loaded ahead of need once the API has answered (see `warm`). */
  private local: Promise<PolicyClient | undefined> | undefined;

  constructor(
    private readonly api: PolicyClient,
    { policy, locale, local = (active) => standInClient(active, locale) }: FallbackOptions,
  ) {
    this.policy = policy;
    this.makeLocal = local;
  }

  async getPolicy(options?: CallOptions): Promise<PolicyDocument> {
    const policy = await this.api.getPolicy(options);
    this.policy ??= policy;
    return policy;
  }

  computeCredits(input: CreditInput, options?: CallOptions): Promise<CreditResult> {
    return this.pure((client) => client.computeCredits(input, options));
  }

  quoteRefund(input: RefundInput, options?: CallOptions): Promise<RefundResult> {
    return this.pure((client) => client.quoteRefund(input, options));
  }

  /** Asks the API; unreachable, asks the bundled rules and marks their answer a stand-in. */
  private async pure<T extends object>(ask: (client: PolicyClient) => Promise<T>): Promise<T> {
    try {
      const answer = await ask(this.api);
      this.warm();
      return answer;
    } catch (error) {
      if (!(error instanceof PolicyError && error.isNetwork)) throw error;
      const local = (await this.local) ?? (await this.makeLocal(this.policy));
      return markStandIn(await ask(local));
    }
  }

  /**
   * Loads the bundled rules once, when the page is idle after the API has answered: when the
   * network goes, their chunk could not load either.
   */
  private warm(): void {
    this.local ??= whenIdle()
      .then(() => this.makeLocal(this.policy))
      .catch(() => {
        this.local = undefined; // The next API answer tries again.
        return undefined;
      });
  }
}

/**
 * The bundled rules, made while the API still answers: with the sentences of the widget's
 * language loaded too, so an answer given offline is worded in it all the same.
 */
async function standInClient(
  policy: PolicyDocument | undefined,
  locale: (() => Locale) | undefined,
): Promise<PolicyClient> {
  const [client] = await Promise.all([
    createLocalClient(policy, locale),
    locale && preloadStandInTables(locale()),
  ]);
  return client;
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve());
    else setTimeout(resolve);
  });
}
