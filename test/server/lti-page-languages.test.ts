// The LTI tool's own pages in their reader's language: the course author's picker and what it
// sends back to the course (launch_presentation.locale), the launch page's title, and the
// pages shown before any id_token or to an administrator (the browser's Accept-Language).
import { describe, expect, it } from 'vitest';
import { widgets } from '../../src/components/widgets.js';
import { people } from './helpers.js';
import { ROLE } from './lti-fake-platform.js';
import {
  ISSUER,
  TOOL,
  launch,
  learnerSpec,
  liveEvent,
  ltiApi,
  type LtiTestApi,
} from './lti-harness.js';

const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

/** The HTML's text with its escapes undone, as a reader sees it. */
const unescaped = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

const presentation = (locale: string) => ({
  [`${LTI}launch_presentation`]: { return_url: `${ISSUER}/course`, locale },
});

/** A Deep Linking launch in `locale`: the picker's HTML and a way to post its form. */
async function picker(api: LtiTestApi, locale: string) {
  const author = { sub: 'teacher-1', roles: [ROLE.instructor], deepLinking: true };
  const { html } = await launch(api, author, presentation(locale));
  const ticket = /name="ticket" value="([^"]+)"/.exec(html)![1]!;
  const post = (fields: Record<string, string>) =>
    api.request('/lti/deep-link', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ticket, ...fields }).toString(),
    });
  return { html: unescaped(html), post };
}

describe('the LTI pages in the reader’s language', () => {
  it('gives a French course author the picker in French, with nothing of it left in English', async () => {
    const api = await ltiApi();
    const { html } = await picker(api, 'fr-CA');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Ajouter un widget CPE Kit</title>');
    expect(html).toContain('<label for="f-title">Titre dans le cours</label>');
    expect(html).toContain('<option value="cpe-credit-calculator">Calculateur de crédits</option>');
    expect(html).toContain('<option value="group-live">En groupe, en présentiel</option>');
    expect(html).toContain('data-needed="Choisissez un événement pour voir l’aperçu."');
    const english = [
      'Add a CPE Kit widget',
      'Title in the course',
      'Delivery method',
      'Choose an event',
      'Add to the course',
      'Preview',
      'Group live',
      ...widgets.map((widget) => `>${widget.title}<`),
    ];
    for (const words of english) expect(html, words).not.toContain(words);
  });

  it('sends the course a link titled, described and graded in the author’s language', async () => {
    const api = await ltiApi();
    const eventId = await liveEvent(api);
    const { post } = await picker(api, 'es_MX');
    const answer = await post({ widget: 'cpe-attendance-check-in', 'attr-event-id': eventId });
    const page = unescaped(await answer.text());
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('<h1>Añadiendo al curso</h1>');
    expect(page).toContain('<button type="submit">Continuar</button>');
    const jwt = /name="JWT" value="([^"]+)"/.exec(page)![1]!;
    await api.platform.fetch(`${ISSUER}/deep-link-return`, {
      method: 'POST',
      body: new URLSearchParams({ JWT: jwt }),
    });
    const [item] = api.platform.deepLinkResponses[0]![`${DL}content_items`] as {
      title: string;
      text: string;
      lineItem: { label: string };
    }[];
    expect(item).toMatchObject({
      title: 'Registro de asistencia',
      lineItem: { label: 'Month-end close (créditos CPE)' },
    });
    expect(item!.text).toMatch(/^Los participantes registran su entrada/);
  });

  it('names the widget in the launch page’s title in the learner’s language', async () => {
    const api = await ltiApi();
    const { html } = await launch(api, learnerSpec, presentation('fr-FR'));
    expect(unescaped(html)).toContain(
      '<title>Calculateur de crédits\u00a0: Month-end close (Fall)</title>',
    );
  });

  it('words the sign-in hand-off and the registration page by the browser’s language', async () => {
    const api = await ltiApi({ register: false });
    const registration = new URLSearchParams({
      openid_configuration: `${ISSUER}/.well-known/openid-configuration`,
      registration_token: 'registration-token',
    });
    const registered = await api.request(`/lti/register?${registration.toString()}`, {
      headers: { 'accept-language': 'fr-CA,fr;q=0.9' },
    });
    const done = unescaped(await registered.text());
    expect(done).toContain('<html lang="fr">');
    expect(done).toMatch(/<h1>CPE Kit est inscrit auprès de [^<]+<\/h1>/);
    const [platform] = await api.store.lti.listPlatforms();
    await api.request(`/v1/lti/platforms/${platform!.id}/activate`, {
      as: people.root,
      method: 'POST',
    });
    const login = new URLSearchParams({
      iss: ISSUER,
      login_hint: 'ada',
      target_link_uri: `${TOOL}/lti/launch`,
      lti_storage_target: '_parent',
    });
    const handOff = await api.request(`/lti/login?${login.toString()}`, {
      headers: { 'accept-language': 'es-ES' },
    });
    const page = unescaped(await handOff.text());
    expect(page).toContain('data-lti="store"');
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('<p class="launch-status" role="status">Iniciando su sesión…</p>');
    // Without a language asked for, English.
    const english = await api.request(`/lti/login?${login.toString()}`);
    expect(await english.text()).toContain('<html lang="en">');
  });
});
