/**
 * No widget shows words a translator cannot reach: every sentence in a template goes
 * through its LocaleController, as a literal the catalogs can be checked against.
 */
import { describe, expect, it } from 'vitest';
import { scanWidget, shownWords, widgetFolders } from './sources.js';

describe('the words a template shows', () => {
  it('are found in text, in labelling attributes, and nowhere else', () => {
    expect(
      shownWords(`<label for="x" class="hint">Starts</label>
        <button aria-label="Remove break" data-kind="row">&times;</button>
        <input placeholder="hh:mm" type="time" />  <span>·</span>`),
    ).toEqual(['Remove break', 'hh:mm', 'Starts']);
    expect(shownWords('<p class="hint" id="a-b"></p> <!-- why --> 2026 &nbsp; ·')).toEqual([]);
  });
});

describe.each(widgetFolders())('%s', (widget) => {
  it('shows no word that does not pass through its translator', () => {
    expect(scanWidget(widget).untranslated).toEqual([]);
  });
});
