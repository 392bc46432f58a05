/**
 * A plain sentence splitter for gold TimeML text, used only to decide whether a gold event–time link lies
 * within one sentence. Boundaries: blank lines, and . ! ? (plus closing quotes/brackets) followed by white
 * space and a capital, digit or quote — except after common abbreviations and single-letter initials.
 */
import type { Extent } from './matching.js';
import { ABBREVIATIONS } from '../events/tokens.js';

const BOUNDARY = /([.!?]+)["')\]'`]*\s+(?=["'`(]*[A-Z0-9])|\n[ \t]*\n\s*/g;

/** Sentence extents covering `text` (white space between sentences belongs to none). */
export function splitSentences(text: string): Extent[] {
  const sentences: Extent[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (match[1] !== undefined && isAbbreviation(text, match.index)) continue;
    const end = match[1] !== undefined ? match.index + match[0].trimEnd().length : match.index;
    pushTrimmed(text, start, end, sentences);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function isAbbreviation(text: string, periodAt: number): boolean {
  if (text[periodAt] !== '.') return false;
  const word = /[A-Za-z.]+$/.exec(text.slice(Math.max(0, periodAt - 12), periodAt))?.[0] ?? '';
  const bare = word.replace(/^\.+/, '').toLowerCase();
  return /^[a-z]$/.test(bare) || ABBREVIATIONS.has(bare);
}

function pushTrimmed(text: string, start: number, end: number, into: Extent[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) into.push({ start: s, end: e });
}

/** Index of the sentence containing `offset`, or -1 (binary search over sorted extents). */
export function sentenceIndexAt(sentences: readonly Extent[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid] as Extent;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
