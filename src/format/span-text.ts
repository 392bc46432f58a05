/**
 * Human-readable renderings of instants and intervals for terminals: whole days print as dates
 * ("2017-08-27", "2017-08-21 – 2017-08-27"), anything finer prints clock times. The wall time is the one written
 * in the ISO string (the article's zone), never the machine's.
 */
import { DateTime } from 'luxon';
import type { Interval } from '../schema.js';

/** Parses an ISO date-time keeping its own offset, so the wall time shown is the article's. */
export function wallTime(iso: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true });
}

function isMidnight(time: DateTime): boolean {
  return time.hour === 0 && time.minute === 0 && time.second === 0 && time.millisecond === 0;
}

/** A half-open interval [start, end) as people read it: inclusive days, or clock times. */
export function intervalText(interval: Interval): string {
  const start = wallTime(interval.start);
  const end = wallTime(interval.end);
  if (!start.isValid || !end.isValid) return `${interval.start} – ${interval.end}`;
  if (isMidnight(start) && isMidnight(end)) {
    // By calendar date, not instant: each end keeps its own offset, so across a daylight-saving change the day
    // before the end ("2025-11-03T00:00-05:00" less a day) is an hour past the start ("2025-11-02T00:00-04:00").
    const first = start.toISODate() ?? interval.start;
    const last = end.minus({ days: 1 }).toISODate() ?? interval.end;
    return last <= first ? first : `${first} – ${last}`;
  }
  const startText = start.toFormat('yyyy-MM-dd HH:mm');
  const sameDay = start.hasSame(end, 'day');
  return `${startText} – ${end.toFormat(sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm')}`;
}

/** Bounds that may be open (null) on either side, as in an event's `when`. */
export function boundsText(start: string | null, end: string | null): string {
  if (start !== null && end !== null) return intervalText({ start, end });
  if (start !== null) return `from ${instantText(start)}`;
  if (end !== null) return `before ${instantText(end)}`;
  return 'unknown';
}

/** One instant: a date at midnight, a date and a clock time otherwise. */
export function instantText(iso: string): string {
  const time = wallTime(iso);
  if (!time.isValid) return iso;
  return isMidnight(time) ? (time.toISODate() ?? iso) : time.toFormat('yyyy-MM-dd HH:mm');
}
