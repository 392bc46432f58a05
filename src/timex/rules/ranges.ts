/**
 * The far ends of ranges written in short: "Sept. 1-3", "March 5 to 7, 2018", "2001-2005", "the 2016-17 season";
 * and the near end of a range of lengths, "two (to three weeks)", which borrows its unit from the far end after it.
 * TimeML marks each end of a range as a TIMEX3 of its own; the near end is found by the ordinary rules, and these
 * rules find the far end, which borrows its month (or century) from the near end before it, and its year when it
 * has none; a year written after the far end is the near end's too, and a clock time ending a range is on the near
end's day or the next (withRangeEnds).
 */
import { MONTH_PATTERN, NUMBER_PATTERN, countedUnits, parseNumber } from '../lexicon.js';
import { UNIT_ANY } from './durations.js';
import type { Rule } from '../rule.js';
import type { Candidate, ClockTime, Reading, Spec } from '../spec.js';
import { dayWithClock } from '../clock-day.js';
import { monthDay, yearRangeEnd } from './explicitDates.js';
import { monthsSpanned } from '../month-ranges.js';

/** What joins the two ends: a hyphen or dash, "to", "through", "until", "and" ("between May 5 and 7"). */
const JOIN = '\\s*(?:-|–|—|to\\b|through\\b|thru\\b|until\\b|till\\b|and\\b)\\s*';

/** The text between a range's two clock times: "from 10 p.m. to 6 a.m.", "9 a.m.-5 p.m.", "between 10 p.m. and 6 a.m.". */
const CLOCK_JOIN = new RegExp(`^${JOIN}$`, 'i');

/**
 * The ends of a range written in short, settled together:
 * - the near end of "March 5 to 7, 2015" takes the year written after the far end (the ordinary rules found
 *   "March 5" without one, which tense would otherwise have placed);
 * - a clock time ending a range of clock times is on the near end's day, or the day after when it is earlier in
 *   the day ("the curfew runs from 10 p.m. to 6 a.m."), as a shift from the near end, the date before it; a clock
 *   time beginning one is on the day written after the far end ("from 9 a.m. to 5 p.m. Friday"), or on the day before
 *   it when the range runs overnight ("from 10 p.m. to 2 a.m. Sunday").
 */
/** The clock time a day or time reading states, if any. */
const statedClock = (spec: Spec): ClockTime | undefined =>
  spec.kind === 'clock' || spec.kind === 'weekday' || spec.kind === 'calendar' || spec.kind === 'shift' ? spec.clock : undefined;
const minutes = (clock: ClockTime): number => clock.hour * 60 + clock.minute;

/** What joins the two months of a range: "June to October", "June-August", "through", "until"; "and" after "between". */
const MONTH_JOIN = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_JOIN = /^\s+and\s+$/i;
/**
 * A start and an end told by their verbs, the start's time then "and" and the end's ("The recount began in late
 * December and ended on Dec. 29, 2022"): a range too. Matched on the words before the near end, "|", and the join.
 */
const BEGAN_THEN_ENDED = /\b(?:began|started|opened|broke\s+out)\s+(?:in|on)\s+(?:(?:early|mid|late)[-\s]+)?\|\s*,?\s+and\s+(?:it\s+|they\s+)?(?:ended|finished|closed|was\s+called\s+off)\s+(?:on\s+|in\s+)?$/i;

/** A month named alone, with no year, day or modifier of its own. */
const isBareMonth = (spec: Spec): spec is Extract<Spec, { kind: 'calendar' }> & { month: number } =>
  spec.kind === 'calendar' && spec.grain === 'month' && spec.month !== undefined && spec.year === undefined && spec.day === undefined && spec.yearFrom === undefined;

