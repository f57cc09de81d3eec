import { describe, expect, it } from 'vitest';
import { computeCredits } from '../../src/policy/credits.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { es } from '../../src/policy/reason-messages/es/index.js';
import { localizeAnswerWith } from '../../src/policy/reason-messages/localize.js';
import { fr } from '../../src/policy/reason-messages/fr/index.js';
import {
  localizeReason,
  localizeReasons,
  localizeReasonWith,
} from '../../src/policy/reason-text.js';
import type { Reason } from '../../src/policy/schemas.js';
import { reasonCorpus } from './reason-corpus.js';

const corpus = reasonCorpus();
/** A rule and the variant (or scheme) that picks its sentence. */
const variantKey = ({ rule, params }: Reason) => `${rule} ${params?.variant ?? params?.scheme}`;

describe('the reason corpus', () => {
  it('reaches every rule that a message table words, and every variant', () => {
    const emitted = new Set(corpus.map(({ rule }) => rule));
    expect([...emitted].sort()).toEqual(Object.keys(es).sort());
    for (const table of [es, fr]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(es).sort());
      const variants = Object.entries(table).flatMap(([rule, sentence]) =>
        (sentence.variants ?? []).map((variant) => `${rule} ${variant}`),
      );
      const reached = new Set(corpus.map(variantKey));
      // The one reason the server words itself (certificate-records.ts) is not an engine run.
      const unreached = variants.filter((key) => !reached.has(key));
      expect(unreached).toEqual(['CERT.ENROLLMENT not-enrolled']);
    }
  });

  it('keeps the English of known cases as it was before reasons carried params', () => {
    const messages = corpus.map(({ message }) => message);
    for (const known of [
      '64.8 minutes is just over 1.29 credits; with one-fifth increments that rounds down to 1.2.',
      'By the word-count formula, 9000 words at 180 a minute (50 minutes), 12 minutes of audio and video, 3 questions at 1.85 minutes each (5.55 minutes) come to 67.55 minutes.',
      'The processing fee is 10% of $199.99, which is $20.00; the refund is $179.99.',
      'The request arrived 1 day before the event on April 10, 2026, after the deadline of April 5, 2026: requests must arrive 5 days before the event (America/Chicago time).',
      '8.0 credits above the requirement: 8.0 carry forward to 2027 (at most 10.0).',
      'The 2 events of this program offer different credits (1.2, 2.6); the smallest, 1.2, is offered.',
    ]) {
      expect(messages).toContain(known);
    }
  });

  it('carries params but no lang out of the engine', () => {
    for (const reason of corpus) expect(reason.lang).toBeUndefined();
    expect(corpus.filter((reason) => reason.params !== undefined).length).toBeGreaterThan(80);
  });
});

