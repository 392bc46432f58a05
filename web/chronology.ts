/**
 * The chronology as the view shows it: the events of an analysis in chronological order, each with a short
 * label, a date label and where it sits on the time axis (epoch milliseconds). Pure: no DOM, no vis.
 */
import type { Analysis, ChronicleEvent } from '../src/index.js';
import { inZone, whenLabel } from './date-labels.js';

export type Shape = 'point' | 'range' | 'band';

export interface ChronologyEntry {
  event: ChronicleEvent;
  /** Position in the chronological order (0-based). */
  rank: number;
  /** A few words around the trigger, from its sentence. */
  label: string;
  dateLabel: string;
  /** Epoch ms of the known bounds, null when open. */
  start: number | null;
  end: number | null;
  dated: boolean;
  shape: Shape;
  /** Bounds inferred (from tense or other events) rather than stated by a time expression. */
  inferred: boolean;
}

const DAY_MS = 86_400_000;
const COARSE = new Set(['month', 'quarter', 'season', 'year', 'decade', 'century']);

/** The events of `analysis` in chronological order (its `order`, then any event it does not list, in text order). */
export function chronology(analysis: Analysis, text: string): ChronologyEntry[] {
  const byId = new Map(analysis.events.map((event) => [event.id, event]));
  const ordered: ChronicleEvent[] = [];
  const seen = new Set<string>();
  for (const id of analysis.order) {
    const event = byId.get(id);
    if (!event || seen.has(id)) continue;
    ordered.push(event);
    seen.add(id);
  }
  for (const event of analysis.events) {
    if (!seen.has(event.id)) ordered.push(event);
  }
  return ordered.map((event, rank) => entryOf(event, rank, analysis.timeZone, text));
}

function entryOf(event: ChronicleEvent, rank: number, zone: string, text: string): ChronologyEntry {
  const start = event.when.start === null ? null : inZone(event.when.start, zone).toMillis();
  const end = event.when.end === null ? null : inZone(event.when.end, zone).toMillis();
  const dated = start !== null || end !== null;
  let shape: Shape = 'range';
  if (start !== null && end !== null && end - start <= DAY_MS + 3_600_000) shape = 'point';
  else if (COARSE.has(event.when.precision)) shape = 'band';
  return {
    event,
    rank,
    label: eventLabel(text, event),
    dateLabel: whenLabel(event.when, zone),
    start,
    end,
    dated,
    shape,
    inferred: event.when.basis !== 'anchored',
  };
}

/** Up to three words either side of the trigger, within its sentence: "activists said Saturday". */
export function eventLabel(text: string, event: ChronicleEvent): string {
  const sentenceStart = Math.min(event.sentence.start, event.start);
  const sentenceEnd = Math.max(event.sentence.end, event.end);
  const before = text.slice(sentenceStart, event.start).split(/\s+/).filter(Boolean).slice(-3);
  const after = text.slice(event.end, sentenceEnd).split(/\s+/).filter(Boolean).slice(0, 2);
  const words = [...before, text.slice(event.start, event.end), ...after].join(' ');
  return words.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\s+/g, ' ');
}
