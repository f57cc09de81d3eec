/**
 * What reading the calculator's form needs only once its client is here, so it loads with the
 * client after the first render: the engine's check of a credit input (the schemas, and
 * valibot with them; at most a year of minutes, and so on) and schedule times in a zone.
 */
import { CreditInput, parse, type Parsed } from '../../policy/schemas.js';

export { zonedInstant } from '../shared/zoned-time.js';

export function checkCredits(candidate: unknown): Parsed<CreditInput> {
  return parse(CreditInput, candidate);
}
