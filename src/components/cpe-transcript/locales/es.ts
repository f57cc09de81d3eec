/** The transcript in Spanish; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { creditsTable, failureNotice, unreachable } from '../../shared/locales/es.js';

/** The ICMA requirement's reasons, worded in this language. */
export { esRecords as reasons } from '../../../policy/reason-messages/es/records.js';

export const catalog: Catalog = {
  ...creditsTable,
  ...failureNotice,
  ...unreachable,
  'Your CPE transcript': 'Su historial de CPE',
  'Loading…': 'Cargando…',
  'The year must be a whole year such as 2026.': 'El año debe ser un número entero, como 2026.',
  'Worked out on this page from the programs listed: not the sponsor’s official record.':
    'Calculado en esta página a partir de los programas indicados: no es el registro oficial del patrocinador.',
  'Sign in to see your transcript.': 'Inicie sesión para ver su historial.',
  'Your transcript could not be shown: {why}': 'No se pudo mostrar su historial: {why}',
  '{count} credits': { one: '{count} crédito', other: '{count} créditos' },
  '{count} ethics credits': { one: '{count} crédito de ética', other: '{count} créditos de ética' },
  'Nothing is required in {year}: the annual requirement starts the year after certification.':
    'En {year} no se exige nada: el requisito anual empieza el año siguiente a la certificación.',
  'The {year} requirement is met; {credits} carry forward to {next}.':
    'Ha cumplido el requisito de {year}; se trasladan a {next}: {credits}.',
  'The {year} requirement is met.': 'Ha cumplido el requisito de {year}.',
  '{credits}, {ethics} of them in ethics': '{credits}, {ethics} de ellos de ética',
  'The shortfall of {last} was not made up in {year}: the ICMA status is inactive until it is ({what} missing).':
    'El déficit de {last} no se recuperó en {year}: su estado ante ICMA es inactivo hasta que se recupere (pendiente: {what}).',
  '{year} ended short by {what}: make it up by {date}, or the ICMA status becomes inactive.':
    'En {year} quedó un déficit de {what}: recupérelo a más tardar el {date} o su estado ante ICMA pasará a inactivo.',
  'You still need {what}, by {date}.': 'Todavía necesita {what}, a más tardar el {date}.',
  'You still need {what} by {date}.': 'Todavía necesita {what} a más tardar el {date}.',
  '{year}: {credits} of the {required} credits needed, {carried} of them carried forward; {ethics} of the {ethicsRequired} ethics credits needed.':
    '{year}: {credits} de los {required} créditos necesarios, {carried} de ellos trasladados; {ethics} de los {ethicsRequired} créditos de ética necesarios.',
  '{year}: {credits} of the {required} credits needed; {ethics} of the {ethicsRequired} ethics credits needed.':
    '{year}: {credits} de los {required} créditos necesarios; {ethics} de los {ethicsRequired} créditos de ética necesarios.',
  'ICMA requirement for {year}': 'Requisito de ICMA para {year}',
  Ethics: 'Ética',
  'Earned in {year}': 'Obtenidos en {year}',
  'Carried forward from {year}': 'Trasladados desde {year}',
  '{credits} carry forward to {year}': 'Se trasladan a {year}: {credits}',
  'Credits in {year} by field of study': 'Créditos de {year} por área de conocimiento',
  'No certificates in {year}.': 'No hay certificados en {year}.',
  Verify: 'Verificar',
  Certificates: 'Certificados',
  'No certificates yet.': 'Todavía no hay certificados.',
  Year: 'Año',
  'Download CSV': 'Descargar CSV',
};
