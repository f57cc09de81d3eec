/** The engine’s reasons in French: plain, second person (vous), figures through Intl. */
import type { ReasonMessages } from '../words.js';
import { frCredits } from './credits.js';
import { frAttendance } from './attendance.js';
import { frRefunds } from './refunds.js';
import { frRecords } from './records.js';

export { frCredits, frAttendance, frRefunds, frRecords };

/** Every reason, for the API: each widget imports only the part it shows. */
export const fr: ReasonMessages = {
  ...frCredits,
  ...frAttendance,
  ...frRefunds,
  ...frRecords,
};
