/**
 * The attendance check-in's host screens in Spanish (the code, the roster, prompts, imports):
 * loaded with the host's chunk, so a learner never downloads them.
 */
import type { Catalog } from '../../shared/locale-controller.js';

export const catalog: Catalog = {
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
  Left: 'Ha salido',
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
  // Flags
  'no record': 'sin registro',
  late: 'llegada tardía',
  'left early': 'salida anticipada',
  'no check-out': 'sin registro de salida',
  'too few prompts answered': 'pocas preguntas respondidas',
  'too few prompts issued': 'pocas preguntas planteadas',
  'too few interactions': 'pocas interacciones',
  'records not evaluated': 'registros sin evaluar',
  'shared address': 'dirección compartida',
  rejoined: 'volvió a conectarse',
  'overlapping connections': 'conexiones superpuestas',
  'no email': 'sin correo electrónico',
  'stays merged by the platform': 'conexiones fusionadas por la plataforma',
};
