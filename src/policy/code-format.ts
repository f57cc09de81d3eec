/**
 * How a check-in code looks, apart from how it is made (checkin-code.ts): the attendance
 * widget checks what a learner types with these before its first render, without the policy.
 */

/** No 0/O, 1/I/L: a code read off a projector must not be mistyped. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** What a learner typed, as the code would print: upper case, no spaces or dashes. */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}
