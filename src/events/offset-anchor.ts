/**
 * Offsets between events ("twenty years after the astronauts were chosen", "a minute and a half later, a pilot
 * calls in"): a duration followed by after / before / later / earlier places nothing by itself, so it never anchors
 * an event that has another time in its sentence. In a sentence with no other time, TimeML still links the events
 * it separates to the duration (TimeBank: "chosen BEGINS twenty years", "included ENDS twenty years"): the event
 * the offset counts from begins it, the event it leads to ends it.
 */
import type { TLinkType, Timex } from '../schema.js';
import type { Anchoring } from './anchor.js';
import type { AnalyzedSentence } from './event-types.js';
import { tokenIndexAt } from './adverbial-frames.js';

/** Words after a duration that make it an offset: forward (the event it leads to is later) or backward. */
export const FORWARD_OFFSETS: ReadonlySet<string> = new Set(['after', 'later', 'afterwards']);
export const BACKWARD_OFFSETS: ReadonlySet<string> = new Set(['before', 'earlier']);

/** The offset durations of a sentence, with the token index of their signal word. */
function offsetsOf(sentence: AnalyzedSentence, timexes: readonly Timex[]): Array<{ timex: Timex; signal: number; forward: boolean }> {
  const out: Array<{ timex: Timex; signal: number; forward: boolean }> = [];
  for (const timex of timexes) {
    if (timex.type !== 'DURATION' || timex.start < sentence.span.start || timex.start >= sentence.span.end) continue;
    const signal = tokenIndexAt(sentence.tokens, timex.end);
    const word = sentence.tokens[signal]?.lower ?? '';
    const forward = FORWARD_OFFSETS.has(word);
    if (forward || BACKWARD_OFFSETS.has(word)) out.push({ timex, signal, forward });
  }
  return out;
}

/**
 * Anchors to its nearest offset every event of a sentence that `anchored` leaves without a time: the event
 * after a prepositional signal ("after the astronauts were chosen") is where the offset starts (BEGINS, or ENDS
 * for "before"); any other event is where it leads (ENDS, or BEGINS for "before"/"earlier").
 */
export function offsetAnchors(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[], anchored: ReadonlySet<unknown>): Anchoring[] {
  const out: Anchoring[] = [];
  for (const sentence of sentences) {
    const offsets = offsetsOf(sentence, timexes);
    if (offsets.length === 0) continue;
    for (const event of sentence.events) {
      if (anchored.has(event)) continue;
      let best = offsets[0] as (typeof offsets)[number];
      for (const o of offsets) if (Math.abs(o.signal - event.tokenIndex) < Math.abs(best.signal - event.tokenIndex)) best = o;
      const prepositional = sentence.tokens[best.signal]?.lower === 'after' || sentence.tokens[best.signal]?.lower === 'before';
      // The signal's complement runs to its first finite verb ("after the first astronauts were chosen").
      const complementEnd = sentence.events.find((e) => e.tokenIndex > best.signal && e.group?.form === 'finite')?.tokenIndex ?? Infinity;
      const countsFrom = prepositional && event.tokenIndex > best.signal && event.tokenIndex <= complementEnd;
      const relation: TLinkType = countsFrom === best.forward ? 'BEGINS' : 'ENDS';
      out.push({ event, timex: best.timex, relation, scope: 'clause' });
    }
  }
  return out;
}
