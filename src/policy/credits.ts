// Placeholder while the engine is written: validates, then declines.
import { defaultPolicy, type PolicyDocument } from './policy.js';
import { CreditInput, parse, type Parsed, type CreditResult } from './schemas.js';

export function computeCredits(
  input: unknown,
  policy: PolicyDocument = defaultPolicy,
): Parsed<CreditResult> {
  void defaultPolicy;
  void policy;
  const parsed = parse(CreditInput, input);
  if (!parsed.ok) return parsed;
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }] };
}
