/**
 * "What Chronicle could not resolve": the analysis's diagnostics as a short list. A diagnostic's text can
 * be a long stretch of the article (a contradiction between far-apart mentions spans everything between
 * them), and a long article can have hundreds of diagnostics; drawing all of that as text costs seconds of
 * layout. So each quote is shortened to its two ends, the first few diagnostics are shown and the rest are
 * drawn only when the reader opens "more".
 */
import type { Diagnostic } from '../src/index.js';
import { el, replaceChildren } from './dom.js';

/** Diagnostics listed at once; the others wait behind a disclosure. */
export const SHOWN_AT_ONCE = 20;
/** Longest quote shown, in characters (the middle of a longer one becomes "…"). */
export const QUOTE_CHARS = 120;

/** `text` shortened to at most about `max` characters, keeping its start and its end. */
export function shortQuote(text: string, max = QUOTE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 3) / 2);
  return `${flat.slice(0, half).trimEnd()} … ${flat.slice(flat.length - half).trimStart()}`;
}

function item(diagnostic: Diagnostic): HTMLLIElement {
  return el('li', {}, el('code', {}, diagnostic.code), ` “${shortQuote(diagnostic.text)}”: ${shortQuote(diagnostic.message, 2 * QUOTE_CHARS)}`);
}

/** Draws `diagnostics` into `container` (empty when there are none). */
export function renderDiagnostics(container: HTMLElement, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) {
    replaceChildren(container);
    return;
  }
  const rest = diagnostics.slice(SHOWN_AT_ONCE);
  let more: HTMLDetailsElement | null = null;
  if (rest.length > 0) {
    const list = el('ul', {});
    more = el('details', { class: 'more-diagnostics' }, el('summary', {}, `${rest.length} more`), list);
    more.addEventListener('toggle', () => {
      if (more?.open && list.childElementCount === 0) replaceChildren(list, ...rest.map(item));
    });
  }
  replaceChildren(container,
    el('h3', {}, `What Chronicle could not resolve (${diagnostics.length})`),
    el('ul', {}, ...diagnostics.slice(0, SHOWN_AT_ONCE).map(item)),
    more);
}
