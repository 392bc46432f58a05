/**
 * Explicit calendar dates in the forms news uses: "March 16, 2017", "Dec. 25", "4 July 2019", "2021-11-03",
 * "Tuesday, June 6", "July 1997", "the 1990s", "the 20th century", "fiscal 1989", bare years and months.
 */
import { MONTH_PATTERN, ORDINALS, SEASONS, SEASON_PATTERN, WEEKDAY_PATTERN, alternation, monthNumber, parseNumber, weekdayNumber } from '../lexicon.js';
import { isCapitalized, type Groups, type MatchContext, type Rule } from '../rule.js';
import type { Reading } from '../spec.js';
import { withFiscalYearEnd } from '../fiscal-year.js';
import { THAT_YEAR, thatYearAmount } from './that-year.js';

const MONTH = `(?<month>${MONTH_PATTERN})\\.?`;
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:1[6-9]|20)\\d\\d)';
const WEEKDAY_PREFIX = `(?:(?<weekday>${WEEKDAY_PATTERN})\\.?,?\\s+)?`;

/** "2001-2005", "2016-17": a year followed by a later year (see ranges.ts), not a score or a count. */
function startsYearRange(year: number, after: string): boolean {
  const end = /^[-–—](\d{4}|\d\d)(?![\d:.,]\d)/.exec(after);
  return end !== null && yearRangeEnd(year, end[1]!) !== undefined;
}

/**
 * The year ending a range that starts in `from`, written in four digits or two ("2016-17": the end keeps the
 * century of the start, rolling over it, "1999-00" ends in 2000); undefined unless it is a later year of the same
 * century's span.
 */
export function yearRangeEnd(from: number, written: string): number | undefined {
  const n = Number(written);
  const year = written.length === 4 ? n : Math.floor(from / 100) * 100 + n + (n < from % 100 ? 100 : 0);
  // Two digits end a span of a few years ("1939-45", "the 1999-00 season"); "2017-09" is a year and a month.
  const longest = written.length === 4 ? 99 : 30;
  return year > from && year - from <= longest ? year : undefined;
}

/** An ISO 8601 offset ("Z", "+03:00", "-0500") in minutes east of UTC. */
function isoOffsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

const AGE_BEFORE = /\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[-\s]+)?$/i;
const TEMPERATURE_NEAR = /\b(?:temperatures?|degrees|highs?|lows?|thermometers?|heat)\b[^.;]*$/i;
const DECADE_MODIFIER_BEFORE = /\b(?:the\s+)?(?:early|mid|late)[-\s]+$/i;

function yearOf(groups: Groups): number | undefined {
  return groups.year ? Number(groups.year) : undefined;
}

/**
 * A month and a day number a writer can put together (1–31). Whether that month of that year has the day is
 * checked at resolution, which reports an impossible date ("February 29, 2017", "April 31") as a diagnostic
 * instead of reading it as another day or as a bare month.
 */
