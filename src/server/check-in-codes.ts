/**
 * The engine's check-in code test, remembered per policy, event secret, time step and typed
 * code: a room of learners types the same code within one step, and each test otherwise costs
 * two WebCrypto HMACs. The engine stays the only judge of which codes a step accepts.
 */
import { normalizeCode, verifyCheckInCode } from '../policy/index.js';
import type { PolicyDocument } from '../policy/policy.js';

const verdicts = new WeakMap<PolicyDocument, Map<string, Promise<boolean>>>();
const VERDICT_LIMIT = 10_000;

export function acceptsCheckInCode(
  secret: string,
  typed: string,
  at: number,
  policy: PolicyDocument,
): Promise<boolean> {
  let known = verdicts.get(policy);
  if (!known) verdicts.set(policy, (known = new Map<string, Promise<boolean>>()));
  const stepMs = policy.attendance.codeStepSeconds * 1000;
  const step = Math.floor(at / stepMs);
  const code = normalizeCode(typed);
  const key = `${step}:${code}:${secret}`;
  let verdict = known.get(key);
  if (!verdict) {
    // Asked at the start of the step: the engine's verdict is the same for all of it.
    verdict = verifyCheckInCode(secret, code, step * stepMs, policy);
    if (known.size >= VERDICT_LIMIT) known.delete(known.keys().next().value as string);
    known.set(key, verdict);
  }
  return verdict;
}

/**
 * The secret an event's codes derive from after `epoch` rotations on demand: a new epoch is a
 * new key, so every code of the old one (the previous step's too) stops matching at once.
 */
export const codeSecret = (eventSecret: string, epoch: number): string =>
  epoch === 0 ? eventSecret : `${eventSecret}.${epoch}`;
