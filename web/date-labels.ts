/**
 * Human labels for when something happened, in the article's zone (luxon only, never the reader's zone):
 * a day reads "Sun 27 Aug 2017", a week "28 Aug – 1 Sep 2017", a month "Sep 2017", an open bound
 * "before 2 Sep 2017".
 */
import { DateTime } from 'luxon';
import type { Interval, Precision, When } from '../src/index.js';

/**
 * Parses an ISO date-time written by the engine and places it in `zone`. The instant is read with
 * Date.parse (exact for ISO strings with an offset, and ~20× faster than luxon's ISO parser, which matters
 * for articles with a thousand events); anything Date.parse cannot read goes through luxon.
 */
export function inZone(iso: string, zone: string, shiftMs = 0): DateTime {
  const millis = /(Z|[+-]\d{2}:\d{2})$/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isFinite(millis)) return DateTime.fromMillis(millis + shiftMs, { zone });
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).plus({ milliseconds: shiftMs });
}

/**
 * Loads what luxon and Intl need for `zone` (Intl's time zone data is loaded once per process, ~30 ms the
 * first time): called while the page waits for the engine, it takes that cost off the worker's first
 * analysis and off the page's first labels. An unknown zone is ignored here (the fields report it).
 */
export function warmZone(zone: string): void {
  DateTime.fromMillis(0, { zone }).toFormat(DAY);
}

/** The epoch ms of an ISO date-time written by the engine (the instant only: no zone work). */
export function instantOf(iso: string, zone: string): number {
  const millis = /(Z|[+-]\d{2}:\d{2})$/.test(iso) ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(millis) ? millis : inZone(iso, zone).toMillis();
}

/** Whether two date-times in the same zone fall in the same `unit` (cheaper than luxon's hasSame). */
function same(a: DateTime, b: DateTime, unit: 'year' | 'month' | 'day'): boolean {
  if (a.year !== b.year) return false;
  if (unit === 'year') return true;
  if (a.month !== b.month) return false;
  return unit === 'month' || a.day === b.day;
}

const DAY = 'ccc d LLL yyyy';

/** Label of a span [start, end) at a precision, given its first and `last` instants (end − 1 ms). */
function spanLabel(start: DateTime, last: DateTime, precision: Precision): string {
  switch (precision) {
    case 'minute':
    case 'hour':
      return start.toFormat(`${DAY}, HH:mm`);
    case 'month':
      return same(start, last, 'month') ? start.toFormat('LLL yyyy') : rangeLabel(start, last, 'LLL yyyy');
    case 'quarter':
    case 'season':
      return rangeLabel(start, last, 'LLL yyyy');
    case 'year':
      return same(start, last, 'year') ? start.toFormat('yyyy') : `${start.toFormat('yyyy')}–${last.toFormat('yyyy')}`;
    // A whole decade or century by its name; any other span that long by its years ("Oct 2022 – Oct 2023" for the
    // bounds of an event derived from others is not "the 2020s").
    case 'decade':
      return wholeYears(start, last, 10) ? `${start.year}s` : yearsLabel(start, last);
    case 'century':
      return wholeYears(start, last, 100) ? `${Math.floor(start.year / 100) + 1}th century` : yearsLabel(start, last);
    default:
      return same(start, last, 'day') ? start.toFormat(DAY) : rangeLabel(start, last, 'd LLL yyyy');
  }
}

/** Whether [start, last] is whole years from a multiple of `span` to the year before the next one (2020–2029). */
function wholeYears(start: DateTime, last: DateTime, span: number): boolean {
  return start.year % span === 0 && last.year === start.year + span - 1 && start.month === 1 && start.day === 1 && last.month === 12 && last.day === 31;
}

/** "Oct 2022 – Oct 2023", or whole years as "2019–2023". */
function yearsLabel(start: DateTime, last: DateTime): string {
  const wholeYear = start.month === 1 && start.day === 1 && last.month === 12 && last.day === 31;
  return wholeYear ? `${start.toFormat('yyyy')}–${last.toFormat('yyyy')}` : rangeLabel(start, last, 'LLL yyyy');
}

function rangeLabel(first: DateTime, last: DateTime, format: string): string {
  if (same(first, last, 'year')) {
    const head = format.replace(/ ?yyyy/, '');
    return `${first.toFormat(head)} – ${last.toFormat(format)}`;
  }
  return `${first.toFormat(format)} – ${last.toFormat(format)}`;
}

/**
 * Labels already made, by zone, bounds and precision: the events of a sentence share their `when`, and
 * luxon's formatting is the costly part of a thousand-event chronology. Bounded, so it cannot grow forever.
 */
const labels = new Map<string, string>();
const LABELS_KEPT = 20_000;

/** Label of an event's `when`, or "undated" when neither bound is known. */
export function whenLabel(when: When, zone: string): string {
  const key = `${zone} ${when.start} ${when.end} ${when.precision}`;
  const known = labels.get(key);
  if (known !== undefined) return known;
  if (labels.size >= LABELS_KEPT) labels.clear();
  const label = makeWhenLabel(when, zone);
  labels.set(key, label);
  return label;
}

/**
 * Each DateTime costs luxon a zone offset lookup through Intl (most of a thousand-event chronology's time),
 * so only those the label shows are made: a span's last instant straight from the end's epoch ms (rather than
 * `end.minus`, which looks the offset up again, twice).
 */
function makeWhenLabel(when: When, zone: string): string {
  const start = when.start === null ? null : inZone(when.start, zone);
  if (start && when.end !== null) return spanLabel(start, inZone(when.end, zone, -1), when.precision);
  if (when.end !== null) return `before ${inZone(when.end, zone).toFormat('d LLL yyyy')}`;
  if (start) return `after ${start.toFormat('d LLL yyyy')}`;
  return 'undated';
}

/** Label of a timex interval, e.g. "Mon 28 Aug 2017 00:00 → Sat 2 Sep 2017 00:00 (Asia/Beirut)". */
export function intervalLabel(interval: Interval, zone: string): string {
  const format = `${DAY} HH:mm`;
  return `${inZone(interval.start, zone).toFormat(format)} → ${inZone(interval.end, zone).toFormat(format)} (${zone})`;
}
