/**
 * Calendar arithmetic on luxon DateTimes in the article's zone: the period of a given grain containing an
 * instant, its end, and the TIMEX3 value naming it. ISO weeks throughout (2019-12-30 is in 2020-W01).
 */
import { DateTime, Duration, type DateTimeUnit, type DurationLikeObject } from 'luxon';
import type { PartOfDay, Season, Unit } from './lexicon.js';
import { PART_OF_DAY_HOURS } from './lexicon.js';
import type { Grain } from './spec.js';
import { offsetSuffix, wallClockText } from '../zone.js';
import { SEASON_START_MONTH, SOUTHERN_SEASON_START_MONTH, isSouthernZone, seasonOfMonth } from './hemisphere.js';

export function seasonOf(date: DateTime): { season: Season; year: number } {
  return seasonOfMonth(date.month, date.year, isSouthernZone(date.zoneName ?? ''));
}

const durations = new Map<string, Duration>();

/**
 * The calendar steps already taken for the current document (see `withCalendarMemo`), by instant, then step.
 * Luxon DateTimes are immutable and a step's result depends on nothing else than the instant, zone and locale
 * it is taken from (which the result keeps), so a repeated step (the publication day's week, the end of a
 * month already named) reuses luxon's first answer instead of recomputing it. Keys are numbers and constant
 * strings, not text built per call: the memo is asked several times per expression.
 */
type StepKey = number | string;
let steps: Map<number, Map<StepKey, DateTime>> | undefined;
let stepCount = 0;
const MAX_STEPS = 20_000;

/**
 * The memo of the last document resolved with a reference instant (see `withCalendarMemo`): articles of a feed
 * come day by day, and those of one day take the same steps from its publication date ("Friday", "last week").
 */
let kept: { readonly reference: DateTime; readonly steps: Map<number, Map<StepKey, DateTime>>; readonly count: number } | undefined;

/** True when two instants are the same, in the same zone and locale: every step from one is the same from the other. */
function sameReference(a: DateTime, b: DateTime): boolean {
  return a.isValid && b.isValid && a.toMillis() === b.toMillis() && a.zoneName === b.zoneName && a.locale === b.locale;
}

/**
 * Runs `work` (one document's resolution) with its own memo of calendar steps, dropped when it returns — unless
 * `reference` (the document's publication instant) is given: then the memo is kept for the next document, which
 * reuses it when its reference is the same instant in the same zone and locale (a step's result depends on
 * nothing else than the DateTime it is taken from, so the answers are the same; the memo stays bounded by
 * MAX_STEPS). A call inside another's work gets a memo of its own.
 */
export function withCalendarMemo<T>(work: () => T, reference?: DateTime): T {
  const outer = steps;
  const outerCount = stepCount;
  const reuse = outer === undefined && reference !== undefined && kept !== undefined && sameReference(kept.reference, reference) ? kept : undefined;
  steps = reuse?.steps ?? new Map();
  stepCount = reuse?.count ?? 0;
  try {
    return work();
  } finally {
    if (outer === undefined && reference !== undefined && reference.isValid) kept = { reference, steps, count: stepCount };
    steps = outer;
    stepCount = outerCount;
  }
}

/** The result of `step` from `date` when it was already taken from the same instant, zone and locale. */
function remembered(date: DateTime, step: StepKey): DateTime | undefined {
  if (!steps || !date.isValid) return undefined;
  const known = steps.get(date.toMillis())?.get(step);
  return known !== undefined && known.zoneName === date.zoneName && known.locale === date.locale ? known : undefined;
}

/** Keeps `result` as the answer of `step` from `date`, and returns it. */
function remember(date: DateTime, step: StepKey, result: DateTime): DateTime {
  if (!steps || !date.isValid) return result;
  if (stepCount >= MAX_STEPS) {
    steps.clear();
    stepCount = 0;
  }
  const millis = date.toMillis();
  let taken = steps.get(millis);
  if (taken === undefined) {
    taken = new Map();
    steps.set(millis, taken);
  }
  taken.set(step, result);
  stepCount++;
  return result;
}

