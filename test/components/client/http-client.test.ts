import { expect } from '@open-wc/testing';
import { HttpPolicyClient } from '../../../src/client/http.js';
import { PolicyError } from '../../../src/client/policy-client.js';
import { computeCredits, localizeReasons } from '../../../src/policy/index.js';
import { exchangePolicy } from '../../../src/policy/policy.js';
import type { Reason, RefundSubmit } from '../../../src/policy/schemas.js';
import {
  call,
  createEvent,
  currentCode,
  newSpace,
  requestsTo,
  setLine,
  token,
  usePolicy,
} from '../api-space.js';

// Served by the real app (test/components/real-api.mjs), one fresh space per test.
const client = (apiBase: string, jwt?: string) =>
  new HttpPolicyClient({ apiBase, ...(jwt ? { token: jwt } : {}) });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const refund: RefundSubmit = {
  product: 'self-study',
  priceCents: 19999,
  currency: 'USD',
  purchasedAt: new Date().toISOString(),
};

describe('HttpPolicyClient', () => {
  it('reads the policy and computes credits through the API', async () => {
    const space = newSpace();
    await usePolicy(space, exchangePolicy);
    const policy = await client(space).getPolicy();
    expect(policy.version).to.equal(exchangePolicy.version);
    const input = { method: 'group-live', minutes: 75 } as const;
    const result = await client(space).computeCredits(input);
    // The exchange preset counts in halves: 75 minutes are 1.5, not the default's 1.4.
    expect(result.credits).to.deep.equal({ nasba: 1.5, icma: 1.5 });
    const engine = computeCredits(input, exchangePolicy);
    if (!engine.ok) throw new Error('the engine refused the input');
    // The API answers the engine's result, with each reason marked as worded in English.
    const english = (reasons: Reason[]) => localizeReasons(reasons, 'en');
    expect(result).to.deep.equal({
      ...engine.value,
      reasons: english(engine.value.reasons),
      warnings: english(engine.value.warnings),
    });
  });

  it('asks the API to word the reasons in its locale, read at each call', async () => {
    const space = newSpace();
    let locale: 'es' | 'fr' = 'es';
    const speaking = new HttpPolicyClient({ apiBase: space, locale: () => locale });
    const input = { method: 'group-live', minutes: 75 } as const;
    const engine = computeCredits(input);
    if (!engine.ok) throw new Error('the engine refused the input');
    const spanish = await speaking.computeCredits(input);
    expect(spanish.reasons).to.deep.equal(localizeReasons(engine.value.reasons, 'es'));
    expect(spanish.reasons[0]!.lang).to.equal('es');
    locale = 'fr';
    const french = await speaking.computeCredits(input);
    expect(french.reasons).to.deep.equal(localizeReasons(engine.value.reasons, 'fr'));
  });

  it('sends the bearer token and the idempotency key', async () => {
    const space = newSpace();
    const ann = client(space, await token('ann'));
    const stored = await ann.submitRefund(refund, 'key-1');
    expect(stored.learnerId).to.equal('ann');
    expect(stored.request).to.deep.equal(refund);
    // The same key is the same request: the API answers with the stored one.
    expect((await ann.submitRefund(refund, 'key-1')).id).to.equal(stored.id);
    expect((await ann.submitRefund(refund, 'key-2')).id).not.to.equal(stored.id);
    expect(
      (await requestsTo(space, 'POST', '/v1/refunds')).map((item) => item.idempotencyKey),
    ).to.deep.equal(['key-1', 'key-1', 'key-2']);
  });

  it('sends no Authorization header without a token', async () => {
    const error = await rejection(client(newSpace()).submitRefund(refund, 'key-2'));
    expect(error).to.be.instanceOf(PolicyError);
    expect((error as PolicyError).status).to.equal(401);
    expect((error as PolicyError).title).to.equal('Sign-in required');
  });

  it('maps problem+json to a PolicyError with its fields and rule', async () => {
    const space = newSpace();
    const event = await createEvent(space);
    const ann = client(space, await token('ann'));
    const error = await rejection(ann.checkIn(event.id, { kind: 'in', code: 'AAAAAA' }, 'k'));
    expect(error).to.be.instanceOf(PolicyError);
    const failure = error as PolicyError;
    expect(failure.status).to.equal(422);
    expect(failure.title).to.equal('Wrong or expired code');
    expect(failure.detail).to.match(/^Type the code shown on the host screen now/);
    expect(failure.rule).to.equal('ATTEND.CODE');
    expect(failure.errors).to.deep.equal([]);
    expect(failure.isNetwork).to.equal(false);
  });

  it('maps validation errors of POST /v1/credits', async () => {
    const bad = { method: 'group-live', minutes: 'ten' } as unknown as { method: 'group-live' };
    const error = (await rejection(client(newSpace()).computeCredits(bad))) as PolicyError;
    expect(error.status).to.equal(400);
    expect(error.errors[0]?.path).to.equal('minutes');
    expect(error.errors[0]?.message).to.be.a('string').and.not.equal('');
  });

  it('turns a dropped connection into a network PolicyError (status 0)', async () => {
    const space = newSpace();
    await setLine(space, 'down');
    const error = await rejection(
      client(space).computeCredits({ method: 'group-live', minutes: 60 }),
    );
    expect(error).to.be.instanceOf(PolicyError);
    expect((error as PolicyError).status).to.equal(0);
    expect((error as PolicyError).isNetwork).to.equal(true);
  });

  it('reports an answer that is not JSON as a bad gateway, not a network failure', async () => {
    const space = newSpace();
    await setLine(space, 'web-page');
    const error = (await rejection(client(space).getPolicy())) as PolicyError;
    expect(error).to.be.instanceOf(PolicyError);
    expect(error.status).to.equal(502);
    expect(error.isNetwork).to.equal(false);
  });

  it('retries a failed GET but never a POST', async () => {
    const space = newSpace();
    await setLine(space, 'flaky');
    const flaky = client(space);
    expect((await flaky.getPolicy()).version).to.be.a('string');
    expect(await requestsTo(space, 'GET', '/v1/policy')).to.have.length(2);
    const error = (await rejection(
      flaky.computeCredits({ method: 'nano', minutes: 12 }),
    )) as PolicyError;
    expect(error.status).to.equal(503);
    expect(await requestsTo(space, 'POST', '/v1/credits')).to.have.length(1);
  });

  it('keeps a caller abort an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = (await rejection(
      client(newSpace()).getPolicy({ signal: controller.signal }),
    )) as DOMException;
    expect(error).not.to.be.instanceOf(PolicyError);
    expect(error.name).to.equal('AbortError');
  });

  it('posts an answer as { answer }, keeps ids one path segment, reads the roster as CSV', async () => {
    const space = newSpace();
    const event = await createEvent(space, { method: 'group-internet' });
    const host = client(space, await token('hal', 'host'));
    const ann = client(space, await token('ann'));
    // Prompts count for a learner who is present when they are issued.
    const { code } = await currentCode(space, event.id);
    await ann.checkIn(event.id, { kind: 'in', code }, 'in-1');
    const prompt = await host.issuePrompt(event.id, { question: 'Which?', choices: ['A', 'B'] });
    await ann.answerPrompt(event.id, prompt.id, 'B');
    const [sent] = await requestsTo(
      space,
      'POST',
      `/v1/events/${event.id}/prompts/${prompt.id}/responses`,
    );
    expect(JSON.parse(sent!.body!)).to.deep.equal({ answer: 'B' });
    const other = (await rejection(ann.answerPrompt(event.id, prompt.id, 'C'))) as PolicyError;
    expect(other.errors).to.deep.equal([{ path: 'answer', message: 'must be one of the choices' }]);
    // Encoded, `p/1` stays the prompt id (an unknown one), not a longer path the API lacks.
    const slashed = (await rejection(ann.answerPrompt(event.id, 'p/1', 'B'))) as PolicyError;
    expect(slashed.title).to.equal('No such prompt');

    const roster = await host.roster(event.id);
    expect(roster.eventId).to.equal(event.id);
    expect(roster.entries.map((entry) => entry.promptsAnswered)).to.deep.equal([1]);
    const csv = await host.rosterCsv(event.id);
    expect(csv).to.equal(
      await call<string>(space, `v1/events/${event.id}/attendance?format=csv`, {
        as: ['hal', 'host'],
      }),
    );
    expect(csv.split('\r\n')[0]).to.match(/^event id,event title,learner,/);
  });
});
