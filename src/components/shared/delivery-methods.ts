import type { DeliveryMethod } from '../../policy/schemas.js';
import type { Translate } from './locale-controller.js';

/** The delivery methods in the Standards' words: the calculator's menu, a certificate, a program. */
export const deliveryMethodNames = (t: Translate): Record<DeliveryMethod, string> => ({
  'group-live': t('Group live'),
  'group-internet': t('Group internet (live webinar)'),
  blended: t('Blended'),
  'self-study': t('Self study'),
  nano: t('Nano learning'),
  'recorded-webinar': t('Recorded webinar'),
  college: t('College course'),
});
