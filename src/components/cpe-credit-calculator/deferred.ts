/**
 * What the calculator needs only once its client is here, so it loads with the client after
 * the first render: reading the form into a credit input, checked by the engine (the schemas,
 * and valibot with them; at most a year of minutes, and so on), schedule times in a zone, and
 * the result's rendering with its rules.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RULE } from '../../policy/reasons.js';
import type { CreditResult, Reason } from '../../policy/schemas.js';
import { PolicyError } from '../../client/policy-client.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { formatCredits } from '../../policy/locale.js';
import type { Words } from '../shared/locale-controller.js';
import type { NumberKey } from './form.js';

export { renderPolicyChoices } from './policy-choices.js';
export { readForm } from './reading.js';
export { renderSchedule } from './schedule.js';
export { styles } from './deferred.styles.js';

/** The rules that settle whether a method earns any credit at all. */
const decidingRules = new Set<string>([
  RULE.RECORDED_NOT_ELIGIBLE,
  RULE.GROUP_MIN,
  RULE.SELF_STUDY_MIN,
  RULE.NANO,
  RULE.COLLEGE,
]);
/** True of every result, so they never explain one. */
const standingRules = new Set<string>([RULE.UNIT_50, RULE.STATE_BOARD_AUTHORITY]);

/** Why a result earns nothing: its deciding rule, else the last reason particular to it. */
function decidingReason(reasons: readonly Reason[]): Reason | undefined {
  return (
    reasons.findLast((reason) => decidingRules.has(reason.rule)) ??
    reasons.findLast((reason) => !standingRules.has(reason.rule))
  );
}

/** The hints that quote the policy's figures, so they show once the policy is known. */
export function policyHint(
  { t, intl }: Words,
  key: NumberKey,
  credits: PolicyDocument['credits'],
): string | undefined {
  const number = (value: number) => value.toLocaleString(intl);
  switch (key) {
    case 'selfStudy.words':
      return t('Words of reading, at {rate} words a minute.', {
        rate: number(credits.wordsPerMinute),
      });
    case 'selfStudy.exerciseQuestions':
      return t('Each question adds {minutes} minutes; true/false questions do not count.', {
        minutes: number(credits.minutesPerQuestion),
      });
    case 'college.semesterHours':
      return t('1 semester hour earns {credits} credits.', {
        credits: number(credits.semesterHourCredits),
      });
    case 'college.quarterHours':
      return t('1 quarter hour earns {credits} credits.', {
        credits: number(credits.quarterHourCredits),
      });
    default:
      return undefined;
  }
}

/** Why there are no credits to show: the engine or API refused the input, or failed. */
export function failureMessage({ t }: Words, error: unknown): string {
  if (!(error instanceof PolicyError)) {
    return t('The credits could not be worked out. Try again in a moment.');
  }
  return error.errors.some((item) => item.path)
    ? t('Correct the highlighted field to see the credits.')
    : `${error.title}. ${error.detail}`;
}

/** A result, where it came from (`fallback`: the bundled rules while the API is unreachable). */
export interface Calculation {
  result: CreditResult;
  source: 'local' | 'api' | 'fallback';
  /** The version of the rules that answered. */
  version: string;
}

export function renderFigures(words: Words, { result, source }: Calculation): TemplateResult {
  const { t, plural, intl, locale } = words;
  const deciding = decidingReason(result.reasons);
  const minutes = result.qualifyingMinutes;
  const step = result.increment === 'fifth' ? t('fifths') : t('halves');
  return html`
    ${
      source === 'fallback'
        ? html`<p class="notice" part="notice">
            ${t(
              "The policy API could not be reached, so this was worked out in your browser with the bundled rules. It may differ from the sponsor's official figure.",
            )}
          </p>`
        : nothing
    }
    ${source !== 'api' ? html`<p class="badge estimate">${t('Estimate')}</p>` : nothing}
    <div class="figures">
      <p part="figure" class="figure">
        <span class="hero">${formatCredits(locale, result.credits.nasba)}</span>
        <span class="figure-label">${t('NASBA credits')}</span>
      </p>
      <p part="figure" class="figure">
        <span class="hero">${formatCredits(locale, result.credits.icma)}</span>
        <span class="figure-label">${t('ICMA credits')}</span>
      </p>
    </div>
    <p class="minutes">
      ${plural(
        minutes,
        {
          one: '{count} qualifying minute · {step} · {edition} Standards',
          other: '{count} qualifying minutes · {step} · {edition} Standards',
        },
        {
          count: minutes.toLocaleString(intl, { maximumFractionDigits: 1 }),
          step,
          edition: result.edition,
        },
      )}
    </p>
    ${
      result.eligible
        ? nothing
        : html`<p class="notice danger" part="notice">
            ${t('Not eligible for CPE credit: {why}', {
              why: deciding ? deciding.message : '',
            })}
          </p>`
    }
  `;
}

export function renderExplanation(
  words: Words,
  { result, source, version }: Calculation,
): TemplateResult {
  const { t } = words;
  const reasons = result.reasons.filter((reason) => reason.rule !== 'CREDIT.STATE_BOARD_AUTHORITY');
  return html`
    <h3 class="subheading">${t('Why')}</h3>
    <ul part="reasons" class="reasons">
      ${reasons.map((reason) => html`<li>${reason.message}</li>`)}
    </ul>
    ${result.warnings.map(
      (warning) => html`<p class="notice" part="notice">${warning.message}</p>`,
    )}
    <p class="fine-print">
      ${
        source === 'api'
          ? t('From the sponsor’s policy API.')
          : t(
              'Worked out in your browser with the bundled rules (policy {version}); not an official record.',
              { version },
            )
      }
    </p>
  `;
}
