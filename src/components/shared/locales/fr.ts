/**
 * The shared modules' sentences in French, one catalog per module: each widget spreads the
 * ones it uses into its own, so its catalog holds exactly the sentences it shows.
 */
import type { Catalog } from '../locale-controller.js';

export const deliveryMethods: Catalog = {
  'Group live': 'En groupe, en présentiel',
  'Group internet (live webinar)': 'En groupe sur Internet (webinaire en direct)',
  Blended: 'Mixte',
  'Self study': 'Autoformation',
  'Nano learning': 'Nano-apprentissage',
  'Recorded webinar': 'Webinaire enregistré',
  'College course': 'Cours universitaire',
};

export const creditsTable: Catalog = {
  'Field of study': 'Domaine d’études',
  Credits: 'Crédits',
  'Total (NASBA)': 'Total (NASBA)',
  'Total (ICMA)': 'Total (ICMA)',
  'Ethics (ICMA)': 'Éthique (ICMA)',
};

export const failureNotice: Catalog = {
  Retry: 'Réessayer',
  'Something went wrong. Try again.': 'Un problème est survenu. Réessayez.',
};

export const unreachable: Catalog = {
  'The sponsor’s server did not answer this page: it may not allow this site yet, or the connection is down. Try again in a moment; if it keeps happening, tell the organiser.':
    'Le serveur de l’organisme n’a pas répondu à cette page\u00a0: il n’autorise peut-être pas encore ce site, ou la connexion est coupée. Réessayez dans un instant\u00a0; si cela continue, prévenez l’organisateur.',
};