/** The key of "plus `amount` `unit`", made once per unit and amount. */
const PLUS_STEPS = new Map<string, Map<number, string>>();
function plusStep(unit: string, amount: number): string {
  let byAmount = PLUS_STEPS.get(unit);
  if (byAmount === undefined) PLUS_STEPS.set(unit, (byAmount = new Map()));
  let step = byAmount.get(amount);
  if (step === undefined) {
    if (byAmount.size > 10_000) byAmount.clear();
    byAmount.set(amount, (step = `+${amount} ${unit}`));
  }
  return step;
}

/** The key of "start of `unit`". */
const START_STEPS = new Map<string, string>();
function startStep(unit: string): string {
  let step = START_STEPS.get(unit);
  if (step === undefined) START_STEPS.set(unit, (step = `^${unit}`));
  return step;
}

/** The key of "midnight of year-month-day": a number for the days rules name, a string otherwise. */
function calendarStep(year: number, month: number, day: number): StepKey {
  const small = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 0 && year < 100_000 && month >= 1 && month <= 99 && day >= 1 && day <= 99;
  return small ? year * 10_000 + month * 100 + day : `=${year}-${month}-${day}`;
}

/**
 * `date` plus `amount` units. Whole years, quarters, months, weeks and days move the calendar, which luxon's
 * `plus` does by setting the moved field on the wall clock and fixing the offset from the old one (adjustTime);
 * `set` of that field does exactly the same steps (the day clamped to the new month's length, the same offset
 * guess) without the Duration, Locale and unit tables `plus` builds on every call. Time units and fractions
 * go through `plus`, with Durations built once and reused. test/calendar.test.ts checks both against `plus`.
 */
export function plus(date: DateTime, unit: keyof DurationLikeObject, amount: number): DateTime {
  // Zero units ("today", "this week" count 0 days from the reference) set the fields to the values they have: luxon
  // would return an equal DateTime, made anew (about 3 µs; 108 steps a pass over the corpora missed the memo).
  if (amount === 0) return date;
  const step = plusStep(unit, amount);
  return remembered(date, step) ?? remember(date, step, stepped(date, unit, amount));
}

/** Milliseconds in one of each clock unit, by the names `plus` takes. */
const CLOCK_UNIT_MILLIS: Partial<Record<keyof DurationLikeObject, number>> = {
  hours: 3_600_000, hour: 3_600_000, minutes: 60_000, minute: 60_000, seconds: 1000, second: 1000, milliseconds: 1, millisecond: 1,
};

function stepped(date: DateTime, unit: keyof DurationLikeObject, amount: number): DateTime {
  if (Number.isInteger(amount)) {
    switch (unit) {
      case 'years': return date.set({ year: date.year + amount });
      case 'quarters': return date.set({ month: date.month + 3 * amount });
      case 'months': return date.set({ month: date.month + amount });
      case 'weeks': return date.set({ day: date.day + 7 * amount });
      case 'days': return date.set({ day: date.day + amount });
    }
  }
  // Clock units move the instant (luxon: "adding hours, minutes, seconds, or milliseconds increases the
  // timestamp"), the offset taken afresh at the new instant: what fromMillis builds, without the two Durations
  // and the Locale luxon's plus makes on the way.
  const millis = CLOCK_UNIT_MILLIS[unit];
  if (millis !== undefined && date.isValid && (millis === 1 || Number.isInteger(amount))) {
    return DateTime.fromMillis(date.toMillis() + amount * millis, { zone: date.zone, locale: date.locale ?? undefined, numberingSystem: date.numberingSystem ?? undefined, outputCalendar: date.outputCalendar ?? undefined });
  }
  const key = `${unit}:${amount}`;
  let duration = durations.get(key);
  if (!duration) {
    if (durations.size > 10_000) durations.clear();
    duration = Duration.fromObject({ [unit]: amount });
    durations.set(key, duration);
  }
  return date.plus(duration);
}

/**
 * Whether `date` already is the start of its `unit`: luxon's `startOf` would then set the fields to the values
 * they have and return an equal DateTime, which need not be made. Weeks are left to luxon.
 */
function isStartOf(date: DateTime, unit: DateTimeUnit): boolean {
  if (date.millisecond !== 0 || date.second !== 0) return false;
  switch (unit) {
    case 'minute': return true;
    case 'hour': return date.minute === 0;
    case 'day': return date.minute === 0 && date.hour === 0;
    case 'month': return date.minute === 0 && date.hour === 0 && date.day === 1;
    case 'quarter': return date.minute === 0 && date.hour === 0 && date.day === 1 && date.month % 3 === 1;
    case 'year': return date.minute === 0 && date.hour === 0 && date.day === 1 && date.month === 1;
    default: return false;
  }
}