export function dayOfMonthShape(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A month and day read from a rule's groups. Month words must be capitalised: "march" and "may" in lower case are verbs. */
export function monthDay(groups: Groups): Reading | null {
  if (!isCapitalized(groups.month)) return null;
  if (groups.weekday && !isCapitalized(groups.weekday)) return null;
  const month = monthNumber(groups.month!);
  const day = Number(groups.day);
  if (!dayOfMonthShape(month, day)) return null;
  const weekday = groups.weekday ? weekdayNumber(groups.weekday) : undefined;
  // "July 1 last year", "3 March this year": the day in the year named relative to the publication's.
  if (groups.rel && groups.year === undefined) return inRelativeYear(groups.rel, 'day', { month, day });
  return { spec: { kind: 'calendar', year: yearOf(groups), month, day, weekday, grain: 'day' } };
}

/** A relative year after a date without one: "July 1 last year", "January this year" (group `rel`). */
export const RELATIVE_YEAR = '(?:,?\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year)?';
/** "of that year", "of the following year" after a month (that-year.ts). */
const THAT_YEAR_AFTER = `\\s+of\\s+${THAT_YEAR}`;
/** A second month "of that year" joined to the month before: "February and March of that year". */
const JOINED_TO_THAT_YEAR = new RegExp(`^\\s+(?:and|or)\\s+(?:${MONTH_PATTERN})\\.?${THAT_YEAR_AFTER}`, 'i');

/** A month, or a day of it, in the year before, of or after the publication's ("last", "this", "next" year). */
function inRelativeYear(rel: string, grain: 'month' | 'day', within: { month: number; day?: number }): Reading {
  const word = rel.toLowerCase();
  return { spec: { kind: 'shift', from: 'publication', unit: 'year', amount: word === 'last' ? -1 : word === 'next' ? 1 : 0, grain, within } };
}

/** A capitalised word right after ("May Day", "June Carter") makes a bare month a name, not a date. */
function followedByName(context: MatchContext): boolean {
  // A full stop after a full month name ends the sentence: the next capital starts a new one.
  if (/[a-z]{3}\.$/i.test(context.text.slice(context.start, context.end))) return false;
  return /^[ \t]+(?!(?:Day|Eve)\b)[A-Z][a-z]/.test(context.text.slice(context.end, context.end + 20));
}

const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** "nineteen ninety-six" → 1996, "two thousand" → 2000, "twenty o five" → 2005. */
function spokenYear(g: Groups): number | undefined {
  if (!g.century) return 2000 + (g.small ? parseNumber(g.small) ?? 0 : 0);
  const century = g.century.toLowerCase() === 'nineteen' ? 1900 : 2000;
  const rest = g.rest!.toLowerCase().replace(/^o[-\s]/, '');
  const value = parseNumber(rest);
  return value === undefined ? undefined : century + value;
}

const PRECEDES_MONTH = /(?:\b(?:a|an|the|in|since|until|till|by|last|this|next|early|late|mid|of|through|from|to|during|before|after|and|or|between|on|each|every|until|(?:earlier|later|sooner)\s+than)\s*-?\s*|-)$/i;

export const explicitDateRules: Rule[] = [
  {
    name: 'iso-date',
    firstWords: ['#digit'],
    // An ISO 8601 date, with the time of day and the offset when given ("2017-09-02T15:00Z", "2017-09-02 15:00+03:00").
    pattern: '(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?:[T\\s](?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?<offset>Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?',
    examples: ['2021-11-03', '2017-09-02T15:00Z', '2017-09-02T15:00:00+03:00'],
    read: (g) => {
      const month = Number(g.month);
      const day = Number(g.day);
      if (!dayOfMonthShape(month, day)) return null;
      const date = { kind: 'calendar', year: Number(g.year), month, day, grain: 'day' } as const;
      if (g.hour === undefined) return { spec: date };
      const offsetMinutes = g.offset === undefined ? undefined : isoOffsetMinutes(g.offset);
      const clock = { hour: Number(g.hour), minute: Number(g.minute), ...(offsetMinutes === undefined ? {} : { offsetMinutes, zoneName: g.offset }) };
      return { spec: { ...date, clock } };
    },
  },
  {
    name: 'month-day-year',
    firstWords: ['#weekday', '#month', 'last', 'next', 'this'],
    pattern: `(?:(?<which>last|next|this\\s+past|this\\s+coming)\\s+)?${WEEKDAY_PREFIX}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${RELATIVE_YEAR}`,
    examples: ['March 16, 2017', 'Dec. 25', 'Tuesday, June 6', 'Aug. 7, 1998', 'July 1 last year', 'last Oct. 23'],
    read: (g) => {
      const reading = monthDay(g);
      // "shot last Oct. 23", "closes next March 3": the latest such day before publication, or the next one after it.
      const which = g.which?.toLowerCase().replace(/\s+/g, ' ');
      if (!reading || !which || g.year || g.rel) return reading;
      return { ...reading, tense: which === 'last' || which === 'this past' ? 'past' : 'future' };
    },
  },
  {
    name: 'week-of-date',
    firstWords: ['the'],
    pattern: `the\\s+week\\s+of\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`,
    examples: ['the week of March 6', 'the week of Aug. 7, 1998'],
    read: (g) => {
      const day = monthDay(g);
      return day && day.spec.kind === 'calendar' ? { spec: { ...day.spec, grain: 'week' } } : null;
    },
  },
  {
    name: 'day-month-year',
    firstWords: ['#weekday', 'the', '#digit'],
    pattern: `${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${RELATIVE_YEAR}`,
    examples: ['4 July 2019', 'the 4th of July', '25 Dec.', '3 March last year'],
    read: (g) => monthDay(g),
  },
  {
    name: 'month-ordinal',
    firstWords: ['#month'],
    pattern: `${MONTH}\\s+(?<ordinal>${alternation(Object.keys(ORDINALS).filter((w) => ORDINALS[w]! > 0))})`,
    examples: ['March first'],
    read: (g) => monthDay({ ...g, day: String(ORDINALS[g.ordinal!.toLowerCase()]) }),
  },
  {
    // "on the 28th": a day of a month the text leaves to the reader, the nearest one by tense. Only after a time
    // preposition and before punctuation or a clause word: "the 28th floor", "the 4th Division" are not dates.
    name: 'day-of-month',
    firstWords: ['the'],
    pattern: 'the\\s+(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)(?=\\s*[,.;:)]|\\s+(?:at|and|or|when|as|after|before|but)\\b|\\s*$)',
    examples: ['(on) the 28th', '(by) the 1st'],
    read: (g, _match, context) => {
      const before = context.text.slice(Math.max(0, context.start - 8), context.start);
      // After a time preposition, or alone (the phrase checked by `resolve`).
      if (!/\b(?:on|by|until|till|since|from|before|after|through|to)\s+$/i.test(before) && context.start > 0) return null;
      return { spec: { kind: 'calendar', day: Number(g.day), grain: 'day' } };
    },
  },
  {
    name: 'numeric-date',
    firstWords: ['#digit'],
    pattern: '(?<month>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])/(?<year>(?:19|20)\\d\\d|\\d\\d)',
    examples: ['9/2/2017', '12/25/98'],
    read: (g) => {
      const month = Number(g.month);
      const day = Number(g.day);
      let year = Number(g.year);
      if (year < 100) year += year < 50 ? 2000 : 1900;
      return dayOfMonthShape(month, day) ? { spec: { kind: 'calendar', year, month, day, grain: 'day' } } : null;
    },
  },
  {
    // Day-first numeric dates only where no month reading exists ("28/08/2017"); "03/04/2017" stays US month-first.
    name: 'numeric-date-day-first',
    firstWords: ['#digit'],
    pattern: '(?<day>3[01]|2\\d|1[3-9])/(?<month>1[0-2]|0?[1-9])/(?<year>(?:19|20)\\d\\d)',
    examples: ['28/08/2017', '13/1/1999'],
    read: (g) => ({ spec: { kind: 'calendar', year: Number(g.year), month: Number(g.month), day: Number(g.day), grain: 'day' } }),
  },
  {
    name: 'slashed-iso-date',
    firstWords: ['#digit'],
    pattern: '(?<year>(?:1[6-9]|20)\\d\\d)/(?<month>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])',
    examples: ['2017/08/28'],
    read: (g) => ({ spec: { kind: 'calendar', year: Number(g.year), month: Number(g.month), day: Number(g.day), grain: 'day' } }),
  },
  {
    name: 'month-year',
    firstWords: ['#month'],
    pattern: `${MONTH},?\\s+(?:of\\s+)?${YEAR}`,
    examples: ['July 1997', 'March of 2016'],
    read: (g) =>
      isCapitalized(g.month) ? { spec: { kind: 'calendar', year: yearOf(g), month: monthNumber(g.month!), grain: 'month' } } : null,
  },
  {
    name: 'month-alone',
    firstWords: ['last', 'this', 'next', 'each', 'every', '#month'],
    pattern: `(?:(?<which>last|this|next|this\\s+past|this\\s+coming|each|every)\\s+)?${MONTH}(?:${THAT_YEAR_AFTER}|${RELATIVE_YEAR})`,
    examples: ['in March', 'September', 'last April', 'this September', 'January this year', 'each July', 'March of that year'],
    read: (g, match, context) => {
      if (!isCapitalized(g.month)) return null;
      const word = g.month!.toLowerCase();
      const before = context.text.slice(Math.max(0, context.start - 16), context.start);
      const ambiguous = word === 'may' || word === 'march' || word === 'june' || word === 'mar' || word === 'jun';
      if (ambiguous && !g.which && !g.rel && !PRECEDES_MONTH.test(before)) return null;
      if (word.length <= 3 && !match.endsWith('.') && word !== 'may') return null;
      if (!g.rel && followedByName(context)) return null;
      const month = monthNumber(word);
      const which = g.which?.toLowerCase().replace(/\s+/g, ' ');
      if (which === 'each' || which === 'every') return { spec: { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}`, quant: which.toUpperCase() } };
      if (g.rel) return inRelativeYear(g.rel, 'month', { month });
      // "in March of that year", "the April of the following year": in the year of the date the text gave last, or beside it.
      // "in February and March of that year": the first month is of that year too (not of the following one, which
      // counts from the first month).
      const joined = g.thatYear ?? (which ? undefined : JOINED_TO_THAT_YEAR.exec(context.text.slice(context.end, context.end + 40))?.groups?.thatYear);
      if (joined !== undefined && (g.thatYear !== undefined || thatYearAmount(joined) === 0)) {
        return { spec: { kind: 'shift', from: 'previous', unit: 'year', amount: thatYearAmount(joined), grain: 'month', within: { month } } };
      }
      // "this September": the September of the reference year, whichever side of the reference it lies.
      if (which === 'this') return { spec: { kind: 'shift', from: 'publication', unit: 'year', amount: 0, grain: 'month', within: { month } } };
      if (which === 'last') return { spec: { kind: 'calendar', month, grain: 'month', namedWith: 'last' }, tense: 'past' };
      if (which === 'this past') return { spec: { kind: 'calendar', month, grain: 'month' }, tense: 'past' };
      if (which === 'next') return { spec: { kind: 'calendar', month, grain: 'month', namedWith: 'next' }, tense: 'future' };
      if (which === 'this coming') return { spec: { kind: 'calendar', month, grain: 'month' }, tense: 'future' };
      return { spec: { kind: 'calendar', month, grain: 'month' } };
    },
  },
  {
    name: 'year',
    firstWords: ['fiscal', 'fy', '#digit'],
    pattern: `(?<fiscal>fiscal(?:\\s+year)?\\s+|FY\\s?)?${YEAR}(?<possessive>['’]s)?`,
    examples: ['in 1998', 'fiscal 1989', '2017'],
    read: (g, _match, context) => {
      const after = context.text.slice(context.end, context.end + 14);
      const before = context.text.slice(Math.max(0, context.start - 2), context.start);
      if (/^(?:[.,]\d|\s*(?:%|percent|per cent|people|persons|men|women|troops|militants|dollars|euros|pounds|feet|metres|meters|miles|km|tons|tonnes|units|votes|shares|points)\b|[-–]\d|\s*[a-z]+-)/i.test(after) && !startsYearRange(yearOf(g)!, after)) return null;
      // "2010-2008" is a score; a year range's far end is range-end-year's (ranges.ts).
      if (/[$£€#]\s?$/.test(before) || /\d[.,\-–]$/.test(before)) return null;
      const year: Reading = { spec: { kind: 'calendar', year: yearOf(g), grain: 'year' } };
      // "fiscal 2026" where the text says when its fiscal years end: their true months (fiscal-year.ts).
      return g.fiscal ? { spec: withFiscalYearEnd(year.spec, context.text) } : year;
    },
  },
  {
    name: 'spoken-year',
    firstWords: ['#month', 'the', 'nineteen', 'twenty', 'two'],
    pattern: `(?:${MONTH}\\s+|the\\s+year\\s+|the\\s+(?<season>${SEASON_PATTERN})\\s+of\\s+)?(?<century>nineteen|twenty)[-\\s](?<rest>(?:${SPOKEN_TENS})(?:[-\\s](?:${SPOKEN_ONES}))?|${SPOKEN_TEENS}|o[-\\s](?:${SPOKEN_ONES}))|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+and\\s+(?<small>${SPOKEN_ONES}|${SPOKEN_TEENS}))?`,
    examples: ['nineteen ninety-six', 'January nineteen ninety-seven', 'the year two thousand', 'the winter of nineteen ninety-four'],
    read: (g, match, context) => {
      // "two thousand years", "nineteen hundred people": a count, not a year.
      if (/^[-\s]+(?:years?|days?|weeks?|months?|hours?|people|men|women|troops|dollars|miles)\b/i.test(context.text.slice(context.end, context.end + 10))) return null;
      if (g.month && !isCapitalized(g.month)) return null;
      const year = spokenYear(g);
      if (year === undefined) return null;
      if (/^the\s+year/i.test(match) === false && !g.month && !g.season && !/^(?:nineteen|twenty|two)/i.test(match)) return null;
      // "the winter of nineteen ninety-four", as "the winter of 1994" is read (periods.ts).
      if (g.season) return { spec: { kind: 'calendar', year, season: SEASONS[g.season.toLowerCase()]!, grain: 'season' } };
      return { spec: { kind: 'calendar', year, month: g.month ? monthNumber(g.month) : undefined, grain: g.month ? 'month' : 'year' } };
    },
  },
  {
    name: 'decade',
    firstWords: ['the', '#digit', "'", 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    pattern: `(?:the\\s+)?(?:(?<century>1[6-9]|20)(?<decade>\\d)0['’]?s|['’](?<short>\\d)0['’]?s|(?<bare>[1-9])0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
    examples: ['the 1990s', "the '80s", 'the nineties', 'the 90s', 'the early 90s'],
    read: (g, match, context) => {
      const before = context.text.slice(Math.max(0, context.start - 40), context.start);
      // "in his sixties", "her 80s": an age; "temperatures in the nineties": degrees.
      if ((g.word || g.bare) && (AGE_BEFORE.test(before) || TEMPERATURE_NEAR.test(before))) return null;
      // A decade in two digits and no apostrophe needs "the" or an early / mid / late before it ("the 90s").
      if (g.bare && !/^the\s/i.test(match) && !DECADE_MODIFIER_BEFORE.test(before)) return null;
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const tens = g.word ? words.indexOf(g.word.toLowerCase()) + 2 : Number(g.decade ?? g.short ?? g.bare);
      const century = g.century ? Number(g.century) : 19;
      return { spec: { kind: 'calendar', decade: century * 10 + tens, grain: 'decade' } };
    },
  },
  {
    name: 'century',
    firstWords: ['the', '#digit', '#ordinal', '#number'],
    pattern: '(?:the\\s+)?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+century',
    examples: ['the 20th century', 'the twenty-first century'],
    read: (g, _match, context) => {
      // "the 5th century BC" is before the era the value counts in: no TIMEX3 value of this form names it.
      if (/^\s*(?:BC|BCE|B\.C\.|B\.C\.E\.|before\s+Christ)(?![A-Za-z])/.test(context.text.slice(context.end, context.end + 16))) return null;
      const raw = g.ordinal!.toLowerCase();
      const number = /^\d/.test(raw) ? parseInt(raw, 10) : ORDINALS[raw];
      if (!number || number < 1) return null;
      return { spec: { kind: 'calendar', century: number - 1, grain: 'century' } };
    },
  },
];
