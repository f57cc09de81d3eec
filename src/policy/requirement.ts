// Placeholder while the engine is written: validates, then declines.
import { defaultPolicy, type PolicyDocument } from './policy.js';
import { RequirementInput, parse, type Parsed, type RequirementResult } from './schemas.js';

export function evaluateRequirement(
  input: unknown,
  policy: PolicyDocument,
): Parsed<RequirementResult> {
  void defaultPolicy;
  void policy;
  const parsed = parse(RequirementInput, input);
  if (!parsed.ok) return parsed;
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }] };
}
