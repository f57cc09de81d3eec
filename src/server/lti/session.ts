/**
 * What a valid launch opens: who the user is here (a learner of (platform, sub), or a host of
 * the course's events), the widget its custom parameters choose, the picker for a Deep
 * Linking request, and the single-use ticket the page trades for a short-lived session token
 * (POST /lti/session), so the token is never in a URL, a cookie or a log.
 */
import { randomBytes } from 'node:crypto';
import { widgets } from '../../components/widgets.js';
import { negotiateLocale, type Locale } from '../../policy/locale.js';
import { mintToken, type Identity } from '../auth.js';
import { messagesFor } from '../locales/index.js';
import type { LtiPlatform } from '../store/lti-store.js';
import { DEEP_LINKING_REQUEST, claim, learnerIdOf, roleOf } from './claims.js';
import type { LtiContext } from './context.js';
import { LtiRefusal, type PlatformStorage, type ValidLaunch } from './launch.js';
import { launchPage, pickerPage } from './pages.js';

/** How long the launch page has to trade its ticket for a token. */
const TICKET_SECONDS = 120;

/** The widgets a link may show: those offered as frames, with the attributes each takes. */
export const launchableWidgets = widgets.filter((widget) => widget.embed);

/** `cpe_event_id` -> `event-id`: the custom parameter that carries an element's attribute. */
export const customName = (attribute: string) => `cpe_${attribute.replaceAll('-', '_')}`;

export interface SessionTicket {
  identity: Identity;
  storage?: PlatformStorage;
}

export interface DeepLinkTicket {
  platformId: string;
  deploymentId: string;
  returnUrl: string;
  data?: string;
  /** The author's language: the content item's default title and text, and its column. */
  lang?: Locale;
}

const random = () => randomBytes(32).toString('base64url');

const expiry = (lti: LtiContext) =>
  new Date(lti.app.now().getTime() + TICKET_SECONDS * 1000).toISOString();

/** The page a valid launch answers with. */
export async function openLaunch(lti: LtiContext, launch: ValidLaunch): Promise<string> {
  const { platform, claims } = launch;
  const role = roleOf(launch.roles, platform.adminRoles);
  if (!role) {
    throw new LtiRefusal(403, 'roleNotServed');
  }
  const context = claims[claim.context] as { id?: string; title?: string } | undefined;
  if (launch.messageType === DEEP_LINKING_REQUEST) return openPicker(lti, launch, role);

  const custom = (claims[claim.custom] ?? {}) as Record<string, unknown>;
  const widget = launchableWidgets.find((entry) => entry.tag === custom.cpe_widget);
  if (!widget) {
    throw new LtiRefusal(400, {
      id: 'widgetNotNamed',
      tags: launchableWidgets.map((entry) => entry.tag),
    });
  }
  const attributes: Record<string, string> = { 'api-base': '/' };
  for (const name of widget.embed ?? []) {
    const value = custom[customName(name)];
    if (name !== 'api-base' && name !== 'role' && typeof value === 'string')
      attributes[name] = value;
  }
  const eventId = attributes['event-id'];
  const learnerId = learnerIdOf(platform.id, launch.sub);
  const link = claims[claim.resourceLink] as { id: string };
  const nrps = claims[claim.nrps] as { context_memberships_url?: string } | undefined;
  await lti.app.store.lti.putLink({
    platformId: platform.id,
    resourceLinkId: link.id,
    ...(context?.id ? { contextId: context.id } : {}),
    ...(context?.title ? { contextTitle: context.title } : {}),
    ...(eventId ? { eventId } : {}),
    ...(nrps?.context_memberships_url ? { membershipsUrl: nrps.context_memberships_url } : {}),
  });

  const identity: Identity = { sub: learnerId, role, ...nameOf(claims) };
  if (role === 'host') {
    identity.events = await courseEvents(lti, platform, context?.id, eventId);
    if (widget.tag === 'cpe-attendance-check-in') attributes.role = 'host';
  }
  const ags = claims[claim.ags] as { lineitem?: string; scope?: string[] } | undefined;
  if (role === 'learner' && eventId && ags?.lineitem) {
    await lti.app.store.lti.putGradeTarget({
      learnerId,
      eventId,
      platformId: platform.id,
      lineItem: ags.lineitem,
      userId: launch.sub,
      scopes: ags.scope ?? [],
    });
  }
  const lang = launchLocale(claims);
  const words = messagesFor(lang);
  const title = words.widgets[widget.tag].title;
  const ticket = random();
  const body: SessionTicket = { identity, ...(launch.storage ? { storage: launch.storage } : {}) };
  await lti.app.store.lti.putState(ticket, 'session', body, expiry(lti));
  return launchPage({
    ticket,
    widget: widget.tag,
    attributes,
    heading: context?.title ? words.lti.launchTitle(title, context.title) : title,
    lang,
    ...(launch.storage ? { storage: launch.storage } : {}),
    ...(role === 'host' && eventId && nrps?.context_memberships_url
      ? { rosterEvent: eventId }
      : {}),
  });
}

