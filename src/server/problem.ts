/** RFC 9457 problem details: the one error shape of the API. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../policy/schemas.js';

export interface ProblemExtras {
  /** Validation failures, one per offending value. */
  errors?: FieldError[];
  /** The rule id (RULES.md) that refused the request. */
  rule?: string;
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

export const invalid = (c: Context, errors: FieldError[]): Response =>
  problem(c, 400, 'The request is not valid', 'Correct the listed fields and try again.', {
    errors,
  });
