// Placeholder while the engine is written: validates, then declines.
import { defaultPolicy, type PolicyDocument } from './policy.js';
import { RefundInput, parse, type Parsed, type RefundResult } from './schemas.js';

export function evaluateRefund(
  input: unknown,
  policy: PolicyDocument,
  _now: string,
): Parsed<RefundResult> {
  void defaultPolicy;
  void policy;
  const parsed = parse(RefundInput, input);
  if (!parsed.ok) return parsed;
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }] };
}
