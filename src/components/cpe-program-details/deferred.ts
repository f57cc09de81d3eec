/**
 * The disclosure card's content (RULES.md §6), loaded with the client by
 * `cpe-program-details.ts`'s ClientController so the all-in-one bundle's first load stays
 * small: the local program worked out by the engine, and every section in plain words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderCreditsTable } from '../shared/credits-table.js';
import { deliveryMethodNames } from '../shared/delivery-methods.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { offeredCredits, type Program, type ProgramInput } from '../../policy/programs.js';
import type { RefundProduct } from '../../policy/schemas.js';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatTime,
  viewerTimeZone,
} from '../shared/format.js';
import type { Words } from '../shared/locale-controller.js';

/** One session of a program: an event with its zone and its segments as instants. */
export interface ProgramSession {
  title?: string;
  timeZone?: string;
  segments: { start: string; end: string }[];
  breaks?: { start: string; end: string }[];
}

/** What the card shows: a program as the API answers it, with its sessions when known. */
export type ShownProgram = Program & { events?: ProgramSession[] };

/** Local mode's `program`: the API's answer, or a `ProgramInput` the engine works out here. */
export type LocalProgram = (Program | ProgramInput) & { events?: ProgramSession[] };

/**
 * A local program ready to show: an answer as given; an input with the credits the engine
 * offers for it (from its `events` for the group methods), or the engine's reason it cannot.
 */
export function workOut(
  local: LocalProgram,
  policy: PolicyDocument,
): { ok: true; program: ShownProgram } | { ok: false; message: string } {
  if ('creditsOffered' in local) return { ok: true, program: local };
  const offered = offeredCredits(local, local.events ?? [], policy);
  if (!offered.ok) {
    const [first] = offered.errors;
    return { ok: false, message: `${first?.path ?? 'program'} ${first?.message ?? ''}`.trim() };
  }
  return {
    ok: true,
    program: {
      ...local,
      ...offered.value,
      id: 'local',
      version: 1,
      status: 'published',
      policyVersion: policy.version,
      createdAt: new Date(Date.now()).toISOString(),
    },
  };
}

const productLabels: Record<RefundProduct, string> = {
  'self-study': 'Self-study course',
  'live-event': 'Live event or webinar',
  conference: 'Conference',
};

const none = (text: string | undefined): string => text ?? 'None';

