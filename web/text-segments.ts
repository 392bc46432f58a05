/**
 * Cuts the article text into runs at every boundary of a time expression, an event trigger or an event's
 * sentence, so the text view can highlight them with plain text nodes. Pure: no DOM.
 */
import type { Analysis } from '../src/index.js';

export interface Segment {
  start: number;
  end: number;
  /** The time expression this run belongs to, if any. */
  timexId?: string;
  /** The event whose trigger this run belongs to, if any. */
  eventId?: string;
  /** Events whose sentence covers this run. */
  sentenceOf: string[];
}

/**
 * Segments covering `text` end to end, in order. Each time expression, trigger and sentence marks only the
 * runs it covers (found by binary search), so the work grows with the text, not with events × runs.
 */
export function textSegments(text: string, analysis: Pick<Analysis, 'timexes' | 'events'>): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  for (const timex of analysis.timexes) cuts.add(clamp(timex.start)).add(clamp(timex.end));
  for (const event of analysis.events) {
    cuts.add(clamp(event.start)).add(clamp(event.end)).add(clamp(event.sentence.start)).add(clamp(event.sentence.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) segments.push({ start: points[i]!, end: points[i + 1]!, sentenceOf: [] });
  /** Calls `mark` on every run inside [from, to), in text order. */
  const covered = (from: number, to: number, mark: (segment: Segment) => void) => {
    let low = 0;
    let high = segments.length;
    const first = clamp(from);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (segments[mid]!.start < first) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < segments.length && segments[i]!.end <= to; i++) mark(segments[i]!);
  };
  // The earliest-starting time expression wins a run, as the first trigger in the engine's order does.
  for (const timex of [...analysis.timexes].sort((a, b) => a.start - b.start)) {
    covered(timex.start, timex.end, (segment) => {
      if (segment.timexId === undefined) segment.timexId = timex.id;
    });
  }
  for (const event of analysis.events) {
    covered(event.start, event.end, (segment) => {
      if (segment.eventId === undefined) segment.eventId = event.id;
    });
    covered(event.sentence.start, event.sentence.end, (segment) => segment.sentenceOf.push(event.id));
  }
  return segments;
}
