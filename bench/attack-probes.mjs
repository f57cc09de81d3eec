// The probes of issue 17 (attacks that must now fail) and the passes to keep. Each probe is
// bounded in count and time (`size` scales the counts: 1 in --short mode, more otherwise) and
// answers { expected, result, pass }.
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, generateKeyPair } from 'jose';
import { openEvent, secret, startMain, token } from './attack-target.mjs';

const refund = {
  product: 'self-study',
  priceCents: 19_999,
  currency: 'USD',
  purchasedAt: new Date(Date.now() - 86_400_000).toISOString(),
  finalTestTaken: false,
};
const wrongCode = (code) => (code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA');
const statusesOf = (answers) =>
  Object.entries(
    answers.reduce((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {}),
  )
    .map(([status, count]) => `${count}x${status}`)
    .join(' ');

/** Sends `count` requests, `parallel` at a time, or until `ms` pass; their answers. */
async function flood(count, parallel, ms, send) {
  const answers = [];
  const until = Date.now() + ms;
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() < until) answers.push(await send(next++));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return answers;
}

export const probes = [
  {
    name: 'brute force check-in codes',
    expected: '429 + Retry-After after 5 misses; no guess gets through',
    async run(target, size) {
      const api = await target.api('brute');
      const event = await openEvent(api);
      const learner = await token('mallory', 'learner');
      const guesses = await flood(50 * size, 10, 5000, (i) =>
        api.call(`/v1/events/${event.id}/check-ins`, {
          as: learner,
          json: { kind: 'in', code: i % 2 ? wrongCode(event.code) : 'ZZZZZZ' },
        }),
      );
      const locked = guesses.filter((a) => a.status === 429);
      const misses = guesses.filter((a) => a.status === 422).length;
      const right = await api.call(`/v1/events/${event.id}/check-ins`, {
        as: learner,
        json: { kind: 'in', code: event.code },
      });
      const retryAfter = locked[0]?.headers.get('retry-after');
      return {
        result: `${guesses.length} guesses: ${misses} judged, ${locked.length} 429 (Retry-After ${retryAfter}); then the right code: ${right.status}`,
        pass:
          misses <= 5 &&
          locked.length === guesses.length - misses &&
          Number(retryAfter) > 0 &&
          locked[0].headers.get('content-type') === 'application/problem+json' &&
          right.status === 429,
      };
    },
  },
  {
    name: 'refund flood by one learner',
    expected: 'at most 30 stored a minute, the rest 429; GET /v1/refunds bounded to 100',
    async run(target, size) {
      const api = await target.api('refund-flood');
      const learner = await token('mallory', 'learner');
      const answers = await flood(200 * size, 10, 5000, () =>
        api.call('/v1/refunds', { as: learner, json: refund }),
      );
      const list = await api.call('/v1/refunds', { as: await token('root', 'admin') });
      const stored = answers.filter((a) => a.status === 201).length;
      return {
        result: `${answers.length} sent: ${statusesOf(answers)}; list ${list.json.length} items, ${list.text.length} bytes`,
        pass: stored <= 30 && list.status === 200 && list.json.length <= 100,
      };
    },
  },
  {
    name: 'record flood vs roster',
    expected:
      'records capped at 200 per learner (409); roster 200 for the host; honest check-in fast',
    async run(target, size) {
      // The write limit would stop the flood first: lifted, so the cap itself is tested.
      const api = await target.api('record-flood', { limits: { learnerWritesPerMinute: 0 } });
      const event = await openEvent(api);
      const learner = await token('mallory', 'learner');
      const answers = await flood(220 + 30 * size, 1, 10_000, (i) =>
        api.call(`/v1/events/${event.id}/check-ins`, {
          as: learner,
          json: { kind: i % 2 ? 'out' : 'in', code: event.code },
        }),
      );
      const t0 = performance.now();
      const honest = await api.call(`/v1/events/${event.id}/check-ins`, {
        as: await token('ada', 'learner'),
        json: { kind: 'in', code: event.code },
      });
      const honestMs = Math.round(performance.now() - t0);
      const roster = await api.call(`/v1/events/${event.id}/attendance`, { as: event.host });
      const csv = await api.call(`/v1/events/${event.id}/attendance?format=csv`, {
        as: event.host,
      });
      const stored = (await api.store.listCheckIns(event.id, 'mallory')).length;
      return {
        result: `${answers.length} sent: ${statusesOf(answers)}; ${stored} stored; roster ${roster.status}/${csv.status}; honest ${honest.status} in ${honestMs} ms`,
        pass:
          stored <= 200 &&
          roster.status === 200 &&
          csv.status === 200 &&
          honest.status === 201 &&
          honestMs < 1000,
      };
    },
  },
  {
    name: 'check-in race (SQLite)',
    expected: '50 pairs of parallel `in`s, different keys: one of each stored',
    async run(target) {
      const api = await target.api('race');
      const event = await openEvent(api);
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => i).flatMap((i) =>
          ['a', 'b'].map(async (key) =>
            api.call(`/v1/events/${event.id}/check-ins`, {
              as: await token(`racer-${i}`, 'learner'),
              headers: { 'idempotency-key': `${i}-${key}` },
              json: { kind: 'in', code: event.code },
            }),
          ),
        ),
      );
      const rows = await api.store.listCheckIns(event.id);
      return {
        result: `${statusesOf(answers)}; ${rows.length} stored for 50 learners`,
        pass: rows.length === 50 && new Set(rows.map((r) => r.learnerId)).size === 50,
      };
    },
  },
  {
    name: 'nested JSON around "\\u0000"',
    expected: '30,000 nested arrays: 400 problem on each anonymous route, not 500',
    async run(target) {
      const api = await target.api('nested');
      const body = `${'['.repeat(30_000)}"\\u0000"${']'.repeat(30_000)}`;
      const paths = ['/v1/credits', '/v1/refunds/quote', '/v1/attendance/evaluate'];
      const answers = await Promise.all(paths.map((path) => api.call(path, { json: body })));
      const plain = await api.call('/v1/credits', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        json: '{}',
      });
      return {
        result: `${answers.map((a) => a.status).join('/')}; text/plain body: ${plain.status}`,
        pass: answers.every((a) => a.status === 400) && plain.status === 415,
      };
    },
  },
  {
    name: '/embed/constructor, /embed/__proto__',
    expected: '404 problem',
    async run(target) {
      const api = await target.api('embed');
      const answers = await Promise.all(
        ['constructor', '__proto__', 'toString'].map((name) => api.call(`/embed/${name}`)),
      );
      return {
        result: answers.map((a) => a.status).join('/'),
        pass: answers.every((a) => a.status === 404),
      };
    },
  },
  {
    name: 'demo default exposure',
    expected: 'no secret: loopback only, "DEMO MODE" said; HOST=0.0.0.0 refused without CPE_DEMO=1',
    async run() {
      const demo = await startMain({});
      const wide = await startMain({ HOST: '0.0.0.0' });
      const host = /"host":"([^"]+)"/.exec(demo.output)?.[1];
      return {
        result: `listens on ${host}, banner ${/DEMO MODE/.test(demo.output) ? 'says DEMO MODE' : 'silent'}; HOST=0.0.0.0: exit ${wide.exitCode}`,
        pass: host === '127.0.0.1' && /DEMO MODE/.test(demo.output) && wide.exitCode === 1,
      };
    },
  },
  {
    name: 'long-lived token',
    expected: 'exp 100 years ahead: 401',
    async run(target) {
      const api = await target.api('tokens');
      const key = new TextEncoder().encode(secret);
      const forever = await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('root')
        .setIssuedAt()
        .setExpirationTime('100y')
        .sign(key);
      const noIat = await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('root')
        .setExpirationTime('100y')
        .sign(key);
      const answers = await Promise.all(
        [forever, noIat].map((as) => api.call('/v1/refunds', { as })),
      );
      return {
        result: answers.map((a) => a.status).join('/'),
        pass: answers.every((a) => a.status === 401),
      };
    },
  },
  {
    name: 'Host header in the QR code',
    expected: 'checkInUrl from CPE_PUBLIC_URL, whatever Host says',
    async run(target) {
      const api = await target.api('host-header');
      const event = await openEvent(api);
      // fetch will not send a forged Host: node:http will.
      const { request } = await import('node:http');
      const url = new URL(api.origin);
      const body = await new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: url.port,
            path: `/v1/events/${event.id}/code`,
            headers: { host: 'evil.example', authorization: `Bearer ${event.host}` },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve(JSON.parse(text)));
          },
        );
        req.on('error', reject);
        req.end();
      });
      const origin = new URL(body.checkInUrl).origin;
      return { result: origin, pass: origin === 'http://localhost:8787' };
    },
  },
  {
    name: 'security headers',
    expected: 'nosniff + no-referrer everywhere; CSP; /embed framed by configured origins only',
    async run(target) {
      const api = await target.api('headers', { frameAncestors: ['https://lms.example.edu'] });
      const [json, problem, embed] = await Promise.all([
        api.call('/v1/health'),
        api.call('/v1/refunds'),
        api.call('/embed/cpe-credit-calculator'),
      ]);
      const csp = embed.headers.get('content-security-policy') ?? '';
      const everywhere = [json, problem, embed].every(
        (a) =>
          a.headers.get('x-content-type-options') === 'nosniff' &&
          a.headers.get('referrer-policy') === 'no-referrer' &&
          /frame-ancestors/.test(a.headers.get('content-security-policy') ?? ''),
      );
      const framing = /frame-ancestors (.*)$/.exec(csp)?.[1];
      return {
        result: `nosniff/no-referrer/CSP on all: ${everywhere}; /embed frame-ancestors ${framing}; HSTS over plain HTTP: ${json.headers.get('strict-transport-security') ?? 'none'}`,
        pass:
          everywhere &&
          framing === 'https://lms.example.edu' &&
          !json.headers.get('strict-transport-security'),
      };
    },
  },
  {
    name: 'data file modes',
    expected: 'SQLite file, -wal and -shm 0600',
    async run(target) {
      await target.api('modes');
      const modes = ['modes.sqlite', 'modes.sqlite-wal', 'modes.sqlite-shm'].map((name) =>
        (statSync(join(target.dataDir, name)).mode & 0o777).toString(8),
      );
      return { result: modes.join('/'), pass: modes.every((mode) => mode === '600') };
    },
  },
  {
    name: 'presence: rotation and a shared code',
    expected: 'rotated code stops the old one; 4 learners from one address flagged shared-address',
    async run(target) {
      const api = await target.api('presence');
      const event = await openEvent(api);
      const rotated = await api.call(`/v1/events/${event.id}/code/rotate`, {
        method: 'POST',
        as: event.host,
      });
      const old = await api.call(`/v1/events/${event.id}/check-ins`, {
        as: await token('late', 'learner'),
        json: { kind: 'in', code: event.code },
      });
      // Every request of this suite comes from 127.0.0.1: one address, within seconds.
      for (let i = 0; i < 4; i += 1) {
        await api.call(`/v1/events/${event.id}/check-ins`, {
          as: await token(`chat-${i}`, 'learner'),
          json: { kind: 'in', code: rotated.json.code },
        });
      }
      const roster = await api.call(`/v1/events/${event.id}/attendance`, { as: event.host });
      const flagged = roster.json.entries.filter((e) => e.flags.includes('shared-address'));
      return {
        result: `old code after rotation: ${old.status}; ${flagged.length} of ${roster.json.entries.length} flagged shared-address`,
        pass: rotated.status === 200 && old.status === 422 && flagged.length === 4,
      };
    },
  },
  {
    name: 'code secrets out of exports',
    expected: 'no event secret in event JSON, roster JSON or CSV',
    async run(target) {
      const api = await target.api('exports');
      const event = await openEvent(api);
      await api.call(`/v1/events/${event.id}/check-ins`, {
        as: await token('ada', 'learner'),
        json: { kind: 'in', code: event.code },
      });
      const { secret: eventSecret } = await api.store.getEvent(event.id);
      const texts = await Promise.all(
        [
          `/v1/events/${event.id}`,
          `/v1/events/${event.id}/attendance`,
          `/v1/events/${event.id}/attendance?format=csv`,
          `/v1/events/${event.id}/attendance/me`,
        ].map(async (path) => (await api.call(path, { as: event.host })).text),
      );
      const leaks = texts.filter((text) => text.includes(eventSecret)).length;
      return { result: `${leaks} of ${texts.length} answers hold the secret`, pass: leaks === 0 };
    },
  },
  // ------------------------------------------------------------------ passes to keep
  {
    name: 'forged, expired, alg:none tokens',
    expected: '401 for each',
    async run(target) {
      const api = await target.api('forged');
      const claims = { role: 'admin' };
      const enc = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const exp = Math.floor(Date.now() / 1000) + 3600;
      const none = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ ...claims, sub: 'x', exp })}.`;
      const wrong = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('another-secret-entirely-0123456789'));
      const expired = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(new TextEncoder().encode(secret));
      const answers = await Promise.all(
        [none, wrong, expired].map((as) => api.call('/v1/refunds', { as })),
      );
      return {
        result: answers.map((a) => a.status).join('/'),
        pass: answers.every((a) => a.status === 401),
      };
    },
  },
  {
    name: 'no token in logs',
    expected: 'no token (nor its signature) in any log line',
    async run(target) {
      const api = await target.api('logs');
      const tokens = await Promise.all(
        ['learner', 'host', 'admin'].map((role) => token(`log-${role}`, role)),
      );
      for (const as of tokens) {
        await api.call('/v1/refunds?token=' + as, { as });
        await api.call('/v1/events/nope/code', { as });
      }
      const hits = target.logLines.filter((line) =>
        tokens.some((t) => line.includes(t.split('.')[2])),
      ).length;
      return { result: `${hits} of ${target.logLines.length} lines`, pass: hits === 0 };
    },
  },
  {
    name: 'learner isolation on refunds',
    expected: "another learner's request answers 404",
    async run(target) {
      const api = await target.api('isolation');
      const ada = await token('ada', 'learner');
      const stored = await api.call('/v1/refunds', { as: ada, json: refund });
      const peek = await api.call(`/v1/refunds/${stored.json.id}`, {
        as: await token('bob', 'learner'),
      });
      const own = await api.call(`/v1/refunds/${stored.json.id}`, { as: ada });
      return {
        result: `bob ${peek.status}, ada ${own.status}`,
        pass: peek.status === 404 && own.status === 200,
      };
    },
  },
  {
    name: 'idempotency, 50 parallel retries',
    expected: 'same key 50 times: one request stored, 50 equal replies',
    async run(target) {
      const api = await target.api('idempotency', { limits: { learnerWritesPerMinute: 0 } });
      const ada = await token('ada', 'learner');
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          api.call('/v1/refunds', { as: ada, json: refund, headers: { 'idempotency-key': key } }),
        ),
      );
      const ids = new Set(answers.map((a) => a.json?.id));
      const stored = await api.store.listRefunds();
      return {
        result: `${statusesOf(answers)}; ${ids.size} id; ${stored.length} stored`,
        pass: ids.size === 1 && stored.length === 1,
      };
    },
  },
  {
    name: 'CORS closed',
    expected: 'no Access-Control-Allow-Origin for a foreign origin',
    async run(target) {
      const api = await target.api('cors');
      const answer = await api.call('/v1/health', { headers: { origin: 'https://evil.example' } });
      const preflight = await api.call('/v1/refunds', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      const allowed = [answer, preflight].map((a) => a.headers.get('access-control-allow-origin'));
      return { result: `allow-origin: ${allowed.join('/')}`, pass: allowed.every((a) => !a) };
    },
  },
  {
    name: 'path traversal',
    expected: '404 for dot-dot paths',
    async run(target) {
      const api = await target.api('traversal');
      const paths = [
        '/embed/..%2f..%2fpackage.json',
        '/embed/%2e%2e/%2e%2e/package.json',
        '/v1/events/..%2f..%2fetc%2fpasswd',
        '/v1/refunds/..%2F..%2F',
      ];
      const answers = await Promise.all(
        paths.map(async (path) => api.call(path, { as: await token('root', 'admin') })),
      );
      return {
        result: answers.map((a) => a.status).join('/'),
        pass: answers.every((a) => a.status === 404 && !a.text.includes('"name": "cpe-kit"')),
      };
    },
  },
  {
    name: 'CSV formula injection',
    expected: "a learner named '=HYPERLINK(...)' is quoted as text in the CSV",
    async run(target) {
      const api = await target.api('csv');
      const event = await openEvent(api);
      const evil = await token('eve', 'learner', '=HYPERLINK("http://evil.example","x")');
      await api.call(`/v1/events/${event.id}/check-ins`, {
        as: evil,
        json: { kind: 'in', code: event.code },
      });
      const csv = await api.call(`/v1/events/${event.id}/attendance?format=csv`, {
        as: event.host,
      });
      const row = csv.text.split('\r\n').find((line) => line.includes(',eve,')) ?? '';
      // The name column follows the learner id: quoted (it holds commas), a ' before the =.
      const cell = row.slice(row.indexOf(',eve,') + 5, row.indexOf(',eve,') + 25);
      return { result: `${cell}…`, pass: cell.startsWith('"\'=HYPERLINK(') };
    },
  },
  {
    name: 'LTI login flood from one address',
    expected: 'at most the anonymous limit of logins a minute make a state, the rest 429',
    async run(target, size) {
      const limit = 10 * size;
      const api = await target.api('lti-flood', { limits: { anonymousPerMinute: limit } });
      await registerLtiPlatform(api);
      const answers = await flood(3 * limit, 5, 10_000, () => ltiLogin(api, 'ada'));
      const made = answers.filter((a) => a.status === 302).length;
      const limited = answers.filter((a) => a.status === 429).length;
      return {
        result: `${statusesOf(answers)}`,
        pass: made <= limit && made + limited === answers.length,
      };
    },
  },
  {
    name: 'forged LTI launches',
    expected: 'alg none, HS256, a stranger’s RS256 key, a made-up state: 4xx HTML, no token logged',
    async run(target) {
      const api = await target.api('lti-forged');
      await registerLtiPlatform(api);
      const claims = (nonce) => ({
        iss: LTI_ISSUER,
        aud: 'attack-client',
        sub: 'mallory',
        nonce,
        'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
        'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'd1',
        'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiResourceLinkRequest',
        'https://purl.imsglobal.org/spec/lti/claim/resource_link': { id: 'link' },
        'https://purl.imsglobal.org/spec/lti/claim/roles': [
          'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
        ],
      });
      const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const stranger = (await generateKeyPair('RS256')).privateKey;
      const forgeries = {
        'alg none': (nonce) =>
          `${encode({ alg: 'none' })}.${encode({ ...claims(nonce), exp: Math.floor(Date.now() / 1000) + 300, iat: Math.floor(Date.now() / 1000) })}.`,
        HS256: (nonce) =>
          new SignJWT(claims(nonce))
            .setProtectedHeader({ alg: 'HS256' })
            .setIssuedAt()
            .setExpirationTime('5m')
            .sign(new TextEncoder().encode('attack-client')),
        'stranger RS256': (nonce) =>
          new SignJWT(claims(nonce))
            .setProtectedHeader({ alg: 'RS256', kid: 'stranger' })
            .setIssuedAt()
            .setExpirationTime('5m')
            .sign(stranger),
      };
      const results = [];
      const tokens = [];
      for (const [name, forge] of Object.entries(forgeries)) {
        const location = new URL((await ltiLogin(api, 'mallory')).location);
        const idToken = await forge(location.searchParams.get('nonce'));
        tokens.push(idToken);
        const state = location.searchParams.get('state');
        results.push([name, await ltiLaunch(api, idToken, state)]);
      }
      results.push(['made-up state', await ltiLaunch(api, tokens[2], 'made-up')]);
      const refused = results.every(
        ([, a]) => a.status >= 400 && a.status < 500 && /^text\/html/.test(a.type),
      );
      const leaked = tokens.some((t) => target.logLines.some((line) => line.includes(t)));
      return {
        result: `${results.map(([name, a]) => `${name} ${a.status}`).join(', ')}; token in logs: ${leaked}`,
        pass: refused && !leaked,
      };
    },
  },
];

const LTI_ISSUER = 'https://lms.attack.test';

/** A platform registered with the API; its JWKS is the tool's own, so nobody outside signs for it. */
async function registerLtiPlatform(api) {
  const answer = await api.call('/v1/lti/platforms', {
    as: await token('root', 'admin'),
    json: {
      name: 'Attack LMS',
      issuer: LTI_ISSUER,
      clientId: 'attack-client',
      deploymentIds: ['d1'],
      authorizationEndpoint: `${LTI_ISSUER}/auth`,
      tokenEndpoint: `${LTI_ISSUER}/token`,
      jwksUri: `${api.origin}/lti/jwks`,
    },
  });
  if (answer.status !== 201) throw new Error(`platform not registered: ${answer.text}`);
}

/** A login initiation, its redirect not followed: the platform's address is never called. */
async function ltiLogin(api, hint) {
  const query = new URLSearchParams({
    iss: LTI_ISSUER,
    login_hint: hint,
    target_link_uri: 'http://localhost:8787/lti/launch',
  });
  const response = await fetch(`${api.origin}/lti/login?${query.toString()}`, {
    redirect: 'manual',
  });
  await response.text();
  return { status: response.status, location: response.headers.get('location') };
}

async function ltiLaunch(api, idToken, state) {
  const response = await fetch(`${api.origin}/lti/launch`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ id_token: idToken, state }).toString(),
  });
  await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '' };
}
