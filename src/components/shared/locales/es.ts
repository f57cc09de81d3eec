/**
 * The shared modules' sentences in Spanish, one catalog per module: each widget spreads the
 * ones it uses into its own, so its catalog holds exactly the sentences it shows.
 */
import type { Catalog } from '../locale-controller.js';

export const deliveryMethods: Catalog = {
  'Group live': 'Presencial en grupo',
  'Group internet (live webinar)': 'En grupo por internet (seminario web en directo)',
  Blended: 'Mixta',
  'Self study': 'Autoestudio',
  'Nano learning': 'Nanoaprendizaje',
  'Recorded webinar': 'Seminario web grabado',
  'College course': 'Curso universitario',
};

export const creditsTable: Catalog = {
  'Field of study': 'Área de conocimiento',
  Credits: 'Créditos',
  'Total (NASBA)': 'Total (NASBA)',
  'Total (ICMA)': 'Total (ICMA)',
  'Ethics (ICMA)': 'Ética (ICMA)',
};

export const failureNotice: Catalog = {
  Retry: 'Reintentar',
  'Something went wrong. Try again.': 'Algo ha fallado. Vuelva a intentarlo.',
};

export const unreachable: Catalog = {
  'The sponsor’s server did not answer this page: it may not allow this site yet, or the connection is down. Try again in a moment; if it keeps happening, tell the organiser.':
    'El servidor del patrocinador no respondió a esta página: puede que aún no admita este sitio o que la conexión no funcione. Vuelva a intentarlo en un momento; si sigue ocurriendo, avise al organizador.',
};
