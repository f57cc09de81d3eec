/** The refund request in Spanish; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { refundLabels } from '../../shared/locales/refund-labels-es.js';

export const catalog: Catalog = {
  ...refundLabels,
  'event time': 'hora del evento',
  'sponsor’s time': 'hora del patrocinador',
  'Tell the sponsor briefly what happened.': 'Cuente brevemente al patrocinador qué pasó.',
  'Refund for {title}': 'Reembolso de {title}',
  'Ask for a refund': 'Pedir un reembolso',
  'Your answers': 'Sus respuestas',
  'Have you taken the final test?': '¿Ha hecho el examen final?',
  'Once the final test is taken, a self-study course cannot be refunded.':
    'Una vez hecho el examen final, un curso de autoestudio no se puede reembolsar.',
  'Did you attend the event?': '¿Asistió al evento?',
  'The event has started, so the rules ask whether you were there.':
    'El evento ya empezó, así que las reglas preguntan si usted asistió.',
  No: 'No',
  Yes: 'Sí',
  'Something exceptional happened': 'Ocurrió algo excepcional',
  'An illness, a family emergency or similar: the sponsor reviews your case in person.':
    'Una enfermedad, una emergencia familiar o algo parecido: una persona del patrocinador revisa su caso.',
  'What happened?': '¿Qué pasó?',
  'Anything to add? (optional)': '¿Algo que añadir? (opcional)',
  'What you would get': 'Lo que recibiría',
  Estimate: 'Estimación',
  'Working it out…': 'Calculando…',
  'Answer the question to see what you would get back.':
    'Responda a la pregunta para ver cuánto le devolverían.',
  'This form is not set up yet; contact {contact} to ask for a refund.':
    'Este formulario aún no está configurado; escriba a {contact} para pedir un reembolso.',
  'The sponsor’s system could not be reached, so there is no answer yet. Your answers are kept.':
    'No se pudo contactar con el sistema del patrocinador, así que aún no hay respuesta. Sus respuestas se conservan.',
  'The answer could not be worked out.': 'No se pudo calcular la respuesta.',
  'Try again': 'Volver a intentarlo',
  'This page shows an estimate only. Sending a written request needs the sponsor’s policy API, which this page is not connected to: ask in writing through {contact}.':
    'Esta página solo muestra una estimación. Para enviar una solicitud por escrito hace falta la API de la política del patrocinador, y esta página no está conectada a ella: pídalo por escrito a través de {contact}.',
  'Sending…': 'Enviando…',
  'Send my request': 'Enviar mi solicitud',
  'The sponsor’s rules are still loading, so nothing was sent. Try again in a moment.':
    'Las reglas del patrocinador aún se están cargando, así que no se envió nada. Vuelva a intentarlo en un momento.',
  'Your request was not sent: the sponsor’s system could not be reached. Your answers are kept; try again when you are back online. Trying again never files it twice.':
    'Su solicitud no se envió: no se pudo contactar con el sistema del patrocinador. Sus respuestas se conservan; vuelva a intentarlo cuando tenga conexión. Volver a intentarlo nunca la registra dos veces.',
  'Your request was not sent. {why}': 'Su solicitud no se envió. {why}',
  'Your request was not sent because of an unexpected problem. Try again.':
    'Su solicitud no se envió por un problema inesperado. Vuelva a intentarlo.',
  'If something exceptional happened, you can ask the sponsor for a review.':
    'Si ocurrió algo excepcional, puede pedir al patrocinador que revise su caso.',
  'Ask for a review': 'Pedir una revisión',
  'Policy {version}.': 'Política {version}.',
  'The sponsor decides on the time it receives your request.':
    'El patrocinador decide según el momento en que recibe su solicitud.',
  'Estimate from the bundled rules and your device’s clock; not an official decision.':
    'Estimación con las reglas incluidas y el reloj de su dispositivo; no es una decisión oficial.',
  'You paid': 'Usted pagó',
  'Processing fee': 'Comisión de gestión',
  'Exchange value': 'Valor del cambio',
  Refund: 'Reembolso',
  'Exchange arranged by {date}': 'Cambio gestionado a más tardar el {date}',
  'Paid by {date}': 'Pagado a más tardar el {date}',
  Why: 'Por qué',
  'Read the conference refund policy': 'Leer la política de reembolso del congreso',
  '{left} left to cancel with an exchange': 'Tiene {left} para cancelar con un cambio',
  '{left} left to cancel with a refund': 'Tiene {left} para cancelar con reembolso',
  '{left} left to ask for an exchange': 'Tiene {left} para pedir un cambio',
  '{left} left to ask for a refund': 'Tiene {left} para pedir un reembolso',
  'Deadline:': 'Plazo:',
  'Your time: {time}': 'Su hora: {time}',
  'The deadline passed on {date}.': 'El plazo venció el {date}.',
  'Request received': 'Solicitud recibida',
  Reference: 'Referencia',
  Received: 'Recibida',
  'by the sponsor’s clock; {zone}: {time}': 'según el reloj del patrocinador; {zone}: {time}',
  Course: 'Curso',
  Decision: 'Decisión',
  Status: 'Estado',
  'Policy version': 'Versión de la política',
  'These purchase details are what this page said, not an order on record: the sponsor will check the facts before deciding.':
    'Estos datos de compra son los que indicaba esta página, no un pedido registrado: el patrocinador comprobará los hechos antes de decidir.',
  'What happens next': 'Qué pasa ahora',
  'Keep the reference to ask about this request.':
    'Guarde la referencia para preguntar por esta solicitud.',
  'Print the receipt': 'Imprimir el comprobante',
  'Refund request receipt': 'Comprobante de la solicitud de reembolso',
  'Say whether you have taken the final test.': 'Indique si ha hecho el examen final.',
  'Say whether you attended the event.': 'Indique si asistió al evento.',
  refunded: 'reembolsada',
  cancelled: 'cancelada',
  Program: 'Programa',
  Purchased: 'Comprado',
  'Event starts': 'Empieza el evento',
  'From the sponsor’s records of your order.': 'De los registros del patrocinador sobre su pedido.',
  'This enrollment was refunded, so there is nothing left to refund. Questions go to {contact}.':
    'Esta inscripción ya se reembolsó, así que no queda nada por reembolsar. Para preguntas, escriba a {contact}.',
  'This enrollment was cancelled, so there is nothing left to refund. Questions go to {contact}.':
    'Esta inscripción se canceló, así que no queda nada por reembolsar. Para preguntas, escriba a {contact}.',
  'You have no purchases on record with this sponsor, so there is nothing to ask a refund for here. If you bought something, contact {contact}.':
    'No tiene compras registradas con este patrocinador, así que aquí no hay nada que reembolsar. Si compró algo, escriba a {contact}.',
  'Which purchase is this about?': '¿De qué compra se trata?',
  '{price}, bought {date}': '{price}, comprado el {date}',
  'Your purchases could not be read from the sponsor’s system.':
    'No se pudieron leer sus compras en el sistema del patrocinador.',
  'This purchase is not on record for you. Contact {contact} to ask for a refund.':
    'Esta compra no figura a su nombre. Escriba a {contact} para pedir un reembolso.',
  'Reading your purchases…': 'Leyendo sus compras…',
  'You already asked about this purchase: reference': 'Ya preguntó por esta compra: referencia',
  'You can exchange it for a course of equal value': 'Puede cambiarlo por un curso del mismo valor',
  'You would get {amount} back': 'Le devolverían {amount}',
  'No exchange for this purchase': 'Esta compra no admite cambio',
  'No refund for this purchase': 'Esta compra no admite reembolso',
  'A person would review your request': 'Una persona revisaría su solicitud',
  'The conference has its own refund policy': 'El congreso tiene su propia política de reembolso',
  'The sponsor will contact you to pick a course of equal value.':
    'El patrocinador se pondrá en contacto con usted para elegir un curso del mismo valor.',
  'The sponsor checks the request and pays {amount} to your original payment method by {date}.':
    'El patrocinador revisa la solicitud y devuelve {amount} a su medio de pago original a más tardar el {date}.',
  'The sponsor checks the request and pays {amount} to your original payment method.':
    'El patrocinador revisa la solicitud y devuelve {amount} a su medio de pago original.',
  'A person at the sponsor reads what you wrote and decides. You will hear back, and the status below changes when they do.':
    'Una persona del patrocinador lee lo que escribió y decide. Recibirá una respuesta, y el estado de abajo cambiará cuando decidan.',
  'The request is on record. The rules do not allow a refund, so nothing will be paid unless the sponsor decides otherwise.':
    'La solicitud queda registrada. Las reglas no permiten un reembolso, así que no se pagará nada salvo que el patrocinador decida otra cosa.',
  'The conference’s own policy applies; follow its instructions.':
    'Se aplica la política propia del congreso; siga sus instrucciones.',
  'No request with that reference is on record for you.':
    'No hay ninguna solicitud suya con esa referencia.',
  'The sponsor’s system could not be reached. Try again in a moment.':
    'No se pudo contactar con el sistema del patrocinador. Vuelva a intentarlo en un momento.',
  'The status could not be found.': 'No se encontró el estado.',
  'Check a request’s status': 'Consultar el estado de una solicitud',
  'Such as R-7KQ-4MX, from your receipt.': 'Como R-7KQ-4MX, de su comprobante.',
  'Look up': 'Consultar',
  'Note: {note}': 'Nota: {note}',
};
