import { html, nothing, type TemplateResult } from 'lit';
import type { Translate, Words } from './locale-controller.js';

/** Why a widget could not show its record, with a Retry where there is an API to ask again. */
export const failureNotice = (
  t: Translate,
  text: string,
  retry: (() => void) | undefined,
): TemplateResult =>
  html`<div class="notice danger" part="notice" role="alert">
    <p>${text}</p>
    ${
      retry
        ? html`<button type="button" class="secondary" @click=${retry}>${t('Retry')}</button>`
        : nothing
    }
  </div>`;

/** Where a widget's record did not load from, and how to ask again. */
export interface ProblemView {
  tag: string;
  apiBase: string | undefined;
  retry: () => void;
}

/** A widget's lazy chunk, which says in its own words why its record does not show. */
interface ProblemWords {
  renderProblem(words: Words, error: unknown, view: ProblemView): TemplateResult;
}

/**
 * Why the record does not show, in the widget's words once its lazy chunk is in; when that
 * chunk did not load (nor those words with it), that something went wrong, with Retry.
 */
export const problemNotice = (
  words: Words,
  chunk: ProblemWords | undefined,
  error: unknown,
  view: ProblemView,
): TemplateResult =>
  chunk?.renderProblem(words, error, view) ??
  failureNotice(words.t, words.t('Something went wrong. Try again.'), view.retry);