/** The start of the `unit` (day, ISO week, month…) containing `date`: luxon's `startOf`, memoised. */
export function startOf(date: DateTime, unit: DateTimeUnit): DateTime {
  if (isStartOf(date, unit)) return date;
  const step = startStep(unit);
  return remembered(date, step) ?? remember(date, step, date.startOf(unit));
}

/**
 * Midnight starting a calendar day, in the zone of `like`. Derived from an existing DateTime with `set`
 * because `DateTime.fromObject` builds a new Locale on every call, which dominated resolution time.
 */
export function calendarDate(like: DateTime, year: number, month = 1, day = 1): DateTime {
  // From a midnight (a date-only publication), setting the clock to the zeros it has is a no-op for luxon.
  const step = calendarStep(year, month, day);
  const known = remembered(like, step);
  if (known) return known;
  const midnight = like.hour === 0 && like.minute === 0 && like.second === 0 && like.millisecond === 0;
  return remember(like, step, midnight
    ? like.set({ year, month, day })
    : like.set({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }));
}

/**
 * Midnight starting year-month-day in the zone of `like`, or undefined when that month has no such day. luxon's
 * `set` runs a day past the month's end into the next month, so a day of 1–31 that comes back in another month
 * does not exist: the month's length is not asked of a DateTime made for it.
 */
export function calendarDay(like: DateTime, year: number, month: number, day: number): DateTime | undefined {
  const plain = Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= 31;
  if (!plain) return day > calendarDate(like, year, month).daysInMonth! ? undefined : calendarDate(like, year, month, day);
  const date = calendarDate(like, year, month, day);
  return date.month === month ? date : undefined;
}

/** The most days month `month` (1–12) can have, in a leap year: asked of luxon once per month. */
const LONGEST_MONTHS = new Map<number, number>();
export function longestMonth(like: DateTime, month: number): number {
  let days = LONGEST_MONTHS.get(month);
  if (days === undefined) {
    days = like.set({ year: 2000, month, day: 1 }).daysInMonth!;
    if (Number.isInteger(month) && month >= 1 && month <= 12) LONGEST_MONTHS.set(month, days);
  }
  return days;
}

/** The start of a season of a year (winter of Y runs from December Y to February Y+1), in the zone of `like`. */
export function seasonStart(like: DateTime, year: number, season: Season): DateTime {
  const starts = isSouthernZone(like.zoneName ?? '') ? SOUTHERN_SEASON_START_MONTH : SEASON_START_MONTH;
  return calendarDate(like, year, starts[season]);
}

/** The start of the period of this grain that contains `date`. */
export function periodStart(date: DateTime, grain: Grain, partOfDay?: PartOfDay): DateTime {
  switch (grain) {
    case 'century':
      return startOf(date.set({ year: Math.floor(date.year / 100) * 100 }), 'year');
    case 'decade':
      return startOf(date.set({ year: Math.floor(date.year / 10) * 10 }), 'year');
    case 'year':
      return startOf(date, 'year');
    case 'half':
      return startOf(date.set({ month: date.month <= 6 ? 1 : 7 }), 'month');
    case 'quarter':
      return startOf(date, 'quarter');
    case 'season': {
      const { season, year } = seasonOf(date);
      return seasonStart(date, year, season);
    }
    case 'month':
      return startOf(date, 'month');
    case 'week':
      return startOf(date, 'week');
    case 'weekend':
      return plus(startOf(date, 'week'), 'days', 5);
    case 'day':
      return startOf(date, 'day');
    case 'partOfDay':
      return plus(startOf(date, 'day'), 'hours', PART_OF_DAY_HOURS[partOfDay ?? 'DT'][0]);
    case 'hour':
      return startOf(date, 'hour');
    case 'minute':
      return startOf(date, 'minute');
  }
}

