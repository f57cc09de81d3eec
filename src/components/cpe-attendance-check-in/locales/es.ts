/** The attendance check-in in Spanish; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { unreachable } from '../../shared/locales/es.js';

export const catalog: Catalog = {
  ...unreachable,
  // The element and the event
  'No event': 'Sin evento',
  'Set the event-id attribute to the event’s id.':
    'Indique en el atributo event-id el identificador del evento.',
  'Loading the event…': 'Cargando el evento…',
  'The event could not be loaded.': 'No se pudo cargar el evento.',
  Retry: 'Reintentar',
  'Demo: not an official record.': 'Demostración: no es un registro oficial.',
  'Check-ins are kept in this browser only; the sponsor has no record of them.':
    'Los registros de asistencia se guardan solo en este navegador; el patrocinador no tiene constancia de ellos.',
  'The host’s code right now is': 'El código del anfitrión en este momento es',
  'You seem to be offline. What you send is kept on this device and sent when the connection returns.':
    'Parece que no tiene conexión. Lo que envíe se guarda en este dispositivo y se envía cuando vuelva la conexión.',
  'Getting the code…': 'Obteniendo el código…',
  '(your time: {here})': '(su hora: {here})',
  // The learner
  'The code has {length} letters and digits; it is on the host’s screen.':
    'El código tiene {length} letras y cifras; está en la pantalla del anfitrión.',
  'You are checked in.': 'Su entrada está registrada.',
  'You are checked out.': 'Su salida está registrada.',
  'The code you typed offline has expired by now. Type the code on the host’s screen.':
    'El código que introdujo sin conexión ya ha caducado. Introduzca el código de la pantalla del anfitrión.',
  'That code is wrong or has expired. Type the code on the host’s screen now.':
    'Ese código es incorrecto o ha caducado. Introduzca el código que muestra ahora la pantalla del anfitrión.',
  'Your answer is on record.': 'Su respuesta está registrada.',
  'Your answer could not be sent: you seem to be offline. Send it again when you are back.':
    'No se pudo enviar su respuesta: parece que no tiene conexión. Vuelva a enviarla cuando la recupere.',
  'Check out': 'Registrar salida',
  'Check in again': 'Registrar entrada de nuevo',
  'Check in': 'Registrar entrada',
  'Your check-out is saved on this device and will be sent when you are back online.':
    'Su salida está guardada en este dispositivo y se enviará cuando vuelva a tener conexión.',
  'Your check-in is saved on this device and will be sent when you are back online.':
    'Su entrada está guardada en este dispositivo y se enviará cuando vuelva a tener conexión.',
  'Check-in code': 'Código de entrada',
  'Check-out code': 'Código de salida',
  'The {length} characters on the host’s screen. Case and spaces do not matter.':
    'Los {length} caracteres de la pantalla del anfitrión. No importan las mayúsculas ni los espacios.',
  'Sending…': 'Enviando…',
  'Not checked in': 'Entrada no registrada',
  'Checked in since {time}': 'Entrada registrada desde {time}',
  'Checked out at {time}': 'Salida registrada: {time}',
  'Credit earned so far': 'Créditos obtenidos hasta ahora',
  'NASBA {nasba} · ICMA {icma} · {attended} attended':
    'NASBA {nasba} · ICMA {icma} · {attended} de asistencia',
  'Your credit appears here once the event has your records.':
    'Sus créditos aparecen aquí cuando el evento tenga sus registros.',
  'Your attendance timeline': 'Cronología de su asistencia',
  'You answered {answered} of {count} prompts issued.': {
    one: 'Ha respondido {answered} de {count} pregunta planteada.',
    other: 'Ha respondido {answered} de {count} preguntas planteadas.',
  },
  'Missed prompts:': 'Preguntas perdidas:',
  'Send answer': 'Enviar respuesta',
  'Ask the host if you believe you attended.': 'Consulte al anfitrión si cree que asistió.',
  'You are not signed in for this event. Reopen the course page and try again.':
    'No ha iniciado sesión para este evento. Vuelva a abrir la página del curso e inténtelo de nuevo.',
  'That did not work: {text}': 'No funcionó: {text}',
  // The timeline
  none: 'ninguna',
  'Check-in opens: {times}': 'Apertura del registro: {times}',
  'Session: {times}': 'Sesión: {times}',
  'Break, not counted: {times}': 'Pausa, no computable: {times}',
  'Prompts answered: {times}': 'Preguntas respondidas: {times}',
  'Prompts not answered: {times}': 'Preguntas sin responder: {times}',
  'You were present: {times}': 'Usted estuvo presente: {times}',
  'You have not checked in.': 'No ha registrado su entrada.',
  '{who} was present: {times}': '{who} estuvo presente: {times}',
  '{who} has not checked in.': '{who} no ha registrado su entrada.',
  // The host
  'Prompt issued.': 'Pregunta planteada.',
  'QR code: opens the check-in page with code {code}':
    'Código QR: abre la página de registro con el código {code}',
  'New code in {seconds} s': 'Nuevo código en {seconds} s',
  'New check-in code: {code}': 'Nuevo código de entrada: {code}',
  'Exit full screen': 'Salir de pantalla completa',
  'Full screen': 'Pantalla completa',
  "{who}'s attendance timeline": 'Cronología de la asistencia de {who}',
  Timeline: 'Cronología',
  'of {who}': 'de {who}',
  Status: 'Estado',
  In: 'Entrada',
  Out: 'Salida',
  Attended: 'Asistencia',
  Credits: 'Créditos',
  Prompts: 'Preguntas',
  Flags: 'Avisos',
  Roster: 'Lista de asistencia',
  Present: 'Presente',
  'Late arrivals': 'Llegadas tarde',
  'Early leavers': 'Salidas anticipadas',
  'Missing check-outs': 'Salidas sin registrar',
  'Prompts answered': 'Preguntas respondidas',
  '{answered} of {issued}': '{answered} de {issued}',
  'Roster table': 'Tabla de la lista de asistencia',
  Learner: 'Participante',
  Left: 'Se fue',
  Absent: 'Ausente',
  'Nobody has checked in yet.': 'Nadie ha registrado su entrada todavía.',
  'Download CSV for the audit file': 'Descargar el CSV para el expediente de auditoría',
  'Engagement prompts': 'Preguntas de participación',
  'The policy asks for a minimum number of prompts per credit offered, and learners must answer most of those issued while they are present to earn credit.':
    'La política exige un número mínimo de preguntas por crédito ofrecido, y los participantes deben responder la mayoría de las planteadas mientras están presentes para obtener créditos.',
  'Question or codeword request': 'Pregunta o solicitud de palabra clave',
  'Choices (optional)': 'Opciones (opcional)',
  'Separate choices with commas; leave empty for a typed answer.':
    'Separe las opciones con comas; déjelo vacío para una respuesta escrita.',
  'Issue prompt now': 'Plantear la pregunta ahora',
  '{count} prompts issued.': {
    one: '{count} pregunta planteada.',
    other: '{count} preguntas planteadas.',
  },
  // Importing a report
  'No file yet': 'Todavía no hay archivo',
  'Choose the report first.': 'Elija primero el informe.',
  'The report could not be read': 'No se pudo leer el informe',
  'Zoom meeting participants': 'participantes de reunión de Zoom',
  'Zoom webinar attendees': 'asistentes a seminario web de Zoom',
  'Zoom poll': 'encuesta de Zoom',
  'Microsoft Teams attendance': 'asistencia de Microsoft Teams',
  'Webex attendees': 'asistentes de Webex',
  'GoTo Webinar attendees': 'asistentes de GoTo Webinar',
  'generic CSV': 'CSV genérico',
  'Import a report': 'Importar un informe',
  'A Zoom, Teams, Webex or GoTo Webinar report (participants, attendees or polls), or the generic CSV, exactly as exported. You see what would be stored before anything is.':
    'Un informe de Zoom, Teams, Webex o GoTo Webinar (participantes, asistentes o encuestas), o el CSV genérico, tal como se exportó. Verá lo que se guardaría antes de guardar nada.',
  'Report file': 'Archivo del informe',
  'Chosen: {file}.': 'Elegido: {file}.',
  'Choose the file, or drop it here.': 'Elija el archivo o suéltelo aquí.',
  'Time zone of the report’s times': 'Zona horaria de las horas del informe',
  'Zoom prints times in the account’s zone and Teams in yours; neither says which.':
    'Zoom escribe las horas en la zona de la cuenta y Teams en la suya; ninguno dice cuál.',
  'Date order': 'Orden de las fechas',
  Automatic: 'Automático',
  'Month first (3/14/2026)': 'Primero el mes (3/14/2026)',
  'Day first (14/3/2026)': 'Primero el día (14/3/2026)',
  'Automatic reads it from the file’s dates, or the event’s; it never guesses, and an ambiguous file asks you.':
    'En automático se lee de las fechas del archivo, o de las del evento; nunca se adivina, y con un archivo ambiguo se le pregunta a usted.',
  'Keep organizer, host, presenter and panelist rows':
    'Conservar las filas de organizadores, anfitriones, presentadores y panelistas',
  'Reading the report…': 'Leyendo el informe…',
  Preview: 'Vista previa',
  Imported: 'Importado',
  '{count} learners’ attendance from the {format} report is on record.': {
    one: 'La asistencia de {count} participante según el informe de {format} está registrada.',
    other: 'La asistencia de {count} participantes según el informe de {format} está registrada.',
  },
  '…and {more} more.': '…y {more} más.',
  'Row {row}, {field}: {message}': 'Fila {row}, {field}: {message}',
  'Row {row}: {message}': 'Fila {row}: {message}',
  Answers: 'Respuestas',
  'Preview: {format} report': 'Vista previa: informe de {format}',
  '{count} people; {staff} host rows left out; dates read month first, times in {zone}. Nothing is stored until you import.':
    {
      one: '{count} persona; filas de organización omitidas: {staff}; fechas leídas con el mes primero, horas en {zone}. No se guarda nada hasta que importe.',
      other:
        '{count} personas; filas de organización omitidas: {staff}; fechas leídas con el mes primero, horas en {zone}. No se guarda nada hasta que importe.',
    },
  '{count} people; {staff} host rows left out; dates read day first, times in {zone}. Nothing is stored until you import.':
    {
      one: '{count} persona; filas de organización omitidas: {staff}; fechas leídas con el día primero, horas en {zone}. No se guarda nada hasta que importe.',
      other:
        '{count} personas; filas de organización omitidas: {staff}; fechas leídas con el día primero, horas en {zone}. No se guarda nada hasta que importe.',
    },
  'Import preview': 'Vista previa de la importación',
  Person: 'Persona',
  Unmatched: 'Sin asociar',
  'Unmatched people': 'Personas sin asociar',
  'No enrollment has their email. Type the learner id to record them under (an enrolled learner’s, or a new one), or leave it empty to leave them out.':
    'Ninguna inscripción tiene su correo electrónico. Introduzca el identificador de participante con el que registrarlos (el de un inscrito o uno nuevo), o déjelo vacío para omitirlos.',
  '{name} ({email}), row {row}': '{name} ({email}), fila {row}',
  '{name}, row {row}': '{name}, fila {row}',
  'Importing…': 'Importando…',
  'Import these records': 'Importar estos registros',
};
