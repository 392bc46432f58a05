/**
 * TimelineJS (v3) JSON for an analysis (`chronicle analyze --format timelinejs`): one slide per dated event, in
 * chronological order, its headline taken from the event's sentence. Precision is respected: a month-level
 * event gets a year and a month but no day, a year-level event only a year, and so on. Wall times are the
 * article's (from the ISO offsets), never the machine's.
 */
import type { DateTime } from 'luxon';
import type { Analysis, ChronicleEvent, Precision } from '../schema.js';
import { clip } from './columns.js';
import { wallTime } from './span-text.js';

/** A TimelineJS date: only the parts that the event's precision supports. */
export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineSlide {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
}

/** The JSON document TimelineJS loads. */
export interface TimelineJSDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

export interface TimelineResult {
  timeline: TimelineJSDocument;
  /** Ids of events left out because they have no start or an unknown precision. */
  omitted: string[];
}

const HEADLINE_WIDTH = 100;

/** Which date parts each precision keeps, finest last. */
const PARTS: Record<Exclude<Precision, 'unknown'>, ReadonlyArray<keyof TimelineDate>> = {
  minute: ['year', 'month', 'day', 'hour', 'minute'],
  hour: ['year', 'month', 'day', 'hour'],
  day: ['year', 'month', 'day'],
  week: ['year', 'month', 'day'],
  month: ['year', 'month'],
  quarter: ['year', 'month'],
  season: ['year', 'month'],
  year: ['year'],
  decade: ['year'],
  century: ['year'],
};

/** Precisions whose events span more than one unit of the parts shown, so they get an end date. */
const SPANNING: ReadonlySet<Precision> = new Set(['week', 'quarter', 'season', 'decade', 'century']);

/** Builds the TimelineJS document: a title slide and one slide per event that has a start. */
export function formatTimelineJS(analysis: Analysis, text: string, title?: string): TimelineResult {
  const byId = new Map(analysis.events.map((event) => [event.id, event]));
  const inOrder = [
    ...analysis.order.map((id) => byId.get(id)).filter((event): event is ChronicleEvent => event !== undefined),
    ...analysis.events.filter((event) => !analysis.order.includes(event.id)),
  ];
  const events: TimelineSlide[] = [];
  const omitted: string[] = [];
  for (const event of inOrder) {
    const slide = slideFor(event, text);
    if (slide) events.push(slide);
    else omitted.push(event.id);
  }
  return {
    timeline: {
      title: {
        text: {
          headline: escapeHtml(title ?? 'Chronology'),
          text: escapeHtml(`Published ${analysis.publicationDate} (${analysis.timeZone})`),
        },
      },
      events,
    },
    omitted,
  };
}

function slideFor(event: ChronicleEvent, text: string): TimelineSlide | undefined {
  const { precision, start, end } = event.when;
  if (start === null || precision === 'unknown') return undefined;
  const startTime = wallTime(start);
  if (!startTime.isValid) return undefined;
  const parts = PARTS[precision];
  const slide: TimelineSlide = {
    unique_id: event.id,
    start_date: datePart(startTime, parts),
    text: { headline: escapeHtml(headline(text, event)), text: highlight(text, event) },
  };
  if (end !== null && SPANNING.has(precision)) {
    const lastMoment = wallTime(end).minus({ milliseconds: 1 });
    if (lastMoment.isValid && lastMoment > startTime) slide.end_date = datePart(lastMoment, parts);
  }
  if (precision === 'week') slide.display_date = `Week of ${startTime.toISODate() ?? start}`;
  return slide;
}

/**
 * The event's sentence when it is short enough; otherwise the words around the event, cut at word boundaries
 * and marked with ellipses, so the headline always shows the event itself.
 */
export function headline(text: string, event: ChronicleEvent): string {
  const flat = (from: number, to: number): string => text.slice(from, to).replace(/\s+/g, ' ');
  const { start, end } = event.sentence;
  const sentence = flat(start, end).trim();
  if (sentence.length <= HEADLINE_WIDTH || event.start < start || event.end > end) return clip(sentence, HEADLINE_WIDTH);
  const room = Math.max(HEADLINE_WIDTH - (event.end - event.start) - 2, 0);
  let from = Math.max(start, event.start - Math.floor(room / 2));
  const to = Math.min(end, from + (event.end - event.start) + room);
  from = Math.max(start, to - (event.end - event.start) - room);
  let window = flat(from, to);
  if (from > start) window = window.replace(/^\S*\s/, '');
  if (to < end) window = window.replace(/\s\S*$/, '');
  return `${from > start ? '…' : ''}${window.trim()}${to < end ? '…' : ''}`;
}

function datePart(time: DateTime, parts: ReadonlyArray<keyof TimelineDate>): TimelineDate {
  const date: TimelineDate = { year: time.year };
  for (const part of parts) date[part] = time[part];
  return date;
}

/** The event's sentence as HTML with the event word in bold. */
function highlight(text: string, event: ChronicleEvent): string {
  const { start, end } = event.sentence;
  const inside = event.start >= start && event.end <= end && event.end > event.start;
  if (!inside) return escapeHtml(text.slice(start, end).trim());
  return [
    escapeHtml(text.slice(start, event.start).trimStart()),
    `<b>${escapeHtml(text.slice(event.start, event.end))}</b>`,
    escapeHtml(text.slice(event.end, end).trimEnd()),
  ].join('');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