/** The ends of a range of months without a year, placed as one span (month-ranges.ts). */
function withMonthRange(text: string, candidates: Candidate[], k: number): void {
  const near = candidates[k - 1]!;
  const far = candidates[k]!;
  const nearSpec = near.reading.spec;
  const farSpec = far.reading.spec;
  if (!isBareMonth(nearSpec) || near.reading.tense || far.reading.tense || farSpec.kind !== 'calendar' || farSpec.grain !== 'month' || farSpec.month === undefined || nearSpec.month === farSpec.month) return;
  const join = text.slice(near.end, far.start);
  if (!MONTH_JOIN.test(join) && !(AND_JOIN.test(join) && BETWEEN_BEFORE.test(text.slice(Math.max(0, near.start - 9), near.start)))) return;
  // "Sept.-Nov. 2016": the year written at the far end is the near end's too (a range crossing New Year, "Nov.-Feb.
  // 2017", is left to the near end's own reading).
  if (farSpec.year !== undefined) {
    if (nearSpec.month < farSpec.month) candidates[k - 1] = { ...near, reading: { ...near.reading, spec: { ...nearSpec, year: farSpec.year, yearFrom: 'rangeEnd' } } };
    return;
  }
  if (farSpec.yearFrom !== undefined || farSpec.day !== undefined) return;
  candidates[k - 1] = { ...near, reading: { ...near.reading, spec: { ...nearSpec, rangeMonths: monthsSpanned(nearSpec.month, farSpec.month) } } };
  candidates[k] = { ...far, reading: { ...far.reading, spec: { ...farSpec, yearFrom: 'rangeStart' } } };
}

/**
 * "from June 2 to June 30, 2021", "between March 3 and March 9, 2019", "from early March to March 20, 2019": a near
 * end without a year takes the one written at the far end (the year before, when its month comes later: "from Dec. 20
 * to Jan. 5, 2019"). A far end in a year counted from publication gives the near end that year too: "between March
 * and July of last year", "from Jan. 5 to Feb. 3 last year". Only across a range's join: a year later in the sentence
 * is no range's.
 */
function withYearOfRangeEnd(text: string, candidates: Candidate[], k: number): void {
  const near = candidates[k - 1]!;
  const farSpec = candidates[k]!.reading.spec;
  const spec = near.reading.spec;
  if (spec.kind !== 'calendar' || spec.year !== undefined || spec.month === undefined || spec.yearFrom !== undefined || near.reading.tense) return;
  const farMonth = farSpec.kind === 'calendar' && farSpec.year !== undefined && farSpec.yearFrom === undefined ? farSpec.month
    : farSpec.kind === 'shift' && farSpec.from === 'publication' && farSpec.unit === 'year' && !farSpec.restrict ? farSpec.within?.month : undefined;
  if (farMonth === undefined) return;
  const join = text.slice(near.end, candidates[k]!.start);
  const ranged = CLOCK_JOIN.test(join) && !(AND_JOIN.test(join) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, near.start - 9), near.start)));
  if (!ranged && !BEGAN_THEN_ENDED.test(text.slice(Math.max(0, near.start - 30), near.start) + '|' + join)) return;
  const yearBack = spec.month > farMonth ? 1 : 0;
  if (farSpec.kind === 'calendar') {
    candidates[k - 1] = { ...near, reading: { ...near.reading, spec: { ...spec, year: farSpec.year! - yearBack, yearFrom: 'rangeEnd' } } };
  } else if (farSpec.kind === 'shift') {
    const within = spec.day === undefined ? { month: spec.month } : { month: spec.month, day: spec.day };
    const shifted: Spec = { kind: 'shift', from: 'publication', unit: 'year', amount: farSpec.amount - yearBack, grain: spec.grain, within };
    candidates[k - 1] = { ...near, reading: { ...near.reading, spec: shifted } };
  }
}

/** A weekday named alone: no last/next, clock time, part of day, modifier or tense of its own. */
const isBareWeekday = (candidate: Candidate): boolean => {
  const spec = candidate.reading.spec;
  return spec.kind === 'weekday' && !spec.modifier && !spec.clock && !spec.partOfDay && !candidate.reading.mod && !candidate.reading.tense;
};

