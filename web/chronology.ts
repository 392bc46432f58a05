/**
 * The chronology as the view shows it: the events of an analysis in chronological order, each with a short
 * label, a date label and where it sits on the time axis (epoch milliseconds). Pure: no DOM, no vis.
 */
import type { Analysis, ChronicleEvent } from '../src/index.js';
import { instantOf, whenLabel } from './date-labels.js';

export type Shape = 'point' | 'range' | 'band';

export interface ChronologyEntry {
  event: ChronicleEvent;
  /** Position in the chronological order (0-based). */
  rank: number;
  /** A few words around the trigger, from its sentence. */
  label: string;
  dateLabel: string;
  /** Epoch ms of the known bounds, null when open. An undated entry may still know one bound from tense. */
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
  const start = event.when.start === null ? null : instantOf(event.when.start, zone);
  const end = event.when.end === null ? null : instantOf(event.when.end, zone);
  // A date is usable when both bounds are known, or one is and it comes from the text (not from tense alone).
  const dated = (start !== null && end !== null) || ((start !== null || end !== null) && (event.when.basis === 'anchored' || event.when.basis === 'derived'));
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

/** Words that make a poor first or last word of a label. */
const EDGE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'that', 'is', 'are', 'was', 'were', 'it', 'its', 'their', 'his', 'her', 'as', 'after', 'before']);

/** A word ending a clause or phrase: the label does not reach across it ("week, an airstrike" → "an airstrike"). */
const BREAK_AFTER = /[,;:)\]"”—–]$|^[—–-]+$/u;

/**
 * Up to two words before and three after the trigger, within its sentence and its clause: "activists said
 * Saturday", not "week, an airstrike by the".
 */
export function eventLabel(text: string, event: ChronicleEvent): string {
  const sentenceStart = Math.min(event.sentence.start, event.start);
  const sentenceEnd = Math.max(event.sentence.end, event.end);
  const clean = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = (span: string) => span.split(/\s+/).filter((word) => word !== '');
  let before = words(text.slice(sentenceStart, event.start));
  let lastBreak = before.length - 1;
  while (lastBreak >= 0 && !BREAK_AFTER.test(before[lastBreak]!)) lastBreak--;
  before = before.slice(lastBreak + 1).filter((word) => clean(word) !== '').slice(-2);
  const following = words(text.slice(event.end, sentenceEnd));
  const firstBreak = following.findIndex((word) => BREAK_AFTER.test(word));
  // The trigger itself may end its clause ("said," / "left.").
  const triggerEndsClause = BREAK_AFTER.test(text.slice(event.end, event.end + 1));
  const after = triggerEndsClause ? [] : following.slice(0, firstBreak === -1 ? 3 : Math.min(3, firstBreak + 1)).filter((word) => clean(word) !== '');
  while (before.length > 0 && EDGE_WORDS.has(clean(before[0]!).toLowerCase())) before.shift();
  while (after.length > 0 && EDGE_WORDS.has(clean(after.at(-1)!).toLowerCase())) after.pop();
  const label = [...before, text.slice(event.start, event.end), ...after].join(' ');
  return clean(label).replace(/\s+/g, ' ');
}
