/**
 * The rotating proof-of-presence code (ATTEND.CODE): an HMAC-SHA-256 of the event secret and
 * the current time step, shown on the host's screen and typed (or scanned) by learners.
 * Pure: the time is an argument; WebCrypto runs the same in browsers and in Node.
 */
import { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from './code-format.js';
import { defaultPolicy, type PolicyDocument } from './policy.js';

export { CODE_ALPHABET, CODE_LENGTH, normalizeCode };

export interface RotatingCode {
  code: string;
  /** The time step the code belongs to (seconds since the epoch / step length). */
  step: number;
  /** When the next code takes over (the previous one is still accepted for one more step). */
  expiresAt: string;
}

type CodePolicy = Pick<PolicyDocument, 'attendance'>;

/** The code valid at `at` (an ISO instant or epoch milliseconds). */
export async function checkInCode(
  secret: string,
  at: string | number,
  policy: CodePolicy = defaultPolicy,
): Promise<RotatingCode> {
  const ms = toMillis(at);
  if (ms === undefined) throw new RangeError(`checkInCode: not a valid time: ${String(at)}`);
  const stepMs = policy.attendance.codeStepSeconds * 1000;
  const step = Math.floor(ms / stepMs);
  return {
    code: await codeForStep(secret, step),
    step,
    expiresAt: new Date((step + 1) * stepMs).toISOString(),
  };
}

/** True when `typed` is the code of the current or the previous time step. */
export async function verifyCheckInCode(
  secret: string,
  typed: string,
  at: string | number,
  policy: CodePolicy = defaultPolicy,
): Promise<boolean> {
  const ms = toMillis(at);
  const code = normalizeCode(typeof typed === 'string' ? typed : '');
  if (ms === undefined || code.length !== CODE_LENGTH) return false;
  const step = Math.floor(ms / (policy.attendance.codeStepSeconds * 1000));
  const [current, previous] = await Promise.all([
    codeForStep(secret, step),
    codeForStep(secret, step - 1),
  ]);
  // Evaluate both comparisons: the time taken must not tell which one matched.
  const matchesCurrent = sameCode(code, current);
  const matchesPrevious = sameCode(code, previous);
  return matchesCurrent || matchesPrevious;
}

async function codeForStep(secret: string, step: number): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  // The step as an 8-byte big-endian counter, as in TOTP (RFC 6238).
  const message = new DataView(new ArrayBuffer(8));
  message.setBigUint64(0, BigInt(step));
  const digest = new DataView(await crypto.subtle.sign('HMAC', key, message.buffer));
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    // 16 bits per character keeps the modulo bias below 0.01%.
    code += CODE_ALPHABET[digest.getUint16(i * 2) % CODE_ALPHABET.length];
  }
  return code;
}

function sameCode(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function toMillis(at: string | number): number | undefined {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  return Number.isFinite(ms) ? ms : undefined;
}
