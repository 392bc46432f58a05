/**
 * What a time expression resolved to, as a small panel of text: value, interval, the reference it used
 * (publication date or an earlier phrase), the engine's explanation, and its alternative readings with a
 * button each to switch to it.
 */
import type { Analysis, Timex } from '../src/index.js';
import { el } from './dom.js';
import { intervalLabel } from './date-labels.js';

/** `onChoose(timexId, index)` switches the timex to its alternative `index`. */
export function timexDetails(timex: Timex, analysis: Analysis, onChoose: (timexId: string, index: number) => void): HTMLElement {
  const rows: Array<[string, string]> = [
    ['Value', `${timex.value} (${timex.type}${timex.mod ? `, ${timex.mod}` : ''})`],
    ['Interval', timex.interval ? intervalLabel(timex.interval, analysis.timeZone) : 'none (not a span of calendar time)'],
    ['Reference', anchorLabel(timex, analysis)],
    ['Rule', timex.rule],
  ];
  const list = el('dl', {}, ...rows.flatMap(([term, detail]) => [el('dt', {}, term), el('dd', {}, detail)]));
  const alternatives = (timex.alternatives ?? []).map((alternative, index) =>
    el('li', {},
      el('button', { type: 'button', class: 'choose-reading', 'data-timex': timex.id, 'data-index': index }, `Use ${alternative.value}`),
      ' ',
      alternative.explanation),
  );
  alternatives.forEach((item, index) => item.querySelector('button')?.addEventListener('click', () => onChoose(timex.id, index)));
  return el('div', { class: 'timex-details' },
    el('p', { class: 'timex-phrase' }, `“${timex.text}”`),
    list,
    el('p', { class: 'explanation' }, timex.explanation),
    alternatives.length > 0 ? el('p', { class: 'alternatives-head' }, 'Other readings:') : null,
    alternatives.length > 0 ? el('ul', { class: 'alternatives' }, ...alternatives) : null);
}

function anchorLabel(timex: Timex, analysis: Analysis): string {
  const anchor = timex.anchor;
  if (anchor.kind === 'publicationDate') return `the publication date, ${analysis.publicationDate} (${analysis.timeZone})`;
  if (anchor.kind === 'timex') {
    const earlier = analysis.timexes.find((other) => other.id === anchor.timexId);
    return earlier ? `the earlier phrase “${earlier.text}” (${earlier.value})` : `the earlier phrase ${anchor.timexId}`;
  }
  return 'none (absolute)';
}
