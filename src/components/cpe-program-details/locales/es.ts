/** The program card in Spanish; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import {
  creditsTable,
  deliveryMethods,
  failureNotice,
  unreachable,
} from '../../shared/locales/es.js';

export const catalog: Catalog = {
  ...creditsTable,
  ...deliveryMethods,
  ...failureNotice,
  ...unreachable,
  'Program details': 'Detalles del programa',
  'A preview on this page: not read from the sponsor’s records.':
    'Una vista previa en esta página: no procede de los registros del patrocinador.',
  'Loading…': 'Cargando…',
  'Set program-id to show a program.': 'Indique program-id para mostrar un programa.',
  'Set the program property to show a program.':
    'Indique la propiedad program para mostrar un programa.',
  'This program is not available.': 'Este programa no está disponible.',
  'This program could not be shown: {why}': 'No se pudo mostrar este programa: {why}',
  'Self-study course': 'Curso de autoestudio',
  'Live event or webinar': 'Evento en directo o seminario web',
  Conference: 'Congreso',
  Basic: 'Básico',
  Intermediate: 'Intermedio',
  Advanced: 'Avanzado',
  Update: 'Actualización',
  Overview: 'Visión general',
  '{count} days': { one: '{count} día', other: '{count} días' },
  'an exchange for a course of equal value': 'un cambio por un curso del mismo valor',
  'a refund of the price less a {fee} processing fee':
    'el reembolso del precio menos una comisión de gestión del {fee}',
  'a full refund': 'el reembolso completo',
  'If something out of the ordinary kept you from it, ask anyway: a person at the sponsor reviews your request.':
    'Si algo fuera de lo normal se lo impidió, solicítelo de todos modos: una persona del patrocinador revisa su solicitud.',
  'You can ask for {what} within {days} of buying this course, as long as you have not taken its final test.':
    'Puede solicitar {what} dentro de un plazo de {days} desde la compra de este curso, siempre que no haya hecho su examen final.',
  'After that, or once you have taken the test, no exchange is given.':
    'Pasado ese plazo, o una vez hecho el examen, no hay cambio.',
  'After that, or once you have taken the test, no refund is given.':
    'Pasado ese plazo, o una vez hecho el examen, no hay reembolso.',
  'You can cancel for {what} by writing to the sponsor at least {days} before the event (in the event’s time zone).':
    'Puede cancelar y obtener {what} si escribe al patrocinador al menos {days} antes del evento (en la zona horaria del evento).',
  'The exchange is arranged within {days} after the event. Later, or if you do not attend, no exchange is given.':
    'El cambio se gestiona en un plazo de {days} después del evento. Más tarde, o si no asiste, no hay cambio.',
  'The money is paid within {days} after the event. Later, or if you do not attend, no refund is given.':
    'El dinero se abona en un plazo de {days} después del evento. Más tarde, o si no asiste, no hay reembolso.',
  'The conference has its own refund and cancellation policy.':
    'El congreso tiene su propia política de reembolsos y cancelaciones.',
  'Your time: {time}': 'Su hora: {time}',
  'Self-paced: start whenever you like.': 'A su ritmo: empiece cuando quiera.',
  'The sponsor announces the dates with your enrollment.':
    'El patrocinador comunica las fechas con su inscripción.',
  'Credits by field of study': 'Créditos por área de conocimiento',
  'Read the conference policy': 'Leer la política del congreso',
  'Questions or complaints go to {name}, by phone at {phone}, or by mail: {mail}.':
    'Dirija sus preguntas o quejas a {name}, por teléfono al {phone}, o por correo postal: {mail}.',
  ' or ': ' o ',
  'Questions or complaints go to {name} or by mail: {mail}.':
    'Dirija sus preguntas o quejas a {name} o por correo postal: {mail}.',
  'Complaints about a registered sponsor can also go to NASBA’s':
    'Las quejas sobre un patrocinador registrado también pueden dirigirse al registro de NASBA,',
  'National Registry of CPE Sponsors': 'National Registry of CPE Sponsors',
  None: 'No hay',
  '{state} sponsor id {id}.': 'Identificador de patrocinador en {state}: {id}.',
  'Learning objectives': 'Objetivos de aprendizaje',
  'Delivery method': 'Modalidad',
  'Knowledge level': 'Nivel de conocimientos',
  Product: 'Producto',
  Price: 'Precio',
  Prerequisites: 'Requisitos previos',
  'Advance preparation': 'Preparación previa',
  'Attendance requirements': 'Requisitos de asistencia',
  Location: 'Lugar',
  Online: 'En línea',
  'Time zone': 'Zona horaria',
  Instructors: 'Instructores',
  'None listed': 'Ninguno indicado',
  Sessions: 'Sesiones',
  'Refunds and cancellations': 'Reembolsos y cancelaciones',
  Complaints: 'Quejas',
  '{name} is registered with NASBA as a sponsor of continuing professional education, sponsor id {id}.':
    '{name} está registrado en NASBA como patrocinador de formación profesional continua, con el identificador de patrocinador {id}.',
  'Credits are granted on the basis of a {minutes}-minute hour.':
    'Los créditos se conceden sobre la base de una hora de {minutes} minutos.',
  'State boards of accountancy have final authority on the acceptance of CPE credits.':
    'Las juntas estatales de contabilidad tienen la última palabra sobre la aceptación de los créditos CPE.',
  'Program version {version}; credits worked out under policy {creditPolicy}; refund and complaint terms under policy {policy}.':
    'Versión {version} del programa; créditos calculados según la política {creditPolicy}; condiciones de reembolso y de quejas según la política {policy}.',
};
