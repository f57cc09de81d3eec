/**
 * The disclosure card's content (RULES.md §6), loaded with the client by
 * `cpe-program-details.ts`'s ClientController so the all-in-one bundle's first load stays
 * small: the local program worked out by the engine, and every section in plain words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import { renderCreditsTable } from '../shared/credits-table.js';
import { failureNotice, type ProblemView } from '../shared/failure-notice.js';
import { unreachableSentence, warnUnreachable } from '../shared/unreachable.js';
import { deliveryMethodNames } from '../shared/delivery-methods.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { offeredCredits, type Program, type ProgramInput } from '../../policy/programs.js';
import type { RefundProduct } from '../../policy/schemas.js';
import { formatMoney } from '../../policy/money.js';
import { formatDate, formatDateTime, formatTime } from '../shared/format.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import type { Translate, Words } from '../shared/locale-controller.js';

export { styles } from './deferred.styles.js';

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

const productNames = (t: Translate): Record<RefundProduct, string> => ({
  'self-study': t('Self-study course'),
  'live-event': t('Live event or webinar'),
  conference: t('Conference'),
});

const knowledgeLevels = (t: Translate): Record<Program['knowledgeLevel'], string> => ({
  Basic: t('Basic'),
  Intermediate: t('Intermediate'),
  Advanced: t('Advanced'),
  Update: t('Update'),
  Overview: t('Overview'),
});

function percent(basisPoints: number, intl: string): string {
  return new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

/** The refund or cancellation terms of this kind of product, in the viewer's words. */
export function refundTerms(
  { t, plural, intl }: Words,
  product: RefundProduct,
  policy: PolicyDocument,
): string[] {
  const { feeBasisPoints, selfStudyWindowDays, liveNoticeDays, payoutDays, remedy } =
    policy.refunds;
  const days = (count: number): string =>
    plural(count, { one: '{count} day', other: '{count} days' });
  const exchange = remedy === 'exchange';
  const what = exchange
    ? t('an exchange for a course of equal value')
    : feeBasisPoints > 0
      ? t('a refund of the price less a {fee} processing fee', {
          fee: percent(feeBasisPoints, intl),
        })
      : t('a full refund');
  const special = t(
    'If something out of the ordinary kept you from it, ask anyway: a person at the sponsor reviews your request.',
  );
  switch (product) {
    case 'self-study':
      return [
        t(
          'You can ask for {what} within {days} of buying this course, as long as you have not taken its final test.',
          { what, days: days(selfStudyWindowDays) },
        ),
        exchange
          ? t('After that, or once you have taken the test, no exchange is given.')
          : t('After that, or once you have taken the test, no refund is given.'),
        special,
      ];
    case 'live-event': {
      const payout = { days: days(payoutDays) };
      return [
        t(
          'You can cancel for {what} by writing to the sponsor at least {days} before the event (in the event’s time zone).',
          { what, days: days(liveNoticeDays) },
        ),
        exchange
          ? t(
              'The exchange is arranged within {days} after the event. Later, or if you do not attend, no exchange is given.',
              payout,
            )
          : t(
              'The money is paid within {days} after the event. Later, or if you do not attend, no refund is given.',
              payout,
            ),
        special,
      ];
    }
    case 'conference':
      return [t('The conference has its own refund and cancellation policy.')];
  }
}

/** `Mar 31, 2026, 9:00 AM CDT – 10:40 AM CDT` in `zone` (the end's date when it differs). */
function span(start: string, end: string, zone: string, intl: string): string {
  const sameDay = formatDate(start, zone, intl) === formatDate(end, zone, intl);
  const until = sameDay ? formatTime(end, zone, intl) : formatDateTime(end, zone, intl);
  return `${formatDateTime(start, zone, intl)} – ${until}`;
}

