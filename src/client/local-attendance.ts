/**
 * Attendance without the sponsor's API: a demo kept in this browser's storage. It runs the
 * same rules (rotating codes, check-in window, prompts, credit) so a page can try the widget,
 * but nothing here is an official record.
 */
import { checkInCode, verifyCheckInCode } from '../policy/checkin-code.js';
import {
  checkInWindow,
  decideCheckIn,
  engineEvent,
  evaluateAttendance,
} from '../policy/attendance.js';
import type { PolicyDocument } from '../policy/policy.js';
import { buildRoster, rosterToCsv, type RosterEvent } from '../policy/roster.js';
import {
  CheckInRequest,
  PromptAnswer,
  PromptCreate,
  parse,
  type CheckInCode,
  type EventPrompt,
  type LearnerAttendance,
  type LearnerPrompt,
  type PublicEvent,
  type Roster,
  type StoredCheckIn,
} from '../policy/schemas.js';
import { PolicyError, type CallOptions } from './policy-client.js';
import { settle } from './settle.js';

export interface LocalAttendanceOptions {
  policy: PolicyDocument;
  /** Where the demo lives; the browser's localStorage by default. */
  storage?: Storage;
  now?: () => Date;
}

/** The one learner of local mode: whoever uses this browser. */
export const LOCAL_LEARNER_ID = 'you';

const STORAGE_PREFIX = 'cpe-kit:local-attendance:';
/** The demo event lasts 100 minutes (2.0 credits) from a few minutes before it is created. */
const DEMO_MINUTES = 100;

interface StoredResponse {
  promptId: string;
  at: string;
  answer: string;
}

interface LocalEvent {
  event: PublicEvent;
  secret: string;
  records: StoredCheckIn[];
  /** Idempotency-Key -> id of the record it created, so a retry returns that record. */
  keys: Record<string, string>;
  prompts: EventPrompt[];
  responses: StoredResponse[];
}

export class LocalAttendance {
  private readonly policy: PolicyDocument;
  private readonly storage: Storage;
  private readonly now: () => Date;

  constructor({ policy, storage, now }: LocalAttendanceOptions) {
    this.policy = policy;
    this.storage = storage ?? globalThis.localStorage ?? new MemoryStorage();
    this.now = now ?? (() => new Date());
  }

  getEvent(eventId: string, options?: CallOptions): Promise<PublicEvent> {
    return settle(options, () => {
      return this.load(eventId).event;
    });
  }

  async getCode(eventId: string, options?: CallOptions): Promise<CheckInCode> {
    options?.signal?.throwIfAborted();
    const stored = this.load(eventId);
    const { code, expiresAt } = await checkInCode(stored.secret, this.instant(), this.policy);
    return {
      code,
      expiresAt,
      stepSeconds: this.policy.attendance.codeStepSeconds,
      checkInUrl: checkInUrl(code),
    };
  }

