import { describe, expect, it } from 'vitest';
import { withFallback } from '../../src/client/fallback.js';
import { LocalPolicyClient } from '../../src/client/local.js';
import { PolicyError, type PolicyClient } from '../../src/client/policy-client.js';
import { isStandIn } from '../../src/client/stand-in.js';
import { computeCredits } from '../../src/policy/index.js';
import { defaultPolicy, exchangePolicy, type PolicyDocument } from '../../src/policy/policy.js';
import type {
  CreditInput,
  CreditResult,
  RefundInput,
  RefundResult,
  RefundSubmit,
  StoredRefund,
} from '../../src/policy/schemas.js';

const unreachable = (): PolicyError =>
  new PolicyError(0, 'The policy API could not be reached', 'Failed to fetch');

/**
 * The sponsor's API as the fallback sees it: it applies the exchange's policy (halves), so
 * its figures differ from the sponsor preset's (fifths), and it can be taken off the network.
 */
class StandInApi extends LocalPolicyClient {
  down = false;

  constructor() {
    super({ policy: exchangePolicy });
  }

  override getPolicy(): Promise<PolicyDocument> {
    return this.down ? Promise.reject(unreachable()) : super.getPolicy();
  }

  override computeCredits(input: CreditInput): Promise<CreditResult> {
    return this.down ? Promise.reject(unreachable()) : super.computeCredits(input);
  }

  override quoteRefund(input: RefundInput): Promise<RefundResult> {
    return this.down ? Promise.reject(unreachable()) : super.quoteRefund(input);
  }

  override submitRefund(): Promise<StoredRefund> {
    return Promise.reject(this.down ? unreachable() : new Error('not under test'));
  }
}

/** Counts the bundled-rules clients made, and with which policy. */
function localRules(): {
  made: (PolicyDocument | undefined)[];
  local: (policy: PolicyDocument | undefined) => Promise<PolicyClient>;
} {
  const made: (PolicyDocument | undefined)[] = [];
  return {
    made,
    local: (policy) => {
      made.push(policy);
      return Promise.resolve(new LocalPolicyClient(policy ? { policy } : {}));
    },
  };
}

const idle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function credits(input: CreditInput, policy: PolicyDocument): CreditResult {
  const parsed = computeCredits(input, policy);
  if (!parsed.ok) throw new Error('invalid test input');
  return parsed.value;
}

const program: CreditInput = { method: 'group-live', minutes: 74 };
const purchase: RefundInput = {
  product: 'self-study',
  priceCents: 19_999,
  currency: 'USD',
  purchasedAt: '2026-01-05T10:00:00-05:00',
  finalTestTaken: false,
  written: true,
};

describe('withFallback', () => {
  it('passes the API’s answers through, not marked as stand-ins', async () => {
    const api = new StandInApi();
    const client = withFallback(api, localRules());
    const result = await client.computeCredits(program);
    expect(result).toEqual(credits(program, exchangePolicy));
    expect(isStandIn(result)).toBe(false);
    expect(client.mode).toBe('api');
  });

  it('answers credits from the bundled rules of the policy the API said, when unreachable', async () => {
    const api = new StandInApi();
    const rules = localRules();
    const client = withFallback(api, rules);
    await client.getPolicy();
    api.down = true;
    const result = await client.computeCredits(program);
    expect(isStandIn(result)).toBe(true);
    expect(result).toEqual(credits(program, exchangePolicy));
    expect(result).not.toEqual(credits(program, defaultPolicy));
    expect(rules.made).toEqual([exchangePolicy]);
  });

  it('prefers the policy it was given, and uses the sponsor preset when nobody said one', async () => {
    const given = new StandInApi();
    given.down = true;
    const withPolicy = withFallback(given, { ...localRules(), policy: defaultPolicy });
    expect(await withPolicy.computeCredits(program)).toEqual(credits(program, defaultPolicy));

    const rules = localRules();
    const unsaid = withFallback(given, rules);
    expect(await unsaid.computeCredits(program)).toEqual(credits(program, defaultPolicy));
    expect(rules.made).toEqual([undefined]);
  });

  it('quotes a refund from the bundled rules when unreachable', async () => {
    const api = new StandInApi();
    api.down = true;
    const quote = await withFallback(api, localRules()).quoteRefund(purchase);
    expect(isStandIn(quote)).toBe(true);
    expect(quote.currency).toBe('USD');
    expect(quote.policyVersion).toBe(defaultPolicy.version);
  });

  it('never stands in for a refusal: the API’s answer that the input is wrong stays an error', async () => {
    const api = new StandInApi();
    const rules = localRules();
    const client = withFallback(api, rules);
    const refused = await client
      .computeCredits({ method: 'group-live', minutes: -5 })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PolicyError);
    expect((refused as PolicyError).status).toBe(400);
    await idle();
    expect(rules.made).toEqual([]);
  });

  it('never falls back for a write: an unsent request stays a network failure', async () => {
    const api = new StandInApi();
    api.down = true;
    const rules = localRules();
    const client = withFallback(api, rules);
    const request: RefundSubmit = { ...purchase, courseTitle: 'Ethics' };
    const failed = await client.submitRefund(request, 'key-1').catch((error: unknown) => error);
    expect((failed as PolicyError).isNetwork).toBe(true);
    expect(rules.made).toEqual([]);
  });

  it('loads the bundled rules once the API has answered, and falls back on those', async () => {
    const api = new StandInApi();
    const rules = localRules();
    const client = withFallback(api, rules);
    await client.getPolicy();
    await idle();
    expect(rules.made).toHaveLength(0); // Not for the policy alone: only a pure answer warms.

    await client.computeCredits(program);
    await idle();
    expect(rules.made).toHaveLength(1);
    await client.computeCredits(program);
    await idle();
    expect(rules.made).toHaveLength(1);

    api.down = true;
    expect(isStandIn(await client.computeCredits(program))).toBe(true);
    expect(rules.made).toHaveLength(1); // Offline, nothing more had to load.
  });

  it('tries to load the bundled rules again after the next answer when loading failed', async () => {
    const api = new StandInApi();
    let attempts = 0;
    const client = withFallback(api, {
      local: (policy) => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new Error('chunk failed'))
          : Promise.resolve(new LocalPolicyClient(policy ? { policy } : {}));
      },
    });
    await client.computeCredits(program);
    await idle();
    expect(attempts).toBe(1);
    await client.computeCredits(program);
    await idle();
    expect(attempts).toBe(2);
    api.down = true;
    expect(isStandIn(await client.computeCredits(program))).toBe(true);
    expect(attempts).toBe(2);
  });
});
