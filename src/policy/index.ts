/** The policy engine: pure decisions, the shared schemas and the policy presets. */
export { computeCredits, requiredQuestions } from './credits.js';
export { evaluateAttendance, checkInWindow, decideCheckIn, engineEvent } from './attendance.js';
export type {
  CheckInAttempt,
  CheckInDecision,
  CheckInRefusal,
  CheckInWindow,
} from './attendance.js';
export { evaluateRefund } from './refunds.js';
export { evaluateRequirement } from './requirement.js';
export {
  checkInCode,
  verifyCheckInCode,
  normalizeCode,
  CODE_ALPHABET,
  CODE_LENGTH,
} from './checkin-code.js';
export type { RotatingCode } from './checkin-code.js';
export { RULE, type RuleId } from './reasons.js';
export * from './schemas.js';
export * from './policy.js';
export * from './programs.js';
export * from './enrollments.js';
export * from './certificates.js';
export * from './locale.js';
export { localizeReason, localizeReasons, localizeReasonWith } from './reason-text.js';
export type { Forms, ReasonMessages, Sentence, Words } from './reason-messages/words.js';
