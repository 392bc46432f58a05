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

/** Segments covering `text` end to end, in order. */
export function textSegments(text: string, analysis: Pick<Analysis, 'timexes' | 'events'>): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  for (const timex of analysis.timexes) cuts.add(clamp(timex.start)).add(clamp(timex.end));
  for (const event of analysis.events) {
    cuts.add(clamp(event.start)).add(clamp(event.end)).add(clamp(event.sentence.start)).add(clamp(event.sentence.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const timexes = [...analysis.timexes].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const segment: Segment = { start, end, sentenceOf: [] };
    const timex = timexes.find((t) => t.start <= start && end <= t.end);
    if (timex) segment.timexId = timex.id;
    for (const event of analysis.events) {
      if (event.start <= start && end <= event.end && segment.eventId === undefined) segment.eventId = event.id;
      if (event.sentence.start <= start && end <= event.sentence.end) segment.sentenceOf.push(event.id);
    }
    segments.push(segment);
  }
  return segments;
}
