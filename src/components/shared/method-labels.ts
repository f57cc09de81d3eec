/** Each delivery method's name, as a person reads it (its own module: only a few pages need it). */
import type { DeliveryMethod } from '../../policy/schemas.js';

export const deliveryMethodLabels: Record<DeliveryMethod, string> = {
  'group-live': 'Group live',
  'group-internet': 'Group internet (live webinar)',
  blended: 'Blended',
  'self-study': 'Self study',
  nano: 'Nano learning',
  'recorded-webinar': 'Recorded webinar',
  college: 'College course',
};
