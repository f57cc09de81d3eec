/** The certificate PDF and the verify page in Spanish: plain, second person (usted, as the widgets). */
import type { DeliveryMethod } from '../../policy/schemas.js';
import type { Messages } from './en.js';

const METHODS: Record<DeliveryMethod, string> = {
  'group-live': 'Presencial en grupo',
  'group-internet': 'En grupo por internet (seminario web en directo)',
  blended: 'Mixta',
  'self-study': 'Autoestudio',
  nano: 'Nanoaprendizaje',
  'recorded-webinar': 'Seminario web grabado',
  college: 'Curso universitario',
};

export const es: Messages = {
  certificate: {
    documentTitle: (program) => `Certificado de finalización: ${program}`,
    documentSubject: (id, learner) => `Certificado CPE ${id} de ${learner}`,
    heading: 'Certificado de finalización',
    certifies: (sponsor) => `${sponsor} certifica que`,
    completed: 'ha completado el programa',
    dateCompleted: (date) => `Fecha de finalización: ${date}`,
    deliveryMethod: (method) => `Modalidad: ${METHODS[method]}`,
    location: (place) => `Lugar: ${place}`,
    fieldOfStudy: 'Área de conocimiento',
    credits: 'Créditos CPE',
    totalNasba: 'Total de créditos CPE de NASBA',
    icma: 'Créditos CPE de ICMA',
    nasbaSponsorId: (id) => `Identificador de patrocinador NASBA ${id}`,
    stateSponsorIds: (states) => `Números de patrocinador estatales: ${states}`,
    creditStatement: (unitMinutes) =>
      `Los créditos CPE se otorgan sobre la base de una hora de ${unitMinutes} minutos: ` +
      `un crédito equivale a ${unitMinutes} minutos de contenido computable, tanto para NASBA como para ICMA. ` +
      'Las juntas estatales de contabilidad (state boards of accountancy) deciden en última instancia si aceptan cada curso para créditos CPE.',
    verifiedBy: (name, title) => `Verificado por ${name}, ${title}`,
    certificateId: (id) => `Identificador del certificado: ${id}`,
    verifyAt: (url) => `Verifíquelo en ${url}`,
    qrAlt: (url) => `Código QR del enlace de verificación ${url}`,
    revoked: (on, reason) => `REVOCADO${on ? ` el ${on}` : ''}: ${reason ?? 'sin motivo indicado'}`,
    superseded: (by) =>
      `SUSTITUIDO por el certificado ${by}, emitido de nuevo con los créditos corregidos`,
  },
  verify: {
    verdicts: {
      valid: {
        heading: 'Certificado válido',
        text: 'Este certificado consta en los registros y es válido.',
      },
      revoked: {
        heading: 'Certificado revocado',
        text: 'Este certificado se emitió, pero el patrocinador lo revocó. Ya no tiene validez.',
      },
      superseded: {
        heading: 'Certificado sustituido',
        text: 'Este certificado se sustituyó por uno corregido. Pida al participante el certificado vigente.',
      },
      unknown: {
        heading: 'Certificado desconocido',
        text: 'No consta ningún certificado con este identificador. Revise el enlace o el identificador que figura en el certificado.',
      },
    },
    participant: 'Participante',
    program: 'Programa',
    completed: 'Finalizado',
    credits: 'Créditos CPE',
    creditFigures: (nasba, icma) => `${nasba} NASBA, ${icma} ICMA`,
    footer: (sponsor) => `Certificados de ${sponsor}, comprobados con sus registros.`,
  },
  launch: {
    signingIn: 'Iniciando su sesión…',
    notConfirmed: 'No se pudo confirmar el inicio de sesión: {error}',
    signInFailed: 'No se pudo iniciar la sesión',
    openAgain: 'Vuelva a abrir el enlace desde el curso.',
    rosterHeading: 'En el curso, sin registro de entrada',
    rosterRefresh: 'Actualizar la lista del curso',
    rosterLoading: 'Cargando la lista del curso…',
    rosterUnreadable: 'No se pudo leer la lista del curso.',
    rosterCount: {
      one: '{count} de {members} miembros del curso no ha registrado su entrada.',
      other: '{count} de {members} miembros del curso no han registrado su entrada.',
    },
  },
  lti: {
    launchTitle: (widget, course) => `${widget}: ${course}`,
    signingInTitle: 'Inicio de sesión',
    pickerHeading: 'Añadir un widget de CPE Kit',
    widget: 'Widget',
    title: 'Título en el curso',
    titlePlaceholder: 'El nombre del widget',
    event: 'Evento',
    chooseEvent: 'Elija un evento',
    program: 'Programa',
    chooseProgram: 'Elija un programa',
    method: 'Modalidad',
    anyMethod: 'Cualquiera',
    add: 'Añadir al curso',
    preview: 'Vista previa',
    previewNeedsEvent: 'Elija un evento para ver la vista previa.',
    previewNeedsProgram: 'Elija un programa para ver la vista previa.',
    adding: 'Añadiendo al curso',
    continue: 'Continuar',
    gradebookColumn: (event) => `${event} (créditos CPE)`,
    registeredTitle: 'Registro completado',
    registeredHeading: (platform) => `CPE Kit está registrado en ${platform}`,
    registeredText: 'Un administrador de CPE Kit activa el registro antes del primer inicio.',
  },
  methods: METHODS,
  widgets: {
    'cpe-credit-calculator': {
      title: 'Calculadora de créditos',
      summary:
        'Cuántos créditos NASBA e ICMA otorga un programa, para cada modalidad, con el motivo de cada redondeo.',
    },
    'cpe-attendance-check-in': {
      title: 'Registro de asistencia',
      summary:
        'Los participantes registran su entrada y su salida con el código cambiante que muestra el anfitrión; el anfitrión ve el código, la lista de asistencia en directo y una exportación CSV.',
    },
    'cpe-refund-request': {
      title: 'Solicitud de reembolso',
      summary:
        'El participante ve al instante si se le reembolsaría, cuánto y por qué, y luego presenta una solicitud por escrito y recibe un comprobante.',
    },
    'cpe-refund-review': {
      title: 'Revisión de reembolsos (administración)',
      summary:
        'El patrocinador revisa las solicitudes de reembolso por escrito y aprueba o rechaza cada una con una nota.',
    },
    'cpe-program-details': {
      title: 'Detalles del programa',
      summary:
        'Lo que un participante lee antes de inscribirse: objetivos, créditos por área de conocimiento, sesiones, precio, políticas de reembolso y de reclamaciones, identificadores del patrocinador.',
    },
    'cpe-transcript': {
      title: 'Historial de CPE',
      summary:
        'Los certificados del participante por año, sus créditos por área de conocimiento y el requisito anual de ICMA, con lo que aún falta y para cuándo.',
    },
    'cpe-certificate': {
      title: 'Certificado',
      summary:
        'El certificado de finalización del participante para un programa: verlo, descargar el PDF y la credencial, copiar el enlace de verificación o ver lo que aún falta.',
    },
  },
};
