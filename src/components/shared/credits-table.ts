/** The credits by field of study with their totals: the program card, certificate and transcript. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatCredits } from '../../policy/locale.js';
import type { Words } from './locale-controller.js';

export interface CreditsTable {
  byField: readonly { field: string; credits: number }[];
  nasba: number;
  icma: number;
  /** The ICMA ethics credits, as a last total row when given. */
  ethics?: number;
  /** A caption for screen readers, where no heading names the table. */
  caption?: string;
}

export function renderCreditsTable({ t, locale }: Words, table: CreditsTable): TemplateResult {
  const total = (label: string, credits: number) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${formatCredits(locale, credits)}</td>
    </tr>`;
  return html`<table class="credits">
    ${
      table.caption
        ? html`<caption class="visually-hidden">
            ${table.caption}
          </caption>`
        : nothing
    }
    <thead>
      <tr>
        <th scope="col">${t('Field of study')}</th>
        <th scope="col">${t('Credits')}</th>
      </tr>
    </thead>
    <tbody>
      ${table.byField.map(({ field, credits }) => total(field, credits))}
    </tbody>
    <tfoot>
      ${total(t('Total (NASBA)'), table.nasba)} ${total(t('Total (ICMA)'), table.icma)}
      ${table.ethics === undefined ? nothing : total(t('Ethics (ICMA)'), table.ethics)}
    </tfoot>
  </table>`;
}

/** The table's look; each element adds its own spacing around it. */
export const creditsTableStyles = css`
  .credits {
    width: 100%;
    border-collapse: collapse;
  }

  .credits th,
  .credits td {
    padding: calc(var(--_space) / 2) 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    font-weight: normal;
  }

  .credits td,
  .credits thead th + th {
    text-align: end;
  }

  .credits thead th,
  .credits tfoot th,
  .credits tfoot td {
    font-weight: 600;
  }
`;
