/** Registers `<cpe-attendance-check-in>`; safe to import more than once. */
import {
  CpeAttendanceCheckIn,
  type AttendanceChangedDetail,
  type CheckedDetail,
} from './cpe-attendance-check-in.js';

if (!customElements.get('cpe-attendance-check-in')) {
  customElements.define('cpe-attendance-check-in', CpeAttendanceCheckIn);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-attendance-check-in': CpeAttendanceCheckIn;
  }
  interface HTMLElementEventMap {
    'cpe-checked-in': CustomEvent<CheckedDetail>;
    'cpe-checked-out': CustomEvent<CheckedDetail>;
    'cpe-attendance-changed': CustomEvent<AttendanceChangedDetail>;
  }
}

export { CpeAttendanceCheckIn };