function percent(basisPoints: number): string {
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'}`;

/** The refund or cancellation terms of this kind of product, in the viewer's words. */
export function refundTerms(product: RefundProduct, policy: PolicyDocument): string[] {
  const { feeBasisPoints, selfStudyWindowDays, liveNoticeDays, payoutDays, remedy } =
    policy.refunds;
  const exchange = remedy === 'exchange';
  const what = exchange
    ? 'an exchange for a course of equal value'
    : feeBasisPoints > 0
      ? `a refund of the price less a ${percent(feeBasisPoints)} processing fee`
      : 'a full refund';
  const noun = exchange ? 'exchange' : 'refund';
  const special =
    'If something out of the ordinary kept you from it, ask anyway: a person at the sponsor reviews your request.';
  switch (product) {
    case 'self-study':
      return [
        `You can ask for ${what} within ${days(selfStudyWindowDays)} of buying this course, as long as you have not taken its final test.`,
        `After that, or once you have taken the test, no ${noun} is given.`,
        special,
      ];
    case 'live-event':
      return [
        `You can cancel for ${what} by writing to the sponsor at least ${days(liveNoticeDays)} before the event (in the event’s time zone).`,
        `${exchange ? 'The exchange is arranged' : 'The money is paid'} within ${days(payoutDays)} after the event. Later, or if you do not attend, no ${noun} is given.`,
        special,
      ];
    case 'conference':
      return ['The conference has its own refund and cancellation policy.'];
  }
}

/** `Mar 31, 2026, 9:00 AM CDT – 10:40 AM CDT` in `zone` (the end's date when it differs). */
function span(start: string, end: string, zone: string): string {
  const sameDay = formatDate(start, zone) === formatDate(end, zone);
  return `${formatDateTime(start, zone)} – ${sameDay ? formatTime(end, zone) : formatDateTime(end, zone)}`;
}

function renderSession(session: ProgramSession, programZone: string): TemplateResult {
  const zone = session.timeZone ?? programZone;
  const here = viewerTimeZone();
  return html`<li>
    ${session.title ? html`<strong>${session.title}</strong>` : nothing}
    <ul class="segments">
      ${session.segments.map(({ start, end }) => {
        const there = span(start, end, zone);
        const yours = span(start, end, here);
        return html`<li>
          <time datetime=${start}>${there}</time> (${zone})
          ${yours !== there ? html`<br /><span class="muted">Your time: ${yours}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </li>`;
}

function renderSessions(program: ShownProgram): TemplateResult {
  const sessions = program.events ?? [];
  if (sessions.length === 0) {
    return html`<p>
      ${
        program.product === 'self-study'
          ? 'Self-paced: start whenever you like.'
          : 'The sponsor announces the dates with your enrollment.'
      }
    </p>`;
  }
  return html`<ul class="sessions">
    ${sessions.map((session) => renderSession(session, program.timeZone))}
  </ul>`;
}

function renderCredits(words: Words, program: ShownProgram): TemplateResult {
  const { nasba, icma } = program.creditsOffered;
  return renderCreditsTable(words, {
    byField: program.fieldsOfStudy,
    nasba,
    icma,
    caption: 'Credits by field of study',
  });
}

function renderRefund(program: ShownProgram, policy: PolicyDocument): TemplateResult {
  return html`${refundTerms(program.product, policy).map((line) => html`<p>${line}</p>`)}
  ${
    program.product === 'conference'
      ? html`<p>
          <a href=${policy.refunds.conferenceLink} rel="noopener">Read the conference policy</a>
        </p>`
      : nothing
  }`;
}

function renderComplaints(policy: PolicyDocument): TemplateResult {
  const { name, contact } = policy.sponsor;
  return html`<p>
      Questions or complaints go to
      ${name}${contact.phone.length ? html`, by phone at ${contact.phone.join(' or ')},` : nothing}
      or by mail: ${contact.mail}.
    </p>
    <p>
      Complaints about a registered sponsor can also go to NASBA’s
      <a href="https://www.nasbaregistry.org/" rel="noopener">National Registry of CPE Sponsors</a>.
    </p>`;
}

/** A label and its value, in the card's definition list. */
const item = (label: string, value: unknown): TemplateResult =>
  html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

/** The whole disclosure; `policy` gives the refund, complaint and sponsor terms. */
export function renderProgram(
  words: Words,
  program: ShownProgram,
  policy: PolicyDocument,
): TemplateResult {
  const { sponsor } = policy;
  return html`
    <p class="description">${program.description}</p>
    <h3>Learning objectives</h3>
    <ul class="objectives">
      ${program.objectives.map((objective) => html`<li>${objective}</li>`)}
    </ul>
    <dl class="facts">
      ${item('Delivery method', deliveryMethodNames(words.t)[program.deliveryMethod])}
      ${item('Knowledge level', program.knowledgeLevel)}
      ${item('Product', productLabels[program.product])}
      ${item('Price', formatMoney(program.priceCents, program.currency))}
      ${item('Prerequisites', none(program.prerequisites))}
      ${item('Advance preparation', none(program.advancePreparation))}
      ${item('Attendance requirements', none(program.attendanceRequirements))}
      ${item('Location', program.location ?? 'Online')} ${item('Time zone', program.timeZone)}
      ${item(
        'Instructors',
        program.instructors?.length
          ? html`<ul class="plain">
              ${program.instructors.map(
                ({ name, credentials }) =>
                  html`<li>${name}${credentials ? `, ${credentials}` : ''}</li>`,
              )}
            </ul>`
          : 'None listed',
      )}
    </dl>
    <h3>Credits</h3>
    ${renderCredits(words, program)}
    <h3>Sessions</h3>
    ${renderSessions(program)}
    <h3>Refunds and cancellations</h3>
    ${renderRefund(program, policy)}
    <h3>Complaints</h3>
    ${renderComplaints(policy)}
    <div class="fine-print">
      <p>
        ${sponsor.name} is registered with NASBA as a sponsor of continuing professional education,
        sponsor id ${sponsor.nasbaSponsorId}.
        ${sponsor.stateSponsorIds.map(({ state, id }) => `${state} sponsor id ${id}. `)}
      </p>
      <p>Credits are granted on the basis of a ${policy.credits.unitMinutes}-minute hour.</p>
      <p>State boards of accountancy have final authority on the acceptance of CPE credits.</p>
      <p>
        Program version ${program.version}; credits worked out under policy
        ${program.policyVersion}; refund and complaint terms under policy ${policy.version}.
      </p>
    </div>
  `;
}
