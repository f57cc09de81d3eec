// What the widgets' stand-in APIs (the `*.middleware.mjs` Koa middlewares) share:
// JSON and problem+json answers, and reading a JSON body.

export function send(ctx, status, body, type = 'application/json') {
  ctx.status = status;
  ctx.type = type;
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

export function problem(ctx, status, title, extra = {}) {
  send(ctx, status, { type: 'about:blank', title, status, ...extra }, 'application/problem+json');
}

/** The request's JSON body, or undefined when it has none. */
export async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : undefined;
}
