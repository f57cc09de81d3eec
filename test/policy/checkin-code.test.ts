import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkInCode,
  normalizeCode,
  verifyCheckInCode,
} from '../../src/policy/checkin-code.js';
import { defaultPolicy } from '../../src/policy/policy.js';

const secret = 'event-secret-1';
const at = '2026-03-01T09:00:10-05:00';
const stepMs = defaultPolicy.attendance.codeStepSeconds * 1000;

describe('checkInCode (ATTEND.CODE)', () => {
  it('gives six characters from the unambiguous alphabet, with its step and expiry', async () => {
    const result = await checkInCode(secret, at);
    expect(result.code).toHaveLength(CODE_LENGTH);
    for (const char of result.code) expect(CODE_ALPHABET).toContain(char);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(result.step).toBe(Math.floor(Date.parse(at) / stepMs));
    expect(result.expiresAt).toBe('2026-03-01T14:00:30.000Z');
  });

  it('is the same for the same secret and step, whether given as text or milliseconds', async () => {
    const a = await checkInCode(secret, at);
    const b = await checkInCode(secret, Date.parse('2026-03-01T14:00:29.999Z'));
    expect(b).toEqual(a);
  });

  it('changes with the step and with the secret', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      codes.add((await checkInCode(secret, Date.parse(at) + i * stepMs)).code);
    }
    expect(codes.size).toBeGreaterThan(15);
    expect((await checkInCode('other', at)).code).not.toBe((await checkInCode(secret, at)).code);
  });

  it('follows the policy step length', async () => {
    const policy = { attendance: { ...defaultPolicy.attendance, codeStepSeconds: 60 } };
    const result = await checkInCode(secret, '2026-03-01T14:00:10Z', policy);
    expect(result.expiresAt).toBe('2026-03-01T14:01:00.000Z');
    expect(await verifyCheckInCode(secret, result.code, '2026-03-01T14:01:59Z', policy)).toBe(true);
    expect(await verifyCheckInCode(secret, result.code, '2026-03-01T14:02:00Z', policy)).toBe(
      false,
    );
  });

  it('rejects a time that is not one', async () => {
    await expect(checkInCode(secret, 'yesterday')).rejects.toThrow(RangeError);
  });
});

describe('verifyCheckInCode (ATTEND.CODE)', () => {
  it('accepts the current and the previous step, not older or newer ones', async () => {
    const { code } = await checkInCode(secret, at);
    const start = Date.parse('2026-03-01T14:00:00Z');
    expect(await verifyCheckInCode(secret, code, start)).toBe(true);
    expect(await verifyCheckInCode(secret, code, start + stepMs)).toBe(true);
    expect(await verifyCheckInCode(secret, code, start + 2 * stepMs - 1)).toBe(true);
    expect(await verifyCheckInCode(secret, code, start + 2 * stepMs)).toBe(false);
    expect(await verifyCheckInCode(secret, code, start - 1)).toBe(false);
  });

  it('forgives case, spaces and dashes', async () => {
    const { code } = await checkInCode(secret, at);
    const typed = ` ${code.slice(0, 3).toLowerCase()} - ${code.slice(3)} `;
    expect(await verifyCheckInCode(secret, typed, at)).toBe(true);
  });

  it('refuses a wrong code, a wrong secret, a wrong length and a bad time', async () => {
    const { code } = await checkInCode(secret, at);
    const wrong = code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await verifyCheckInCode(secret, wrong, at)).toBe(false);
    expect(await verifyCheckInCode('other', code, at)).toBe(false);
    expect(await verifyCheckInCode(secret, code.slice(1), at)).toBe(false);
    expect(await verifyCheckInCode(secret, code, 'not a time')).toBe(false);
    expect(await verifyCheckInCode(secret, 42 as unknown as string, at)).toBe(false);
  });
});

describe('normalizeCode', () => {
  it.each([
    ['ab c-d9', 'ABCD9'],
    ['\tXY7\n', 'XY7'],
    ['', ''],
  ])('%j -> %j', (typed, expected) => {
    expect(normalizeCode(typed)).toBe(expected);
  });
});
