/**
 * RFC 9457 problem details: the one error shape of the API. A handler or middleware that
 * refuses a request throws a ProblemError; the app's onError writes it out.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../policy/schemas.js';

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

export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail = '',
    readonly extras: ProblemExtras = {},
  ) {
    super(title);
    this.name = 'ProblemError';
  }
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail = '',
  extras: ProblemExtras = {},
): Response {
  return c.body(JSON.stringify({ type: 'about:blank', title, status, detail, ...extras }), status, {
    'content-type': 'application/problem+json',
    'x-content-type-options': 'nosniff',
  });
}

export const problemResponse = (c: Context, error: ProblemError): Response =>
  problem(c, error.status, error.title, error.detail, error.extras);

export const invalid = (errors: FieldError[]): ProblemError =>
  new ProblemError(400, 'The request is not valid', 'Correct the listed fields and try again.', {
    errors,
  });
