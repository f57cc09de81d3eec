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
  'You are already checked in; check out when you leave.':
    'Su entrada ya está registrada; registre su salida al irse.',
  'You are not checked in; check in first.':
    'Su entrada no está registrada; registre primero su entrada.',
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
};
