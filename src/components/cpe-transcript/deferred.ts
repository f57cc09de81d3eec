/**
 * The transcript's content, loaded with the client by `cpe-transcript.ts`'s ClientController
 * so the first load stays small: the ICMA requirement of the year shown as a picture (with
 * the same facts as text), its credits by field of study, and the certificates by year.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import { renderCreditsTable } from '../shared/credits-table.js';
import { downloadFile } from '../shared/download.js';
import { failureNotice, type ProblemView } from '../shared/failure-notice.js';
import { unreachableSentence, warnUnreachable } from '../shared/unreachable.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { RULE } from '../../policy/reasons.js';
import { formatCredits } from '../../policy/locale.js';
import { formatDate } from '../shared/format.js';
import type { Words } from '../shared/locale-controller.js';
import { reasonText } from '../shared/reason-words.js';
import { webLink } from '../shared/web-link.js';
import {
  byYear,
  requirementOf,
  stillNeeded,
  totals,
  yearOf,
  type Completion,
  transcriptCsv,
  type YearRequirement,
} from './transcript.js';

export { styles } from './deferred.styles.js';
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
const day = (date: string, intl: string): string => formatDate(`${date}T12:00:00Z`, 'UTC', intl);

/** `1.0 credit`, `2.5 credits`: always one decimal, the noun by the language's plural rules. */
const creditCount = ({ plural, locale }: Words, credits: number): string =>
  plural(
    credits,
    { one: '{count} credit', other: '{count} credits' },
    { count: formatCredits(locale, credits) },
  );

const ethicsCount = ({ plural, locale }: Words, credits: number): string =>
  plural(
    credits,
    { one: '{count} ethics credit', other: '{count} ethics credits' },
    { count: formatCredits(locale, credits) },
  );

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
function headline(words: Words, requirement: YearRequirement, view: TranscriptView): string {
  const { t, intl, locale } = words;
  const { year, result } = requirement;
  const needed = stillNeeded(requirement, view.policy, view.today);
  if (result.status === 'not-required') {
    return t(
      'Nothing is required in {year}: the annual requirement starts the year after certification.',
      { year },
    );
  }
  if (!needed) {
    return result.carryForward > 0
      ? t('The {year} requirement is met; {credits} carry forward to {next}.', {
          year,
          credits: creditCount(words, result.carryForward),
          next: year + 1,
        })
      : t('The {year} requirement is met.', { year });
  }
  // "2.0 credits, 1.0 of them in ethics": a sentence sets it off with commas of its own.
  const inEthics = needed.ethics > 0 && needed.ethics < needed.credits;
  const what =
    needed.ethics >= needed.credits
      ? ethicsCount(words, needed.ethics)
      : inEthics
        ? t('{credits}, {ethics} of them in ethics', {
            credits: creditCount(words, needed.credits),
            ethics: formatCredits(locale, needed.ethics),
          })
        : creditCount(words, needed.credits);
  if (result.status === 'inactive') {
    return t(
      'The shortfall of {last} was not made up in {year}: the ICMA status is inactive until it is ({what} missing).',
      { last: year - 1, year, what },
    );
  }
  const by = day(needed.by, intl);
  if (needed.past) {
    return t(
      '{year} ended short by {what}: make it up by {date}, or the ICMA status becomes inactive.',
      { year, what, date: by },
    );
  }
  return inEthics
    ? t('You still need {what}, by {date}.', { what, date: by })
    : t('You still need {what} by {date}.', { what, date: by });
}

/** The same facts the picture shows, in one sentence for a screen reader. */
function pictureText(
  { t, locale }: Words,
  requirement: YearRequirement,
  view: TranscriptView,
): string {
  const { year, credits, ethics, carriedIn, result } = requirement;
  const figures = {
    year,
    credits: formatCredits(locale, credits + carriedIn),
    required: formatCredits(locale, result.required),
    carried: formatCredits(locale, carriedIn),
    ethics: formatCredits(locale, ethics),
    ethicsRequired: formatCredits(locale, view.policy.icma.ethicsCredits),
  };
  return carriedIn > 0
    ? t(
        '{year}: {credits} of the {required} credits needed, {carried} of them carried forward; {ethics} of the {ethicsRequired} ethics credits needed.',
        figures,
      )
    : t(
        '{year}: {credits} of the {required} credits needed; {ethics} of the {ethicsRequired} ethics credits needed.',
        figures,
      );
}

