/** `GET /embed/{widget}`: the iframe pages, one for each widget the registry offers as a frame. */
import { describe, expect, it } from 'vitest';
import { widgets } from '../../src/components/widgets.js';
import { testApi } from './helpers.js';

const framed = widgets.filter((widget) => widget.embed !== undefined);
const unframed = widgets.filter((widget) => widget.embed === undefined);
const framedList = framed.map((widget) => widget.tag).join(', ');

describe('GET /embed/{widget}', async () => {
  const api = await testApi();

  it.each(framed.map((widget) => [widget.tag, widget.embed!] as const))(
    '%s renders a page with the widget, its bundle and the query attributes it accepts',
    async (tag, accepted) => {
      const query = new URLSearchParams(accepted.map((name) => [name, `${name}-value`]));
      query.set('token', 'must-not-travel-in-the-query');
      query.set('onclick', 'alert(1)');
      const response = await api.request(`/embed/${tag}?${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const body = await response.text();
      expect(body).toContain(`<script type="module" src="/cdn/${tag}.js"></script>`);
      const element = new RegExp(`<${tag} data-cpe-embed([^>]*)></${tag}>`).exec(body);
      expect(element).not.toBeNull();
      const attributes = [...element![1]!.matchAll(/ ([a-z-]+)="/g)].map((match) => match[1]);
      expect(attributes.sort()).toEqual([...accepted].sort());
    },
  );

  it('sets the page language from ?lang=, else Accept-Language, else English', async () => {
    const [first] = framed;
    const asked = await api.request(`/embed/${first!.tag}?lang=fr-CA`);
    expect(await asked.text()).toContain('<html lang="fr">');
    expect(asked.headers.get('content-language')).toBe('fr');
    const browser = await api.request(`/embed/${first!.tag}`, {
      headers: { 'accept-language': 'es-MX,es;q=0.9' },
    });
    expect(await browser.text()).toContain('<html lang="es">');
    expect(browser.headers.get('vary')).toContain('Accept-Language');
    const plain = await (await api.request(`/embed/${first!.tag}?lang=de`)).text();
    expect(plain).toContain('<html lang="en">');
    expect(plain).not.toContain(' lang="de"');
  });

  it('passes api-base on as given, and to the same origin when absent', async () => {
    const [first] = framed;
    const given = await (await api.request(`/embed/${first!.tag}?api-base=local`)).text();
    expect(given).not.toContain('api-base=');
    const absent = await (await api.request(`/embed/${first!.tag}`)).text();
    expect(absent).toContain(' api-base="/"');
  });

  it.each(unframed.map((widget) => widget.tag))(
    '%s is not offered as a frame (the registry gives it no embed attributes)',
    async (tag) => {
      const response = await api.request(`/embed/${tag}`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { title: string; detail: string };
      expect(body.title).toBe('Widget not offered as a frame');
      expect(body.detail).toContain(`/embed/ serves the learner widgets: ${framedList}.`);
      expect(body.detail).toContain(`Load /cdn/${tag}.js on the sponsor's own page instead.`);
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'cpe-unknown'])(
    '%s is an unknown widget (404 problem), not a member of some object',
    async (name) => {
      const response = await api.request(`/embed/${name}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({
        status: 404,
        title: 'Unknown widget',
        detail: expect.stringContaining(`/embed/ serves: ${framedList}.`) as string,
      });
    },
  );
});
