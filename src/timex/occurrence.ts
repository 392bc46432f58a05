/**
 * The building blocks of date resolution: a period of some grain as a TIMEX3 value and interval (with a part of
 * day or clock time applied), and the occurrence of a recurring period picked by tense against the reference.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import type { Alternative, TimexAnchor } from '../schema.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';
import { isoString, plus, periodEnd, periodStart, startOf, timexValue } from './calendar.js';
import type { Resolution, ResolutionContext } from './resolution.js';
import type { DayDetail, Grain } from './spec.js';

/** "Saturday 2 September 2017" — written from tables, as Intl formatting is slow and locale-dependent. */
export function describeDay(date: DateTime): string {
  return `${WEEKDAY_NAMES[date.weekday]} ${date.day} ${MONTH_NAMES[date.month]} ${date.year}`;
}

export function tenseReason(context: ResolutionContext): string {
  if (context.tenseCue) return `because ${context.tenseCue}`;
  return context.tense ? `because the clause is in the ${context.tense} tense` : 'because news reports refer to the past unless the clause is future';
}

/** What `dated` makes of a period: its type, value, interval and grain. */
export type Dated = Pick<Resolution, 'type' | 'value' | 'interval' | 'grain' | 'partOfDay'>;

/** A period of `grain` starting at `start`, with a day detail (part of day or clock) applied when given. */
export function dated(start: DateTime, grain: Grain, detail: DayDetail, context: ResolutionContext): Dated {
  if (detail.clock && (grain === 'day' || grain === 'minute')) {
    const { hour, minute, second, offsetMinutes, ianaZone } = detail.clock;
    const zone = ianaZone ?? (offsetMinutes === undefined ? undefined : FixedOffsetZone.instance(offsetMinutes));
    const local = zone === undefined
      ? start.set({ hour, minute, second: second ?? 0, millisecond: 0 })
      : DateTime.fromObject({ year: start.year, month: start.month, day: start.day, hour, minute, second: second ?? 0 }, { zone });
    const suffix = zone === undefined ? '' : local.offset === 0 ? 'Z' : local.toFormat('ZZ');
    if (detail.clock.endOfDay) {
      // "midnight Friday": the instant that ends Friday, 00:00 of Saturday, written Friday T24:00.
      const instant = plus(startOf(local, 'day'), 'days', 1).setZone(context.publication.zone);
      return { type: 'TIME', value: `${timexValue(local, 'day')}T24:00${suffix}`, interval: { start: instant, end: plus(instant, 'minutes', 1) }, grain: 'minute' };
    }
    const zoned = local.setZone(context.publication.zone);
    // "3:15:20 p.m." is written to the second (T15:15:20), and lasts one.
    const seconds = second === undefined ? '' : `:${String(second).padStart(2, '0')}`;
    const value = `${timexValue(local, 'minute')}${seconds}${suffix}`;
    return { type: 'TIME', value, interval: { start: zoned, end: second === undefined ? plus(zoned, 'minutes', 1) : plus(zoned, 'seconds', 1) }, grain: 'minute' };
  }
  if (detail.partOfDay && (grain === 'day' || grain === 'partOfDay')) {
    const from = periodStart(start, 'partOfDay', detail.partOfDay);
    return {
      type: 'TIME', value: timexValue(start, 'partOfDay', detail.partOfDay),
      interval: { start: from, end: periodEnd(from, 'partOfDay', detail.partOfDay) }, grain: 'partOfDay', partOfDay: detail.partOfDay,
    };
  }
  const from = periodStart(start, grain);
  // A value with a time of day is a TIME (TimeML: "three hours later" → 2024-08-08T19).
  return { type: grain === 'hour' || grain === 'minute' ? 'TIME' : 'DATE', value: timexValue(from, grain), interval: { start: from, end: periodEnd(from, grain) }, grain };
}

/**
 * The Resolution of a dated period, with its anchor and explanation, written as one literal: in V8 (node 20) a
 * spread followed by new keys (`{ ...resolved, anchor, explanation }`) costs microseconds, the literal tens
 * of nanoseconds.
 */
export function datedResolution(resolved: Dated, anchor: TimexAnchor, explanation: string, alternatives?: Alternative[]): Resolution {
  return { type: resolved.type, value: resolved.value, interval: resolved.interval, grain: resolved.grain, partOfDay: resolved.partOfDay, anchor, explanation, alternatives };
}

