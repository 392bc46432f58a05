/**
 * The instants of the intervals the engine writes on its time expressions, as epoch milliseconds: `analyze`
 * hands them to sequencing beside the timexes (off the public output, which carries ISO strings), so that
 * the strings need not be parsed back. Timexes given to `buildChronology` without them are parsed as before.
 */
import type { DateTime } from 'luxon';

export interface IntervalInstants {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Whether the ISO string calendar.ts's `isoString` writes of `date` reads back (Date.parse) as its instant
 * exactly: a four-digit year and an offset of whole minutes.
 */
const readsBack = (date: DateTime): boolean => Number.isInteger(date.offset) && date.year >= 0 && date.year <= 9999;

/** The instants of an interval, or undefined when its ISO strings would not read back as them. */
export function instantsOf(interval: { start: DateTime; end: DateTime }): IntervalInstants | undefined {
  if (!readsBack(interval.start) || !readsBack(interval.end)) return undefined;
  return { startMs: interval.start.toMillis(), endMs: interval.end.toMillis() };
}
