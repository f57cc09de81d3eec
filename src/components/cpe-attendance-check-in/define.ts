import { CpeAttendanceCheckIn } from './cpe-attendance-check-in.js';

export { CpeAttendanceCheckIn };

// Idempotent: a page may load the bundle and the package both.
if (!customElements.get('cpe-attendance-check-in')) {
  customElements.define('cpe-attendance-check-in', CpeAttendanceCheckIn);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-attendance-check-in': CpeAttendanceCheckIn;
  }
}
