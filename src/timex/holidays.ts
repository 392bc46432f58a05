/**
 * Holidays as data: fixed ones by month and day, computed ones (Easter, Thanksgiving…) by a function of
 * the year (Easter, Thanksgiving, and the Islamic, Hebrew and Chinese calendars' holidays through Intl). Computation
 * uses plain calendar arithmetic on luxon dates, independent of any zone.
 */
import { DateTime } from 'luxon';
import { daysUntilCalendarDay, gregorianDayOf, type CalendarDay } from './calendar-holidays.js';

export interface HolidayDefinition {
  /** Canonical name, used in explanations. */
  name: string;
  /** Regex source of the ways news writes it. */
  pattern: string;
  date(year: number): { month: number; day: number };
  /** For an observance longer than a day (Ramadan), its length in days from `date` of that year. */
  days?(year: number): number;
  /** Also a family name ("Taha Yassin Ramadan", "Tariq Ramadan"): not the holiday after a name (rules/holidays.ts). */
  alsoSurname?: true;
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The n-th given weekday (1 = Monday) of a month; n = -1 for the last. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): { month: number; day: number } {
  if (n > 0) {
    const first = DateTime.utc(year, month, 1);
    const offset = (weekday - first.weekday + 7) % 7;
    return { month, day: 1 + offset + (n - 1) * 7 };
  }
  const last = DateTime.utc(year, month, 1).endOf('month');
  return { month, day: last.day - ((last.weekday - weekday + 7) % 7) };
}

function fixed(month: number, day: number) {
  return () => ({ month, day });
}

function inCalendar(target: CalendarDay) {
  return (year: number) => gregorianDayOf(target, year);
}

/** The day `days` after another holiday of the same year (negative: before it). */
function daysFrom(base: (year: number) => { month: number; day: number }, year: number, days: number) {
  const { month, day } = base(year);
  const date = DateTime.utc(year, month, day).plus({ days });
  return { month: date.month, day: date.day };
}

const fromEaster = (year: number, days: number) => daysFrom(easterSunday, year, days);
/** Counted from (US) Thanksgiving, the fourth Thursday of November: Black Friday, Cyber Monday. */
const thanksgiving = (year: number) => nthWeekday(year, 11, 4, 4);
const fromThanksgiving = (year: number, days: number) => daysFrom(thanksgiving, year, days);

