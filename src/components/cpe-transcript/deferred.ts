/**
 * The transcript's content, loaded with the client by `cpe-transcript.ts`'s ClientController
 * so the first load stays small: the ICMA requirement of the year shown as a picture (with
 * the same facts as text), its credits by field of study, and the certificates by year.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderCreditsTable } from '../shared/credits-table.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { RULE } from '../../policy/reasons.js';
import { formatCredits, formatDate } from '../shared/format.js';
import type { Words } from '../shared/locale-controller.js';
import { webLink } from '../shared/web-link.js';
import {
  byYear,
  requirementOf,
  stillNeeded,
  totals,
  yearOf,
  type Completion,
  type YearRequirement,
} from './transcript.js';

export { transcriptCsv } from './transcript.js';
export type { Completion } from './transcript.js';

export interface TranscriptView {
  completions: readonly Completion[];
  year: number;
  certifiedYear: number | undefined;
  policy: PolicyDocument;
  /** The viewer's calendar day, `YYYY-MM-DD`: whether the year shown is over. */
  today: string;
  onYear: (year: number) => void;
  onExport: () => void;
}

/** `March 1, 2026` for a calendar day: read as that day wherever the viewer is. */
const day = (date: string): string => formatDate(`${date}T12:00:00Z`, 'UTC');

const plural = (credits: number, noun = 'credit'): string =>
  `${formatCredits(credits)} ${noun}${credits === 1 ? '' : 's'}`;

/** One progress bar: the carried-in part, then the year's own, with a tick at the target. */
function bar(carried: number, own: number, target: number): TemplateResult {
  const scale = Math.max(target, carried + own, 0.1);
  const percent = (credits: number): string => `${(Math.min(credits, scale) / scale) * 100}%`;
  return html`<svg class="bar" width="100%" height="20" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="0" width="100%" height="100%" rx="4"></rect>
    ${
      carried > 0
        ? svg`<rect class="carried" x="0" y="0" width=${percent(carried)} height="100%"></rect>`
        : nothing
    }
    <rect class="own" x=${percent(carried)} y="0" width=${percent(own)} height="100%"></rect>
    ${
      carried > 0 && own > 0
        ? svg`<line class="split" x1=${percent(carried)} x2=${percent(carried)} y1="0" y2="100%"></line>`
        : nothing
    }
    ${
      target < scale
        ? svg`<line class="target" x1=${percent(target)} x2=${percent(target)} y1="0" y2="100%"></line>`
        : nothing
    }
  </svg>`;
}

/** The headline: what is still needed and by when, or that the year is met or not required. */
function headline(requirement: YearRequirement, view: TranscriptView): string {
  const { year, result } = requirement;
  const needed = stillNeeded(requirement, view.policy, view.today);
  if (result.status === 'not-required') {
    return `Nothing is required in ${year}: the annual requirement starts the year after certification.`;
  }
  if (!needed) {
    return result.carryForward > 0
      ? `The ${year} requirement is met; ${plural(result.carryForward)} carry forward to ${year + 1}.`
      : `The ${year} requirement is met.`;
  }
  const what =
    needed.ethics >= needed.credits
      ? plural(needed.ethics, 'ethics credit')
      : needed.ethics > 0
        ? `${plural(needed.credits)}, ${formatCredits(needed.ethics)} of them in ethics,`
        : plural(needed.credits);
  if (result.status === 'inactive') {
    return `The shortfall of ${year - 1} was not made up in ${year}: the ICMA status is inactive until it is (${what.replace(/,$/, '')} missing).`;
  }
  return needed.past
    ? `${year} ended short by ${what.replace(/,$/, '')}: make it up by ${day(needed.by)}, or the ICMA status becomes inactive.`
    : `You still need ${what} by ${day(needed.by)}.`;
}

/** The same facts the picture shows, in one sentence for a screen reader. */
function pictureText(requirement: YearRequirement, view: TranscriptView): string {
  const { year, credits, ethics, carriedIn, result } = requirement;
  const carried = carriedIn > 0 ? `, ${formatCredits(carriedIn)} of them carried forward` : '';
  return (
    `${year}: ${formatCredits(credits + carriedIn)} of the ${formatCredits(result.required)} credits needed${carried}; ` +
    `${formatCredits(ethics)} of the ${formatCredits(view.policy.icma.ethicsCredits)} ethics credits needed.`
  );
}

