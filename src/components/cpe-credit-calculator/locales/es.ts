/** The credit calculator in Spanish; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { deliveryMethods } from '../../shared/locales/es.js';

export const catalog: Catalog = {
  ...deliveryMethods,
  Minutes: 'Minutos',
  'Pilot-test minutes': 'Minutos de la prueba piloto',
  Words: 'Palabras',
  'Audio and video minutes': 'Minutos de audio y vídeo',
  'Review questions': 'Preguntas de repaso',
  'Final exam questions': 'Preguntas del examen final',
  'Exercise questions': 'Preguntas de ejercicios',
  'Semester hours': 'Horas semestrales',
  'Quarter hours': 'Horas trimestrales',
  Segments: 'Segmentos',
  'Segment {n}': 'Segmento {n}',
  'Remove segment {n}': 'Quitar el segmento {n}',
  'Add segment': 'Añadir un segmento',
  'Breaks, meals and housekeeping': 'Pausas, comidas y avisos organizativos',
  'Break {n}': 'Pausa {n}',
  'Remove break {n}': 'Quitar la pausa {n}',
  'Add break': 'Añadir una pausa',
  'Delivery method': 'Modalidad',
  'Self-study length from': 'Duración del autoestudio según',
  'A pilot test': 'Una prueba piloto',
  'Word count and questions': 'El número de palabras y de preguntas',
  'The college counts in': 'La universidad cuenta en',
  'Semester system': 'Sistema semestral',
  'Quarter system': 'Sistema trimestral',
  'Program length as': 'Duración del programa en',
  'Total minutes': 'Minutos totales',
  'A schedule': 'Un horario',
  'Event date': 'Fecha del evento',
  'Event time zone': 'Zona horaria del evento',
  'Times below are in this zone.': 'Las horas de abajo están en esta zona.',
  Remove: 'Quitar',
  Starts: 'Empieza',
  Ends: 'Termina',
  'Module minutes': 'Minutos del módulo',
  'One module of 10 to 19 minutes earns 0.2 credit; longer content is split into modules.':
    'Un módulo de 10 a 19 minutos otorga 0,2 créditos; el contenido más largo se divide en módulos.',
  'Qualifying content only: leave out breaks, meals and housekeeping.':
    'Solo el contenido computable: deje fuera pausas, comidas y avisos organizativos.',
  'The representative time pilot testers took to complete the course.':
    'El tiempo representativo que tardaron quienes hicieron la prueba piloto en completar el curso.',
  'Count a narrated video here or in the words, never both.':
    'Cuente un vídeo narrado aquí o en las palabras, nunca en ambos.',
  Credits: 'Créditos',
  'Working it out…': 'Calculando…',
  'State boards of accountancy have final authority on the acceptance of CPE credits.':
    'Las juntas estatales de contabilidad tienen la última palabra sobre la aceptación de los créditos CPE.',
  'Correct the highlighted field to see the credits.':
    'Corrija el campo marcado para ver los créditos.',
  'Enter the pilot-test minutes to see the credits.':
    'Introduzca los minutos de la prueba piloto para ver los créditos.',
  'Enter the word count to see the credits.':
    'Introduzca el número de palabras para ver los créditos.',
  'Enter the hours to see the credits.': 'Introduzca las horas para ver los créditos.',
  'Enter a start and end time for each segment to see the credits.':
    'Introduzca una hora de inicio y otra de fin para cada segmento para ver los créditos.',
  'Enter the minutes to see the credits.': 'Introduzca los minutos para ver los créditos.',
  'Words of reading, at {rate} words a minute.':
    'Palabras de lectura, a {rate} palabras por minuto.',
  'Each question adds {minutes} minutes; true/false questions do not count.':
    'Cada pregunta suma {minutes} minutos; las preguntas de verdadero o falso no cuentan.',
  '1 semester hour earns {credits} credits.': '1 hora semestral otorga {credits} créditos.',
  '1 quarter hour earns {credits} credits.': '1 hora trimestral otorga {credits} créditos.',
  'The credits could not be worked out. Try again in a moment.':
    'No se pudieron calcular los créditos. Vuelva a intentarlo en un momento.',
  fifths: 'quintos',
  halves: 'medios',
  "The policy API could not be reached, so this was worked out in your browser with the bundled rules. It may differ from the sponsor's official figure.":
    'No se pudo contactar con la API de la política, así que esto se calculó en su navegador con las reglas incluidas. Puede diferir de la cifra oficial del patrocinador.',
  Estimate: 'Estimación',
  'NASBA credits': 'Créditos NASBA',
  'ICMA credits': 'Créditos ICMA',
  '{count} qualifying minutes · {step} · {edition} Standards': {
    one: '{count} minuto computable · {step} · Normas de {edition}',
    other: '{count} minutos computables · {step} · Normas de {edition}',
  },
  'Not eligible for CPE credit: {why}': 'No da derecho a créditos CPE: {why}',
  Why: 'Por qué',
  'From the sponsor’s policy API.': 'De la API de la política del patrocinador.',
  'Worked out in your browser with the bundled rules (policy {version}); not an official record.':
    'Calculado en su navegador con las reglas incluidas (política {version}); no es un registro oficial.',
  'Enter hours from 0 to {max}.': 'Introduzca un número de horas de 0 a {max}.',
  'Enter a whole number from 0 to {max}.': 'Introduzca un número entero de 0 a {max}.',
  'Enter minutes from 0 to {max}.': 'Introduzca un número de minutos de 0 a {max}.',
  'That is more than a day of content ({day} minutes). Check the figure: count only the qualifying minutes of the program.':
    'Eso es más de un día de contenido ({day} minutos). Revise la cifra: cuente solo los minutos computables del programa.',
  'Enter a time zone name, like America/New_York.':
    'Introduzca el nombre de una zona horaria, como America/New_York.',
  'Enter a start time.': 'Introduzca una hora de inicio.',
  'Enter an end time.': 'Introduzca una hora de fin.',
  'End after the start, on the same day.': 'El fin debe ser posterior al inicio, el mismo día.',
  'Enter the event date.': 'Introduzca la fecha del evento.',
  'fifths (0.2)': 'quintos (0,2)',
  'halves (0.5)': 'medios (0,5)',
  'Credits count in {step} after the first credit, under the {edition} Standards.':
    'Después del primer crédito, los créditos cuentan en {step}, según las Normas de {edition}.',
  'Credits count in {step} after the first credit, under the {edition} Standards, as your sponsor’s policy sets.':
    'Después del primer crédito, los créditos cuentan en {step}, según las Normas de {edition}, como fija la política de su patrocinador.',
  Increment: 'Incremento',
  'Fifths (0.2)': 'Quintos (0,2)',
  'Halves (0.5)': 'Medios (0,5)',
  'Standards edition': 'Edición de las Normas',
  'After the first credit, time counts down to the last whole step: fifths are 0.2 credit for every 10 minutes, halves 0.5 for every 25.':
    'Después del primer crédito, el tiempo se redondea a la baja hasta el último paso completo: los quintos son 0,2 créditos por cada 10 minutos y los medios, 0,5 por cada 25.',
  "Your sponsor's policy uses fifths.": 'La política de su patrocinador usa quintos.',
  "Your sponsor's policy uses halves.": 'La política de su patrocinador usa medios.',
  'The 2026 Standards apply to new programs from 2027 and change the self-study minimums.':
    'Las Normas de 2026 se aplican a los programas nuevos desde 2027 y cambian los mínimos del autoestudio.',
  "Your sponsor's policy uses the {edition} Standards.":
    'La política de su patrocinador usa las Normas de {edition}.',
};