/**
 * Occurrences of a recurring period by their offset from the reference's own period: `make(0)` is this year's
 * (or this month's), `make(-1)` the one before, `make(1)` the one after; undefined where there is none.
 */
export type Occurrences = (offset: number) => DateTime | undefined;

/**
 * The last occurrence on or before the reference and the first after it, among this period's and those around it.
 * When this period's is on or before the reference, the one before is not the most recent one, and when it is
 * after, the one after is not the first one after: that occurrence is not made.
 */
function occurrencesAround(make: Occurrences, ref: DateTime): { past?: DateTime; future?: DateTime } {
  const occurrence = (offset: number): DateTime | undefined => {
    const date = make(offset);
    return date !== undefined && date.isValid ? date : undefined;
  };
  const current = occurrence(0);
  if (current !== undefined && current <= ref) {
    const next = occurrence(1);
    if (next === undefined || next > ref) return { past: current, future: next };
  } else if (current !== undefined) {
    return { past: occurrence(-1), future: current };
  }
  const candidates = [occurrence(-1), current, occurrence(1)].filter((d): d is DateTime => d !== undefined);
  return { past: candidates.filter((d) => d <= ref).pop(), future: candidates.find((d) => d > ref) };
}

/**
 * Picks the occurrence of a recurring period (yearly, or monthly for "the 28th") by tense: past → on or before,
 * future → after, else nearest; throws when none of the three around the reference has it ("February 29" far from
 * a leap year).
 */
export function pickOccurrence(make: Occurrences, grain: Grain, context: ResolutionContext, recurs: 'year' | 'month' = 'year'): { start: DateTime; alternative?: DateTime; how: string } {
  const ref = context.publication;
  const { past, future } = occurrencesAround(make, ref);
  if (!past || !future) {
    const only = past ?? future;
    if (!only) throw new Error(`no ${recurs} within one of ${context.reference.label} has that date, so it is impossible`);
    return { start: only, how: `the only occurrence within a ${recurs} of ${context.reference.label}` };
  }
  // Distance from the publication instant to each occurrence (zero when it contains ${context.reference.label}).
  const pastEnd = periodEnd(past, grain).toMillis();
  const pastGap = Math.max(0, ref.toMillis() - pastEnd);
  const futureGap = future.toMillis() - ref.toMillis();
  const nearest = pastGap <= futureGap ? past : future;
  const other = nearest === past ? future : past;
  // Tense overrides nearness unless the other occurrence is far away (more than four times as distant). A day of the
  // month recurs within weeks, never far: there the tense decides alone ("will start on the 28th" is next month's).
  const decisive = context.tenseIsStated === true || recurs === 'month';
  if (context.tense === 'past' && nearest === future && (decisive || pastGap < 4 * futureGap)) {
    return { start: past, alternative: future, how: `the most recent one on or before ${context.reference.label}, ${tenseReason(context)}` };
  }
  // An occurrence containing the reference ("this month" for "in September") is not in the past; one ending exactly
  // at the reference instant (the day before a date-only publication) is.
  const contains = pastEnd > ref.toMillis();
  if (context.tense === 'future' && nearest === past && !contains && (decisive || futureGap < 4 * pastGap)) {
    return { start: future, alternative: past, how: `the next one after ${context.reference.label}, ${tenseReason(context)}` };
  }
  const side = nearest === past ? (contains ? `the one containing ${context.reference.label}` : `the most recent one before ${context.reference.label}`) : `the next one after ${context.reference.label}`;
  // Nearness overrode a tense that pointed the other way: say so, and why.
  const overridden = (context.tense === 'past' && nearest === future) || (context.tense === 'future' && nearest === past && !contains);
  const why = context.tenseCue ?? `the clause is in the ${context.tense} tense`;
  const tenseNote = !context.tense ? '' : overridden
    ? ` (although ${why}, the ${nearest === past ? 'next' : 'previous'} one is more than four times as far)`
    : ` (${why})`;
  return { start: nearest, alternative: other, how: `${side}, being the nearest to it${tenseNote}` };
}

export function alternative(date: DateTime | undefined, grain: Grain, detail: DayDetail, context: ResolutionContext, why: string): Alternative[] | undefined {
  if (!date) return undefined;
  const reading = dated(date, grain, detail, context);
  return [{ value: reading.value, interval: reading.interval && iso(reading.interval), explanation: why }];
}

export function iso(interval: { start: DateTime; end: DateTime }) {
  return { start: isoString(interval.start), end: isoString(interval.end) };
}