/** The platform's locale for the user (launch_presentation.locale), negotiated. */
function launchLocale(claims: Record<string, unknown>): Locale {
  const presentation = claims[claim.launchPresentation] as { locale?: unknown } | undefined;
  return negotiateLocale(
    typeof presentation?.locale === 'string' ? presentation.locale : undefined,
  );
}

/** Name and email from the id_token, when the platform shares them. */
function nameOf(claims: Record<string, unknown>): { name?: string } {
  const name = typeof claims.name === 'string' ? claims.name : undefined;
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  const shown = name ?? email;
  return shown ? { name: shown.slice(0, 200) } : {};
}

/** The events linked to the course (its resource links), and the one launched. */
async function courseEvents(
  lti: LtiContext,
  platform: LtiPlatform,
  contextId: string | undefined,
  launched: string | undefined,
): Promise<string[]> {
  const links = contextId ? await lti.app.store.lti.linksOfContext(platform.id, contextId) : [];
  const ids = new Set(links.flatMap((link) => (link.eventId ? [link.eventId] : [])));
  if (launched) ids.add(launched);
  return [...ids].slice(0, 500);
}

/** A Deep Linking request: the course author picks a widget, its event or program. */
async function openPicker(lti: LtiContext, launch: ValidLaunch, role: Identity['role']) {
  if (role === 'learner') {
    throw new LtiRefusal(403, 'authorsOnly');
  }
  const settings = launch.claims[claim.deepLinkingSettings] as
    { deep_link_return_url?: string; data?: string } | undefined;
  if (!settings?.deep_link_return_url) {
    throw new LtiRefusal(400, 'returnAddressMissing');
  }
  const ticket = random();
  const lang = launchLocale(launch.claims);
  const body: DeepLinkTicket = {
    platformId: launch.platform.id,
    deploymentId: launch.deploymentId,
    returnUrl: settings.deep_link_return_url,
    ...(settings.data !== undefined ? { data: settings.data } : {}),
    lang,
  };
  // The author has a while to choose: the ticket lasts as long as a login.
  const expires = new Date(lti.app.now().getTime() + 3600_000).toISOString();
  await lti.app.store.lti.putState(ticket, 'deeplink', body, expires);
  const { programs, events } = await catalogue(lti);
  return pickerPage({
    ticket,
    widgets: launchableWidgets.map(({ tag, embed }) => ({ tag, attributes: embed ?? [] })),
    programs,
    events,
    lang,
  });
}

/** Published programs and their events, newest version of each, for the picker's choices. */
async function catalogue(lti: LtiContext) {
  const versions = await lti.app.store.listProgramVersions();
  const latest = new Map(versions.map((record) => [record.program.id, record.program]));
  const published = [...latest.values()].filter((program) => program.status === 'published');
  const events = [];
  for (const program of published) {
    for (const event of await lti.app.store.listProgramEvents(program.id)) {
      const start = event.segments[0]?.start.slice(0, 10) ?? '';
      events.push({ value: event.id, label: `${event.title} (${program.title}, ${start})` });
    }
  }
  return {
    programs: published.map((program) => ({ value: program.id, label: program.title })),
    events,
  };
}

/** Trades a launch page's ticket (and its platform-storage proof) for a session token. */
export async function redeemTicket(
  lti: LtiContext,
  ticket: string,
  proof: string | undefined,
): Promise<{ token: string; expiresAt: string } | undefined> {
  const at = lti.app.now();
  const body = (await lti.app.store.lti.takeState(ticket, 'session', at.toISOString())) as
    SessionTicket | undefined;
  if (!body || (body.storage && body.storage.value !== proof)) return undefined;
  const token = await mintToken(lti.app.tokens, body.identity, `${lti.sessionSeconds}s`);
  return { token, expiresAt: new Date(Date.now() + lti.sessionSeconds * 1000).toISOString() };
}
