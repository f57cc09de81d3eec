/** `GET /v1/health`, `GET /v1/policy` and `GET /v1/openapi.json`. */
import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { packageVersion } from '../config.js';
import { openApiDocument } from '../openapi.js';

export function metaRoutes({ policy }: AppContext) {
  const version = packageVersion();
  let openApi: object | undefined;
  return new Hono()
    .get('/health', (c) => c.json({ status: 'ok', version }))
    .get('/policy', (c) => c.json(policy))
    .get('/openapi.json', (c) => c.json((openApi ??= openApiDocument(version))));
}
