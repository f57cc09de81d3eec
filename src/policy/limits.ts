/**
 * The largest numbers the credit input accepts. The schemas enforce them; the calculator's
 * form says them in its messages, so both read them here (this module stays tiny, so the
 * form's first load does not pull in the schemas).
 */
export const MAX_MINUTES = 525_600; // One year.
export const MAX_COUNT = 10_000_000;
export const MAX_COLLEGE_HOURS = 1000;
/** A day of content: more than this for a group program is most likely a typo. */
export const DAY_MINUTES = 1440;
