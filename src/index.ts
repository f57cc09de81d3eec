/**
 * The library entry: the element classes, the clients and the engine. Importing it defines
 * no element; import `cpe-kit/define/<element>` (or call `customElements.define`) for that.
 */
export * from './policy/index.js';
export * from './client/index.js';
// One class per widget of the registry (test/registry/registry.test.ts checks the list).
export { CpeCreditCalculator } from './components/cpe-credit-calculator/cpe-credit-calculator.js';
export { CpeAttendanceCheckIn } from './components/cpe-attendance-check-in/cpe-attendance-check-in.js';
export { CpeRefundRequest } from './components/cpe-refund-request/cpe-refund-request.js';
export { CpeRefundReview } from './components/cpe-refund-review/cpe-refund-review.js';
export { CpeProgramDetails } from './components/cpe-program-details/cpe-program-details.js';
export { CpeTranscript } from './components/cpe-transcript/cpe-transcript.js';
export { CpeCertificate } from './components/cpe-certificate/cpe-certificate.js';
