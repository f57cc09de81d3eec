/** The engine's reasons in Spanish: plain, second person (usted, as the widgets), figures through Intl. */
import type { ReasonMessages } from '../words.js';
import { esCredits } from './credits.js';
import { esAttendance } from './attendance.js';
import { esRefunds } from './refunds.js';
import { esRecords } from './records.js';

export { esCredits, esAttendance, esRefunds, esRecords };

/** Every reason, for the API: each widget imports only the part it shows. */
export const es: ReasonMessages = {
  ...esCredits,
  ...esAttendance,
  ...esRefunds,
  ...esRecords,
};