  async checkIn(
    eventId: string,
    request: CheckInRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredCheckIn> {
    options?.signal?.throwIfAborted();
    const body = parse(CheckInRequest, request);
    if (!body.ok) throw invalid(body.errors);
    const stored = this.load(eventId);
    const earlier = stored.keys[idempotencyKey];
    const replayed = earlier ? stored.records.find((record) => record.id === earlier) : undefined;
    if (replayed) return replayed;

    const at = this.instant();
    const decision = decideCheckIn(
      {
        kind: body.value.kind,
        records: stored.records,
        window: checkInWindow(stored.event, at, this.policy),
        codeAccepted: await verifyCheckInCode(stored.secret, body.value.code, at, this.policy),
      },
      this.policy,
    );
    if (!decision.ok) {
      const { status, title, detail, rule, reason } = decision.refusal;
      throw new PolicyError(status, title, detail, [], rule, reason ? { reason } : {});
    }
    const record: StoredCheckIn = {
      id: randomId(),
      eventId,
      learnerId: LOCAL_LEARNER_ID,
      kind: body.value.kind,
      at,
    };
    stored.records.push(record);
    stored.keys[idempotencyKey] = record.id;
    this.save(stored);
    return record;
  }

  myAttendance(eventId: string, options?: CallOptions): Promise<LearnerAttendance> {
    return settle(options, () => {
      const stored = this.load(eventId);
      const evaluated = evaluateAttendance(
        {
          event: engineEvent(stored.event, stored.prompts),
          records: stored.records.map(({ kind, at }) => ({ kind, at })),
          responses: stored.responses.map(({ promptId, at }) => ({ promptId, at })),
        },
        this.policy,
        this.instant(),
      );
      if (!evaluated.ok) throw invalid(evaluated.errors);
      return { ...evaluated.value, records: stored.records };
    });
  }

  roster(eventId: string, options?: CallOptions): Promise<Roster> {
    return settle(options, () => {
      const stored = this.load(eventId);
      return buildRoster(
        rosterEvent(stored),
        [
          {
            learnerId: LOCAL_LEARNER_ID,
            name: 'You (this browser)',
            records: stored.records,
            responses: stored.responses,
          },
        ],
        this.policy,
        this.instant(),
      );
    });
  }

  async rosterCsv(eventId: string, options?: CallOptions): Promise<string> {
    const roster = await this.roster(eventId, options);
    return rosterToCsv(roster, this.load(eventId).event);
  }

  listPrompts(eventId: string, options?: CallOptions): Promise<LearnerPrompt[]> {
    return settle(options, () => {
      const stored = this.load(eventId);
      return stored.prompts.map((prompt) => {
        const response = stored.responses.find((item) => item.promptId === prompt.id);
        return response
          ? { ...prompt, answered: true, answeredAt: response.at }
          : { ...prompt, answered: false };
      });
    });
  }

  issuePrompt(eventId: string, prompt: PromptCreate, options?: CallOptions): Promise<EventPrompt> {
    return settle(options, () => {
      const body = parse(PromptCreate, prompt);
      if (!body.ok) throw invalid(body.errors);
      const stored = this.load(eventId);
      const issued: EventPrompt = {
        id: randomId(),
        at: this.instant(),
        question: body.value.question,
        ...(body.value.choices?.length ? { choices: body.value.choices } : {}),
      };
      stored.prompts.push(issued);
      this.save(stored);
      return issued;
    });
  }

  answerPrompt(
    eventId: string,
    promptId: string,
    answer: string,
    options?: CallOptions,
  ): Promise<void> {
    return settle(options, () => {
      const body = parse(PromptAnswer, { answer });
      if (!body.ok) throw invalid(body.errors);
      const stored = this.load(eventId);
      if (!stored.prompts.some((prompt) => prompt.id === promptId)) {
        throw new PolicyError(404, 'No such prompt', 'This prompt was not issued for this event.');
      }
      // The first answer counts; answering again (a retry) changes nothing.
      if (stored.responses.some((item) => item.promptId === promptId)) return;
      stored.responses.push({ promptId, at: this.instant(), answer: body.value.answer });
      this.save(stored);
    });
  }

  private load(eventId: string): LocalEvent {
    const raw = this.storage.getItem(STORAGE_PREFIX + eventId);
    if (raw) {
      try {
        return JSON.parse(raw) as LocalEvent;
      } catch {
        // A damaged demo is replaced by a fresh one: nothing official is lost.
      }
    }
    const created = this.createDemo(eventId);
    this.save(created);
    return created;
  }

  private save(stored: LocalEvent): void {
    this.storage.setItem(STORAGE_PREFIX + stored.event.id, JSON.stringify(stored));
  }

  private createDemo(eventId: string): LocalEvent {
    const start = new Date(this.now().getTime() - 5 * 60_000);
    start.setSeconds(0, 0);
    const end = new Date(start.getTime() + DEMO_MINUTES * 60_000);
    return {
      event: {
        id: eventId,
        title: 'Demo session (this browser only)',
        method: 'group-live',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || this.policy.timeZone,
        segments: [{ start: start.toISOString(), end: end.toISOString() }],
        breaks: [],
        creditsOffered: DEMO_MINUTES / this.policy.credits.unitMinutes,
      },
      secret: randomId() + randomId(),
      records: [],
      keys: {},
      prompts: [],
      responses: [],
    };
  }

  private instant(): string {
    return this.now().toISOString();
  }
}

function rosterEvent(stored: LocalEvent): RosterEvent {
  return { ...stored.event, prompts: stored.prompts.map(({ id, at }) => ({ id, at })) };
}

function invalid(errors: { path: string; message: string }[]): PolicyError {
  const [first] = errors;
  return new PolicyError(
    400,
    'Some of the input is not valid',
    first ? `${first.path || 'input'} ${first.message}` : 'The input is not valid.',
    errors,
  );
}

/** The page the QR code opens: this page with the code in its `cpe-code` parameter. */
function checkInUrl(code: string): string {
  const href = globalThis.location?.href;
  if (!href) return `?cpe-code=${encodeURIComponent(code)}`;
  const url = new URL(href);
  url.searchParams.set('cpe-code', code);
  return url.href;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Storage for runtimes without localStorage (Node): the demo lasts as long as the object. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}
