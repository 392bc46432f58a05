/**
 * The resolver panel: one phrase, a reference date, a zone and an optional tense, resolved by the library's
 * `resolve` (in the worker) and shown as value, interval and explanation. Field errors appear beside the field.
 */
import type { ResolveOptions } from '../src/index.js';
import type { Engine } from './engine-client.js';
import { el, replaceChildren } from './dom.js';
import { intervalLabel } from './date-labels.js';

export interface ResolverElements {
  form: HTMLFormElement;
  phrase: HTMLInputElement;
  reference: HTMLInputElement;
  zone: HTMLInputElement;
  tense: HTMLSelectElement;
  output: HTMLElement;
  errors: Record<'phrase' | 'reference' | 'timeZone', HTMLElement>;
}

/** Wires the panel; resolves on submit and as the reader types. */
export function wireResolverPanel(elements: ResolverElements, engine: Engine): void {
  const run = async () => {
    for (const message of Object.values(elements.errors)) message.textContent = '';
    const phrase = elements.phrase.value;
    if (phrase.trim() === '') {
      replaceChildren(elements.output, 'Type a phrase such as “six days ago”.');
      return;
    }
    // The engine validates the options and names the field at fault (shown below).
    const tense = elements.tense.value;
    const options: ResolveOptions = { reference: elements.reference.value.trim() };
    const typedZone = elements.zone.value.trim();
    if (typedZone !== '') options.timeZone = typedZone;
    if (tense === 'past' || tense === 'present' || tense === 'future') options.tense = tense;
    const result = await engine.resolve(phrase, options);
    if (result.ok === 'stale') return;
    if (!result.ok) {
      for (const issue of result.issues) {
        const key = issue.field === 'timeZone' ? 'timeZone' : issue.field === 'phrase' ? 'phrase' : 'reference';
        elements.errors[key].textContent = issue.message;
      }
      replaceChildren(elements.output);
      return;
    }
    const resolved = result.value;
    if (resolved === null) {
      replaceChildren(elements.output, el('p', {}, `Chronicle finds no time expression in “${phrase}”.`));
      return;
    }
    const zone = elements.zone.value.trim() || 'UTC';
    replaceChildren(elements.output,
      el('dl', {},
        el('dt', {}, 'Value'), el('dd', { class: 'resolved-value' }, `${resolved.value} (${resolved.type}${resolved.mod ? `, ${resolved.mod}` : ''})`),
        el('dt', {}, 'Interval'), el('dd', {}, resolved.interval ? intervalLabel(resolved.interval, zone) : 'none'),
        el('dt', {}, 'Explanation'), el('dd', {}, resolved.explanation),
        ...(resolved.alternatives ?? []).flatMap((alternative) => [el('dt', {}, 'Or'), el('dd', {}, `${alternative.value}: ${alternative.explanation}`)])));
  };
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  elements.form.addEventListener('input', () => void run());
}
