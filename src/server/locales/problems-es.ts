/**
 * The API's problem details in Spanish (usted, like the widgets). Header names, field names
 * and parameters (`dateOrder=mdy`) stay as the API spells them; so does what another system
 * said (a CSV reader's words).
 */
import { localizeReason } from '../../policy/reason-text.js';
import { wordRefusal } from './lti-refusals.js';
import type { ProblemTable } from './problems-en.js';

const ENROLLMENT = { active: 'activa', cancelled: 'cancelada', refunded: 'reembolsada' };
const CERTIFICATE = { valid: 'válido', revoked: 'revocado', superseded: 'reemplazado' };
const either = (words: readonly string[]) =>
  new Intl.ListFormat('es', { type: 'disjunction' }).format(words);
const minutes = (count: number) => `${count} ${count === 1 ? 'minuto' : 'minutos'}`;

export const esProblems: ProblemTable = {
  bodyMustBeJson: () => ({
    title: 'El cuerpo debe ser JSON',
    detail: 'Envíe el cuerpo con la cabecera "Content-Type: application/json".',
  }),
  bodyTooLarge: ({ size }) => ({
    title: 'El cuerpo es demasiado grande',
    detail: `Las solicitudes tienen un límite de ${size}.`,
  }),
  bodyTooDeep: ({ depth }) => ({
    title: 'El cuerpo está anidado en demasiados niveles',
    detail: `Las listas y los objetos pueden anidarse hasta ${depth} niveles como máximo.`,
  }),
  bodyNotJson: () => ({
    title: 'El cuerpo no es JSON',
    detail: 'Envíe un objeto JSON con content-type application/json.',
  }),
  requestInvalid: () => ({
    title: 'La solicitud no es válida',
    detail: 'Corrija los campos indicados e inténtelo de nuevo.',
  }),
  idempotencyKeyReused: () => ({
    title: 'Idempotency-Key ya usada con otro cuerpo',
    detail:
      'Esta clave ya se usó para otra solicitud; use una clave nueva para cada solicitud nueva.',
  }),

  signInRequired: () => ({
    title: 'Debe iniciar sesión',
    detail: 'Envíe un token válido y vigente como "Authorization: Bearer <token>".',
  }),
  notAllowed: ({ roles }) => ({
    title: 'No permitido',
    detail: `Esto requiere el rol ${either(roles)}.`,
  }),
  learnerSignInRequired: () => ({
    title: 'Debe iniciar sesión como participante',
    detail:
      'Un presupuesto sobre una inscripción necesita el token del participante al que pertenece.',
  }),
  tooManyWrites: ({ limit, wait }) => ({
    title: 'Demasiadas solicitudes',
    detail: `Envió más de ${limit} solicitudes en un minuto. Espere ${wait} segundos e inténtelo de nuevo.`,
  }),
  tooManyFromAddress: ({ limit, wait }) => ({
    title: 'Demasiadas solicitudes',
    detail: `Esta dirección envió más de ${limit} solicitudes en un minuto. Espere ${wait} segundos.`,
  }),

  notFound: ({ path }) => ({ title: 'No encontrado', detail: `No se sirve nada en ${path}.` }),
  serverError: () => ({
    title: 'Algo salió mal',
    detail: 'El error quedó registrado; inténtelo de nuevo.',
  }),
  widgetNotFramed: ({ widget, frames }) => ({
    title: 'Widget no disponible como marco',
    detail:
      `${widget} es una herramienta para el personal del patrocinador y no se ofrece como marco. ` +
      `/embed/ sirve los widgets para participantes: ${frames}. ` +
      `Cargue /cdn/${widget}.js en la propia página del patrocinador.`,
  }),
  widgetUnknown: ({ widget, frames }) => ({
    title: 'Widget desconocido',
    detail: `No hay ningún widget llamado "${widget}" para insertar. /embed/ sirve: ${frames}.`,
  }),

  eventUnknown: () => ({ title: 'No existe ese evento', detail: 'Revise el id del evento.' }),
  checkInRefused: ({ refusal, stepSeconds, cap }) => {
    switch (refusal.cause) {
      case 'window':
        return {
          title: 'El registro de entrada está cerrado',
          detail: refusal.reason ? localizeReason(refusal.reason, 'es').message : refusal.detail,
        };
      case 'code':
        return {
          title: 'Código incorrecto o caducado',
          detail: `Escriba el código que muestra ahora la pantalla del anfitrión; cambia cada ${stepSeconds} segundos.`,
        };
      case 'checked-in':
        return {
          title: 'Su entrada ya está registrada',
          detail: 'Su entrada está registrada; registre antes su salida.',
        };
      case 'not-checked-in':
        return {
          title: 'Su entrada no está registrada',
          detail: 'Su entrada no está registrada; registre antes su entrada.',
        };
      case 'too-many':
        return {
          title: 'Demasiados registros',
          detail: `Ya registró su entrada y su salida ${cap} veces en este evento, el máximo que se guarda por persona. Pida al anfitrión que registre su asistencia.`,
        };
    }
  },
  tooManyWrongCodes: ({ minutes: count }) => ({
    title: 'Demasiados códigos incorrectos',
    detail: `El registro de entrada queda en pausa para usted durante ${minutes(count)} tras varios códigos incorrectos. Después, escriba el código que muestre en ese momento la pantalla del anfitrión.`,
  }),
  promptUnknown: () => ({
    title: 'No existe esa pregunta',
    detail: 'Este evento no lanzó esa pregunta.',
  }),
  recordUnknown: () => ({
    title: 'No existe ese registro',
    detail: 'El registro que quiere corregir no es de este evento.',
  }),
  recordCorrected: () => ({
    title: 'Ya corregido',
    detail: 'Corrija el registro más reciente que sustituyó a este.',
  }),
  attendanceUnevaluable: () => ({
    title: 'No se puede evaluar la asistencia',
    detail:
      'Los registros guardados de este evento quedan fuera de lo que aceptan las reglas de asistencia.',
  }),

  programUnknown: () => ({ title: 'No existe ese programa', detail: 'Revise el id del programa.' }),
  programMethodMismatch: ({ event, method }) => ({
    title: 'La modalidad no coincide con la de los eventos del programa',
    detail: `El evento ${event} es ${method}; un programa y sus eventos comparten una misma modalidad.`,
  }),
  programCreditsUnknown: () => ({
    title: 'No se pueden calcular los créditos del programa',
    detail:
      'Corrija los campos indicados: los créditos ofrecidos salen del contenido del programa o de sus eventos.',
  }),
  eventNotFitting: () => ({
    title: 'El evento no encaja en su programa',
    detail: 'Corrija los campos indicados.',
  }),
  programUnpublished: () => ({
    title: 'El programa no está publicado',
    detail: 'Publique el programa antes de inscribir a participantes en él.',
  }),
  orderRefTaken: () => ({
    title: 'Referencia de pedido ya usada',
    detail:
      'Ya consta una inscripción con esta referencia de pedido y otros datos; cada pedido se inscribe una sola vez.',
  }),
  eventNotInProgram: () => ({
    title: 'Ese evento no es de este programa',
    detail: 'Indique uno de los eventos del programa.',
  }),
  enrollmentUnknown: () => ({
    title: 'No existe esa inscripción',
    detail: 'Revise el id de la inscripción.',
  }),
  scoreNeedsActiveEnrollment: ({ status }) => ({
    title: `La inscripción está ${ENROLLMENT[status]}`,
    detail: 'Solo se registra la nota de un examen en una inscripción activa.',
  }),
  enrollmentsNotCsv: () => ({
    title: 'Envíe las inscripciones en CSV',
    detail: 'El cuerpo debe ser un archivo CSV con content-type text/csv.',
  }),
  enrollmentsCsvInvalid: ({ message }) => ({
    title: 'El archivo no es un CSV válido',
    detail: message,
  }),
  enrollmentsNotImported: () => ({
    title: 'No se importó nada',
    detail: 'Corrija las filas y columnas indicadas y vuelva a importar el archivo completo.',
  }),
  webhooksOff: () => ({
    title: 'Los webhooks de pedidos no están configurados',
    detail: 'Defina CPE_WEBHOOK_SECRET en el servidor para recibir pedidos firmados.',
  }),
  orderUnsigned: ({ why }) => ({
    title: 'No es un pedido firmado',
    detail: {
      format:
        'Envíe CPE-Signature: t=<segundos unix>,v1=<HMAC-SHA256 en hexadecimal de "<t>.<cuerpo>">.',
      time: 'La hora de la firma se aleja más de cinco minutos del reloj del servidor.',
      mismatch: 'La firma no corresponde al cuerpo con el secreto compartido.',
    }[why],
  }),

  refundUnknown: () => ({
    title: 'No existe esa solicitud de reembolso',
    detail: 'Revise el id de la solicitud.',
  }),
  refundNeedsActiveEnrollment: ({ status }) => ({
    title: `La inscripción está ${ENROLLMENT[status]}`,
    detail: 'Solo se puede reembolsar una inscripción activa.',
  }),
  refundAlreadyOpen: () => ({
    title: 'Ya hay una solicitud de reembolso abierta',
    detail: 'Esta inscripción tiene una solicitud pendiente de la decisión del patrocinador.',
  }),
  referenceShared: ({ ids }) => ({
    title: 'Varias solicitudes comparten esta referencia',
    detail: `Busque la solicitud por su id: ${ids.join(', ')}.`,
  }),
  refundDecided: () => ({
    title: 'Ya decidida',
    detail: 'Esta solicitud ya se aprobó o se rechazó.',
  }),

  certificateUnknown: () => ({
    title: 'No existe ese certificado',
    detail: 'Revise el id del certificado o su enlace.',
  }),
  certificateNotValid: ({ status }) => ({
    title: `El certificado está ${CERTIFICATE[status]}`,
    detail: 'Solo se puede revocar un certificado válido.',
  }),

  reportNotFile: () => ({
    title: 'Envíe el informe como archivo',
    detail:
      'Envíe el informe tal como se exportó, con content-type text/csv (o ' +
      'application/octet-stream si es un archivo UTF-16, como los de Teams y Webex).',
  }),
  reportFileEmpty: () => ({ title: 'El archivo está vacío', detail: 'Envíe el informe.' }),
  reportNotText: ({ encoding }) => ({
    title: 'El archivo no es un informe CSV',
    detail: `El archivo no es texto ${encoding.toUpperCase()} válido.`,
  }),
  reportBinary: () => ({
    title: 'El archivo no es un informe CSV',
    detail: 'El archivo contiene datos binarios, no texto.',
  }),
  reportNotCsv: ({ message }) => ({ title: 'El archivo no es un informe CSV', detail: message }),
  reportTooManyRows: ({ limit }) => ({
    title: 'El informe tiene demasiadas filas',
    detail: `Un informe puede tener como máximo ${limit.toLocaleString('es')} filas; divídalo por sesiones.`,
  }),
  reportNotOfFormat: ({ format }) => ({
    title: `Esto no es un informe ${format}`,
    detail: `El archivo no tiene las columnas de un informe ${format}; omita "format" para que se detecte el formato.`,
  }),
  reportLayoutUnknown: ({ formats }) => ({
    title: 'Formato de informe desconocido',
    detail:
      `El archivo es CSV, pero no tiene un formato que esta importación lea (${formats.join(', ')}). ` +
      'Vuelva a exportar el informe de participantes o asistentes, o use el formato genérico: una ' +
      'fila de encabezado con name, email, join y leave.',
  }),
  reportEmpty: () => ({
    title: 'El informe no incluye a nadie',
    detail:
      'El archivo tiene el formato de un informe, pero no hay filas de participantes bajo el encabezado.',
  }),
  reportTimesImpossible: () => ({
    title: 'El informe tiene horas imposibles',
    detail:
      'No se importó nada. Revise las filas indicadas, la zona horaria y el orden de las fechas, y vuelva a importar el archivo.',
  }),
  reportDatesImpossible: () => ({
    title: 'El informe tiene fechas imposibles',
    detail:
      'Algunas fechas no se pueden leer ni con el mes primero ni con el día primero (un mes 13 o un día 32).',
  }),
  reportDatesAmbiguous: ({ bothNear }) => ({
    title: 'El formato de fecha es ambiguo',
    detail:
      'Todas las fechas del archivo se pueden leer con el mes primero (3/4 = 4 de marzo) y con el día primero (3/4 = 3 de abril)' +
      (bothNear ? ', y ambas lecturas caen cerca del evento' : ', y ninguna cae cerca del evento') +
      '. Indique cuál con dateOrder=mdy o dateOrder=dmy.',
  }),
  reportRowsUnreadable: () => ({
    title: 'Algunas filas no se pueden leer',
    detail:
      'No se importó nada. Corrija las filas indicadas (o vuelva a exportar el informe) y después importe el archivo completo.',
  }),
  importUnknown: () => ({
    title: 'No existe esa importación',
    detail: 'Primero obtenga la vista previa del informe; una vista previa se guarda un día.',
  }),
  importNothingMapped: () => ({
    title: 'No se importó nada',
    detail: 'Asigne solo a las personas que figuran sin coincidencia.',
  }),

  launchExpired: () => ({
    title: 'El acceso caducó',
    detail:
      'Esta página ya se abrió, o se abrió hace demasiado tiempo. Vuelva a abrir el enlace desde el curso.',
  }),
  platformUnknown: () => ({
    title: 'No existe esa plataforma',
    detail: 'Revise el id de la plataforma.',
  }),
  platformRegistered: () => ({
    title: 'Ya registrada',
    detail: 'Ya hay una plataforma registrada con este emisor (issuer) y este client id.',
  }),
  platformRefused: ({ refusal }) => wordRefusal(refusal, 'es'),
};
