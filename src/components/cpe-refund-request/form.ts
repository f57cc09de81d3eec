/**
 * What the refund widget knows (the page's attributes) and what it asks (the learner's
 * answers), turned into the engine's RefundInput or into messages that say what is missing.
 */
import type { RefundInput, RefundProduct } from '../../policy/schemas.js';
import type { Translate } from '../shared/locale-controller.js';
import type { checkRefund } from './deferred.js';

/** Set by the page author through attributes; the learner cannot change these. */
export interface RefundContext {
  product: string | undefined;
  priceCents: number | undefined;
  currency: string;
  purchasedAt: string | undefined;
  eventStart: string | undefined;
  eventTimeZone: string | undefined;
  recordedWebinar: boolean;
}

/** What the learner answered; `undefined` means not answered yet. */
export interface RefundAnswers {
  finalTestTaken: boolean | undefined;
  attended: boolean | undefined;
  specialCircumstances: boolean;
  message: string;
}

export type QuestionId = 'final-test' | 'attended';

export interface FieldMessage {
  field: QuestionId | 'message';
  message: string;
}

export interface RefundReading {
  /** The questions this product and moment call for, in order. */
  questions: QuestionId[];
  /** Ready for the engine, when the page's attributes are valid and every question answered. */
  input?: RefundInput;
  /** Attribute problems, for the page author: the learner cannot fix these. */
  setupErrors: string[];
  /** Questions still unanswered. */
  missing: FieldMessage[];
}

export const emptyAnswers: RefundAnswers = {
  finalTestTaken: undefined,
  attended: undefined,
  specialCircumstances: false,
  message: '',
};

/** Only live events that have begun raise the "did you attend?" question (no-shows). */
export function questionsFor(context: RefundContext, now: number): QuestionId[] {
  if (context.product === 'self-study') return ['final-test'];
  if (context.product === 'live-event' && context.eventStart) {
    const start = Date.parse(context.eventStart);
    if (Number.isFinite(start) && start <= now) return ['attended'];
  }
  return [];
}

/**
 * `check` is the engine's check (deferred.ts), loaded after the first render: until it is
 * here, nothing is ready and no attribute problem is reported yet.
 */
export function readRefund(
  context: RefundContext,
  answers: RefundAnswers,
  now: number,
  check: typeof checkRefund | undefined,
  t: Translate,
): RefundReading {
  const questions = questionsFor(context, now);
  const product = context.product as RefundProduct | undefined;
  const candidate = {
    product,
    priceCents: context.priceCents,
    currency: context.currency,
    ...(context.purchasedAt ? { purchasedAt: context.purchasedAt } : {}),
    ...(context.eventStart ? { eventStart: context.eventStart } : {}),
    ...(context.eventTimeZone ? { eventTimeZone: context.eventTimeZone } : {}),
    ...(context.recordedWebinar ? { recordedWebinar: true } : {}),
    // This widget is a written channel: what the learner sends here is in writing.
    written: true,
    ...(questions.includes('final-test') && answers.finalTestTaken !== undefined
      ? { finalTestTaken: answers.finalTestTaken }
      : {}),
    ...(questions.includes('attended') && answers.attended !== undefined
      ? { attended: answers.attended }
      : {}),
    ...(product !== 'conference' && answers.specialCircumstances
      ? { specialCircumstances: true }
      : {}),
  };
  const checked = check?.(candidate, context);
  const setupErrors = checked?.setupErrors ?? [];
  const missing: FieldMessage[] = [];
  if (questions.includes('final-test') && answers.finalTestTaken === undefined) {
    missing.push({ field: 'final-test', message: t('Say whether you have taken the final test.') });
  }
  if (questions.includes('attended') && answers.attended === undefined) {
    missing.push({ field: 'attended', message: t('Say whether you attended the event.') });
  }
  const input = setupErrors.length === 0 && missing.length === 0 ? checked?.input : undefined;
  return { questions, setupErrors, missing, ...(input ? { input } : {}) };
}