function renderRequirement(words: Words, view: TranscriptView): TemplateResult {
  const { t, locale } = words;
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
  const figure = (has: number, needs: number): string =>
    `${formatCredits(locale, has)} / ${formatCredits(locale, needs)}`;
  return html`<section class="requirement" aria-labelledby="requirement-title">
    <h3 id="requirement-title">${t('ICMA requirement for {year}', { year })}</h3>
    <p class="headline status-${result.status}">${headline(words, requirement, view)}</p>
    <div class="picture" aria-hidden="true">
      <div class="meter">
        <div class="meter-label">
          <span>${t('Credits')}</span>
          <span class="figure">${figure(credits + carriedIn, required)}</span>
        </div>
        ${bar(carriedIn, credits, required)}
      </div>
      <div class="meter">
        <div class="meter-label">
          <span>${t('Ethics')}</span>
          <span class="figure">${figure(ethics, ethicsNeeded)}</span>
        </div>
        ${bar(0, ethics, ethicsNeeded)}
      </div>
      <ul class="legend">
        <li><span class="swatch own"></span>${t('Earned in {year}', { year })}</li>
        ${
          carriedIn > 0
            ? html`<li>
                <span class="swatch carried"></span>${t('Carried forward from {year}', {
                  year: year - 1,
                })}
              </li>`
            : nothing
        }
        ${
          result.carryForward > 0
            ? html`<li>
                ${t('{credits} carry forward to {year}', {
                  credits: creditCount(words, result.carryForward),
                  year: year + 1,
                })}
              </li>`
            : nothing
        }
      </ul>
    </div>
    <p class="visually-hidden">${pictureText(words, requirement, view)}</p>
    <ul class="reasons fine-print">
      ${result.reasons
        .filter((reason) => !(inProgress && reason.rule === RULE.SHORTFALL))
        .map((reason) => html`<li>${reasonText(words, reason)}</li>`)}
    </ul>
  </section>`;
}

function renderFields(words: Words, view: TranscriptView): TemplateResult {
  const { t } = words;
  const { year } = view;
  const sum = totals(view.completions.filter((completion) => yearOf(completion) === year));
  return html`<section aria-labelledby="fields-title">
    <h3 id="fields-title">${t('Credits in {year} by field of study', { year })}</h3>
    ${
      sum.byField.length === 0
        ? html`<p class="muted">${t('No certificates in {year}.', { year })}</p>`
        : renderCreditsTable(words, sum)
    }
  </section>`;
}

function renderCompletion({ t, intl, locale }: Words, completion: Completion): TemplateResult {
  const { nasba, icma, byField } = completion.credits;
  const verify = webLink(completion.verifyUrl);
  const credits = (amount: number): string => formatCredits(locale, amount);
  const line = `${day(completion.completedOn, intl)} · ${credits(nasba)} NASBA · ${credits(icma)} ICMA`;
  return html`<li class="completion">
    <p class="completion-title">${completion.program.title}</p>
    <p class="muted">${line}</p>
    <p class="muted">
      ${byField.map(({ field, credits: inField }) => `${field} ${credits(inField)}`).join('; ')}
    </p>
    ${
      verify
        ? html`<p>
            <a href=${verify} rel="noopener"
              >${t('Verify')}<span class="visually-hidden"> ${completion.program.title}</span></a
            >
          </p>`
        : nothing
    }
  </li>`;
}

function renderYears(words: Words, view: TranscriptView): TemplateResult {
  const { t } = words;
  const years = byYear(view.completions);
  return html`<section aria-labelledby="certificates-title">
    <h3 id="certificates-title">${t('Certificates')}</h3>
    ${
      years.length === 0
        ? html`<p class="muted">${t('No certificates yet.')}</p>`
        : years.map(
            ({ year, completions }) =>
              html`<h4>
                  ${year}
                  <span class="muted">(${creditCount(words, totals(completions).nasba)})</span>
                </h4>
                <ul class="completions">
                  ${completions.map((completion) => renderCompletion(words, completion))}
                </ul>`,
          )
    }
  </section>`;
}

function renderYearChoice({ t }: Words, view: TranscriptView): TemplateResult {
  const years = new Set([
    view.year,
    Number(view.today.slice(0, 4)),
    ...view.completions.map(yearOf),
  ]);
  return html`<div class="toolbar">
    <div class="field">
      <label for="year">${t('Year')}</label>
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
      ${t('Download CSV')}
    </button>
  </div>`;
}

export function renderTranscript(words: Words, view: TranscriptView): TemplateResult {
  return html`<div class="body">
    ${renderYearChoice(words, view)} ${renderRequirement(words, view)} ${renderFields(words, view)}
    ${renderYears(words, view)}
  </div>`;
}

/** Hands the viewer the certificates listed as a CSV file. */
export function downloadTranscript(completions: readonly Completion[]): void {
  downloadFile(
    new Blob([transcriptCsv(completions)], { type: 'text/csv;charset=utf-8' }),
    'cpe-transcript.csv',
  );
}

/** Why no transcript shows; an API that did not answer also tells the author what to check. */
export function renderProblem({ t }: Words, error: unknown, view: ProblemView): TemplateResult {
  const network = error instanceof PolicyError && error.isNetwork;
  if (network && view.apiBase) warnUnreachable(view.tag, view.apiBase);
  const text = network
    ? unreachableSentence(t)
    : error instanceof PolicyError && error.status === 401
      ? t('Sign in to see your transcript.')
      : t('Your transcript could not be shown: {why}', { why: (error as Error).message });
  return failureNotice(t, text, view.apiBase ? view.retry : undefined);
}
