/**
 * luxon's calendar steps — `DateTime#plus` of whole units, `#set` of Gregorian fields, `#startOf` — computed
 * on epoch milliseconds with luxon's own rules (the same day clamping, the same offset choice in a DST fold or
 * gap), building one DateTime for the result. luxon itself creates Durations, normalises objects and
 * re-reads the zone several times per step, which made these calls most of the cost of resolution; the
 * results here are the same instants, checked against luxon across DST transitions in test/wall-clock.test.ts.
 * Anything outside these paths (fractional amounts, invalid dates, instants beyond luxon's range) is left to
 * luxon.
 */
import { DateTime, type Zone } from 'luxon';

/** The wall-clock fields luxon keeps for a DateTime (its `c`). */
interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type CalendarUnit = 'years' | 'quarters' | 'months' | 'weeks' | 'days';
export type ClockUnit = 'hours' | 'minutes' | 'seconds' | 'milliseconds';
export type StartUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';

const CLOCK_MILLIS: Readonly<Record<ClockUnit, number>> = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 };
/** luxon refuses instants beyond ±10^8 days (ECMAScript's Date range). */
const MAX_MILLIS = 8.64e15;

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month, the month possibly outside 1–12 (luxon's daysInMonth). */
function daysInMonth(year: number, month: number): number {
  const modMonth = ((((month - 1) % 12) + 12) % 12) + 1;
  const modYear = year + (month - modMonth) / 12;
  return modMonth === 2 ? (isLeapYear(modYear) ? 29 : 28) : (MONTH_DAYS[modMonth - 1] as number);
}

/** The wall-clock fields as if they were UTC, in milliseconds (luxon's objToLocalTS, years 0–99 included). */
function localMillis(f: Fields): number {
  const ms = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
  if (f.year >= 100 || f.year < 0) return ms;
  const date = new Date(ms);
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  return +date;
}

/** The instant showing local time `local` in `zone`, trying offset `guess` first (luxon's fixOffset). */
function instantOf(local: number, guess: number, zone: Zone): number {
  let utc = local - guess * 60_000;
  const o2 = zone.offset(utc);
  if (o2 === guess) return utc;
  utc -= (o2 - guess) * 60_000;
  const o3 = zone.offset(utc);
  if (o2 === o3) return utc;
  return local - Math.min(o2, o3) * 60_000;
}

/** A DateTime at `ts` in the zone of `like`, or undefined when luxon's own path must decide (out of range). */
function at(like: DateTime, ts: number): DateTime | undefined {
  return Number.isFinite(ts) && Math.abs(ts) <= MAX_MILLIS ? DateTime.fromMillis(ts, { zone: like.zone }) : undefined;
}

/** The wall-clock fields of a valid DateTime. */
function fieldsOf(date: DateTime): Fields {
  return { year: date.year, month: date.month, day: date.day, hour: date.hour, minute: date.minute, second: date.second, millisecond: date.millisecond };
}

/** `date.plus({ [unit]: amount })` for a whole number of calendar units: the calendar moves, the clock stays. */
function plusCalendar(date: DateTime, unit: CalendarUnit, amount: number): number {
  const c = fieldsOf(date);
  const year = c.year + (unit === 'years' ? amount : 0);
  const month = c.month + (unit === 'months' ? amount : unit === 'quarters' ? 3 * amount : 0);
  const day = Math.min(c.day, daysInMonth(year, month)) + (unit === 'days' ? amount : unit === 'weeks' ? 7 * amount : 0);
  return instantOf(localMillis({ ...c, year, month, day }), date.offset, date.zone);
}

/** `date.plus({ [unit]: amount })`, exactly as luxon computes it. */
export function plusUnits(date: DateTime, unit: CalendarUnit | ClockUnit, amount: number): DateTime {
  if (date.isValid && Number.isInteger(amount)) {
    const clock = CLOCK_MILLIS[unit as ClockUnit];
    const ts = clock !== undefined ? date.toMillis() + amount * clock : plusCalendar(date, unit as CalendarUnit, amount);
    const result = at(date, ts);
    if (result) return result;
  }
  return date.plus({ [unit]: amount });
}

/** `date.set(fields)` for Gregorian fields: an unset day is clamped to the new month's length, as luxon does. */
export function withFields(date: DateTime, fields: Partial<Fields>): DateTime {
  if (date.isValid) {
    const mixed = { ...fieldsOf(date), ...fields };
    if (fields.day === undefined) mixed.day = Math.min(daysInMonth(mixed.year, mixed.month), mixed.day);
    const result = at(date, instantOf(localMillis(mixed), date.offset, date.zone));
    if (result) return result;
  }
  return date.set(fields);
}

/** `date.startOf(unit)` (ISO weeks: Monday). */
export function startOfUnit(date: DateTime, unit: StartUnit): DateTime {
  if (!date.isValid) return date.startOf(unit);
  const c = fieldsOf(date);
  const start: Fields = { ...c, millisecond: 0, second: 0 };
  if (unit !== 'minute') start.minute = 0;
  if (unit !== 'minute' && unit !== 'hour') start.hour = 0;
  if (unit === 'year' || unit === 'quarter' || unit === 'month') start.day = 1;
  if (unit === 'year') start.month = 1;
  if (unit === 'quarter') start.month = (Math.ceil(c.month / 3) - 1) * 3 + 1;
  if (unit === 'week') start.day = c.day - (date.weekday - 1);
  return at(date, instantOf(localMillis(start), date.offset, date.zone)) ?? date.startOf(unit);
}
