// The API's problems in the request's language: every problem of the catalog in Spanish and
// French, and the answers a learner meets worded by Accept-Language.
import { describe, expect, it } from 'vitest';
import { decideCheckIn, checkInWindow, defaultPolicy } from '../../src/policy/index.js';
import type { CheckInRefusal } from '../../src/policy/attendance.js';
import { wordProblem, type ProblemId, type Said } from '../../src/server/locales/problems.js';
import { createEvent, currentCode, json, people, testApi } from './helpers.js';

const refusal = (kind: 'in' | 'out', codeAccepted: boolean): CheckInRefusal => {
  const window = checkInWindow(
    { segments: [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T16:00:00Z' }] },
    Date.parse('2026-03-02T17:00:00Z'),
    defaultPolicy,
  );
  const decision = decideCheckIn({ kind, records: [], window, codeAccepted }, defaultPolicy);
  if (decision.ok) throw new Error('expected a refusal');
  return decision.refusal;
};
const refused = { stepSeconds: 30, cap: 40 };

/** One problem of each id, with figures; the type makes a new id a compile error here. */
const samples: { [K in ProblemId]: Extract<Said, K | { id: K }> } = {
  bodyMustBeJson: 'bodyMustBeJson',
  bodyTooLarge: { id: 'bodyTooLarge', size: '64 KB' },
  bodyTooDeep: { id: 'bodyTooDeep', depth: 64 },
  bodyNotJson: 'bodyNotJson',
  requestInvalid: 'requestInvalid',
  idempotencyKeyReused: 'idempotencyKeyReused',
  signInRequired: 'signInRequired',
  notAllowed: { id: 'notAllowed', roles: ['host', 'admin'] },
  learnerSignInRequired: 'learnerSignInRequired',
  tooManyWrites: { id: 'tooManyWrites', limit: 30, wait: 12 },
  tooManyFromAddress: { id: 'tooManyFromAddress', limit: 60, wait: 12 },
  notFound: { id: 'notFound', path: '/v1/nowhere' },
  serverError: 'serverError',
  widgetNotFramed: { id: 'widgetNotFramed', widget: 'cpe-refund-review', frames: 'a, b' },
  widgetUnknown: { id: 'widgetUnknown', widget: 'cpe-nothing', frames: 'a, b' },
  eventUnknown: 'eventUnknown',
  checkInRefused: { id: 'checkInRefused', refusal: refusal('out', false), ...refused },
  tooManyWrongCodes: { id: 'tooManyWrongCodes', minutes: 2 },
  promptUnknown: 'promptUnknown',
  recordUnknown: 'recordUnknown',
  recordCorrected: 'recordCorrected',
  attendanceUnevaluable: 'attendanceUnevaluable',
  programUnknown: 'programUnknown',
  programMethodMismatch: { id: 'programMethodMismatch', event: 'ev1', method: 'group-live' },
  programCreditsUnknown: 'programCreditsUnknown',
  eventNotFitting: 'eventNotFitting',
  programUnpublished: 'programUnpublished',
  orderRefTaken: 'orderRefTaken',
  eventNotInProgram: 'eventNotInProgram',
  enrollmentUnknown: 'enrollmentUnknown',
  scoreNeedsActiveEnrollment: { id: 'scoreNeedsActiveEnrollment', status: 'refunded' },
  enrollmentsNotCsv: 'enrollmentsNotCsv',
  enrollmentsCsvInvalid: { id: 'enrollmentsCsvInvalid', message: 'Invalid Closing Quote' },
  enrollmentsNotImported: 'enrollmentsNotImported',
  webhooksOff: 'webhooksOff',
  orderUnsigned: { id: 'orderUnsigned', why: 'time' },
  refundUnknown: 'refundUnknown',
  refundNeedsActiveEnrollment: { id: 'refundNeedsActiveEnrollment', status: 'cancelled' },
  refundAlreadyOpen: 'refundAlreadyOpen',
  referenceShared: { id: 'referenceShared', ids: ['r1', 'r2'] },
  refundDecided: 'refundDecided',
  certificateUnknown: 'certificateUnknown',
  certificateNotValid: { id: 'certificateNotValid', status: 'revoked' },
  reportNotFile: 'reportNotFile',
  reportFileEmpty: 'reportFileEmpty',
  reportNotText: { id: 'reportNotText', encoding: 'utf-16le' },
  reportBinary: 'reportBinary',
  reportNotCsv: { id: 'reportNotCsv', message: 'Invalid Closing Quote' },
  reportTooManyRows: { id: 'reportTooManyRows', limit: 50_000 },
  reportNotOfFormat: { id: 'reportNotOfFormat', format: 'zoom-webinar' },
  reportLayoutUnknown: { id: 'reportLayoutUnknown', formats: ['zoom-webinar', 'generic'] },
  reportEmpty: 'reportEmpty',
  reportTimesImpossible: 'reportTimesImpossible',
  reportDatesImpossible: 'reportDatesImpossible',
  reportDatesAmbiguous: { id: 'reportDatesAmbiguous', bothNear: true },
  reportRowsUnreadable: 'reportRowsUnreadable',
  importUnknown: 'importUnknown',
  importNothingMapped: 'importNothingMapped',
  launchExpired: 'launchExpired',
  platformUnknown: 'platformUnknown',
  platformRegistered: 'platformRegistered',
  platformRefused: {
    id: 'platformRefused',
    refusal: { id: 'courseListUnavailable', status: 403 },
  },
};

/** Problems whose detail is another system's words, passed on as they are. */
const passedOn = new Set<ProblemId>(['enrollmentsCsvInvalid', 'reportNotCsv']);

describe('the problem catalog in Spanish and French', () => {
  it.each(['es', 'fr'] as const)('words every problem in %s, none left in English', (locale) => {
    for (const [id, said] of Object.entries(samples) as [ProblemId, Said][]) {
      const english = wordProblem(said, 'en');
      const worded = wordProblem(said, locale);
      expect(worded.title, id).not.toBe(english.title);
      if (!passedOn.has(id)) expect(worded.detail, id).not.toBe(english.detail);
      expect(worded.detail.length, id).toBeGreaterThan(0);
    }
  });

  it('words every check-in refusal, each in its own words', () => {
    const causes = [
      refusal('in', true), // closed
      refusal('out', false), // wrong code (the window does not bind a check-out)
      { ...refusal('out', false), cause: 'checked-in' as const },
      { ...refusal('out', false), cause: 'not-checked-in' as const },
      { ...refusal('out', false), cause: 'too-many' as const },
    ];
    for (const locale of ['es', 'fr'] as const) {
      const titles = causes.map(
        (one) => wordProblem({ id: 'checkInRefused', refusal: one, ...refused }, locale).title,
      );
      expect(new Set(titles).size, locale).toBe(causes.length);
    }
  });

  it('formats figures the way the language writes them', () => {
    expect(wordProblem(samples.reportTooManyRows, 'fr').detail).toContain('50\u202f000');
    expect(wordProblem(samples.notAllowed, 'es').detail).toBe('Esto requiere el rol host o admin.');
    expect(wordProblem(samples.tooManyWrongCodes, 'fr').detail).toContain('2 minutes');
  });
});

describe('problems answered in the request’s language', async () => {
  const api = await testApi();
  const eventId = await createEvent(api);

  it('words a 404 by Accept-Language, marks its language, and keeps English by default', async () => {
    const spanish = await api.request('/v1/nowhere', { headers: { 'accept-language': 'es-MX' } });
    expect(spanish.status).toBe(404);
    expect(spanish.headers.get('content-type')).toBe('application/problem+json');
    expect(spanish.headers.get('content-language')).toBe('es');
    expect(spanish.headers.get('vary')).toBe('Accept-Language');
    expect(await spanish.json()).toMatchObject({
      status: 404,
      title: 'No encontrado',
      detail: 'No se sirve nada en /v1/nowhere.',
    });
    const plain = await api.request('/v1/nowhere');
    expect(plain.headers.get('content-language')).toBe('en');
    expect((await json(plain)).title).toBe('Not found');
  });

  it('keeps the field errors and the rule beside words in the learner’s language', async () => {
    const invalid = await api.request('/v1/credits', {
      headers: { 'accept-language': 'fr' },
      json: { method: 'group-live', minutes: -5 },
    });
    const body = await json(invalid);
    expect(invalid.status).toBe(400);
    expect(body.title).toBe('La requête n’est pas valide');
    expect(body.errors?.map(({ path }) => path)).toEqual(['minutes']);

    const signedOut = await api.request(`/v1/events/${eventId}/check-ins`, {
      headers: { 'accept-language': 'es' },
      json: { kind: 'in', code: 'ABCDEF' },
    });
    expect(signedOut.status).toBe(401);
    expect((await json(signedOut)).title).toBe('Debe iniciar sesión');
  });

  it('says a check-in refusal in the learner’s language, with its rule', async () => {
    const french = { 'accept-language': 'fr-CA' };
    const wrong = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.ada,
      headers: french,
      json: { kind: 'in', code: 'ZZZZZZ' },
    });
    expect(await json(wrong)).toMatchObject({
      status: 422,
      rule: 'ATTEND.CODE',
      title: 'Code erroné ou expiré',
    });
    const code = await currentCode(api, eventId);
    await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.ada,
      json: { kind: 'in', code },
    });
    const again = await api.request(`/v1/events/${eventId}/check-ins`, {
      as: people.ada,
      headers: french,
      json: { kind: 'in', code },
    });
    const body = await json(again);
    expect(again.headers.get('vary')).toBe('Accept-Language');
    expect(body).toMatchObject({ status: 409, rule: 'ATTEND.ON_RECORD' });
    expect(body.detail).toBe(
      'Votre arrivée est enregistrée\u00a0; enregistrez d’abord votre départ.',
    );
    expect(body).not.toHaveProperty('cause');
    expect(body).not.toHaveProperty('reason');
  });
});
