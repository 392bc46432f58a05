/**
 * Calendar arithmetic on luxon DateTimes in the article's zone: the period of a given grain containing an
 * instant, its end, and the TIMEX3 value naming it. ISO weeks throughout (2019-12-30 is in 2020-W01).
 */
import { DateTime, type Zone } from 'luxon';
import type { PartOfDay, Season, Unit } from './lexicon.js';
import { PART_OF_DAY_HOURS } from './lexicon.js';
import type { Grain } from './spec.js';

const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonOf(date: DateTime): { season: Season; year: number } {
  const m = date.month;
  if (m >= 3 && m <= 5) return { season: 'SP', year: date.year };
  if (m >= 6 && m <= 8) return { season: 'SU', year: date.year };
  if (m >= 9 && m <= 11) return { season: 'FA', year: date.year };
  return { season: 'WI', year: m === 12 ? date.year : date.year - 1 };
}

/** The start of a season of a year (winter of Y runs from December Y to February Y+1). */
export function seasonStart(year: number, season: Season, zone: Zone | string): DateTime {
  return DateTime.fromObject({ year, month: SEASON_START_MONTH[season], day: 1 }, { zone });
}

/** The start of the period of this grain that contains `date`. */
export function periodStart(date: DateTime, grain: Grain, partOfDay?: PartOfDay): DateTime {
  switch (grain) {
    case 'century':
      return date.set({ year: Math.floor(date.year / 100) * 100 }).startOf('year');
    case 'decade':
      return date.set({ year: Math.floor(date.year / 10) * 10 }).startOf('year');
    case 'year':
      return date.startOf('year');
    case 'half':
      return date.set({ month: date.month <= 6 ? 1 : 7 }).startOf('month');
    case 'quarter':
      return date.startOf('quarter');
    case 'season': {
      const { season, year } = seasonOf(date);
      return seasonStart(year, season, date.zone);
    }
    case 'month':
      return date.startOf('month');
    case 'week':
      return date.startOf('week');
    case 'weekend':
      return date.startOf('week').plus({ days: 5 });
    case 'day':
      return date.startOf('day');
    case 'partOfDay':
      return date.startOf('day').plus({ hours: PART_OF_DAY_HOURS[partOfDay ?? 'DT'][0] });
    case 'hour':
      return date.startOf('hour');
    case 'minute':
      return date.startOf('minute');
  }
}

/** The exclusive end of the period of this grain starting at `start`. */
export function periodEnd(start: DateTime, grain: Grain, partOfDay?: PartOfDay): DateTime {
  switch (grain) {
    case 'century':
      return start.plus({ years: 100 });
    case 'decade':
      return start.plus({ years: 10 });
    case 'year':
      return start.plus({ years: 1 });
    case 'half':
      return start.plus({ months: 6 });
    case 'quarter':
      return start.plus({ months: 3 });
    case 'season':
      return start.plus({ months: 3 });
    case 'month':
      return start.plus({ months: 1 });
    case 'week':
      return start.plus({ weeks: 1 });
    case 'weekend':
      return start.plus({ days: 2 });
    case 'day':
      return start.plus({ days: 1 });
    case 'partOfDay': {
      const [from, to] = PART_OF_DAY_HOURS[partOfDay ?? 'DT'];
      return start.plus({ hours: to - from });
    }
    case 'hour':
      return start.plus({ hours: 1 });
    case 'minute':
      return start.plus({ minutes: 1 });
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The TIMEX3 value naming the period of this grain that starts at (or contains) `date`. */
export function timexValue(date: DateTime, grain: Grain, partOfDay?: PartOfDay): string {
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
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
      return day;
    case 'partOfDay':
      return `${day}T${partOfDay ?? 'DT'}`;
    case 'hour':
      return `${day}T${pad(date.hour)}`;
    case 'minute':
      return `${day}T${pad(date.hour)}:${pad(date.minute)}`;
  }
}

/** Adds `amount` units to a date; weekends move by weeks, decades and centuries by years. */
export function shiftBy(date: DateTime, unit: Unit, amount: number): DateTime {
  switch (unit) {
    case 'weekend':
      return date.plus({ weeks: amount });
    case 'decade':
      return date.plus({ years: 10 * amount });
    case 'century':
      return date.plus({ years: 100 * amount });
    case 'quarter':
      return date.plus({ months: 3 * amount });
    default:
      return date.plus({ [`${unit}s`]: amount });
  }
}

/** Grains ordered from finest to coarsest, for comparing precision. */
export const GRAIN_ORDER: Grain[] = ['minute', 'hour', 'partOfDay', 'day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];

export function isFiner(a: Grain, b: Grain): boolean {
  return GRAIN_ORDER.indexOf(a) < GRAIN_ORDER.indexOf(b);
}
