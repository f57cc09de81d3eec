/** The certificate in Spanish; keys are the English sources, `{name}` kept as is. */
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
  'The sponsor’s server did not answer. Try again in a moment.':
    'El servidor del patrocinador no respondió. Vuelva a intentarlo en un momento.',
  'That did not work: {why}': 'No ha funcionado: {why}',
  'The PDF is downloading.': 'El PDF se está descargando.',
  'The credential is downloading.': 'La credencial se está descargando.',
  'Verification link copied.': 'Enlace de verificación copiado.',
  'Certificate of completion': 'Certificado de finalización',
  'A preview on this page: not a certificate of record.':
    'Una vista previa en esta página: no es un certificado oficial.',
  'Loading…': 'Cargando…',
  'Set program-id or certificate-id to show a certificate.':
    'Indique program-id o certificate-id para mostrar un certificado.',
  'Set the certificate property to preview a certificate.':
    'Indique la propiedad certificate para ver la vista previa de un certificado.',
  'This certificate is not available.': 'Este certificado no está disponible.',
  'Sign in to see your certificate.': 'Inicie sesión para ver su certificado.',
  'Your certificate could not be shown: {why}': 'No se pudo mostrar su certificado: {why}',
  'This certificate was revoked': 'Este certificado fue revocado',
  ' on {date}': ' el {date}',
  'Reason: {reason}': 'Motivo: {reason}',
  'It no longer counts as a record of your credits. Ask the sponsor if you have questions.':
    'Ya no cuenta como registro de sus créditos. Consulte al patrocinador si tiene preguntas.',
  'This certificate was replaced': 'Este certificado fue sustituido',
  'by a corrected one: use that one for your records.':
    'por uno corregido: use ese para sus registros.',
  'Show the corrected certificate': 'Mostrar el certificado corregido',
  'Credits by field of study': 'Créditos por área de conocimiento',
  'Download PDF': 'Descargar el PDF',
  'Download credential': 'Descargar la credencial',
  'Copy verification link': 'Copiar el enlace de verificación',
  'The credential is an Open Badges 3.0 file a digital wallet or a board can check by itself.':
    'La credencial es un archivo Open Badges 3.0 que una cartera digital o una junta pueden comprobar por sí mismas.',
  'It will verify as no longer valid.': 'Su verificación indicará que ya no es válida.',
  'This certifies that': 'Se certifica que',
  completed: 'completó',
  'Date completed': 'Fecha de finalización',
  'Delivery method': 'Modalidad',
  Location: 'Lugar',
  Sponsor: 'Patrocinador',
  Contact: 'Contacto',
  'NASBA sponsor id': 'Identificador de patrocinador NASBA',
  'State sponsor numbers': 'Números de patrocinador estatales',
  'Verified by': 'Verificado por',
  Verification: 'Verificación',
  'QR code of the verification link {url}': 'Código QR del enlace de verificación {url}',
  'Certificate id': 'Identificador del certificado',
  'Check it at': 'Compruébelo en',
  Issued: 'Emitido',
  'Your certificate is not ready yet.': 'Su certificado aún no está listo.',
  'Still missing:': 'Todavía falta:',
  'It is issued by itself as soon as nothing is missing.':
    'Se emite automáticamente en cuanto no falte nada.',
  'There is no certificate for this program.': 'No hay certificado para este programa.',
};
