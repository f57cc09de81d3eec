/**
 * OIDC login initiation and the launch's id_token, checked as LTI 1.3 Core asks: the state
 * (single use, kept server-side, so no third-party cookie is needed), the signature against
 * the platform's JWKS, iss, aud/azp, exp/iat, the nonce (single use), the deployment, the
 * version, the message type and the resource link. Each refusal says what went wrong.
 */
import { randomBytes } from 'node:crypto';
import { decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { wordRefusal, type RefusalSaid } from '../locales/lti-refusals.js';
import type { LtiPlatform } from '../store/lti-store.js';
import { DEEP_LINKING_REQUEST, RESOURCE_LINK_REQUEST, claim } from './claims.js';
import type { LtiContext } from './context.js';

/**
 * A launch or login the tool will not go on with: shown as a plain page with this status. Its
 * title and detail are English (for logs and the code that reads them); the page is worded in
 * the reader's language when it is written.
 */
export class LtiRefusal extends Error {
  readonly title: string;
  readonly detail: string;

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422,
    readonly said: RefusalSaid,
  ) {
    const { title, detail } = wordRefusal(said, 'en');
    super(title);
    this.name = 'LtiRefusal';
    this.title = title;
    this.detail = detail;
  }
}

/** How long a login may take between initiation and launch. */
const LOGIN_SECONDS = 10 * 60;
/** How far the platform's clock may be from ours, for exp and iat. */
export const CLOCK_SKEW_SECONDS = 60;
/** The oldest id_token accepted: a launch follows its login within seconds. */
const MAX_TOKEN_AGE_SECONDS = 10 * 60;

/** What a login initiation sends, by query (GET) or form (POST). */
export interface LoginRequest {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
  lti_storage_target?: string;
}

/** What the login put in the platform's storage, when it offered one (`lti_storage_target`). */
export interface PlatformStorage {
  target: string;
  origin: string;
  key: string;
  value: string;
}

interface LoginState {
  platformId: string;
  nonce: string;
  storage?: PlatformStorage;
}

/** Where the browser goes next: the platform's authorization endpoint, and what to store first. */
export interface LoginRedirect {
  url: string;
  state: string;
  platform: LtiPlatform;
  storage?: PlatformStorage;
}

const random = () => randomBytes(32).toString('base64url');

export async function initiateLogin(
  lti: LtiContext,
  request: LoginRequest,
): Promise<LoginRedirect> {
  const { iss, login_hint: loginHint, target_link_uri: target } = request;
  if (!iss || !loginHint || !target) {
    throw new LtiRefusal(400, 'loginIncomplete');
  }
  const platform = await activePlatform(lti, iss, request.client_id);
  if (!target.startsWith(`${lti.toolUrl}/`)) {
    throw new LtiRefusal(400, { id: 'targetUnknown', toolUrl: lti.toolUrl });
  }
  if (request.lti_deployment_id && !platform.deploymentIds.includes(request.lti_deployment_id)) {
    throw unknownDeployment(platform);
  }
  const state = random();
  const nonce = random();
  const url = new URL(platform.authorizationEndpoint);
  const params: Record<string, string | undefined> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: `${lti.toolUrl}/launch`,
    login_hint: loginHint,
    lti_message_hint: request.lti_message_hint,
    state,
    nonce,
  };
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  const body: LoginState = { platformId: platform.id, nonce };
  const redirect: LoginRedirect = { url: url.href, state, platform };
  if (request.lti_storage_target) {
    body.storage = redirect.storage = {
      target: request.lti_storage_target,
      origin: url.origin,
      key: `cpe_state_${state}`,
      value: random(),
    };
  }
  const expires = new Date(lti.app.now().getTime() + LOGIN_SECONDS * 1000).toISOString();
  await lti.app.store.lti.putState(state, 'login', body, expires);
  return redirect;
}

/** The registration of `iss` (and `client_id` when given) that may launch, or a refusal. */
async function activePlatform(
  lti: LtiContext,
  issuer: string,
  clientId: string | readonly string[] | undefined,
): Promise<LtiPlatform> {
  const registered = await lti.app.store.lti.platformsOf(issuer);
  const ids = clientId === undefined ? undefined : [clientId].flat();
  const matching = ids ? registered.filter((p) => ids.includes(p.clientId)) : registered;
  if (matching.length === 0) {
    throw new LtiRefusal(403, { id: 'platformNotRegistered', issuer, clientIds: ids ?? [] });
  }
  const active = matching.filter((p) => p.status === 'active');
  if (active.length === 0) {
    throw new LtiRefusal(403, 'platformPending');
  }
  if (active.length > 1) {
    throw new LtiRefusal(400, 'clientIdNeeded');
  }
  return active[0]!;
}

