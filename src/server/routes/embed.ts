/**
 * The iframe embed, for LMSs (Canvas and others) that strip script tags from course pages:
 * `GET /embed/{widget}?<attributes>` renders a minimal page with that one widget. The
 * page reports its height to the parent with postMessage so the frame can size itself.
 * A token never travels in the query (it would land in logs): pass it in the fragment,
 * `#token=...`, which the browser keeps to itself; the frame script hands it to the widget.
 */
import { Hono } from 'hono';
import { widgets } from '../../components/widgets.js';
import { escapeHtml } from '../html.js';
import { ProblemError, problemResponse } from '../problem.js';
import { replyLocale } from '../request-locale.js';

/**
 * The widgets the registry offers as frames, with the attributes each accepts from the
 * query. A Map, so a path such as `/embed/constructor` finds nothing instead of
 * Object.prototype's members.
 */
const embeddable = new Map<string, readonly string[]>();
for (const { tag, embed } of widgets) if (embed) embeddable.set(tag, embed);
const framesList = [...embeddable.keys()].join(', ');

// Runs inside the frame: token from the fragment, height to the parent on every resize.
const frameScript = `const widget = document.querySelector('[data-cpe-embed]');
const token = new URLSearchParams(location.hash.slice(1)).get('token');
if (token) widget.setAttribute('token', token);
history.replaceState(null, '', location.pathname + location.search);
const report = () =>
  parent.postMessage({ type: 'cpe-embed-height', widget: widget.localName, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
new ResizeObserver(report).observe(document.documentElement);
`;

/** `lang`: the widget inside speaks the page's language (it reads the nearest `lang`). */
function page(widget: string, attributes: [string, string][], lang: string): string {
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${widget}</title>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/embed/frame.css">
<script type="module" src="/cdn/${widget}.js"></script>
<script type="module" src="/embed/frame.js"></script>
</head>
<body>
<${widget} data-cpe-embed${attrs}></${widget}>
</body>
</html>
`;
}

export const embedRoutes = new Hono()
  .get('/frame.js', (c) =>
    c.body(frameScript, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
    }),
  )
  .get('/frame.css', (c) =>
    c.body(
      'html,body{margin:0;background:transparent;font-family:system-ui,sans-serif}body{padding:1px}',
      200,
      {
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=300',
      },
    ),
  )
  .get('/:widget', (c) => {
    const widget = c.req.param('widget');
    const allowed = embeddable.get(widget);
    if (!allowed) {
      // The sponsor's own tools (the review queue acts with an admin token) are never framed:
      // a page on any origin could overlay its buttons. They load from /cdn/ on the sponsor's page.
      const known = widgets.find((entry) => entry.tag === widget);
      return known
        ? problemResponse(
            c,
            new ProblemError(404, { id: 'widgetNotFramed', widget, frames: framesList }),
          )
        : problemResponse(
            c,
            new ProblemError(404, { id: 'widgetUnknown', widget, frames: framesList }),
          );
    }
    const query = c.req.query();
    const attributes = allowed
      .filter((name) => name !== 'api-base' && query[name] !== undefined)
      .map((name): [string, string] => [name, query[name]!]);
    // Same origin by default: the frame is served by the API, so official records need no
    // CORS; `api-base=local` runs the bundled rules instead.
    const apiBase = query['api-base'] ?? '/';
    if (apiBase !== 'local') attributes.unshift(['api-base', apiBase]);
    // `?lang=` (an LMS can put its locale in the frame's address), else the learner's browser.
    const locale = replyLocale(c);
    // The CSP, with the LMS/CMS origins allowed to frame it, comes from security-headers.ts.
    return c.html(page(widget, attributes, locale), 200, { 'cache-control': 'no-cache' });
  });
