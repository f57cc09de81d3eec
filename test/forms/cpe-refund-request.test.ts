/** The refund widget's form reader (`form.ts`): pure, so it runs in Node with the engine's check. */
import { describe, expect, it } from 'vitest';
import { checkRefund } from '../../src/components/cpe-refund-request/deferred.js';
import {
  emptyAnswers,
  questionsFor,
  readRefund,
  type RefundContext,
} from '../../src/components/cpe-refund-request/form.js';
import { english } from './english.js';

const now = Date.parse('2026-04-10T12:00:00Z');

const selfStudy: RefundContext = {
  product: 'self-study',
  priceCents: 19_999,
  currency: 'USD',
  purchasedAt: '2026-04-01T10:00:00-04:00',
  eventStart: undefined,
  eventTimeZone: undefined,
  recordedWebinar: false,
};

const liveEvent = (eventStart: string): RefundContext => ({
  ...selfStudy,
  product: 'live-event',
  purchasedAt: undefined,
  eventStart,
  eventTimeZone: 'America/Chicago',
});

describe('questionsFor', () => {
  it.each<[string, RefundContext, string[]]>([
    ['whether the final test was taken, for self-study', selfStudy, ['final-test']],
    [
      'whether the learner attended an event that began',
      liveEvent('2026-04-09T09:00:00-05:00'),
      ['attended'],
    ],
    ['nothing before an event begins', liveEvent('2026-05-09T09:00:00-05:00'), []],
    ['nothing for a conference', { ...selfStudy, product: 'conference' }, []],
  ])('asks %s', (_, context, questions) => {
    expect(questionsFor(context, now)).toEqual(questions);
  });
});

describe('readRefund', () => {
  it('reports nothing and builds nothing before the engine’s check has loaded', () => {
    const broken = { ...selfStudy, priceCents: -1 };
    expect(readRefund(broken, emptyAnswers, now, undefined, english.t)).toEqual({
      questions: ['final-test'],
      setupErrors: [],
      missing: [{ field: 'final-test', message: 'Say whether you have taken the final test.' }],
    });
  });

  it('says which question is still unanswered, and builds the input once all are', () => {
    const unanswered = readRefund(selfStudy, emptyAnswers, now, checkRefund, english.t);
    expect(unanswered.input).toBeUndefined();
    expect(unanswered.missing).toEqual([
      { field: 'final-test', message: 'Say whether you have taken the final test.' },
    ]);
    const answered = readRefund(
      selfStudy,
      { ...emptyAnswers, finalTestTaken: false },
      now,
      checkRefund,
      english.t,
    );
    expect(answered).toEqual({
      questions: ['final-test'],
      setupErrors: [],
      missing: [],
      input: {
        product: 'self-study',
        priceCents: 19_999,
        currency: 'USD',
        purchasedAt: '2026-04-01T10:00:00-04:00',
        written: true,
        finalTestTaken: false,
      },
    });
  });

  it('sends only the answers the product asks, and special circumstances except for a conference', () => {
    const answers = {
      ...emptyAnswers,
      finalTestTaken: true,
      attended: false,
      specialCircumstances: true,
    };
    const event = readRefund(
      liveEvent('2026-04-09T09:00:00-05:00'),
      answers,
      now,
      checkRefund,
      english.t,
    ).input;
    expect(event).toMatchObject({ attended: false, specialCircumstances: true });
    expect(event).not.toHaveProperty('finalTestTaken');
    const conference = readRefund(
      { ...selfStudy, product: 'conference' },
      answers,
      now,
      checkRefund,
      english.t,
    );
    expect(conference.input).not.toHaveProperty('specialCircumstances');
  });

  it('names the attribute an author must fix', () => {
    const reading = readRefund(
      { ...selfStudy, priceCents: -1 },
      { ...emptyAnswers, finalTestTaken: true },
      now,
      checkRefund,
      english.t,
    );
    expect(reading.input).toBeUndefined();
    expect(reading.setupErrors).toHaveLength(1);
    expect(reading.setupErrors[0]).toMatch(/^price-cents /);
    const undated = readRefund(
      { ...selfStudy, purchasedAt: undefined },
      emptyAnswers,
      now,
      checkRefund,
      english.t,
    );
    expect(undated.setupErrors).toEqual(['purchased-at is required for a self-study course']);
    const unscheduled = readRefund(
      { ...selfStudy, product: 'live-event', purchasedAt: undefined },
      emptyAnswers,
      now,
      checkRefund,
      english.t,
    );
    expect(unscheduled.setupErrors).toEqual(['event-start is required for a live event']);
  });
});
