/**
 * Deep Linking 2.0: the author's choice becomes one `ltiResourceLink` content item, signed
 * with the tool's key (iss = client id, aud = platform issuer, a fresh nonce, the deployment,
 * the request's data echoed) and posted back to the platform's return address. An event's
 * link carries a `lineItem`, so the platform makes the gradebook column scores go to.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { computeCredits } from '../../policy/index.js';
import type { Locale } from '../../policy/locale.js';
import { messagesFor } from '../locales/index.js';
import type { LtiPlatform } from '../store/lti-store.js';
import { claim } from './claims.js';
import type { LtiContext } from './context.js';
import { signingKey } from './keys.js';
import { LtiRefusal } from './launch.js';
import { customName, launchableWidgets, type DeepLinkTicket } from './session.js';

/** The form the picker posts. */
export interface DeepLinkChoice {
  ticket?: string;
  widget?: string;
  title?: string;
  /** `attr-<attribute>` fields. */
  [field: string]: string | undefined;
}

/** Attributes without which a widget shows nothing. */
const NEEDED = [
  ['event-id', 'event'],
  ['program-id', 'program'],
] as const;

export async function deepLinkResponse(
  lti: LtiContext,
  choice: DeepLinkChoice,
): Promise<{ returnUrl: string; jwt: string; lang: Locale }> {
  const at = lti.app.now();
  const ticket = (await lti.app.store.lti.takeState(
    choice.ticket ?? '',
    'deeplink',
    at.toISOString(),
  )) as DeepLinkTicket | undefined;
  if (!ticket) {
    throw new LtiRefusal(400, 'pickerExpired');
  }
  const platform = await lti.app.store.lti.getPlatform(ticket.platformId);
  if (platform?.status !== 'active') {
    throw new LtiRefusal(403, 'platformNotActive');
  }
  const widget = launchableWidgets.find((entry) => entry.tag === choice.widget);
  if (!widget) throw new LtiRefusal(400, 'widgetNotChosen');
  const custom: Record<string, string> = { cpe_widget: widget.tag };
  for (const name of widget.embed ?? []) {
    const value = choice[`attr-${name}`]?.trim();
    if (value && name !== 'api-base' && name !== 'role')
      custom[customName(name)] = value.slice(0, 200);
  }
  // A check-in without its event, or details without their program, would show nothing.
  for (const [attribute, field] of NEEDED) {
    if (widget.embed?.includes(attribute) && !custom[customName(attribute)]) {
      throw new LtiRefusal(400, { id: 'fieldNotChosen', field, widget: widget.tag });
    }
  }
  // What the course shows of the link, in the author's language unless they typed a title.
  const lang = ticket.lang ?? 'en';
  const words = messagesFor(lang);
  const { title, summary } = words.widgets[widget.tag];
  const item: Record<string, unknown> = {
    type: 'ltiResourceLink',
    title: choice.title?.trim().slice(0, 200) || title,
    text: summary,
    url: `${lti.toolUrl}/launch`,
    custom,
  };
  const eventId = custom.cpe_event_id;
  if (eventId) {
    const event = await lti.app.store.getEvent(eventId);
    if (!event) throw new LtiRefusal(400, 'eventNotListed');
    const offered = computeCredits(
      { method: event.method, segments: event.segments, breaks: event.breaks },
      lti.app.policy,
    );
    const credits = offered.ok ? offered.value.credits.nasba : 0;
    // A gradebook column needs a positive maximum: an event that offers no credit gets none.
    if (credits > 0) {
      item.lineItem = {
        scoreMaximum: credits,
        label: words.lti.gradebookColumn(event.title),
        resourceId: event.id,
        tag: 'cpe-attendance',
      };
    }
  }
  const jwt = await signResponse(lti, platform, ticket, item);
  return { returnUrl: ticket.returnUrl, jwt, lang };
}

async function signResponse(
  lti: LtiContext,
  platform: LtiPlatform,
  ticket: DeepLinkTicket,
  item: Record<string, unknown>,
): Promise<string> {
  const { kid, key } = await signingKey(lti.app.store.lti, lti.app.now());
  const now = Math.floor(lti.app.now().getTime() / 1000);
  return new SignJWT({
    nonce: randomBytes(16).toString('base64url'),
    [claim.deploymentId]: ticket.deploymentId,
    [claim.messageType]: 'LtiDeepLinkingResponse',
    [claim.version]: '1.3.0',
    [claim.contentItems]: [item],
    ...(ticket.data !== undefined ? { [claim.data]: ticket.data } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(key);
}
