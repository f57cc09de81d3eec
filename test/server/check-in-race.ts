/**
 * ATTEND.ON_RECORD under concurrency: the two `in` check-ins of each of 50 learners arrive
 * together, with different Idempotency-Keys (two devices, or a retry that lost its key), each
 * pair through two API instances when given two. Exactly one of each pair may be stored.
 */
import { expect } from 'vitest';
import type { Identity } from '../../src/server/auth.js';
import { createEvent, currentCode, json, type TestApi } from './helpers.js';

export async function expectOneInOfEachPairStored(
  first: TestApi,
  second: TestApi,
  pairs = 50,
): Promise<void> {
  const eventId = await createEvent(first);
  const code = await currentCode(first, eventId);
  const learners = Array.from({ length: pairs }, (_, i): Identity => ({
    sub: `racer-${i}`,
    role: 'learner',
  }));
  const checkIn = (api: TestApi, learner: Identity, key: string) =>
    api.request(`/v1/events/${eventId}/check-ins`, {
      as: learner,
      headers: { 'idempotency-key': key },
      json: { kind: 'in', code },
    });
  const answers = await Promise.all(
    learners.flatMap((learner) => [
      checkIn(first, learner, `${learner.sub}-a`),
      checkIn(second, learner, `${learner.sub}-b`),
    ]),
  );
  const statuses = learners.map((_, i) => [answers[2 * i]!.status, answers[2 * i + 1]!.status]);
  expect(statuses.map((pair) => [...pair].sort())).toEqual(learners.map(() => [201, 409]));
  const refused = answers.filter((answer) => answer.status === 409);
  for (const answer of refused) {
    expect(await json(answer)).toMatchObject({
      title: 'Already checked in',
      rule: 'ATTEND.ON_RECORD',
    });
  }
  const stored = await first.store.listCheckIns(eventId);
  expect(stored.map((row) => row.learnerId).sort()).toEqual(
    learners.map((learner) => learner.sub).sort(),
  );
}
