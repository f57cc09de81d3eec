/**
 * The LTI tool's refusals in English: the title and detail of every launch, login, Deep
 * Linking or registration it will not go on with, by id. The source table: the other locales
 * are typed as `RefusalTable`, so a refusal missing from one is a type error.
 */
import type { WidgetTag } from '../../components/widgets.js';
import { en } from './en.js';
import type { Catalog } from './worded.js';

/** What Dynamic Registration asks the platform for. */
export type RegistrationStep = 'configuration' | 'registration';
/** What a Deep Linking choice may lack. */
export type PickerField = 'event' | 'program';

const STEP = { configuration: 'Platform configuration', registration: 'Registration' };

export const enRefusals = {
  // Login initiation.
  loginIncomplete: () => ({
    title: 'The login is incomplete',
    detail: 'A login initiation needs iss, login_hint and target_link_uri.',
  }),
  targetUnknown: ({ toolUrl }: { toolUrl: string }) => ({
    title: 'Unknown target',
    detail: `The target_link_uri must be one of this tool's addresses under ${toolUrl}/.`,
  }),
  platformNotRegistered: ({ issuer, clientIds }: { issuer: string; clientIds: string[] }) => ({
    title: 'Platform not registered',
    detail:
      `No platform with issuer ${issuer}${clientIds.length ? ` and client id ${clientIds.join(', ')}` : ''} is ` +
      'registered with this tool. An administrator registers it first.',
  }),
  platformPending: () => ({
    title: 'Platform not activated',
    detail: 'This platform registered itself and waits for an administrator to activate it.',
  }),
  clientIdNeeded: () => ({
    title: 'Client id needed',
    detail: 'Several registrations share this issuer: the login must send client_id.',
  }),

  // The launch and its id_token.
  deploymentUnknown: ({ platform }: { platform: string }) => ({
    title: 'Unknown deployment',
    detail:
      `The deployment is not one registered for ${platform}. An administrator adds it to ` +
      'the registration.',
  }),
  launchIncomplete: () => ({
    title: 'The launch is incomplete',
    detail: 'A launch posts id_token and state.',
  }),
  stateUnknown: () => ({
    title: 'Unknown or used state',
    detail:
      'This launch does not follow a login of this tool, or was already used, or took longer ' +
      'than 10 minutes. Open the link in the course again.',
  }),
  notIdToken: () => ({ title: 'Not an id_token', detail: 'The id_token is not a JWT.' }),
  stateOfOtherPlatform: () => ({
    title: 'State of another platform',
    detail: 'The state was issued for a login from another platform.',
  }),
  authorizedPartyWrong: () => ({
    title: 'Wrong authorized party',
    detail: 'The id_token names several audiences: its azp must be this tool’s client id.',
  }),
  nonceWrong: () => ({
    title: 'Wrong nonce',
    detail: 'The id_token was not issued for this login.',
  }),
  launchReplayed: () => ({ title: 'Replayed launch', detail: 'This id_token was already used.' }),
  versionUnsupported: () => ({
    title: 'Unsupported LTI version',
    detail: 'This tool speaks LTI 1.3.0.',
  }),
  messageTypeUnsupported: () => ({
    title: 'Unsupported message type',
    detail: 'This tool answers LtiResourceLinkRequest and LtiDeepLinkingRequest messages.',
  }),
  resourceLinkMissing: () => ({
    title: 'No resource link',
    detail: 'A resource link launch names its link’s id.',
  }),
  idTokenExpired: () => ({
    title: 'Expired id_token',
    detail: 'The id_token has expired: launch again.',
  }),
  /** `message` is the JWT library's, passed on as it is. */
  claimRefused: ({ claim, message }: { claim: string; message: string }) => ({
    title: `Bad ${claim} claim`,
    detail: `The id_token's ${claim} claim was refused: ${message}.`,
  }),
  signingKeyUnknown: () => ({
    title: 'Unknown signing key',
    detail: 'The id_token is signed with a key the platform does not publish.',
  }),
  algorithmWrong: () => ({
    title: 'Wrong algorithm',
    detail: 'The id_token must be signed with RS256.',
  }),
  platformKeysUnavailable: () => ({
    title: 'Platform keys unavailable',
    detail: 'The platform’s JWKS could not be read; try again shortly.',
  }),
  signatureBad: () => ({
    title: 'Bad signature',
    detail: 'The id_token’s signature does not verify.',
  }),
  idTokenUnverified: () => ({
    title: 'Bad id_token',
    detail: 'The id_token could not be verified.',
  }),

  // Who the launch is for, and what it opens.
  roleNotServed: () => ({
    title: 'No role this tool serves',
    detail:
      'CPE Kit serves learners and the course’s instructors, teaching assistants and content ' +
      'developers.',
  }),
  widgetNotNamed: ({ tags }: { tags: string[] }) => ({
    title: 'No widget chosen',
    detail: `The link’s custom parameter cpe_widget must name one of: ${tags.join(', ')}.`,
  }),
  authorsOnly: () => ({
    title: 'Only course authors add widgets',
    detail: 'Adding CPE Kit content takes an instructor or content developer role.',
  }),
  returnAddressMissing: () => ({
    title: 'No return address',
    detail: 'The request has no deep_link_return_url.',
  }),

  // The Deep Linking picker's choice.
  pickerExpired: () => ({
    title: 'The picker has expired',
    detail: 'This choice was already sent, or the picker was open too long. Add the widget again.',
  }),
  platformNotActive: () => ({
    title: 'Platform not activated',
    detail: 'The platform’s registration is not active.',
  }),
  widgetNotChosen: () => ({
    title: 'No widget chosen',
    detail: 'Choose one of the widgets listed.',
  }),
  fieldNotChosen: ({ field, widget }: { field: PickerField; widget: WidgetTag }) => ({
    title: `No ${field} chosen`,
    detail: `${en.widgets[widget].title} needs ${field}: choose one.`,
  }),
  eventNotListed: () => ({ title: 'No such event', detail: 'Choose one of the events listed.' }),

  // The course's members (Names and Role Provisioning).
  courseListUnavailable: ({ status }: { status: number }) => ({
    title: 'Course list unavailable',
    detail: `The platform answered ${status} for the course’s members; try again later.`,
  }),

  // Dynamic Registration.
  configurationMissing: () => ({
    title: 'No platform configuration',
    detail: 'Dynamic Registration starts with an openid_configuration URL from the platform.',
  }),
  platformUnreachable: ({ step, url }: { step: RegistrationStep; url: string }) => ({
    title: `${STEP[step]} unreachable`,
    detail: `The platform did not answer at ${url}.`,
  }),
  platformAnswered: ({ step, status }: { step: RegistrationStep; status: number }) => ({
    title: `${STEP[step]} refused`,
    detail: `The platform answered ${status}.`,
  }),
  configurationNotIssuers: () => ({
    title: 'Platform configuration refused',
    detail: 'The configuration’s issuer must be the address it is served from.',
  }),
  configurationIncomplete: () => ({
    title: 'Platform configuration incomplete',
    detail: 'It must give authorization, token, JWKS and registration endpoints.',
  }),
  registrationIncomplete: () => ({
    title: 'Registration incomplete',
    detail: 'The platform sent no client_id.',
  }),
  alreadyRegistered: () => ({
    title: 'Already registered',
    detail: 'This platform and client id are registered.',
  }),
} satisfies Catalog;

export type RefusalTable = typeof enRefusals;
