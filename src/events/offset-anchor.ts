/**
 * Offsets between events ("twenty years after the astronauts were chosen", "a minute and a half later, a pilot
 * calls in"): a duration followed by after / before / later / earlier places nothing by itself, so it anchors
 * an event that has another time in its sentence only when that event is in the signal's complement (the other
 * time is not its time: "resumed work Friday, nearly two months after his team was blocked"). In a sentence with
 * no other time, TimeML links every event it separates to the duration (TimeBank: "chosen BEGINS twenty years",
 * "included ENDS twenty years"): the event the offset counts from begins it, the event it leads to ends it.
 */
import type { Timex } from '../schema.js';
import { anchoringOf, type Anchoring } from './anchoring.js';
import { eventAtToken, sentenceIndexAt, type AnalyzedSentence, type EventMention } from './event-types.js';
import { tokenIndexAt } from './adverbial-frames.js';
import { quotationOf } from './quotations.js';

/** Words after a duration that make it an offset: forward (the event it leads to is later) or backward. */
export const FORWARD_OFFSETS: ReadonlySet<string> = new Set(['after', 'later', 'afterwards']);
export const BACKWARD_OFFSETS: ReadonlySet<string> = new Set(['before', 'earlier']);

/** The offset durations of a sentence (of `durations`, those starting in it), with the token index of their signal word. */
function offsetsOf(sentence: AnalyzedSentence, durations: readonly Timex[]): Array<{ timex: Timex; signal: number; forward: boolean }> {
  const out: Array<{ timex: Timex; signal: number; forward: boolean }> = [];
  for (const timex of durations) {
    const signal = tokenIndexAt(sentence.tokens, timex.end);
    const word = sentence.tokens[signal]?.lower ?? '';
    const forward = FORWARD_OFFSETS.has(word);
    if (forward || BACKWARD_OFFSETS.has(word)) out.push({ timex, signal, forward });
  }
  return out;
}

/**
 * The durations of each sentence that has some, by sentence index in text order, each sentence's in the order
 * given: one binary search per duration, not a pass over every time expression per sentence.
 */
function durationsBySentence(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[]): Map<number, Timex[]> {
  const bySentence = new Map<number, Timex[]>();
  for (const timex of timexes) {
    if (timex.type !== 'DURATION') continue;
    const s = sentenceIndexAt(sentences, timex.start);
    if (s < 0) continue;
    const list = bySentence.get(s);
    if (list === undefined) bySentence.set(s, [timex]);
    else list.push(timex);
  }
  // Timexes in text order (the engine's are) give their sentences in order already: the map as it is, not a sorted copy.
  let previous = -1;
  for (const s of bySentence.keys()) {
    if (s < previous) return new Map([...bySentence].sort((a, b) => a[0] - b[0]));
    previous = s;
  }
  return bySentence;
}

/** How far (in tokens) before an offset the event it modifies may stand ("crossing the border days after"). */
const MODIFIED_REACH = 4;

/** The event an offset phrase modifies: the last event in the few words before its duration, with no punctuation between. */
function modifiedEvent(sentence: AnalyzedSentence, timex: Timex): EventMention | undefined {
  const first = tokenIndexAt(sentence.tokens, timex.start);
  for (let i = first - 1; i >= 0 && i >= first - MODIFIED_REACH; i--) {
    const event = eventAtToken(sentence, i);
    if (event !== undefined) return event;
    if (!(sentence.tokens[i]?.isWord ?? false)) return undefined;
  }
  return undefined;
}

