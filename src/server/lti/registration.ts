/**
 * How a platform learns about the tool: the configuration JSON an admin pastes into Canvas
 * (GET /lti/config), and LTI Dynamic Registration (GET /lti/register), which reads the
 * platform's OpenID configuration, registers the tool there and keeps the platform pending
 * until a CPE Kit admin activates it.
 */
import { randomUUID } from 'node:crypto';
import type { RegistrationStep } from '../locales/lti-refusals-en.js';
import type { LtiPlatform } from '../store/lti-store.js';
import { DEEP_LINKING_REQUEST, RESOURCE_LINK_REQUEST, scope } from './claims.js';
import type { LtiContext } from './context.js';
import { LtiRefusal } from './launch.js';

const TITLE = 'CPE Kit';
const DESCRIPTION =
  'Continuing-education credit, attendance check-in and refunds, with grades sent back to the course.';
const SCOPES = [scope.lineItem, scope.score, scope.memberships];
/** Claims the tool reads from the id_token. */
const CLAIMS = ['iss', 'sub', 'name', 'email'];

/** The developer-key JSON Canvas takes ("Paste JSON"); other platforms read the same URLs. */
export function toolConfiguration(lti: LtiContext) {
  const launch = `${lti.toolUrl}/launch`;
  const placement = (name: string) => ({
    placement: name,
    message_type: DEEP_LINKING_REQUEST,
    target_link_uri: launch,
    text: TITLE,
  });
  return {
    title: TITLE,
    description: DESCRIPTION,
    oidc_initiation_url: `${lti.toolUrl}/login`,
    target_link_uri: launch,
    public_jwk_url: `${lti.toolUrl}/jwks`,
    scopes: SCOPES,
    extensions: [
      {
        platform: 'canvas.instructure.com',
        privacy_level: 'public',
        settings: {
          placements: [
            placement('link_selection'),
            placement('assignment_selection'),
            placement('editor_button'),
          ],
        },
      },
    ],
    custom_fields: {},
  };
}

interface OpenIdConfiguration {
  issuer?: string;
  authorization_endpoint?: string;
  token_endpoint?: string;
  jwks_uri?: string;
  registration_endpoint?: string;
  /** The audience of client assertions, when other than the token endpoint. */
  authorization_server?: string;
  'https://purl.imsglobal.org/spec/lti-platform-configuration'?: { product_family_code?: string };
}

const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';

async function readJson(lti: LtiContext, url: string, init: RequestInit, step: RegistrationStep) {
  let response: Response;
  try {
    response = await lti.fetch(url, init);
  } catch {
    throw new LtiRefusal(422, { id: 'platformUnreachable', step, url });
  }
  if (!response.ok) {
    throw new LtiRefusal(422, { id: 'platformAnswered', step, status: response.status });
  }
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Anyone may start a registration, and the tool then fetches the URLs it names: https only,
 * so a plain-http service on the tool's own network is never the target.
 */
const https = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Dynamic Registration: registers the tool with the platform; the platform is kept pending. */
export async function registerDynamically(
  lti: LtiContext,
  openidConfiguration: string | undefined,
  registrationToken: string | undefined,
): Promise<LtiPlatform> {
  if (!https(openidConfiguration)) {
    throw new LtiRefusal(400, 'configurationMissing');
  }
  const config = (await readJson(
    lti,
    openidConfiguration,
    { headers: { accept: 'application/json' } },
    'configuration',
  )) as OpenIdConfiguration;
  const { issuer } = config;
  // The configuration must be the issuer's own: it is served under the issuer's address.
  if (!https(issuer) || !openidConfiguration.startsWith(issuer)) {
    throw new LtiRefusal(422, 'configurationNotIssuers');
  }
  const endpoints = [
    config.authorization_endpoint,
    config.token_endpoint,
    config.jwks_uri,
    config.registration_endpoint,
  ];
  if (!endpoints.every(https)) {
    throw new LtiRefusal(422, 'configurationIncomplete');
  }
  const launch = `${lti.toolUrl}/launch`;
  const registration = await readJson(
    lti,
    config.registration_endpoint!,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(registrationToken ? { authorization: `Bearer ${registrationToken}` } : {}),
      },
      body: JSON.stringify({
        application_type: 'web',
        response_types: ['id_token'],
        grant_types: ['implicit', 'client_credentials'],
        initiate_login_uri: `${lti.toolUrl}/login`,
        redirect_uris: [launch],
        client_name: TITLE,
        jwks_uri: `${lti.toolUrl}/jwks`,
        token_endpoint_auth_method: 'private_key_jwt',
        scope: SCOPES.join(' '),
        [TOOL_CONFIGURATION]: {
          domain: new URL(lti.toolUrl).host,
          description: DESCRIPTION,
          target_link_uri: launch,
          claims: CLAIMS,
          messages: [
            { type: DEEP_LINKING_REQUEST, target_link_uri: launch, label: TITLE },
            { type: RESOURCE_LINK_REQUEST, target_link_uri: launch },
          ],
        },
      }),
    },
    'registration',
  );
  const clientId = registration.client_id;
  const deploymentId = (registration[TOOL_CONFIGURATION] as { deployment_id?: unknown } | undefined)
    ?.deployment_id;
  if (typeof clientId !== 'string' || !clientId) {
    throw new LtiRefusal(422, 'registrationIncomplete');
  }
  const family =
    config['https://purl.imsglobal.org/spec/lti-platform-configuration']?.product_family_code;
  const platform: LtiPlatform = {
    id: randomUUID(),
    name: family ? `${family} (${new URL(issuer).host})` : new URL(issuer).host,
    issuer,
    clientId,
    deploymentIds: typeof deploymentId === 'string' ? [deploymentId] : [],
    authorizationEndpoint: config.authorization_endpoint!,
    tokenEndpoint: config.token_endpoint!,
    ...(https(config.authorization_server) ? { tokenAudience: config.authorization_server } : {}),
    jwksUri: config.jwks_uri!,
    status: 'pending',
    adminRoles: [],
    registeredBy: 'dynamic',
    createdAt: lti.app.now().toISOString(),
  };
  if (!(await lti.app.store.lti.addPlatform(platform))) {
    throw new LtiRefusal(409, 'alreadyRegistered');
  }
  lti.logger.info({ platform: platform.id, issuer }, 'lti platform registered, pending');
  return platform;
}
