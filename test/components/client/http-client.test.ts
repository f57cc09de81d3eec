import { expect } from '@open-wc/testing';
import { HttpPolicyClient } from '../../../src/client/http.js';
import { PolicyError } from '../../../src/client/policy-client.js';
import type { RefundSubmit } from '../../../src/policy/schemas.js';

// Served by test/components/cpe-credit-calculator/calc-api.middleware.mjs.
const api = (token?: string) => new HttpPolicyClient({ apiBase: '/calc-api/', token });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const refund: RefundSubmit = { product: 'self-study', priceCents: 19999, currency: 'USD' };

describe('HttpPolicyClient', () => {
  it('reads the policy and computes credits through the API', async () => {
    const policy = await api().getPolicy();
    expect(policy.version).to.equal('calc-api-test.1');
    const result = await api().computeCredits({ method: 'group-live', minutes: 75 });
    expect(result.credits).to.deep.equal({ nasba: 1.5, icma: 1.5 });
    expect(result.reasons[0]?.message).to.equal('Computed by the stand-in API.');
  });

  it('sends the bearer token and the idempotency key', async () => {
    const stored = (await api('jwt-123').submitRefund(refund, 'key-1')) as unknown as Record<
      string,
      unknown
    >;
    expect(stored.authorization).to.equal('Bearer jwt-123');
    expect(stored.idempotencyKey).to.equal('key-1');
    expect(stored.body).to.deep.equal(refund);
  });

  it('sends no Authorization header without a token', async () => {
    const error = await rejection(api().submitRefund(refund, 'key-2'));
    expect(error).to.be.instanceOf(PolicyError);
    expect((error as PolicyError).status).to.equal(401);
    expect((error as PolicyError).title).to.equal('Sign in first');
  });

  it('maps problem+json to a PolicyError with its fields, errors and rule', async () => {
    const error = await rejection(api('t').checkIn('ev 1', { kind: 'in', code: 'ABC' }, 'k'));
    expect(error).to.be.instanceOf(PolicyError);
    const failure = error as PolicyError;
    expect(failure.status).to.equal(422);
    expect(failure.title).to.equal('That code is not current');
    expect(failure.detail).to.equal('Ask the host for the code on screen now.');
    expect(failure.rule).to.equal('ATTEND.CODE');
    expect(failure.errors).to.deep.equal([{ path: 'code', message: 'is not the current code' }]);
    expect(failure.isNetwork).to.equal(false);
  });

  it('maps validation errors of POST /v1/credits', async () => {
    const bad = { method: 'group-live', minutes: 'ten' } as unknown as { method: 'group-live' };
    const error = (await rejection(api().computeCredits(bad))) as PolicyError;
    expect(error.status).to.equal(400);
    expect(error.errors[0]?.path).to.equal('minutes');
  });

  it('turns a dropped connection into a network PolicyError (status 0)', async () => {
    const down = new HttpPolicyClient({ apiBase: '/calc-api/down/' });
    const error = await rejection(down.computeCredits({ method: 'group-live', minutes: 60 }));
    expect(error).to.be.instanceOf(PolicyError);
    expect((error as PolicyError).status).to.equal(0);
    expect((error as PolicyError).isNetwork).to.equal(true);
  });

  it('reports an answer that is not JSON as a bad gateway, not a network failure', async () => {
    const error = (await rejection(
      new HttpPolicyClient({ apiBase: '/calc-api/html/' }).getPolicy(),
    )) as PolicyError;
    expect(error).to.be.instanceOf(PolicyError);
    expect(error.status).to.equal(502);
    expect(error.isNetwork).to.equal(false);
  });

  it('retries a failed GET but never a POST', async () => {
    const run = Math.random().toString(36).slice(2);
    const flaky = new HttpPolicyClient({ apiBase: `/calc-api/flaky/${run}/` });
    const policy = (await flaky.getPolicy()) as unknown as { attempts: number };
    expect(policy.attempts).to.equal(2);
    const error = (await rejection(
      flaky.computeCredits({ method: 'nano', minutes: 12 }),
    )) as PolicyError;
    expect(error.status).to.equal(503);
    expect(error.detail).to.equal('Attempt 1.');
  });

  it('keeps a caller abort an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = (await rejection(api().getPolicy({ signal: controller.signal }))) as DOMException;
    expect(error).not.to.be.instanceOf(PolicyError);
    expect(error.name).to.equal('AbortError');
  });

  it('posts an answer as { answer } and reads the roster as CSV', async () => {
    await api('t').answerPrompt('ev 1', 'p/1', 'B');
    const last = (await (await fetch('/calc-api/v1/test/last-answer')).json()) as unknown;
    expect(last).to.deep.equal({ answer: 'B' });
    const csv = await api('t').rosterCsv('ev 1');
    expect(csv).to.equal('learnerId,minutes\nl-1,50\n');
    const roster = await api('t').roster('ev 1');
    expect(roster.eventId).to.equal('ev 1');
  });
});
