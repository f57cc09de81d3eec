/**
 * RFC 9457 problem details: the one error shape of the API. A handler or middleware that
 * refuses a request throws a ProblemError; the app's onError writes it out.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../policy/schemas.js';
import { wordProblem, type Said } from './locales/problems.js';
import { replyLocale } from './request-locale.js';

export interface ProblemExtras {
  /** Validation failures, one per offending value. */
  errors?: FieldError[];
  /** The rule id (RULES.md) that refused the request. */
  rule?: string;
  /** ATTEND.WINDOW before a session: when check-in opens. */
  opensAt?: string;
  /** A 409 for a second open refund request: the first one. */
  existing?: object;
}

/**
 * A refused request. Its title and detail are English (for logs and the code that reads
 * them); the answer is worded in the request's language when it is written out.
 */
export class ProblemError extends Error {
  readonly title: string;
  readonly detail: string;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly said: Said,
    readonly extras: ProblemExtras = {},
  ) {
    const { title, detail } = wordProblem(said, 'en');
    super(title);
    this.name = 'ProblemError';
    this.title = title;
    this.detail = detail;
  }
}

/** The problem+json answer for `error`, in the request's language (Accept-Language). */
export function problemResponse(c: Context, error: ProblemError): Response {
  const locale = replyLocale(c);
  const { title, detail } = locale === 'en' ? error : wordProblem(error.said, locale);
  const { status, extras } = error;
  return c.body(JSON.stringify({ type: 'about:blank', title, status, detail, ...extras }), status, {
    'content-type': 'application/problem+json',
    'x-content-type-options': 'nosniff',
  });
}

export const invalid = (errors: FieldError[]): ProblemError =>
  new ProblemError(400, 'requestInvalid', { errors });
