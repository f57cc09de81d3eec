/**
 * The LTI tool's refusals in Spanish (usted, like the widgets). Parameter and claim names
 * (id_token, client_id, cpe_widget), LTI's message types and what the JWT library said stay
 * as they are spelled.
 */
import type { RefusalTable } from './lti-refusals-en.js';
import { es } from './es.js';

// Each step in its own words: "configuración" and "registro" agree in gender.
const UNREACHABLE = {
  configuration: 'La configuración de la plataforma no responde',
  registration: 'El registro no responde',
};
const REFUSED = {
  configuration: 'Configuración de la plataforma rechazada',
  registration: 'Registro rechazado',
};
const FIELD = { event: 'un evento', program: 'un programa' };

export const esRefusals: RefusalTable = {
  loginIncomplete: () => ({
    title: 'El inicio de sesión está incompleto',
    detail: 'Un inicio de sesión necesita iss, login_hint y target_link_uri.',
  }),
  targetUnknown: ({ toolUrl }) => ({
    title: 'Destino desconocido',
    detail: `El target_link_uri debe ser una de las direcciones de esta herramienta bajo ${toolUrl}/.`,
  }),
  platformNotRegistered: ({ issuer, clientIds }) => ({
    title: 'Plataforma no registrada',
    detail:
      `No hay ninguna plataforma con el issuer ${issuer}${clientIds.length ? ` y el client_id ${clientIds.join(', ')}` : ''} ` +
      'registrada en esta herramienta. Primero debe registrarla un administrador.',
  }),
  platformPending: () => ({
    title: 'Plataforma no activada',
    detail: 'Esta plataforma se registró por sí misma y espera a que un administrador la active.',
  }),
  clientIdNeeded: () => ({
    title: 'Falta el client_id',
    detail: 'Varios registros comparten este issuer: el inicio de sesión debe enviar client_id.',
  }),
  deploymentUnknown: ({ platform }) => ({
    title: 'Implementación desconocida',
    detail:
      `La implementación no es una de las registradas para ${platform}. Un administrador ` +
      'debe añadirla al registro.',
  }),
  launchIncomplete: () => ({
    title: 'El acceso está incompleto',
    detail: 'Un acceso envía id_token y state.',
  }),
  stateUnknown: () => ({
    title: 'State desconocido o ya usado',
    detail:
      'Este acceso no sigue a un inicio de sesión de esta herramienta, ya se usó o tardó más ' +
      'de 10 minutos. Vuelva a abrir el enlace desde el curso.',
  }),
  notIdToken: () => ({ title: 'No es un id_token', detail: 'El id_token no es un JWT.' }),
  stateOfOtherPlatform: () => ({
    title: 'State de otra plataforma',
    detail: 'El state se emitió para un inicio de sesión desde otra plataforma.',
  }),
  authorizedPartyWrong: () => ({
    title: 'Parte autorizada incorrecta',
    detail:
      'El id_token nombra varias audiencias: su azp debe ser el client_id de esta herramienta.',
  }),
  nonceWrong: () => ({
    title: 'Nonce incorrecto',
    detail: 'El id_token no se emitió para este inicio de sesión.',
  }),
  launchReplayed: () => ({ title: 'Acceso repetido', detail: 'Este id_token ya se usó.' }),
  versionUnsupported: () => ({
    title: 'Versión de LTI no admitida',
    detail: 'Esta herramienta habla LTI 1.3.0.',
  }),
  messageTypeUnsupported: () => ({
    title: 'Tipo de mensaje no admitido',
    detail:
      'Esta herramienta responde a los mensajes LtiResourceLinkRequest y LtiDeepLinkingRequest.',
  }),
  resourceLinkMissing: () => ({
    title: 'Sin enlace de recurso',
    detail: 'Un acceso por enlace de recurso indica el id de su enlace.',
  }),
  idTokenExpired: () => ({
    title: 'El id_token caducó',
    detail: 'El id_token caducó: vuelva a abrir el enlace.',
  }),
  claimRefused: ({ claim, message }) => ({
    title: `Claim ${claim} incorrecto`,
    detail: `Se rechazó el claim ${claim} del id_token: ${message}.`,
  }),
  signingKeyUnknown: () => ({
    title: 'Clave de firma desconocida',
    detail: 'El id_token está firmado con una clave que la plataforma no publica.',
  }),
  algorithmWrong: () => ({
    title: 'Algoritmo incorrecto',
    detail: 'El id_token debe estar firmado con RS256.',
  }),
  platformKeysUnavailable: () => ({
    title: 'Claves de la plataforma no disponibles',
    detail: 'No se pudo leer el JWKS de la plataforma; inténtelo de nuevo en unos momentos.',
  }),
  signatureBad: () => ({
    title: 'Firma incorrecta',
    detail: 'La firma del id_token no se verifica.',
  }),
  idTokenUnverified: () => ({
    title: 'id_token incorrecto',
    detail: 'No se pudo verificar el id_token.',
  }),
  roleNotServed: () => ({
    title: 'Rol no atendido por esta herramienta',
    detail:
      'CPE Kit atiende a los participantes y a los instructores, asistentes de enseñanza y ' +
      'desarrolladores de contenido del curso.',
  }),
  widgetNotNamed: ({ tags }) => ({
    title: 'No se eligió ningún widget',
    detail: `El parámetro personalizado cpe_widget del enlace debe nombrar uno de estos: ${tags.join(', ')}.`,
  }),
  authorsOnly: () => ({
    title: 'Solo los autores del curso añaden widgets',
    detail:
      'Para añadir contenido de CPE Kit se necesita el rol de instructor o de desarrollador de contenido.',
  }),
  returnAddressMissing: () => ({
    title: 'Sin dirección de retorno',
    detail: 'La solicitud no trae deep_link_return_url.',
  }),
  pickerExpired: () => ({
    title: 'El selector caducó',
    detail:
      'Esta elección ya se envió, o el selector estuvo abierto demasiado tiempo. Vuelva a añadir el widget.',
  }),
  platformNotActive: () => ({
    title: 'Plataforma no activada',
    detail: 'El registro de la plataforma no está activo.',
  }),
  widgetNotChosen: () => ({
    title: 'No se eligió ningún widget',
    detail: 'Elija uno de los widgets de la lista.',
  }),
  fieldNotChosen: ({ field, widget }) => ({
    title: `No se eligió ${FIELD[field]}`,
    detail: `${es.widgets[widget].title} necesita ${FIELD[field]}: elija uno.`,
  }),
  eventNotListed: () => ({
    title: 'No existe ese evento',
    detail: 'Elija uno de los eventos de la lista.',
  }),
  courseListUnavailable: ({ status }) => ({
    title: 'Lista del curso no disponible',
    detail: `La plataforma respondió ${status} al pedir los miembros del curso; inténtelo de nuevo más tarde.`,
  }),
  configurationMissing: () => ({
    title: 'Sin configuración de la plataforma',
    detail:
      'El registro dinámico (Dynamic Registration) empieza con una URL openid_configuration de la plataforma.',
  }),
  platformUnreachable: ({ step, url }) => ({
    title: UNREACHABLE[step],
    detail: `La plataforma no respondió en ${url}.`,
  }),
  platformAnswered: ({ step, status }) => ({
    title: REFUSED[step],
    detail: `La plataforma respondió ${status}.`,
  }),
  configurationNotIssuers: () => ({
    title: 'Configuración de la plataforma rechazada',
    detail: 'El issuer de la configuración debe ser la dirección desde la que se sirve.',
  }),
  configurationIncomplete: () => ({
    title: 'Configuración de la plataforma incompleta',
    detail: 'Debe indicar los endpoints de autorización, de token, de JWKS y de registro.',
  }),
  registrationIncomplete: () => ({
    title: 'Registro incompleto',
    detail: 'La plataforma no envió ningún client_id.',
  }),
  alreadyRegistered: () => ({
    title: 'Ya registrada',
    detail: 'Esta plataforma y este client_id ya están registrados.',
  }),
};
