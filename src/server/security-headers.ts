/**
 * The headers every response carries: no MIME sniffing, no Referer leaving the page (a code in
 * a check-in URL must not travel to another site), a strict CSP with the framing rule of the
 * page (embeds: the configured LMS/CMS origins; anything else: this origin), and HSTS when the
 * request came over TLS (or, behind a trusted proxy, X-Forwarded-Proto says so).
 */
import type { TLSSocket } from 'node:tls';
import type { Context, MiddlewareHandler } from 'hono';
import { requestHeader } from './request.js';
import { setResponseHeader } from './response-headers.js';

export interface SecurityHeaderOptions {
  /** Origins allowed to frame /embed (and later /lti) pages; `'self'` when empty. */
  frameAncestors?: string[];
  trustProxy?: boolean;
}

/** Paths whose pages are made to be framed by a learning platform. */
const FRAMED = /^\/(embed|lti)(\/|$)/;

/**
 * Scripts, styles and data from this origin only; inline styles allowed (Lit's fallback when
 * constructable stylesheets are missing), images also as data: URLs (QR codes). Nothing else.
 */
export const contentSecurityPolicy = (frameAncestors: string, formAction = "'self'") =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formAction}`,
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const trustProxy = options.trustProxy ?? false;
  const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  const ancestors = options.frameAncestors?.length ? options.frameAncestors.join(' ') : "'self'";
  const framedHeaders: Record<string, string> = {
    ...common,
    'content-security-policy': contentSecurityPolicy(ancestors),
  };
  const unframedHeaders: Record<string, string> = {
    ...common,
    'content-security-policy': contentSecurityPolicy("'self'"),
  };
  return async (c, next) => {
    const headers = FRAMED.test(c.req.path) ? framedHeaders : unframedHeaders;
    for (const name in headers) setResponseHeader(c, name, headers[name]!);
    if (overTls(c, trustProxy)) setResponseHeader(c, 'strict-transport-security', HSTS);
    await next();
  };
}

function overTls(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && requestHeader(c, 'x-forwarded-proto')?.split(',')[0]?.trim() === 'https') {
    return true;
  }
  const socket = (c.env as { incoming?: { socket?: Partial<TLSSocket> } } | undefined)?.incoming
    ?.socket;
  if (socket) return socket.encrypted === true;
  return new URL(c.req.url).protocol === 'https:';
}
