// Placeholder while the engine is written: validates, then declines.
import { defaultPolicy, type PolicyDocument } from './policy.js';
import { AttendanceInput, parse, type Parsed, type AttendanceResult } from './schemas.js';

export function evaluateAttendance(
  input: unknown,
  policy: PolicyDocument,
  _now: string,
): Parsed<AttendanceResult> {
  void defaultPolicy;
  void policy;
  const parsed = parse(AttendanceInput, input);
  if (!parsed.ok) return parsed;
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }] };
}
