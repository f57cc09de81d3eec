import type { DeliveryMethod } from '../../policy/schemas.js';

/** Each delivery method as a learner reads it (the disclosure card, the certificate). */
export const methodLabels: Record<DeliveryMethod, string> = {
  'group-live': 'Group live',
  'group-internet': 'Group internet (live webinar)',
  blended: 'Blended',
  'self-study': 'Self study',
  nano: 'Nano learning',
  'recorded-webinar': 'Recorded webinar',
  college: 'College course',
};
