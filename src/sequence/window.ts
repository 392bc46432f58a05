/**
 * Windows of a long text for sequencing: runs of whole paragraphs (a paragraph ends at a blank line) holding at
 * most `size` events, so that a very long text is sequenced as independent temporal networks of bounded size,
 * in time linear in its length. A paragraph with more events than `size` is cut between sentences; a single
 * sentence is never cut (one sentence with more events than `size` makes a window of its own).
 *
 * Why windows lose little: the evidence between events — signal words ("after", "later"), reporting frames,
 * infinitive complements, clause anchors — lies within a sentence or between neighbouring sentences, and an
 * event's bounds come mainly from its own time expression and tense against the publication date, which every
 * window keeps. Only links between distant paragraphs (a repeated mention of the same happening far apart, or
 * "later" at the first sentence of a window) are left out, and only in texts beyond the window size.
 */
import type { TextSpan } from '../events/tokens.js';

/** The default window size in events: every news article and every TimeBank/AQUAINT document stays whole. */
export const WINDOW_EVENTS = 2000;

/** Sentences [first, end) of the text, as indices into its sentence list. */
export interface SentenceWindow {
  readonly first: number;
  readonly end: number;
}

/** A sentence of the text with the number of events found in it. */
export interface CountedSentence {
  readonly span: TextSpan;
  readonly events: number;
}

/** True when the gap between two sentences holds a blank line (a paragraph break). */
function paragraphBreak(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { if (++newlines === 2) return true; }
    else if (c !== 13 && c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 0xa0) newlines = 0;
  }
  return false;
}

/**
 * Cuts the sentences of `text` into windows of at most `size` events (whole paragraphs where they fit, else
 * whole sentences), in text order, covering every sentence exactly once. One window when the whole text fits.
 * O(length of the text).
 */
export function sentenceWindows(text: string, sentences: readonly CountedSentence[], size: number): SentenceWindow[] {
  const limit = Math.max(1, Math.floor(size));
  // Paragraphs as runs of sentences, with their event counts.
  const paragraphs: Array<{ first: number; end: number; events: number }> = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as CountedSentence;
    const last = paragraphs[paragraphs.length - 1];
    const previous = sentences[i - 1];
    if (last !== undefined && previous !== undefined && !paragraphBreak(text, previous.span.end, s.span.start)) {
      last.end = i + 1;
      last.events += s.events;
    } else {
      paragraphs.push({ first: i, end: i + 1, events: s.events });
    }
  }
  const windows: SentenceWindow[] = [];
  let first = 0;
  let end = 0;
  let events = 0;
  const close = (): void => {
    if (end > first) windows.push({ first, end });
    first = end;
    events = 0;
  };
  for (const p of paragraphs) {
    if (events + p.events <= limit) { end = p.end; events += p.events; continue; }
    close();
    if (p.events <= limit) { end = p.end; events = p.events; continue; }
    // A paragraph too large for one window: cut it between sentences.
    for (let i = p.first; i < p.end; i++) {
      const n = (sentences[i] as CountedSentence).events;
      if (events + n > limit) close();
      end = i + 1;
      events += n;
    }
  }
  close();
  return windows;
}
