/**
 * Increment and Standards edition: the sponsor's policy. Learners read which apply; an
 * author who sets `show-policy-options` gets the two choices for what-ifs. Rendered from
 * the lazy chunk, since both need the policy, which arrives with the client.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PolicyDocument } from '../../policy/policy.js';
import type { Edition, Increment } from '../../policy/schemas.js';
import type { Words } from '../shared/locale-controller.js';

export interface PolicyChoices {
  /** `show-policy-options`: offer the choices instead of saying which apply. */
  open: boolean;
  /** Set by the page (attribute) or the viewer; the policy's when undefined. */
  increment: Increment | undefined;
  edition: Edition | undefined;
  credits: PolicyDocument['credits'] | undefined;
  onIncrement: (event: Event) => void;
  onEdition: (event: Event) => void;
}

export function renderPolicyChoices(
  words: Words,
  choices: PolicyChoices,
): TemplateResult | typeof nothing {
  return choices.open ? renderOptions(words, choices) : renderLine(words, choices);
}

function renderLine(
  { t }: Words,
  { increment, edition, credits }: PolicyChoices,
): TemplateResult | typeof nothing {
  if (!credits) return nothing;
  const step = (increment ?? credits.increment) === 'fifth' ? t('fifths (0.2)') : t('halves (0.5)');
  const params = { step, edition: edition ?? credits.edition };
  const chosenHere = increment !== undefined || edition !== undefined;
  return html`<p class="hint policy-line" id="policy-line">
    ${
      chosenHere
        ? t(
            'Credits count in {step} after the first credit, under the {edition} Standards.',
            params,
          )
        : t(
            'Credits count in {step} after the first credit, under the {edition} Standards, as your sponsor’s policy sets.',
            params,
          )
    }
  </p>`;
}

function renderOptions({ t }: Words, choices: PolicyChoices): TemplateResult {
  const { credits } = choices;
  const increment = choices.increment ?? credits?.increment;
  const edition = choices.edition ?? credits?.edition;
  return html`
    <div class="pair">
      <div class="field">
        <label for="increment">${t('Increment')}</label>
        <select id="increment" aria-describedby="increment-hint" @input=${choices.onIncrement}>
          <option value="fifth" ?selected=${increment === 'fifth'}>${t('Fifths (0.2)')}</option>
          <option value="half" ?selected=${increment === 'half'}>${t('Halves (0.5)')}</option>
        </select>
      </div>
      <div class="field">
        <label for="edition">${t('Standards edition')}</label>
        <select id="edition" aria-describedby="edition-hint" @input=${choices.onEdition}>
          <option value="2024" ?selected=${edition === '2024'}>2024</option>
          <option value="2026" ?selected=${edition === '2026'}>2026</option>
        </select>
      </div>
    </div>
    <p class="hint" id="increment-hint">
      ${t(
        'After the first credit, time counts down to the last whole step: fifths are 0.2 credit for every 10 minutes, halves 0.5 for every 25.',
      )}
      ${
        credits
          ? credits.increment === 'fifth'
            ? t("Your sponsor's policy uses fifths.")
            : t("Your sponsor's policy uses halves.")
          : nothing
      }
    </p>
    <p class="hint" id="edition-hint">
      ${t('The 2026 Standards apply to new programs from 2027 and change the self-study minimums.')}
      ${
        credits
          ? t("Your sponsor's policy uses the {edition} Standards.", { edition: credits.edition })
          : nothing
      }
    </p>
  `;
}
