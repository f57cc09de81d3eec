// The LTI tool's refusals in the reader's language: every refusal of the catalog in Spanish
// and French, and a refusal page worded by the browser's Accept-Language.
import { describe, expect, it } from 'vitest';
import {
  wordRefusal,
  type RefusalId,
  type RefusalSaid,
} from '../../src/server/locales/lti-refusals.js';
import { ltiApi, TOOL } from './lti-harness.js';

/** One refusal of each id, with figures; the type makes a new id a compile error here. */
const samples: { [K in RefusalId]: Extract<RefusalSaid, K | { id: K }> } = {
  loginIncomplete: 'loginIncomplete',
  targetUnknown: { id: 'targetUnknown', toolUrl: `${TOOL}/lti` },
  platformNotRegistered: {
    id: 'platformNotRegistered',
    issuer: 'https://lms.example.test',
    clientIds: ['c1'],
  },
  platformPending: 'platformPending',
  clientIdNeeded: 'clientIdNeeded',
  deploymentUnknown: { id: 'deploymentUnknown', platform: 'Canvas' },
  launchIncomplete: 'launchIncomplete',
  stateUnknown: 'stateUnknown',
  notIdToken: 'notIdToken',
  stateOfOtherPlatform: 'stateOfOtherPlatform',
  authorizedPartyWrong: 'authorizedPartyWrong',
  nonceWrong: 'nonceWrong',
  launchReplayed: 'launchReplayed',
  versionUnsupported: 'versionUnsupported',
  messageTypeUnsupported: 'messageTypeUnsupported',
  resourceLinkMissing: 'resourceLinkMissing',
  idTokenExpired: 'idTokenExpired',
  claimRefused: { id: 'claimRefused', claim: 'iat', message: '"iat" claim timestamp check failed' },
  signingKeyUnknown: 'signingKeyUnknown',
  algorithmWrong: 'algorithmWrong',
  platformKeysUnavailable: 'platformKeysUnavailable',
  signatureBad: 'signatureBad',
  idTokenUnverified: 'idTokenUnverified',
  roleNotServed: 'roleNotServed',
  widgetNotNamed: { id: 'widgetNotNamed', tags: ['cpe-attendance-check-in'] },
  authorsOnly: 'authorsOnly',
  returnAddressMissing: 'returnAddressMissing',
  pickerExpired: 'pickerExpired',
  platformNotActive: 'platformNotActive',
  widgetNotChosen: 'widgetNotChosen',
  fieldNotChosen: { id: 'fieldNotChosen', field: 'event', widget: 'cpe-attendance-check-in' },
  eventNotListed: 'eventNotListed',
  courseListUnavailable: { id: 'courseListUnavailable', status: 503 },
  configurationMissing: 'configurationMissing',
  platformUnreachable: { id: 'platformUnreachable', step: 'registration', url: 'https://x.test' },
  platformAnswered: { id: 'platformAnswered', step: 'configuration', status: 404 },
  configurationNotIssuers: 'configurationNotIssuers',
  configurationIncomplete: 'configurationIncomplete',
  registrationIncomplete: 'registrationIncomplete',
  alreadyRegistered: 'alreadyRegistered',
};

describe('the LTI refusals in Spanish and French', () => {
  it.each(['es', 'fr'] as const)('words every refusal in %s, none left in English', (locale) => {
    for (const [id, said] of Object.entries(samples) as [RefusalId, RefusalSaid][]) {
      const english = wordRefusal(said, 'en');
      const worded = wordRefusal(said, locale);
      expect(worded.title, id).not.toBe(english.title);
      expect(worded.detail, id).not.toBe(english.detail);
    }
  });

  it('words each step and field of a refusal in its own words', () => {
    for (const locale of ['en', 'es', 'fr'] as const) {
      const titles = [
        wordRefusal({ ...samples.platformUnreachable, step: 'configuration' }, locale).title,
        wordRefusal({ ...samples.platformUnreachable, step: 'registration' }, locale).title,
        wordRefusal({ ...samples.fieldNotChosen, field: 'event' }, locale).title,
        wordRefusal({ ...samples.fieldNotChosen, field: 'program' }, locale).title,
      ];
      expect(new Set(titles).size, locale).toBe(titles.length);
    }
  });
});

describe('a refusal page in the reader’s language', () => {
  const unregisteredLogin = new URLSearchParams({
    iss: 'https://other.example.test',
    login_hint: 'ada',
    target_link_uri: `${TOOL}/lti/launch`,
  }).toString();

  it('comes in French by Accept-Language, marked as such', async () => {
    const api = await ltiApi();
    const response = await api.request(`/lti/login?${unregisteredLogin}`, {
      headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-language')).toBe('fr');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Plateforme non enregistrée</title>');
    expect(html).toContain('<h1>Plateforme non enregistrée</h1>');
    expect(html).toContain('Aucune plateforme d’issuer https://other.example.test');
    // The log keeps the English title, whatever the reader's language.
    expect(api.logs.some((line) => line.includes('"reason":"Platform not registered"'))).toBe(true);
  });

  it('comes in English by default', async () => {
    const api = await ltiApi();
    const response = await api.request(`/lti/login?${unregisteredLogin}`);
    expect(response.headers.get('content-language')).toBe('en');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Platform not registered</h1>');
  });
});
