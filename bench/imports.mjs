// Platform report imports (npm run bench): a 5,000-row Zoom participants report (2,500 people,
// each dropping once and rejoining; 2,400 of them enrolled, 100 guests without an email)
// previewed and committed through the app, in process, on a SQLite file (WAL, synchronous=FULL).
// Goals (issue 15): preview under 1 s, commit under 2 s on the 2-core CI machine.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, mintToken, openSqliteStore } from '../dist/lib/server/index.js';

const secret = 'bench-secret-0123456789abcdef0123456789';
const PEOPLE = 2_500;
const GUESTS = 100;

/** "03/12/2026 09:04:00 AM": Zoom's US format, 12 March 2026 from 09:00 New York time. */
function zoomTime(minutes) {
  const hour = 9 + Math.floor(minutes / 60);
  const pad = (n) => String(n).padStart(2, '0');
  const h12 = hour > 12 ? hour - 12 : hour;
  return `03/12/2026 ${pad(h12)}:${pad(minutes % 60)}:00 ${hour >= 12 ? 'PM' : 'AM'}`;
}

function report() {
  const lines = [
    'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
    `812 3456 7890,Bench webinar,${zoomTime(0)},${zoomTime(100)},host@sponsor.example,100,${PEOPLE}`,
    '',
    'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room',
  ];
  for (let i = 0; i < PEOPLE; i += 1) {
    const email = i < PEOPLE - GUESTS ? `learner${i}@example.org` : '';
    const drop = 20 + (i % 50);
    lines.push(`"Learner ${i}",${email},${zoomTime(0)},${zoomTime(drop)},${drop},No,Y,No`);
    lines.push(
      `"Learner ${i}",${email},${zoomTime(drop + 3)},${zoomTime(100)},${97 - drop},No,Y,No`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function call(app, token, path, init) {
  const started = performance.now();
  const response = await app.request(path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  });
  const ms = performance.now() - started;
  const body = await response.json();
  if (response.status >= 300)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

async function oneRun(dataDir, n, file, admin) {
  const store = await openSqliteStore(join(dataDir, `imports-${n}.sqlite`));
  const app = createApp({
    store,
    tokenSecret: secret,
    now: () => new Date('2026-03-12T18:00:00Z'),
  });
  const json = (body) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const { body: program } = await call(
    app,
    admin,
    '/v1/programs',
    json({
      title: 'Bench webinar',
      description: 'A 100-minute webinar.',
      objectives: ['Measure imports'],
      deliveryMethod: 'group-internet',
      knowledgeLevel: 'Basic',
      fieldsOfStudy: [{ field: 'Taxes' }],
      timeZone: 'America/New_York',
      product: 'live-event',
      priceCents: 19_999,
      currency: 'USD',
    }),
  );
  const { body: event } = await call(
    app,
    admin,
    '/v1/events',
    json({
      title: 'Bench webinar',
      method: 'group-internet',
      timeZone: 'America/New_York',
      segments: [{ start: '2026-03-12T13:00:00Z', end: '2026-03-12T14:40:00Z' }],
      programId: program.id,
    }),
  );
  const outcome = await store.addEnrollments(
    Array.from({ length: PEOPLE - GUESTS }, (_, i) => ({
      factsHash: `bench-${i}`,
      enrollment: {
        id: randomUUID(),
        programId: program.id,
        programVersion: program.version,
        eventId: event.id,
        status: 'active',
        createdAt: '2026-03-01T10:00:00.000Z',
        learner: { sub: `learner-${i}`, name: `Learner ${i}`, email: `learner${i}@example.org` },
        pricePaidCents: 19_999,
        currency: 'USD',
        purchasedAt: '2026-03-01T10:00:00.000Z',
        orderRef: `bench-${n}-${i}`,
      },
    })),
  );
  if (!outcome.ok) throw new Error('enrollments not stored');
  const preview = await call(app, admin, `/v1/events/${event.id}/imports`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: file,
  });
  const commit = await call(
    app,
    admin,
    `/v1/events/${event.id}/imports/${preview.body.id}/commit`,
    json({}),
  );
  const stored = (await store.listCheckIns(event.id)).length;
  await store.close();
  return {
    previewMs: preview.ms,
    commitMs: commit.ms,
    learners: preview.body.learners.length,
    unmatched: preview.body.unmatched.length,
    stored,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n);

export async function run() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cpe-bench-imports-'));
  try {
    const file = report();
    const admin = await mintToken(secret, { sub: 'root', role: 'admin' });
    const runs = [];
    for (let n = 0; n < 3; n += 1) runs.push(await oneRun(dataDir, n, file, admin));
    const rows = file.split('\r\n').length - 5;
    const previewMs = runs.map((r) => r.previewMs);
    const commitMs = runs.map((r) => r.commitMs);
    console.log(
      `\nImports (${rows}-row Zoom participants report, ${(file.length / 1024).toFixed(0)} KB, 3 runs, SQLite file)`,
    );
    console.log(
      `  preview: median ${round(median(previewMs))} ms, worst ${round(Math.max(...previewMs))} ms (goal < 1000); ` +
        `${runs[0].learners} people, ${runs[0].unmatched} unmatched`,
    );
    console.log(
      `  commit: median ${round(median(commitMs))} ms, worst ${round(Math.max(...commitMs))} ms (goal < 2000); ` +
        `${runs[0].stored} records stored`,
    );
    return { rows, previewMs, commitMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
