/**
 * The LTI 1.3 claims the tool reads and writes (1EdTech LTI Core, Deep Linking 2.0, AGS,
 * NRPS), who a launch makes of its user, and the learner id of a (platform, sub) pair.
 */
import { createHash } from 'node:crypto';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

export const claim = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  launchPresentation: `${LTI}launch_presentation`,
  deepLinkingSettings: `${DL}deep_linking_settings`,
  contentItems: `${DL}content_items`,
  data: `${DL}data`,
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

export const scope = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export const RESOURCE_LINK_REQUEST = 'LtiResourceLinkRequest';
export const DEEP_LINKING_REQUEST = 'LtiDeepLinkingRequest';

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership';
/** Course roles that run the course's events (a TA is a sub-role of Instructor). */
const HOST_ROLES = new Set([
  `${MEMBERSHIP}#Instructor`,
  `${MEMBERSHIP}/Instructor#TeachingAssistant`,
  `${MEMBERSHIP}#ContentDeveloper`,
]);
const LEARNER_ROLES = new Set([`${MEMBERSHIP}#Learner`]);

/**
 * What the launch makes of its user: a host of the course's events, a learner, or nothing.
 * Only roles the platform's registration lists in `adminRoles` make an admin.
 */
export function roleOf(roles: readonly string[], adminRoles: readonly string[]) {
  if (roles.some((role) => adminRoles.includes(role))) return 'admin' as const;
  if (roles.some((role) => HOST_ROLES.has(role))) return 'host' as const;
  if (roles.some((role) => LEARNER_ROLES.has(role))) return 'learner' as const;
  return undefined;
}

/**
 * The CPE Kit learner id of a platform's user: a digest of the pair, so the same `sub` from
 * two platforms is two people, and no platform can choose a `sub` that names another's user.
 */
export function learnerIdOf(platformId: string, sub: string): string {
  const digest = createHash('sha256').update(`${platformId}\n${sub}`).digest('base64url');
  return `lti-${digest.slice(0, 32)}`;
}
