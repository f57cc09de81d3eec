/** Reasons in the request's language: Accept-Language (with weights) and `?lang=`, English last. */
import { describe, expect, it } from 'vitest';
import { computeCredits } from '../../src/policy/credits.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import type { CreditResult, Reason, StoredRefund } from '../../src/policy/schemas.js';
import { createProgram, json, people, selfStudyBody, testApi } from './helpers.js';

const creditBody = { method: 'group-live', minutes: 75, breaks: [{ minutes: 10 }] };
const engine = computeCredits(creditBody, defaultPolicy);
if (!engine.ok) throw new Error('the credit body must be valid');
const english = engine.value.reasons;

const api = await testApi();
const credits = (headers: Record<string, string> = {}, query = '') =>
  api.request(`/v1/credits${query}`, { json: creditBody, headers });

/** The answer's reasons, with the headers that say which language they are in. */
async function answered(response: Response) {
  expect(response.status).toBe(200);
  const body = await json<CreditResult>(response);
  return {
    reasons: body.reasons,
    contentLanguage: response.headers.get('content-language'),
    vary: response.headers.get('vary') ?? '',
  };
}

const englishOf = (reasons: Reason[]) => reasons.map(({ rule, message }) => ({ rule, message }));

describe('POST /v1/credits in a language', () => {
  it('answers English, byte for byte the engine’s, with lang en, when nothing is asked', async () => {
    const { reasons, contentLanguage, vary } = await answered(await credits());
    expect(reasons).toEqual(english.map((reason) => ({ ...reason, lang: 'en' })));
    expect(contentLanguage).toBe('en');
    expect(vary).toContain('Accept-Language');
  });

  it('answers Spanish for Accept-Language es, the rules and params unchanged', async () => {
    const { reasons, contentLanguage, vary } = await answered(
      await credits({ 'accept-language': 'es-MX,es;q=0.9' }),
    );
    expect(contentLanguage).toBe('es');
    expect(vary).toContain('Accept-Language');
    expect(reasons.map(({ rule, params }) => ({ rule, params }))).toEqual(
      english.map(({ rule, params }) => ({ rule, params })),
    );
    for (const reason of reasons) expect(reason.lang).toBe('es');
    expect(reasons.map(({ message }) => message)).toContain(
      '65 minutos son 1,3 créditos; con incrementos de un quinto de crédito, se redondea hacia abajo a 1,2.',
    );
  });

  it.each([
    ['fr;q=0.4, es;q=0.9', 'es'],
    ['de, fr;q=0.5, es;q=0.2', 'fr'],
    ['es;q=0, *', 'en'],
    ['*;q=0.1, fr', 'fr'],
  ])('weighs %s to %s', async (header, locale) => {
    const { reasons, contentLanguage } = await answered(
      await credits({ 'accept-language': header }),
    );
    expect(contentLanguage).toBe(locale);
    for (const reason of reasons) expect(reason.lang).toBe(locale);
  });

  it.each(['de-DE', 'zh-Hant, ja;q=0.8', 'not a language;;'])(
    'falls back to English for %s',
    async (header) => {
      const { reasons, contentLanguage } = await answered(
        await credits({ 'accept-language': header }),
      );
      expect(contentLanguage).toBe('en');
      expect(englishOf(reasons)).toEqual(englishOf(english));
      for (const reason of reasons) expect(reason.lang).toBe('en');
    },
  );

  it('lets ?lang= override the header', async () => {
    const { reasons, contentLanguage } = await answered(
      await credits({ 'accept-language': 'es' }, '?lang=fr'),
    );
    expect(contentLanguage).toBe('fr');
    expect(reasons.find(({ rule }) => rule === 'CREDIT.BREAKS_EXCLUDED')!.message).toBe(
      '10 minutes de pauses, de repas et de consignes pratiques ne comptent pas\u00a0: il reste 65 minutes de contenu admissible.',
    );
  });
});

describe('stored answers in a language', () => {
  it('stores a refund request in English and words it for each reader', async () => {
    const body = {
      product: 'self-study',
      priceCents: 19_999,
      currency: 'USD',
      purchasedAt: '2026-03-01T15:00:00Z',
    };
    const submitted = await api.request('/v1/refunds', {
      as: people.ada,
      json: body,
      headers: { 'accept-language': 'fr' },
    });
    expect(submitted.status).toBe(201);
    expect(submitted.headers.get('content-language')).toBe('fr');
    const refund = await json<StoredRefund>(submitted);
    const fee = refund.decision.reasons.find(({ rule }) => rule === 'REFUND.FEE')!;
    expect(fee.lang).toBe('fr');
    expect(fee.message).toMatch(/^Les frais de dossier sont de 10\s%/);

    const [stored] = await api.store.listRefunds();
    for (const reason of stored!.decision.reasons) {
      expect(reason.lang).toBeUndefined();
      expect(reason.message).not.toMatch(/frais|solicitud/);
    }

    const read = await api.request(`/v1/refunds/${refund.id}`, {
      as: people.ada,
      headers: { 'accept-language': 'es' },
    });
    const inSpanish = await json<StoredRefund>(read);
    expect(read.headers.get('content-language')).toBe('es');
    expect(inSpanish.decision.reasons.map(({ lang }) => lang)).toEqual(
      stored!.decision.reasons.map(() => 'es'),
    );
    const inEnglish = await json<StoredRefund>(
      await api.request(`/v1/refunds/${refund.id}`, { as: people.ada }),
    );
    expect(inEnglish.decision.reasons).toEqual(
      stored!.decision.reasons.map((reason) => ({ ...reason, lang: 'en' })),
    );
  });

  it('words a program’s reasons for its reader', async () => {
    const { id } = await createProgram(api, selfStudyBody);
    const response = await api.request(`/v1/programs/${id}`, {
      headers: { 'accept-language': 'es' },
    });
    expect(response.headers.get('content-language')).toBe('es');
    const program = await json<{ reasons: Reason[]; warnings: Reason[] }>(response);
    expect(program.reasons.find(({ rule }) => rule === 'CREDIT.SELF_STUDY_PILOT')).toMatchObject({
      lang: 'es',
      message:
        'El tiempo representativo de la prueba piloto para completar el curso es de 75 minutos.',
    });
  });
});
