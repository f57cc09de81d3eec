// The bundled rules' answers in the widget's language: every reason of an answer, an answer
// aborted while its sentences load, and a table that cannot load (offline).
import { describe, expect, it, vi } from 'vitest';
import { LocalPolicyClient } from '../../src/client/local.js';
import type { RefundInput } from '../../src/policy/schemas.js';

// French refund sentences fail to load, as a lazy chunk does once the network is gone.
vi.mock('../../src/policy/reason-messages/fr/refunds.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const purchasedAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
const recordedWebinar: RefundInput = {
  product: 'self-study',
  priceCents: 5000,
  currency: 'USD',
  purchasedAt,
  recordedWebinar: true,
};

describe('LocalPolicyClient in the widget’s language', () => {
  it('words every reason of a recorded webinar’s quote, the credit rule too', async () => {
    const client = new LocalPolicyClient({ locale: () => 'es' });
    const { reasons } = await client.quoteRefund(recordedWebinar);
    expect(reasons.map(({ rule }) => rule)).toContain('CREDIT.RECORDED_NOT_ELIGIBLE');
    expect(reasons.map(({ lang }) => lang)).toEqual(reasons.map(() => 'es'));
  });

  it('rejects a call aborted while its sentences load', async () => {
    const client = new LocalPolicyClient({ locale: () => 'es' });
    const controller = new AbortController();
    const answer = client.computeCredits({ method: 'group-live', minutes: 100 }, controller);
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps the English of the reasons whose sentences cannot load', async () => {
    const client = new LocalPolicyClient({ locale: () => 'fr' });
    const { reasons } = await client.quoteRefund(recordedWebinar);
    const langOf = Object.fromEntries(reasons.map(({ rule, lang }) => [rule, lang]));
    expect(langOf['CREDIT.RECORDED_NOT_ELIGIBLE']).toBe('fr');
    expect(langOf['REFUND.SELF_STUDY_WINDOW']).toBe('en');
  });
});
