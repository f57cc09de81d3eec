/**
 * Bodies an anonymous caller could use to crash or confuse the API: JSON nested past any
 * sane depth (around a NUL, which the control-character check walks), and bodies not sent
 * as JSON at all.
 */
import { describe, expect, it } from 'vitest';
import { BODY_DEPTH_LIMIT } from '../../src/server/request.js';
import { json, testApi } from './helpers.js';

const nested = (depth: number, inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('bounded JSON bodies', async () => {
  const api = await testApi();
  const post = (path: string, body: string, type = 'application/json') =>
    api.request(path, { method: 'POST', body, headers: { 'content-type': type } });

  it('answers 30,000 nested arrays around "\\u0000" with a 400 problem, on every JSON route', async () => {
    for (const path of ['/v1/credits', '/v1/refunds/quote', '/v1/attendance/evaluate']) {
      const response = await post(path, nested(30_000, '"\\u0000"'));
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type'), path).toBe('application/problem+json');
      expect((await json(response)).title, path).toBe('The body is nested too deeply');
    }
  });

  it('accepts nesting up to the limit, brackets inside strings not counted', async () => {
    const atLimit = await post('/v1/credits', nested(BODY_DEPTH_LIMIT, '"[[[[\\"\\u0000"'));
    expect(atLimit.status).toBe(400);
    expect((await json(atLimit)).errors).toEqual([
      {
        path: Array.from({ length: BODY_DEPTH_LIMIT }, () => '0').join('.'),
        message: 'must not contain U+0000',
      },
    ]);
    const over = await post('/v1/credits', nested(BODY_DEPTH_LIMIT + 1, '1'));
    expect((await json(over)).title).toBe('The body is nested too deeply');
  });

  it('refuses a body not sent as application/json with 415, and parses none of it', async () => {
    const body = JSON.stringify({ method: 'group-live', segments: [] });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const response = await post('/v1/credits', body, type);
      expect(response.status, type).toBe(415);
      expect(response.headers.get('content-type'), type).toBe('application/problem+json');
    }
    const withCharset = await post('/v1/refunds/quote', '{}', 'application/json; charset=utf-8');
    expect(withCharset.status).toBe(400);
  });
});