export const HOLIDAYS: HolidayDefinition[] = [
  { name: "New Year's Eve", pattern: "new\\s+year['’]?s\\s+eve", date: fixed(12, 31) },
  { name: "New Year's Day", pattern: "new\\s+year['’]?s(?:\\s+day)?", date: fixed(1, 1) },
  { name: 'Christmas Eve', pattern: 'christmas\\s+eve', date: fixed(12, 24) },
  { name: 'Christmas', pattern: 'christmas(?:\\s+day)?|xmas', date: fixed(12, 25) },
  { name: 'Boxing Day', pattern: 'boxing\\s+day', date: fixed(12, 26) },
  { name: "Valentine's Day", pattern: "(?:st\\.?\\s+)?valentine['’]?s\\s+day", date: fixed(2, 14) },
  { name: 'Independence Day', pattern: 'independence\\s+day|(?:the\\s+)?fourth\\s+of\\s+july|july\\s+fourth', date: fixed(7, 4) },
  { name: 'Halloween', pattern: 'halloween', date: fixed(10, 31) },
  { name: 'Veterans Day', pattern: "veterans['’]?\\s+day", date: fixed(11, 11) },
  { name: 'Bastille Day', pattern: 'bastille\\s+day', date: fixed(7, 14) },
  { name: 'May Day', pattern: 'may\\s+day', date: fixed(5, 1) },
  { name: 'Juneteenth', pattern: 'juneteenth', date: fixed(6, 19) },
  { name: 'Canada Day', pattern: 'canada\\s+day', date: fixed(7, 1) },
  { name: 'Remembrance Day', pattern: 'remembrance\\s+day|armistice\\s+day', date: fixed(11, 11) },
  { name: 'Easter', pattern: 'easter(?:\\s+sunday)?', date: (y) => easterSunday(y) },
  { name: 'Good Friday', pattern: 'good\\s+friday', date: (y) => fromEaster(y, -2) },
  { name: 'Easter Monday', pattern: 'easter\\s+monday', date: (y) => fromEaster(y, 1) },
  { name: 'Palm Sunday', pattern: 'palm\\s+sunday', date: (y) => fromEaster(y, -7) },
  { name: 'Ash Wednesday', pattern: 'ash\\s+wednesday', date: (y) => fromEaster(y, -46) },
  { name: 'Mardi Gras', pattern: 'mardi\\s+gras|shrove\\s+tuesday', date: (y) => fromEaster(y, -47) },
  { name: 'Pentecost', pattern: 'pentecost(?:\\s+sunday)?|whit\\s+sunday', date: (y) => fromEaster(y, 49) },
  { name: 'Thanksgiving', pattern: 'thanksgiving(?:\\s+day)?', date: thanksgiving },
  { name: 'Black Friday', pattern: 'black\\s+friday', date: (y) => fromThanksgiving(y, 1) },
  { name: 'Cyber Monday', pattern: 'cyber\\s+monday', date: (y) => fromThanksgiving(y, 4) },
  { name: 'Memorial Day', pattern: 'memorial\\s+day', date: (y) => nthWeekday(y, 5, 1, -1) },
  { name: 'Labor Day', pattern: 'labou?r\\s+day', date: (y) => nthWeekday(y, 9, 1, 1) },
  { name: 'Martin Luther King Day', pattern: "martin\\s+luther\\s+king(?:\\s+jr\\.?)?['’]?s?\\s+day|mlk\\s+day", date: (y) => nthWeekday(y, 1, 1, 3) },
  { name: "Presidents' Day", pattern: "presidents['’]?\\s+day", date: (y) => nthWeekday(y, 2, 1, 3) },
  { name: "Mother's Day", pattern: "mother['’]?s\\s+day", date: (y) => nthWeekday(y, 5, 7, 2) },
  { name: "Father's Day", pattern: "father['’]?s\\s+day", date: (y) => nthWeekday(y, 6, 7, 3) },
  { name: 'Columbus Day', pattern: 'columbus\\s+day', date: (y) => nthWeekday(y, 10, 1, 2) },
  {
    // The month of fasting: 1 Ramadan up to Eid al-Fitr (1 Shawwal), 29 or 30 days.
    name: 'Ramadan',
    pattern: 'ramadan|ramadhan|ramazan',
    alsoSurname: true,
    date: inCalendar({ calendar: 'islamic-umalqura', month: '9', day: 1 }),
    days: (y) => daysUntilCalendarDay({ year: y, ...gregorianDayOf({ calendar: 'islamic-umalqura', month: '9', day: 1 }, y) }, { calendar: 'islamic-umalqura', month: '10', day: 1 }),
  },
  { name: 'Eid al-Fitr', pattern: "eid\\s+(?:al|el|ul)[-\\s]fitr", date: inCalendar({ calendar: 'islamic-umalqura', month: '10', day: 1 }) },
  { name: 'Eid al-Adha', pattern: "eid\\s+(?:al|el|ul)[-\\s]adha", date: inCalendar({ calendar: 'islamic-umalqura', month: '12', day: 10 }) },
  { name: 'Ashura', pattern: 'ashura', date: inCalendar({ calendar: 'islamic-umalqura', month: '1', day: 10 }) },
  { name: 'Rosh Hashanah', pattern: 'rosh\\s+hashanah?', date: inCalendar({ calendar: 'hebrew', month: 'Tishri', day: 1 }) },
  { name: 'Yom Kippur', pattern: 'yom\\s+kippur', date: inCalendar({ calendar: 'hebrew', month: 'Tishri', day: 10 }) },
  { name: 'Passover', pattern: 'passover', date: inCalendar({ calendar: 'hebrew', month: 'Nisan', day: 15 }) },
  { name: 'Hanukkah', pattern: 'hanukkah|chanukah', date: inCalendar({ calendar: 'hebrew', month: 'Kislev', day: 25 }) },
  { name: 'Lunar New Year', pattern: 'chinese\\s+new\\s+year|lunar\\s+new\\s+year', date: inCalendar({ calendar: 'chinese', month: '1', day: 1 }) },
  {
    name: 'Election Day',
    pattern: 'election\\s+day',
    date: (y) => {
      const firstMonday = nthWeekday(y, 11, 1, 1);
      return { month: 11, day: firstMonday.day + 1 };
    },
  },
];

export function holidayNamed(name: string): HolidayDefinition | undefined {
  return HOLIDAYS.find((h) => h.name === name);
}
