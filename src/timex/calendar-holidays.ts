/**
 * Holidays of other calendars (Islamic, Hebrew, Chinese), found in a Gregorian year through the platform's
 * Intl calendars (ICU: Node and every current browser). Each is the Gregorian day of its daytime observance;
 * the Islamic dates follow the Umm al-Qura tables, which local moon sightings can move by a day.
 */
import { DateTime } from 'luxon';

export type OtherCalendar = 'islamic-umalqura' | 'hebrew' | 'chinese';

/** A day of another calendar: its month as Intl names it in English ("12", "Tishri", "1") and its day. */
export interface CalendarDay {
  calendar: OtherCalendar;
  month: string;
  day: number;
}

const formatters = new Map<OtherCalendar, Intl.DateTimeFormat>();
const found = new Map<string, { month: number; day: number }>();

function formatterOf(calendar: OtherCalendar): Intl.DateTimeFormat {
  let formatter = formatters.get(calendar);
  if (!formatter) {
    const month = calendar === 'hebrew' ? 'long' : 'numeric';
    formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month, day: 'numeric' });
    formatters.set(calendar, formatter);
  }
  return formatter;
}

/**
 * The first Gregorian day of `year` that is `target` in its calendar (an Islamic holiday can fall twice in one
 * Gregorian year; the first is taken). Falls back to the last day of the year only if the calendar never matches,
 * which cannot happen for a real month and day.
 */
export function gregorianDayOf(target: CalendarDay, year: number): { month: number; day: number } {
  const key = `${target.calendar}|${target.month}|${target.day}|${year}`;
  const cached = found.get(key);
  if (cached) return cached;
  const formatter = formatterOf(target.calendar);
  let date = DateTime.utc(year, 1, 1);
  let result = { month: 12, day: 31 };
  while (date.year === year) {
    const parts = formatter.formatToParts(date.toJSDate());
    const month = parts.find((p) => p.type === 'month')?.value;
    const day = Number(parts.find((p) => p.type === 'day')?.value);
    if (month === target.month && day === target.day) {
      result = { month: date.month, day: date.day };
      break;
    }
    date = date.plus({ days: 1 });
  }
  found.set(key, result);
  return result;
}

/**
 * How many days from the Gregorian day `start` (a day of `calendar`) until `target` of that calendar, counted up to
 * `limit` days: the length of a month-long observance ("Ramadan": 1 Ramadan to 1 Shawwal, 29 or 30 days).
 */
export function daysUntilCalendarDay(start: { year: number; month: number; day: number }, target: CalendarDay, limit = 40): number {
  const formatter = formatterOf(target.calendar);
  let date = DateTime.utc(start.year, start.month, start.day);
  for (let days = 1; days <= limit; days++) {
    date = date.plus({ days: 1 });
    const parts = formatter.formatToParts(date.toJSDate());
    if (parts.find((p) => p.type === 'month')?.value === target.month && Number(parts.find((p) => p.type === 'day')?.value) === target.day) return days;
  }
  return limit;
}
