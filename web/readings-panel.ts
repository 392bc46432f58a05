/**
 * The list of ambiguous time expressions, each with its current reading and a one-click button per
 * alternative reading; choosing one re-sequences the chronology.
 */
import type { Analysis } from '../src/index.js';
import { el, replaceChildren } from './dom.js';

/** Draws the panel for `analysis` (readings already applied). `onChoose(timexId, index)`; `onReset()` undoes all. */
export function renderReadingsPanel(
  panel: HTMLElement,
  analysis: Analysis,
  switched: ReadonlySet<string>,
  onChoose: (timexId: string, index: number) => void,
  onReset: () => void,
): void {
  const ambiguous = analysis.timexes.filter((timex) => (timex.alternatives?.length ?? 0) > 0);
  if (ambiguous.length === 0) {
    replaceChildren(panel, el('p', { class: 'muted' }, 'No ambiguous time expressions in this article.'));
    return;
  }
  const items = ambiguous.map((timex) => {
    const buttons = (timex.alternatives ?? []).map((alternative, index) => {
      const button = el('button', { type: 'button', class: 'choose-reading', 'data-timex': timex.id, 'data-index': index, title: alternative.explanation }, `Use ${alternative.value}`);
      button.addEventListener('click', () => onChoose(timex.id, index));
      return button;
    });
    return el('li', { 'data-timex': timex.id },
      el('span', { class: 'reading-phrase' }, `“${timex.text}”`), ' → ',
      el('strong', {}, timex.value), switched.has(timex.id) ? el('span', { class: 'muted' }, ' (your choice)') : null, ' ',
      ...buttons);
  });
  const reset = el('button', { type: 'button', class: 'reset-readings' }, 'Back to the engine’s readings');
  reset.addEventListener('click', onReset);
  replaceChildren(panel, el('ul', {}, ...items), switched.size > 0 ? reset : null);
}