/**
 * "from Monday through Wednesday", "Friday to Sunday", "between Tuesday and Thursday": the near weekday is the one
 * before the far end, which the clause's tense places (each read alone, "Talks run from Monday through Wednesday"
 * put Monday behind the publication date and Wednesday ahead of it).
 */
function withWeekdayRange(text: string, candidates: Candidate[], k: number): void {
  const near = candidates[k - 1]!;
  const far = candidates[k]!;
  if (!isBareWeekday(near) || !isBareWeekday(far)) return;
  const nearSpec = near.reading.spec as Extract<Spec, { kind: 'weekday' }>;
  if (nearSpec.weekday === (far.reading.spec as Extract<Spec, { kind: 'weekday' }>).weekday) return;
  const join = text.slice(near.end, far.start);
  if (!MONTH_JOIN.test(join) && !(AND_JOIN.test(join) && BETWEEN_BEFORE.test(text.slice(Math.max(0, near.start - 9), near.start)))) return;
  const spec: Spec = { kind: 'anchored', base: far.reading, baseText: text.slice(far.start, far.end), step: { kind: 'weekdayBeside', weekday: nearSpec.weekday, direction: 'before' }, baseIsNext: true };
  candidates[k - 1] = { ...near, reading: { ...near.reading, spec } };
}

export function withRangeEnds(text: string, candidates: Candidate[]): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    withMonthRange(text, candidates, k);
    withWeekdayRange(text, candidates, k);
    withCountOfRangeEnd(candidates, k);
    const far = candidates[k]!;
    const near = candidates[k - 1]!;
    const farSpec = far.reading.spec;
    const spec = near.reading.spec;
    if (far.rule === 'range-end-day' && farSpec.kind === 'calendar' && farSpec.year !== undefined
      && spec.kind === 'calendar' && spec.year === undefined && spec.month === farSpec.month && spec.day !== undefined) {
      candidates[k - 1] = { ...near, reading: { ...near.reading, spec: { ...spec, year: farSpec.year, yearFrom: 'rangeEnd' } } };
    } else {
      withYearOfRangeEnd(text, candidates, k);
    }
    const nearClock = statedClock(spec);
    const farClock = statedClock(farSpec);
    if (!nearClock || !farClock || nearClock.endOfDay || farClock.endOfDay || !CLOCK_JOIN.test(text.slice(near.end, far.start))) continue;
    const overnight = minutes(farClock) <= minutes(nearClock);
    if (farSpec.kind === 'clock' && !farSpec.partOfDay) {
      candidates[k] = { ...far, reading: { ...far.reading, spec: { kind: 'shift', from: 'previous', unit: 'day', amount: overnight ? 1 : 0, grain: 'minute', clock: farClock } } };
    } else if (spec.kind === 'clock' && !spec.partOfDay) {
      // "from 9 a.m. to 5 p.m. Friday": the near end is on the far end's day; "from 10 p.m. to 2 a.m. Sunday", overnight,
      // on the day before it.
      const onDay = dayWithClock(far.reading, nearClock);
      if (!onDay) continue;
      const reading: Reading = overnight
        ? { spec: { kind: 'anchored', base: far.reading, baseText: text.slice(far.start, far.end), step: { kind: 'offset', unit: 'day', amount: -1, grain: 'base' }, clock: nearClock } }
        : onDay;
      candidates[k - 1] = { ...near, reading };
    }
  }
  return candidates;
}

/** What joins the two counts of a range of lengths: "two to three weeks", "five or six months", "12-18 months". */
const COUNT_JOIN = '\\s*(?:to|or|-|–|and)\\s*';

/**
 * The near end of a range of lengths counted like its far end: "two to three weeks ago" runs two and three weeks
 * back, "two to three weeks later" two and three weeks on from the date before, "two to three weeks" two and three
 * weeks long.
 */
