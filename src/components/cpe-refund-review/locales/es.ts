/** The refund review queue in Spanish; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { refundLabels } from '../../shared/locales/refund-labels-es.js';
import { unreachable } from '../../shared/locales/es.js';

export const catalog: Catalog = {
  ...refundLabels,
  ...unreachable,
  'Write a note: it goes into the audit trail.':
    'Escriba una nota: queda en el registro de auditoría.',
  'Request {id} approved.': 'Solicitud {id} aprobada.',
  'Request {id} denied.': 'Solicitud {id} denegada.',
  'Refund requests': 'Solicitudes de reembolso',
  'Loading…': 'Cargando…',
  Refresh: 'Actualizar',
  'Reviewing requests needs the sponsor’s policy API: set':
    'Para revisar solicitudes hace falta la API de la política del patrocinador: indique',
  'and an admin token.': 'y un token de administrador.',
  'Something went wrong. Try again.': 'Algo ha fallado. Vuelva a intentarlo.',
  'Try again': 'Volver a intentarlo',
  'Loading the requests…': 'Cargando las solicitudes…',
  'No refund requests yet.': 'Todavía no hay solicitudes de reembolso.',
  All: 'Todas',
  'Waiting for a decision': 'Pendientes de decisión',
  Decided: 'Decididas',
  'Self-study course': 'Curso de autoestudio',
  'Live event': 'Evento en directo',
  Conference: 'Congreso',
  'submitted by {who}': 'enviada por {who}',
  'approved by {who}': 'aprobada por {who}',
  'denied by {who}': 'denegada por {who}',
  '{action} by {who}': '{action} por {who}',
  Show: 'Mostrar',
  'Nothing is waiting for a decision.': 'No hay nada pendiente de decisión.',
  'No decisions yet.': 'Todavía no hay decisiones.',
  Status: 'Estado',
  'Rules say': 'Según las reglas',
  Learner: 'Participante',
  Received: 'Recibida',
  Paid: 'Pagado',
  Policy: 'Política',
  'Learner wrote:': 'El participante escribió:',
  'Why the rules say so': 'Por qué lo dicen las reglas',
  'Audit trail': 'Registro de auditoría',
  'Note for the record': 'Nota para el registro',
  Approve: 'Aprobar',
  'Denying…': 'Denegando…',
  Deny: 'Denegar',
  'Approve the request of {learner} ({outcome})? An approval cannot be undone.':
    '¿Aprobar la solicitud de {learner} ({outcome})? Una aprobación no se puede deshacer.',
  'Approving…': 'Aprobando…',
  'Yes, approve': 'Sí, aprobar',
  Cancel: 'Cancelar',
  'Only a signed-in administrator can review refund requests.':
    'Solo un administrador con sesión iniciada puede revisar las solicitudes de reembolso.',
};