function renderSession(
  { t, intl }: Words,
  session: ProgramSession,
  programZone: string,
): TemplateResult {
  const zone = session.timeZone ?? programZone;
  const here = viewerTimeZone();
  return html`<li>
    ${session.title ? html`<strong>${session.title}</strong>` : nothing}
    <ul class="segments">
      ${session.segments.map(({ start, end }) => {
        const there = span(start, end, zone, intl);
        const yours = span(start, end, here, intl);
        return html`<li>
          <time datetime=${start}>${there}</time> (${zone})
          ${yours !== there ? html`<br /><span class="muted">${t('Your time: {time}', { time: yours })}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </li>`;
}

function renderSessions(words: Words, program: ShownProgram): TemplateResult {
  const { t } = words;
  const sessions = program.events ?? [];
  if (sessions.length === 0) {
    return html`<p>
      ${
        program.product === 'self-study'
          ? t('Self-paced: start whenever you like.')
          : t('The sponsor announces the dates with your enrollment.')
      }
    </p>`;
  }
  return html`<ul class="sessions">
    ${sessions.map((session) => renderSession(words, session, program.timeZone))}
  </ul>`;
}

function renderCredits(words: Words, program: ShownProgram): TemplateResult {
  const { nasba, icma } = program.creditsOffered;
  return renderCreditsTable(words, {
    byField: program.fieldsOfStudy,
    nasba,
    icma,
    caption: words.t('Credits by field of study'),
  });
}

function renderRefund(words: Words, program: ShownProgram, policy: PolicyDocument): TemplateResult {
  const lines = refundTerms(words, program.product, policy);
  return html`${lines.map((line) => html`<p>${line}</p>`)}
  ${
    program.product === 'conference'
      ? html`<p>
          <a href=${policy.refunds.conferenceLink} rel="noopener"
            >${words.t('Read the conference policy')}</a
          >
        </p>`
      : nothing
  }`;
}

function renderComplaints({ t }: Words, policy: PolicyDocument): TemplateResult {
  const { name, contact } = policy.sponsor;
  const { mail } = contact;
  return html`<p>
      ${
        contact.phone.length
          ? t('Questions or complaints go to {name}, by phone at {phone}, or by mail: {mail}.', {
              name,
              phone: contact.phone.join(t(' or ')),
              mail,
            })
          : t('Questions or complaints go to {name} or by mail: {mail}.', { name, mail })
      }
    </p>
    <p>
      ${t('Complaints about a registered sponsor can also go to NASBA’s')}
      <a href="https://www.nasbaregistry.org/" rel="noopener"
        >${t('National Registry of CPE Sponsors')}</a
      >.
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
  const { t, locale } = words;
  const { sponsor } = policy;
  const none = (text: string | undefined): string => text ?? t('None');
  const stateIds = sponsor.stateSponsorIds.map(
    ({ state, id }) => `${t('{state} sponsor id {id}.', { state, id })} `,
  );
  return html`
    <p class="description">${program.description}</p>
    <h3>${t('Learning objectives')}</h3>
    <ul class="objectives">
      ${program.objectives.map((objective) => html`<li>${objective}</li>`)}
    </ul>
    <dl class="facts">
      ${item(t('Delivery method'), deliveryMethodNames(t)[program.deliveryMethod])}
      ${item(t('Knowledge level'), knowledgeLevels(t)[program.knowledgeLevel])}
      ${item(t('Product'), productNames(t)[program.product])}
      ${item(t('Price'), formatMoney(program.priceCents, program.currency, locale))}
      ${item(t('Prerequisites'), none(program.prerequisites))}
      ${item(t('Advance preparation'), none(program.advancePreparation))}
      ${item(t('Attendance requirements'), none(program.attendanceRequirements))}
      ${item(t('Location'), program.location ?? t('Online'))}
      ${item(t('Time zone'), program.timeZone)}
      ${item(
        t('Instructors'),
        program.instructors?.length
          ? html`<ul class="plain">
              ${program.instructors.map(
                ({ name, credentials }) =>
                  html`<li>${name}${credentials ? `, ${credentials}` : ''}</li>`,
              )}
            </ul>`
          : t('None listed'),
      )}
    </dl>
    <h3>${t('Credits')}</h3>
    ${renderCredits(words, program)}
    <h3>${t('Sessions')}</h3>
    ${renderSessions(words, program)}
    <h3>${t('Refunds and cancellations')}</h3>
    ${renderRefund(words, program, policy)}
    <h3>${t('Complaints')}</h3>
    ${renderComplaints(words, policy)}
    <div class="fine-print">
      <p>
        ${t(
          '{name} is registered with NASBA as a sponsor of continuing professional education, sponsor id {id}.',
          { name: sponsor.name, id: sponsor.nasbaSponsorId },
        )}
        ${stateIds}
      </p>
      <p>
        ${t('Credits are granted on the basis of a {minutes}-minute hour.', {
          minutes: policy.credits.unitMinutes,
        })}
      </p>
      <p>
        ${t('State boards of accountancy have final authority on the acceptance of CPE credits.')}
      </p>
      <p>
        ${t(
          'Program version {version}; credits worked out under policy {creditPolicy}; refund and complaint terms under policy {policy}.',
          { version: program.version, creditPolicy: program.policyVersion, policy: policy.version },
        )}
      </p>
    </div>
  `;
}

/** Why no program shows; an API that did not answer also tells the author what to check. */
export function renderProblem({ t }: Words, error: unknown, view: ProblemView): TemplateResult {
  if (error instanceof PolicyError && error.status === 404) {
    return html`<p class="notice" part="notice" role="alert">
      ${t('This program is not available.')}
    </p>`;
  }
  const network = error instanceof PolicyError && error.isNetwork;
  if (network && view.apiBase) warnUnreachable(view.tag, view.apiBase);
  const text = network
    ? unreachableSentence(t)
    : error instanceof PolicyError || !view.apiBase
      ? t('This program could not be shown: {why}', { why: (error as Error).message })
      : t('Something went wrong. Try again.');
  return failureNotice(t, text, view.apiBase ? view.retry : undefined);
}
