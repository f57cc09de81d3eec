/**
 * A reason the widget's own engine rules gave (the transcript's requirement), in the widget's
 * language, worded from its params by the table its language chunk brought. Reasons in a
 * client's answers come worded already. Imported by the lazy chunks only.
 */
import { localizeReasonWith } from '../../policy/reason-messages/localize.js';
import type { Reason } from '../../policy/schemas.js';
import type { Words } from './locale-controller.js';

/** The reason's sentence; the English one when no table (or no sentence) is there. */
export const reasonText = ({ locale, reasons }: Words, reason: Reason): string =>
  reasons ? localizeReasonWith(reasons, reason, locale).message : reason.message;