/** The offset whose signal is nearest to the event, and whether the event is in its complement (counts from it). */
function nearestOffset(sentence: AnalyzedSentence, offsets: ReturnType<typeof offsetsOf>, event: EventMention): { offset: (typeof offsets)[number]; countsFrom: boolean; reportedInComplement: boolean } {
  let best = offsets[0] as (typeof offsets)[number];
  for (const o of offsets) if (Math.abs(o.signal - event.tokenIndex) < Math.abs(best.signal - event.tokenIndex)) best = o;
  const prepositional = sentence.tokens[best.signal]?.lower === 'after' || sentence.tokens[best.signal]?.lower === 'before';
  // The signal's complement runs to its first finite verb ("after the first astronauts were chosen"), or up to
  // the comma that closes it ("a week after the anniversary, a bombing killed").
  const finite = sentence.events.findIndex((e) => e.tokenIndex > best.signal && e.group?.form === 'finite');
  let comma = -1;
  for (let i = best.signal + 1; i < sentence.tokens.length && comma < 0; i++) if (sentence.tokens[i]?.text === ',') comma = i;
  // …with the untensed events that depend on that verb ("after prosecutors first charged him with stealing $40 million").
  let finiteEnd = finite < 0 ? Infinity : (sentence.events[finite] as EventMention).tokenIndex;
  for (let k = finite + 1; finite >= 0 && k < sentence.events.length; k++) {
    const e = sentence.events[k] as EventMention;
    if (e.group?.form === 'finite' || e.group?.form === 'modal' || (comma >= 0 && e.tokenIndex > comma)) break;
    finiteEnd = e.tokenIndex;
  }
  const complementEnd = comma < 0 ? finiteEnd : Math.min(finiteEnd, comma - 1);
  // What the complement's verb reports is told there, not separated by the offset ("three days after a report warned
  // that costs could double": the doubling is the report's).
  const verb = finite < 0 ? undefined : (sentence.events[finite] as EventMention);
  const reportedInComplement = prepositional && verb !== undefined && verb.kind === 'reporting' && verb.tokenIndex <= complementEnd && event.tokenIndex > complementEnd && (comma < 0 || event.tokenIndex < comma);
  return { offset: best, countsFrom: prepositional && event.tokenIndex > best.signal && event.tokenIndex <= complementEnd, reportedInComplement };
}

const offsetAnchor = (event: EventMention, offset: { timex: Timex; forward: boolean }, countsFrom: boolean): Anchoring =>
  anchoringOf(event, offset.timex, countsFrom === offset.forward ? 'BEGINS' : 'ENDS', 'clause');

/**
 * Anchors to its nearest offset every event of a sentence that `anchored` leaves without a time: the event
 * after a prepositional signal ("after the astronauts were chosen") is where the offset starts (BEGINS, or ENDS
 * for "before"); any other event is where it leads (ENDS, or BEGINS for "before"/"earlier"). With
 * `complementsOnly`, only the two events the offset joins: those of the signal's complement ("resumed work
 * Friday, nearly two months after his team was blocked") and the event right before the offset ("in an interview
 * several months before he entered his position in April"): the offset is what places them, so they take it
 * before the other times of their sentence would.
 */
export function offsetAnchors(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[], anchored: ReadonlySet<unknown>, complementsOnly = false): Anchoring[] {
  const out: Anchoring[] = [];
  const durations = durationsBySentence(sentences, timexes);
  for (const [s, inSentence] of durations) {
    const sentence = sentences[s] as AnalyzedSentence;
    const offsets = offsetsOf(sentence, inSentence);
    if (offsets.length === 0) continue;
    for (const event of sentence.events) {
      if (anchored.has(event)) continue;
      const { offset, countsFrom, reportedInComplement } = nearestOffset(sentence, offsets, event);
      if (reportedInComplement) continue;
      // A quoted offset is the speaker's: it joins nothing outside the quotation ('"… 48 hours before a decision,"
      // said Ruiz': not the saying).
      if (quotationOf(sentence, offset.signal) !== quotationOf(sentence, event.tokenIndex)) continue;
      // Nor does it separate the report that tells of it ("said he had received threats for months before the fire").
      if (!countsFrom && event.kind === 'reporting' && event.pos === 'verb' && event !== modifiedEvent(sentence, offset.timex)) continue;
      if (countsFrom || !complementsOnly || modifiedEvent(sentence, offset.timex) === event) out.push(offsetAnchor(event, offset, countsFrom));
    }
  }
  return out;
}
