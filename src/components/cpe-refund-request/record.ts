/**
 * Record mode: the enrollment a refund is about, read from the sponsor's API (the order of
 * record, its program version and its event), and the facts the learner is shown from it.
 * Loaded with the lazy chunk: only API pages with a learner's token need it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CallOptions, PolicyClient } from '../../client/policy-client.js';
import type { Enrollment } from '../../policy/enrollments.js';
import type { Program } from '../../policy/programs.js';
import { formatDateTime, formatMoney, viewerTimeZone } from '../shared/format.js';

export interface EnrollmentRecord {
  enrollment: Enrollment;
  program: Pick<Program, 'title' | 'product' | 'timeZone'>;
  /** When the event bought starts, for a live event or conference. */
  eventStart?: string;
  eventTimeZone?: string;
}

/** One enrollment with its program version (title, product, zone) and its event's start. */
async function recordOf(
  client: PolicyClient,
  enrollment: Enrollment,
  options: CallOptions,
): Promise<EnrollmentRecord> {
  const [program, event] = await Promise.all([
    client.getProgram(enrollment.programId, { ...options, version: enrollment.programVersion }),
    enrollment.eventId
      ? client.getEvent(enrollment.eventId, options).catch(() => undefined)
      : undefined,
  ]);
  const first = event?.segments[0];
  return {
    enrollment,
    program,
    ...(first && event ? { eventStart: first.start, eventTimeZone: event.timeZone } : {}),
  };
}

/** The learner's own enrollment of that id, or undefined when it is not theirs (or none). */
export async function loadRecord(
  client: PolicyClient,
  enrollmentId: string,
  options: CallOptions,
): Promise<EnrollmentRecord | undefined> {
  const enrollment = (await client.myEnrollments(options)).find((item) => item.id === enrollmentId);
  return enrollment && recordOf(client, enrollment, options);
}

/** The learner's enrollments, to pick the one to ask about. */
export async function loadChoices(
  client: PolicyClient,
  options: CallOptions,
): Promise<EnrollmentRecord[]> {
  const enrollments = await client.myEnrollments(options);
  return Promise.all(enrollments.map((enrollment) => recordOf(client, enrollment, options)));
}

const statusWords: Record<Enrollment['status'], string> = {
  active: '',
  refunded: 'refunded',
  cancelled: 'cancelled',
};

/** The facts of record, which the learner reads but cannot change. */
export function renderRecordFacts(record: EnrollmentRecord): TemplateResult {
  const { enrollment, program, eventStart, eventTimeZone } = record;
  const here = viewerTimeZone();
  return html`
    <dl class="facts record-facts">
      <div>
        <dt>Program</dt>
        <dd>${program.title}</dd>
      </div>
      <div>
        <dt>You paid</dt>
        <dd>${formatMoney(enrollment.pricePaidCents, enrollment.currency)}</dd>
      </div>
      <div>
        <dt>Purchased</dt>
        <dd>${formatDateTime(enrollment.purchasedAt, here)}</dd>
      </div>
      ${
        eventStart
          ? html`<div>
              <dt>Event starts</dt>
              <dd>${formatDateTime(eventStart, eventTimeZone ?? here)}</dd>
            </div>`
          : nothing
      }
    </dl>
    <p class="fine-print">From the sponsor’s records of your order.</p>
  `;
}

/** An enrollment that is no longer active has nothing left to refund: say so, and why. */
export function renderInactive(
  record: EnrollmentRecord,
  contact: string | undefined,
): TemplateResult {
  return html`
    <div class="notice" part="notice" role="status">
      <p>
        This enrollment was ${statusWords[record.enrollment.status]}, so there is nothing left to
        refund. Questions go to ${contact}.
      </p>
    </div>
  `;
}

/** The learner's purchases on record as a labelled radio list; `choose` takes an id. */
export function renderChoices(
  choices: EnrollmentRecord[],
  chosen: string,
  contact: string | undefined,
  choose: (enrollmentId: string) => void,
): TemplateResult {
  if (choices.length === 0) {
    return html`<p class="notice" part="notice" role="status">
      You have no purchases on record with this sponsor, so there is nothing to ask a refund for
      here. If you bought something, contact ${contact}.
    </p>`;
  }
  return html`
    <fieldset class="field choices" part="questions">
      <legend>Which purchase is this about?</legend>
      ${choices.map(
        ({ enrollment, program }) => html`
          <label class="check">
            <input
              type="radio"
              name="enrollment"
              value=${enrollment.id}
              .checked=${enrollment.id === chosen}
              @change=${() => choose(enrollment.id)}
            />
            <span>
              ${program.title}
              <span class="muted aside">
                ${formatMoney(enrollment.pricePaidCents, enrollment.currency)}, bought
                ${formatDateTime(enrollment.purchasedAt, viewerTimeZone())}${
                  enrollment.status === 'active' ? '' : ` (${statusWords[enrollment.status]})`
                }
              </span>
            </span>
          </label>
        `,
      )}
    </fieldset>
  `;
}
