/**
 * What the refund widget needs only once its client is here, so it loads with the client after
 * the first render: the engine's check of a request (the schemas, and valibot with them) and
 * the words for an answer.
 */
import { RefundInput, parse, type Parsed } from '../../policy/schemas.js';

export { headline, nextSteps, outcomeLabel, statusLabel } from './refund-words.js';

export function checkRefund(candidate: unknown): Parsed<RefundInput> {
  return parse(RefundInput, candidate);
}
