/**
 * The tense of the clause around a time expression, for resolving weekdays and bare months: the tense of the
 * event the expression anchors to, else of the nearest finite verb of its sentence. The text's sentences and
 * events are computed once per text (a one-entry cache), so calling it for every expression stays linear.
 */
import type { Tense } from '../schema.js';
import { directAnchors } from './anchor.js';
import { detectEvents } from './detect.js';
import { tenseOf, type AnalyzedSentence } from './event-types.js';

let cached: { text: string; sentences: AnalyzedSentence[] } | undefined;

function sentencesOf(text: string): AnalyzedSentence[] {
  if (cached?.text !== text) cached = { text, sentences: detectEvents(text) };
  return cached.sentences;
}

/** The tense governing the expression at [start, end) of `text`, or undefined when no finite verb is near. */
export function clauseTense(text: string, start: number, end = start + 1): Tense | undefined {
  const sentence = sentencesOf(text).find((s) => s.span.start <= start && start < s.span.end);
  if (sentence === undefined) return undefined;
  const probe = { id: 'probe', text: text.slice(start, end), start, end, type: 'DATE' as const, value: 'XXXX', anchor: { kind: 'none' as const }, rule: 'probe', explanation: 'probe' };
  for (const a of directAnchors([sentence], [probe])) {
    const t = tenseOf(a.event);
    if (t !== undefined) return t;
  }
  const finite = sentence.events
    .filter((e) => tenseOf(e) !== undefined)
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
  return finite === undefined ? undefined : tenseOf(finite);
}
