import type { Reason } from '../../src/policy/schemas.js';

/** Each reason's rule and English sentence, leaving out the params it is worded from. */
export const sentences = (reasons: readonly Reason[]): Pick<Reason, 'rule' | 'message'>[] =>
  reasons.map(({ rule, message }) => ({ rule, message }));