const unknownDeployment = (platform: LtiPlatform) =>
  new LtiRefusal(403, { id: 'deploymentUnknown', platform: platform.name });

export interface ValidLaunch {
  platform: LtiPlatform;
  claims: JWTPayload & Record<string, unknown>;
  sub: string;
  messageType: typeof RESOURCE_LINK_REQUEST | typeof DEEP_LINKING_REQUEST;
  deploymentId: string;
  roles: string[];
  state: string;
  storage?: PlatformStorage;
}

/** The launch's id_token as the tool trusts it, or a refusal saying which check failed. */
export async function validateLaunch(
  lti: LtiContext,
  form: { id_token?: string; state?: string },
): Promise<ValidLaunch> {
  const { id_token: token, state } = form;
  if (!token || !state) {
    throw new LtiRefusal(400, 'launchIncomplete');
  }
  const at = lti.app.now();
  const login = (await lti.app.store.lti.takeState(state, 'login', at.toISOString())) as
    LoginState | undefined;
  if (!login) {
    throw new LtiRefusal(400, 'stateUnknown');
  }
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token);
  } catch {
    throw new LtiRefusal(400, 'notIdToken');
  }
  const platform = await activePlatform(lti, String(unverified.iss ?? ''), unverified.aud);
  if (platform.id !== login.platformId) {
    throw new LtiRefusal(400, 'stateOfOtherPlatform');
  }
  let claims: JWTPayload & Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, lti.platformKeys(platform), {
      algorithms: ['RS256'],
      issuer: platform.issuer,
      audience: platform.clientId,
      clockTolerance: CLOCK_SKEW_SECONDS,
      maxTokenAge: MAX_TOKEN_AGE_SECONDS,
      requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
      currentDate: at,
    }));
  } catch (error) {
    throw tokenRefusal(error);
  }
  const audiences = [claims.aud ?? []].flat();
  if ((audiences.length > 1 || claims.azp !== undefined) && claims.azp !== platform.clientId) {
    throw new LtiRefusal(401, 'authorizedPartyWrong');
  }
  const nonce = String(claims.nonce);
  if (nonce !== login.nonce) {
    throw new LtiRefusal(401, 'nonceWrong');
  }
  const expires = new Date(((claims.exp ?? 0) + CLOCK_SKEW_SECONDS) * 1000).toISOString();
  if (!(await lti.app.store.lti.useNonce(platform.id, nonce, expires, at.toISOString()))) {
    throw new LtiRefusal(409, 'launchReplayed');
  }
  const deploymentId = claims[claim.deploymentId];
  if (typeof deploymentId !== 'string' || !platform.deploymentIds.includes(deploymentId)) {
    throw unknownDeployment(platform);
  }
  if (claims[claim.version] !== '1.3.0') {
    throw new LtiRefusal(400, 'versionUnsupported');
  }
  const messageType = claims[claim.messageType];
  if (messageType !== RESOURCE_LINK_REQUEST && messageType !== DEEP_LINKING_REQUEST) {
    throw new LtiRefusal(400, 'messageTypeUnsupported');
  }
  const link = claims[claim.resourceLink] as { id?: unknown } | undefined;
  if (messageType === RESOURCE_LINK_REQUEST && (typeof link?.id !== 'string' || !link.id)) {
    throw new LtiRefusal(400, 'resourceLinkMissing');
  }
  const roles = claims[claim.roles];
  return {
    platform,
    claims,
    sub: String(claims.sub),
    messageType,
    deploymentId,
    roles: Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : [],
    state,
    ...(login.storage ? { storage: login.storage } : {}),
  };
}

function tokenRefusal(error: unknown): LtiRefusal {
  if (error instanceof errors.JWTExpired) {
    return new LtiRefusal(401, 'idTokenExpired');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new LtiRefusal(401, { id: 'claimRefused', claim: error.claim, message: error.message });
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new LtiRefusal(401, 'signingKeyUnknown');
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new LtiRefusal(401, 'algorithmWrong');
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new LtiRefusal(401, 'platformKeysUnavailable');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new LtiRefusal(401, 'signatureBad');
  }
  if (error instanceof errors.JOSEError) {
    return new LtiRefusal(401, 'idTokenUnverified');
  }
  throw error;
}
