/**
 * The resolver panel: one phrase, a reference date, a zone and an optional tense, resolved by the library's
 * `resolve` (in the worker) and shown as value, interval and explanation. Field errors appear beside the field.
 */
import { ResolveOptions } from '../src/schema.js';
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
    const tense = elements.tense.value;
    const options = ResolveOptions.safeParse({
      reference: elements.reference.value.trim(),
      timeZone: elements.zone.value.trim() || undefined,
      tense: tense === '' ? undefined : tense,
    });
    if (!options.success) return;
    const result = await engine.resolve(phrase, options.data);
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
