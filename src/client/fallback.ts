/**
 * The sponsor's API with the bundled rules behind it: when the network fails, the pure
 * questions (credits, a refund quote) are answered in the browser instead, and the answer is
 * marked as a stand-in (`isStandIn`) so a widget can say so. Writes and reads of records never
 * fall back: only the API can store a request or know what is on record.
 */
import type { PolicyDocument } from '../policy/policy.js';
import type {
  CheckInCode,
  CheckInRequest,
  CreditInput,
  CreditResult,
  EventPrompt,
  LearnerAttendance,
  LearnerPrompt,
  PromptCreate,
  PublicEvent,
  RefundDecisionRequest,
  RefundInput,
  RefundResult,
  RefundSubmit,
  Roster,
  StoredCheckIn,
  StoredRefund,
} from '../policy/schemas.js';
import { createLocalClient } from './create-client.js';
import { PolicyError, type CallOptions, type PolicyClient } from './policy-client.js';
import { markStandIn } from './stand-in.js';

export interface FallbackOptions {
  /** The rules to fall back on; else the policy the API last said it applies, else the preset. */
  policy?: PolicyDocument;
  /** Makes the bundled-rules client (injectable for tests). */
  local?: (policy: PolicyDocument | undefined) => Promise<PolicyClient>;
}

export class FallbackPolicyClient implements PolicyClient {
  readonly mode = 'api' as const;
  private policy: PolicyDocument | undefined;
  private readonly makeLocal: (policy: PolicyDocument | undefined) => Promise<PolicyClient>;
  /** The bundled rules, loaded ahead of need once the API has answered (see `warm`). */
  private local: Promise<PolicyClient | undefined> | undefined;

  constructor(
    private readonly api: PolicyClient,
    { policy, local = createLocalClient }: FallbackOptions = {},
  ) {
    this.policy = policy;
    this.makeLocal = local;
  }

  async getPolicy(options?: CallOptions): Promise<PolicyDocument> {
    const policy = await this.api.getPolicy(options);
    this.policy ??= policy;
    return policy;
  }

  computeCredits(input: CreditInput, options?: CallOptions): Promise<CreditResult> {
    return this.pure((client) => client.computeCredits(input, options));
  }

  quoteRefund(input: RefundInput, options?: CallOptions): Promise<RefundResult> {
    return this.pure((client) => client.quoteRefund(input, options));
  }

  submitRefund(
    input: RefundSubmit,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredRefund> {
    return this.api.submitRefund(input, idempotencyKey, options);
  }

  getRefund(id: string, options?: CallOptions): Promise<StoredRefund> {
    return this.api.getRefund(id, options);
  }

  listRefunds(options?: CallOptions): Promise<StoredRefund[]> {
    return this.api.listRefunds(options);
  }

  decideRefund(
    id: string,
    decision: RefundDecisionRequest,
    options?: CallOptions,
  ): Promise<StoredRefund> {
    return this.api.decideRefund(id, decision, options);
  }

  getEvent(eventId: string, options?: CallOptions): Promise<PublicEvent> {
    return this.api.getEvent(eventId, options);
  }

  getCode(eventId: string, options?: CallOptions): Promise<CheckInCode> {
    return this.api.getCode(eventId, options);
  }

  checkIn(
    eventId: string,
    request: CheckInRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredCheckIn> {
    return this.api.checkIn(eventId, request, idempotencyKey, options);
  }

  myAttendance(eventId: string, options?: CallOptions): Promise<LearnerAttendance> {
    return this.api.myAttendance(eventId, options);
  }

  roster(eventId: string, options?: CallOptions): Promise<Roster> {
    return this.api.roster(eventId, options);
  }

  rosterCsv(eventId: string, options?: CallOptions): Promise<string> {
    return this.api.rosterCsv(eventId, options);
  }

  listPrompts(eventId: string, options?: CallOptions): Promise<LearnerPrompt[] | EventPrompt[]> {
    return this.api.listPrompts(eventId, options);
  }

  issuePrompt(eventId: string, prompt: PromptCreate, options?: CallOptions): Promise<EventPrompt> {
    return this.api.issuePrompt(eventId, prompt, options);
  }

  answerPrompt(
    eventId: string,
    promptId: string,
    answer: string,
    options?: CallOptions,
  ): Promise<void> {
    return this.api.answerPrompt(eventId, promptId, answer, options);
  }

  /** Asks the API; unreachable, asks the bundled rules and marks their answer a stand-in. */
  private async pure<T extends object>(ask: (client: PolicyClient) => Promise<T>): Promise<T> {
    try {
      const answer = await ask(this.api);
      this.warm();
      return answer;
    } catch (error) {
      if (!(error instanceof PolicyError && error.isNetwork)) throw error;
      const local = (await this.local) ?? (await this.makeLocal(this.policy));
      return markStandIn(await ask(local));
    }
  }

  /**
   * Loads the bundled rules once, when the page is idle after the API has answered: when the
   * network goes, their chunk could not load either.
   */
  private warm(): void {
    this.local ??= whenIdle()
      .then(() => this.makeLocal(this.policy))
      .catch(() => {
        this.local = undefined; // The next API answer tries again.
        return undefined;
      });
  }
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve());
    else setTimeout(resolve);
  });
}