function renderRequirement(view: TranscriptView): TemplateResult {
  const requirement = requirementOf(
    view.completions,
    { year: view.year, certifiedYear: view.certifiedYear },
    view.policy,
  );
  const { year, credits, ethics, carriedIn, result } = requirement;
  const ethicsNeeded = view.policy.icma.ethicsCredits;
  // While the year runs, its shortfall is only what is still to earn (the headline says
  // so); the engine's sentence about an inactive status is for a year that is over.
  const inProgress = view.today <= `${year}-12-31`;
  const required =
    result.status === 'not-required' ? view.policy.icma.annualCredits : result.required;
  return html`<section class="requirement" aria-labelledby="requirement-title">
    <h3 id="requirement-title">ICMA requirement for ${year}</h3>
    <p class="headline status-${result.status}">${headline(requirement, view)}</p>
    <div class="picture" aria-hidden="true">
      <div class="meter">
        <div class="meter-label">
          <span>Credits</span>
          <span class="figure"
            >${formatCredits(credits + carriedIn)} / ${formatCredits(required)}</span
          >
        </div>
        ${bar(carriedIn, credits, required)}
      </div>
      <div class="meter">
        <div class="meter-label">
          <span>Ethics</span>
          <span class="figure">${formatCredits(ethics)} / ${formatCredits(ethicsNeeded)}</span>
        </div>
        ${bar(0, ethics, ethicsNeeded)}
      </div>
      <ul class="legend">
        <li><span class="swatch own"></span>Earned in ${year}</li>
        ${
          carriedIn > 0
            ? html`<li><span class="swatch carried"></span>Carried forward from ${year - 1}</li>`
            : nothing
        }
        ${
          result.carryForward > 0
            ? html`<li>${plural(result.carryForward)} carry forward to ${year + 1}</li>`
            : nothing
        }
      </ul>
    </div>
    <p class="visually-hidden">${pictureText(requirement, view)}</p>
    <ul class="reasons fine-print">
      ${result.reasons
        .filter((reason) => !(inProgress && reason.rule === RULE.SHORTFALL))
        .map((reason) => html`<li>${reason.message}</li>`)}
    </ul>
  </section>`;
}

function renderFields(words: Words, view: TranscriptView): TemplateResult {
  const sum = totals(view.completions.filter((completion) => yearOf(completion) === view.year));
  return html`<section aria-labelledby="fields-title">
    <h3 id="fields-title">Credits in ${view.year} by field of study</h3>
    ${
      sum.byField.length === 0
        ? html`<p class="muted">No certificates in ${view.year}.</p>`
        : renderCreditsTable(words, sum)
    }
  </section>`;
}

function renderCompletion(completion: Completion): TemplateResult {
  const { nasba, icma, byField } = completion.credits;
  const verify = webLink(completion.verifyUrl);
  return html`<li class="completion">
    <p class="completion-title">${completion.program.title}</p>
    <p class="muted">
      ${day(completion.completedOn)} · ${formatCredits(nasba)} NASBA · ${formatCredits(icma)} ICMA
    </p>
    <p class="muted">
      ${byField.map(({ field, credits }) => `${field} ${formatCredits(credits)}`).join('; ')}
    </p>
    ${
      verify
        ? html`<p>
            <a href=${verify} rel="noopener"
              >Verify<span class="visually-hidden"> ${completion.program.title}</span></a
            >
          </p>`
        : nothing
    }
  </li>`;
}

function renderYears(view: TranscriptView): TemplateResult {
  const years = byYear(view.completions);
  return html`<section aria-labelledby="certificates-title">
    <h3 id="certificates-title">Certificates</h3>
    ${
      years.length === 0
        ? html`<p class="muted">No certificates yet.</p>`
        : years.map(
            ({ year, completions }) =>
              html`<h4>
                  ${year} <span class="muted">(${plural(totals(completions).nasba)})</span>
                </h4>
                <ul class="completions">
                  ${completions.map(renderCompletion)}
                </ul>`,
          )
    }
  </section>`;
}

function renderYearChoice(view: TranscriptView): TemplateResult {
  const years = new Set([
    view.year,
    Number(view.today.slice(0, 4)),
    ...view.completions.map(yearOf),
  ]);
  return html`<div class="toolbar">
    <div class="field">
      <label for="year">Year</label>
      <select
        id="year"
        @input=${(event: Event) => view.onYear(Number((event.target as HTMLSelectElement).value))}
      >
        ${[...years]
          .sort((a, b) => b - a)
          .map(
            (year) => html`<option value=${year} ?selected=${year === view.year}>${year}</option>`,
          )}
      </select>
    </div>
    <button
      type="button"
      class="secondary"
      ?disabled=${view.completions.length === 0}
      @click=${view.onExport}
    >
      Download CSV
    </button>
  </div>`;
}

export function renderTranscript(words: Words, view: TranscriptView): TemplateResult {
  return html`<div class="body">
    ${renderYearChoice(view)} ${renderRequirement(view)} ${renderFields(words, view)}
    ${renderYears(view)}
  </div>`;
}
