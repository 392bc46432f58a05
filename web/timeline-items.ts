/**
 * From the chronology to vis-timeline data: precision is the shape (a day is a point, a week a range, a
 * month or coarser a band), inferred bounds get their own class, an open bound fades out towards the edge,
 * and events with no usable date go to an "undated" lane. Pure: no DOM.
 */
import type { ChronologyEntry } from './chronology.js';

export const DATED_GROUP = 'dated';
export const UNDATED_GROUP = 'undated';

/** One vis-timeline item; `label`/`dateLabel` are rendered as text by the view's template. */
export interface TimelineItem {
  id: string;
  group: string;
  type: 'point' | 'range';
  start: number;
  end?: number;
  content: string;
  className: string;
  label: string;
  dateLabel: string;
  rank: number;
  /** Epoch ms where the event can start (its start bound, or the drawn start when open); a data attribute. */
  from: number;
}

export interface TimelineGroup {
  id: string;
  content: string;
  className: string;
  /** Lane order, top first. */
  order: number;
}

export interface TimelineData {
  items: TimelineItem[];
  groups: TimelineGroup[];
  /** Epoch ms span covering every item and the publication marker. */
  extent: { start: number; end: number };
}

const DAY_MS = 86_400_000;

/** Builds the items and lanes; `publication` is the epoch ms of the publication marker. */
export function timelineData(entries: ChronologyEntry[], publication: number): TimelineData {
  const known = entries.flatMap((entry) => [entry.start, entry.end]).filter((ms): ms is number => ms !== null);
  let low = Math.min(publication, ...known);
  let high = Math.max(publication, ...known);
  if (high - low < DAY_MS) {
    low -= DAY_MS;
    high += DAY_MS;
  }
  const items: TimelineItem[] = [];
  const undated = entries.filter((entry) => !entry.dated);
  const step = (high - low) / (undated.length + 1);
  undated.forEach((entry, index) => items.push(undatedItem(entry, low + step * (index + 1))));
  for (const entry of entries) {
    if (entry.dated) items.push(datedItem(entry, low, high));
  }
  const groups: TimelineGroup[] = [{ id: DATED_GROUP, content: 'Chronology', className: 'lane-dated', order: 0 }];
  if (undated.length > 0) groups.push({ id: UNDATED_GROUP, content: `Undated (${undated.length})`, className: 'lane-undated', order: 1 });
  return { items, groups, extent: { start: low, end: high } };
}

function base(entry: ChronologyEntry): Pick<TimelineItem, 'id' | 'content' | 'label' | 'dateLabel' | 'rank' | 'from'> {
  const from = entry.start ?? Number.NEGATIVE_INFINITY;
  return { id: entry.event.id, content: '', label: entry.label, dateLabel: entry.dateLabel, rank: entry.rank, from };
}

function undatedItem(entry: ChronologyEntry, at: number): TimelineItem {
  return { ...base(entry), group: UNDATED_GROUP, type: 'point', start: at, className: 'event undated' };
}

function datedItem(entry: ChronologyEntry, low: number, high: number): TimelineItem {
  const classes = ['event', `shape-${entry.shape}`, `precision-${entry.event.when.precision}`];
  classes.push(entry.inferred ? 'inferred' : 'stated');
  if (entry.start !== null && entry.end !== null) {
    if (entry.shape === 'point') {
      return { ...base(entry), group: DATED_GROUP, type: 'point', start: (entry.start + entry.end) / 2, className: classes.join(' ') };
    }
    return { ...base(entry), group: DATED_GROUP, type: 'range', start: entry.start, end: entry.end, className: classes.join(' ') };
  }
  // One bound open: a short bar from the known bound, fading towards the open side.
  const reach = Math.max(2 * DAY_MS, (high - low) * 0.08);
  const start = entry.start ?? (entry.end ?? high) - reach;
  const end = entry.end ?? start + reach;
  classes.push(entry.start === null ? 'open-start' : 'open-end');
  return { ...base(entry), group: DATED_GROUP, type: 'range', start, end, className: classes.join(' ') };
}
