/**
 * The position of each event mention of a run of sentences in text order (sentence by sentence, each sentence's
 * events in order), found from the mention's sentence index and its place among that sentence's few events: no
 * map over every mention of the text.
 */
import type { AnalyzedSentence, EventMention } from '../events/event-types.js';

export class MentionPositions {
  /** Every mention, in text order. */
  readonly mentions: EventMention[] = [];
  /** The position of each sentence's first mention. */
  private readonly firstOf: number[] = [];

  constructor(private readonly sentences: readonly AnalyzedSentence[]) {
    for (const s of sentences) {
      this.firstOf.push(this.mentions.length);
      for (const m of s.events) this.mentions.push(m);
    }
  }

  /** The position of `mention` in text order; −1 when it is not a mention of these sentences. */
  positionOf(mention: EventMention): number {
    const events = this.sentences[mention.sentenceIndex]?.events;
    if (events === undefined) return -1;
    for (let k = 0; k < events.length; k++) if (events[k] === mention) return (this.firstOf[mention.sentenceIndex] as number) + k;
    return -1;
  }
}

/** Event ids e1, e2, … up to this many are written once for the process (every analysis names its events from e1). */
const KEPT_IDS = 10_000;
const EVENT_IDS: string[] = [];

/** The id of the event at `position` (from 0) of the whole text: `e${position + 1}`. */
export function eventId(position: number): string {
  if (position >= KEPT_IDS) return `e${position + 1}`;
  for (let n = EVENT_IDS.length; n <= position; n++) EVENT_IDS.push(`e${n + 1}`);
  return EVENT_IDS[position] as string;
}