/** The exclusive end of the period of this grain starting at `start`. */
export function periodEnd(start: DateTime, grain: Grain, partOfDay?: PartOfDay): DateTime {
  switch (grain) {
    case 'century':
      return plus(start, 'years', 100);
    case 'decade':
      return plus(start, 'years', 10);
    case 'year':
      return plus(start, 'years', 1);
    case 'half':
      return plus(start, 'months', 6);
    case 'quarter':
      return plus(start, 'months', 3);
    case 'season':
      return plus(start, 'months', 3);
    case 'month':
      return plus(start, 'months', 1);
    case 'week':
      return plus(start, 'weeks', 1);
    case 'weekend':
      return plus(start, 'days', 2);
    case 'day':
      return plus(start, 'days', 1);
    case 'partOfDay': {
      const [from, to] = PART_OF_DAY_HOURS[partOfDay ?? 'DT'];
      return plus(start, 'hours', to - from);
    }
    case 'hour':
      return plus(start, 'hours', 1);
    case 'minute':
      return plus(start, 'minutes', 1);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The TIMEX3 value naming the period of this grain that starts at (or contains) `date`. */
export function timexValue(date: DateTime, grain: Grain, partOfDay?: PartOfDay): string {
  switch (grain) {
    case 'century':
      return String(Math.floor(date.year / 100)).padStart(2, '0');
    case 'decade':
      return String(Math.floor(date.year / 10)).padStart(3, '0');
    case 'year':
      return pad(date.year, 4);
    case 'half':
      return `${pad(date.year, 4)}-H${date.month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${pad(date.year, 4)}-Q${date.quarter}`;
    case 'season': {
      const { season, year } = seasonOf(date);
      return `${pad(year, 4)}-${season}`;
    }
    case 'month':
      return `${pad(date.year, 4)}-${pad(date.month)}`;
    case 'week':
      return `${pad(date.weekYear, 4)}-W${pad(date.weekNumber)}`;
    case 'weekend':
      return `${pad(date.weekYear, 4)}-W${pad(date.weekNumber)}-WE`;
    case 'day':
      return dayValue(date);
    case 'partOfDay':
      return `${dayValue(date)}T${partOfDay ?? 'DT'}`;
    case 'hour':
      return `${dayValue(date)}T${pad(date.hour)}`;
    case 'minute':
      return `${dayValue(date)}T${pad(date.hour)}:${pad(date.minute)}`;
  }
}

/** YYYY-MM-DD of `date`, written only for the grains that name a day. */
function dayValue(date: DateTime): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Adds `amount` units to a date; weekends move by weeks, decades and centuries by years. */
export function shiftBy(date: DateTime, unit: Unit, amount: number): DateTime {
  switch (unit) {
    case 'weekend':
      return plus(date, 'weeks', amount);
    case 'decade':
      return plus(date, 'years', 10 * amount);
    case 'century':
      return plus(date, 'years', 100 * amount);
    case 'quarter':
      return plus(date, 'months', 3 * amount);
    default:
      return plus(date, `${unit}s` as keyof DurationLikeObject, amount);
  }
}

/** Grains ordered from finest to coarsest, for comparing precision. */
export const GRAIN_ORDER: Grain[] = ['minute', 'hour', 'partOfDay', 'day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];

export function isFiner(a: Grain, b: Grain): boolean {
  return GRAIN_ORDER.indexOf(a) < GRAIN_ORDER.indexOf(b);
}

/**
 * The ISO 8601 form luxon's `toISO()` gives (`2017-09-01T00:00:00.000+03:00`, `Z` in UTC), written directly
 * from the DateTime's own wall-clock fields: luxon's own formatter is one of the engine's costliest calls.
 */
export function isoString(date: DateTime): string {
  const offset = date.offset;
  const zone = date.zone.isUniversal && offset === 0 ? 'Z' : offsetSuffix(offset);
  const { year, hour, minute, second, millisecond } = date;
  // Nearly every instant written is a midnight (3,503 of 3,666 over the corpora): its clock is one constant, which
  // halves the pieces joined (and the strings made on the way, 9% of the layer's allocations before).
  if (hour === 0 && minute === 0 && second === 0 && millisecond === 0 && year >= 1000 && year <= 9999) {
    return `${year}-${TWO_DIGITS[date.month]}-${TWO_DIGITS[date.day]}${MIDNIGHT_CLOCK}${zone}`;
  }
  return `${wallClockText(year, date.month, date.day, hour, minute, second, millisecond)}${zone}`;
}

/** "00" … "31": the month and day of `isoString`'s midnights, as wallClockText writes them. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const MIDNIGHT_CLOCK = 'T00:00:00.000';