function withCountOfRangeEnd(candidates: Candidate[], k: number): void {
  const near = candidates[k - 1]!;
  const nearSpec = near.reading.spec;
  const farSpec = candidates[k]!.reading.spec;
  if (near.rule !== 'range-near-count' || nearSpec.kind !== 'duration' || near.end > candidates[k]!.start) return;
  const part = nearSpec.parts[0]!;
  if (farSpec.kind === 'shift' && farSpec.unit === part.unit && typeof part.amount === 'number') {
    const spec: Spec = { ...farSpec, amount: Math.sign(farSpec.amount) * part.amount };
    candidates[k - 1] = { ...near, reading: { ...near.reading, spec } };
  } else if (farSpec.kind === 'duration' && farSpec.anchoring) {
    candidates[k - 1] = { ...near, reading: { ...near.reading, spec: { ...nearSpec, anchoring: farSpec.anchoring } } };
  }
}

export const rangeRules: Rule[] = [
  {
    // The far end ("three weeks") is the ordinary length, found by durations.ts; "and" only after "between".
    name: 'range-near-count',
    firstWords: ['#number'],
    pattern: `(?<number>${NUMBER_PATTERN})(?=${COUNT_JOIN}(?<upper>${NUMBER_PATTERN})(?:\\s+(?:more|additional|straight|consecutive|full|long))?[-\\s]+${UNIT_ANY}(?![\\w-]|[-\\s]+old\\b))`,
    examples: ['two (to three weeks)', 'five (or six months)', '12(-18 months)', '(between) two (and three days)'],
    read: (g, match, context) => {
      const amount = parseNumber(g.number!);
      if (amount === undefined || /^(?:an?|half|zero)\b/i.test(match)) return null;
      // A range runs upward: "5 to 4 days" is a score before a length.
      if (!((parseNumber(g.upper!) ?? 0) > amount)) return null;
      const lead = context.text.slice(Math.max(0, context.start - 9), context.start);
      // "every two to three weeks" is a recurrence, not two lengths; "and" joins a range only after "between".
      if (/\bevery\s+$/i.test(lead)) return null;
      if (/^\s*and\b/i.test(context.text.slice(context.end, context.end + 5)) && !/\bbetween\s+$/i.test(lead)) return null;
      return { spec: { kind: 'duration', parts: [countedUnits(g.unit!, amount)] } };
    },
  },
  {
    name: 'range-end-day',
    firstWords: ['#digit'],
    pattern: `(?<=\\b(?<month>${MONTH_PATTERN})\\.?\\s+(?<fromDay>[0-3]?\\d)(?:st|nd|rd|th)?${JOIN})(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:.,]\\d)(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?`,
    examples: ['(Sept. 1-)3', '(March 5 to )7, 2018'],
    read: (g) => {
      if (Number(g.day) <= Number(g.fromDay)) return null;
      const reading = monthDay(g);
      // Without a year of its own, the far end is in its first day's year (resolved before it, in text order).
      return reading?.spec.kind === 'calendar' && reading.spec.year === undefined ? { ...reading, spec: { ...reading.spec, yearFrom: 'rangeStart' } } : reading;
    },
  },
  {
    name: 'range-end-year',
    firstWords: ['#digit'],
    pattern: `(?<=\\b(?<fromYear>(?:1[6-9]|20)\\d\\d)\\s*(?:[-–—]|(?<slash>/))\\s*)(?<year>(?:1[6-9]|20)\\d\\d|\\d\\d)(?![\\d:.,/]\\d)`,
    examples: ['(2001-)2005', '(the 2016-)17 (season)', '(the 2025/)26 (season)'],
    read: (g) => {
      const year = yearRangeEnd(Number(g.fromYear), g.year!);
      // "2025/26", "1999/2000": a season or fiscal year across New Year, written with a slash only so; other slashes
      // ("2010/15") are no range of years.
      if (g.slash && year !== Number(g.fromYear) + 1) return null;
      return year === undefined ? null : { spec: { kind: 'calendar', year, grain: 'year' } };
    },
  },
];
