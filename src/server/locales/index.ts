/** The server's message tables by locale (the certificate PDF and the verify page). */
import type { Locale } from '../../policy/locale.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Messages };

const tables: Record<Locale, Messages> = { en, es, fr };

export const messagesFor = (locale: Locale): Messages => tables[locale];
