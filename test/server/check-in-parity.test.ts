/**
 * One wording: the local demo (LocalAttendance) and the API refuse the same check-ins with
 * the same status, rule, title and sentence, since both ask the engine's decideCheckIn.
 */
import { describe, expect, it } from 'vitest';
import { LocalAttendance } from '../../src/client/local-attendance.js';
import { PolicyError } from '../../src/client/policy-client.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { createEvent, currentCode, json, people, testApi } from './helpers.js';

type Attempt = 'wrong code' | 'second in' | 'orphan out' | 'in after the end';
const attempts: Attempt[] = ['wrong code', 'second in', 'orphan out', 'in after the end'];

async function apiRefusal(attempt: Attempt) {
  const api = await testApi({ at: '2026-03-02T14:05:00Z' });
  const eventId = await createEvent(api);
  const code = await currentCode(api, eventId);
  const send = (kind: 'in' | 'out', typed = code) =>
    api.request(`/v1/events/${eventId}/check-ins`, { as: people.ada, json: { kind, code: typed } });
  if (attempt === 'second in') await send('in');
  if (attempt === 'in after the end') api.clock.now = new Date('2026-03-02T16:01:00Z');
  const response =
    attempt === 'orphan out'
      ? await send('out')
      : await send('in', attempt === 'wrong code' ? 'WRONG1' : await currentCode(api, eventId));
  const { status, rule, title, detail } = await json(response);
  return { status, rule, title, detail };
}

async function localRefusal(attempt: Attempt) {
  const clock = { now: new Date() };
  const local = new LocalAttendance({ policy: defaultPolicy, now: () => clock.now });
  const event = await local.getEvent('parity');
  const code = async () => (await local.getCode('parity')).code;
  if (attempt === 'second in')
    await local.checkIn('parity', { kind: 'in', code: await code() }, 'k1');
  if (attempt === 'in after the end')
    clock.now = new Date(Date.parse(event.segments[0]!.end) + 60_000);
  const sent =
    attempt === 'orphan out'
      ? local.checkIn('parity', { kind: 'out', code: await code() }, 'k2')
      : local.checkIn(
          'parity',
          { kind: 'in', code: attempt === 'wrong code' ? 'WRONG1' : await code() },
          'k2',
        );
  const error = await sent.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof PolicyError)) throw new Error(`${attempt}: not refused`);
  return { status: error.status, rule: error.rule, title: error.title, detail: error.detail };
}

describe('check-in refusals, local demo and API', () => {
  it.each(attempts)('%s: same status, rule and words', async (attempt) => {
    const api = await apiRefusal(attempt);
    expect(api.rule).toMatch(/^ATTEND\./);
    expect(await localRefusal(attempt)).toEqual(api);
  });
});