describe.each([
  ['es', /\d,\d créditos?\b/],
  ['fr', /\d,\d crédits?\b/],
] as const)('reasons in %s', (locale, creditFigure) => {
  const localized = localizeReasons(corpus, locale);

  it('has a sentence for every reason, with its rule and params kept', () => {
    localized.forEach((reason, i) => {
      expect(reason, corpus[i]!.message).toMatchObject({ lang: locale, rule: corpus[i]!.rule });
      expect(reason.params).toBe(corpus[i]!.params);
      expect(reason.message).not.toBe(corpus[i]!.message);
    });
  });

  it('never shows a gap, a placeholder or an English decimal point', () => {
    for (const { message } of localized) {
      expect(message).not.toMatch(/undefined|NaN|\{|\}|\[object/);
      // A point before one or two digits is an English decimal; `12.000` is Spanish grouping.
      expect(message).not.toMatch(/\d\.\d{1,2}(?!\d)/);
      expect(message.trim()).toBe(message);
    }
  });

  it('writes credits with the decimal comma wherever the English has a credit figure', () => {
    const withCredits = corpus
      .map((reason, i) => [reason, localized[i]!] as const)
      .filter(([english]) => /\d\.\d credits?\b/.test(english.message));
    expect(withCredits.length).toBeGreaterThan(20);
    for (const [, reason] of withCredits) expect(reason.message).toMatch(creditFigure);
  });
});

describe('localizeReason', () => {
  it('keeps a name it has no word for as the engine gave it', () => {
    const reason: Reason = {
      rule: 'CERT.ENROLLMENT',
      message: 'The enrollment is paused: it earns no certificate.',
      params: { variant: 'status', status: 'paused' },
    };
    expect(localizeReason(reason, 'es').message).toBe(
      'La inscripción está paused: no otorga certificado.',
    );
  });

  it('words figures, plurals and money in the locale', () => {
    const result = computeCredits({ method: 'group-live', minutes: 75 }, defaultPolicy);
    if (!result.ok) throw new Error('invalid');
    const rounding = result.value.reasons.find(({ rule }) => rule === 'CREDIT.ROUND_DOWN')!;
    expect(localizeReason(rounding, 'fr').message).toBe(
      '75 minutes font 1,5 crédit\u00a0; avec des tranches d’un cinquième de crédit, cela s’arrondit à l’inférieur à 1,4.',
    );
    expect(localizeReason(rounding, 'es').message).toBe(
      '75 minutos son 1,5 créditos; con incrementos de un quinto de crédito, se redondea hacia abajo a 1,4.',
    );
    const fee = corpus.find(({ rule }) => rule === 'REFUND.FEE')!;
    expect(localizeReason(fee, 'fr').message).toMatch(/ 199,99\s\$US, soit 20,00\s\$US\u00a0;/);
    expect(localizeReason(fee, 'es').message).toMatch(/ 199,99\sUS\$, es decir, 20,00\sUS\$;/);
  });

  it('keeps English byte for byte, marked en', () => {
    for (const reason of corpus) {
      expect(localizeReason(reason, 'en')).toEqual({ ...reason, lang: 'en' });
    }
  });

  it('falls back to English for a rule, a variant or params the table does not know', () => {
    const unknownRule = { rule: 'CREDIT.FUTURE', message: 'A rule from a newer engine.' };
    expect(localizeReason(unknownRule, 'es')).toEqual({ ...unknownRule, lang: 'en' });
    const unknownVariant = { ...corpus.find(({ rule }) => rule === 'ATTEND.WINDOW')! };
    unknownVariant.params = { ...unknownVariant.params, variant: 'someday' };
    expect(localizeReason(unknownVariant, 'fr').lang).toBe('en');
    // A record stored before reasons carried params.
    const unit = corpus.find(({ rule }) => rule === 'CREDIT.UNIT_50')!;
    const bare = { rule: unit.rule, message: unit.message };
    expect(localizeReason(bare, 'fr')).toEqual({ ...bare, lang: 'en' });
    const badDate = corpus.find(({ rule }) => rule === 'REFUND.PAYOUT_30D')!;
    const broken = { ...badDate, params: { ...badDate.params, payDate: 'soon' } };
    expect(localizeReason(broken, 'es')).toEqual({ ...broken, lang: 'en' });
  });

  it('takes one locale table on its own, for a widget that imports only that one', () => {
    const reason = corpus.find(({ rule }) => rule === 'CREDIT.STATE_BOARD_AUTHORITY')!;
    expect(localizeReasonWith(fr, reason, 'fr')).toEqual(localizeReason(reason, 'fr'));
  });
});

describe('an answer worded in a language', () => {
  const worded = (reason: Reason) => localizeReasonWith(es, reason, 'es');
  const [first, second] = corpus.filter(({ rule }) => rule.startsWith('CREDIT.'));

  it('words the reasons, warnings and missing lists at any depth, and nothing else', () => {
    const answer = {
      reasons: [first!],
      warnings: [second!],
      decision: { status: 'approved', reasons: [second!], note: 'reasons' },
      missing: [first!],
      entries: [{ reasons: [first!], message: first!.message }],
      credits: { nasba: 1.4 },
    };
    expect(localizeAnswerWith(es, answer, 'es')).toEqual({
      reasons: [worded(first!)],
      warnings: [worded(second!)],
      decision: { status: 'approved', reasons: [worded(second!)], note: 'reasons' },
      missing: [worded(first!)],
      entries: [{ reasons: [worded(first!)], message: first!.message }],
      credits: { nasba: 1.4 },
    });
    expect(worded(first!).message).not.toEqual(first!.message);
  });
});
