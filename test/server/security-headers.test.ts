/** The headers every response carries, the framing rule of each page, and HSTS over TLS. */
import { describe, expect, it } from 'vitest';
import { people, testApi } from './helpers.js';

describe('security headers', async () => {
  const api = await testApi({ frameAncestors: ['https://lms.example.edu'] });
  const behindProxy = await testApi({ trustProxy: true });

  it('sends nosniff, no-referrer and a strict CSP framed by this origin only, on JSON, problems and 404s', async () => {
    for (const response of [
      await api.request('/v1/health'),
      await api.request('/v1/refunds', { as: people.root }),
      await api.request('/v1/refunds'),
      await api.request('/nothing-here'),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'self'$/);
      expect(csp).toMatch(/object-src 'none'/);
    }
  });

  it('lets the configured LMS/CMS origins frame /embed pages, and nobody else', async () => {
    const page = await api.request('/embed/cpe-credit-calculator');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(
      /script-src 'self';.*frame-ancestors https:\/\/lms\.example\.edu$/,
    );
    const byDefault = await behindProxy.request('/embed/cpe-credit-calculator');
    expect(byDefault.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
  });

  it('sends HSTS over TLS only: https, or X-Forwarded-Proto behind a trusted proxy', async () => {
    const plain = await api.request('/v1/health');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const tls = await api.request('https://cpe.example.org/v1/health');
    expect(tls.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const forwarded = { headers: { 'x-forwarded-proto': 'https' } };
    expect(
      (await api.request('/v1/health', forwarded)).headers.get('strict-transport-security'),
    ).toBeNull();
    expect(
      (await behindProxy.request('/v1/health', forwarded)).headers.get('strict-transport-security'),
    ).toMatch(/^max-age=/);
  });
});
