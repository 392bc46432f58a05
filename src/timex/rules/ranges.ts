/**
 * The far ends of ranges written in short: "Sept. 1-3", "March 5 to 7, 2018", "2001-2005", "the 2016-17 season".
 * TimeML marks each end of a range as a TIMEX3 of its own; the near end is found by the ordinary rules, and these
 * rules find the far end, which borrows its month (or century) from the near end before it, and its year when it
 * has none; a year written after the far end is the near end's too (withRangeYears).
 */
import { MONTH_PATTERN } from '../lexicon.js';
import type { Rule } from '../rule.js';
import type { Candidate } from '../spec.js';
import { monthDay, yearRangeEnd } from './explicitDates.js';

/** What joins the two ends: a hyphen or dash, "to", "through", "until", "and" ("between May 5 and 7"). */
const JOIN = '\\s*(?:-|–|—|to\\b|through\\b|thru\\b|until\\b|till\\b|and\\b)\\s*';

/**
 * The near end of a short range takes the year written after the far end: "March 5 to 7, 2015" is 5 March 2015
 * (the ordinary rules found "March 5" without a year, which tense would otherwise have placed).
 */
export function withRangeYears(candidates: Candidate[]): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    const far = candidates[k]!.reading.spec;
    const near = candidates[k - 1]!;
    const spec = near.reading.spec;
    if (candidates[k]!.rule !== 'range-end-day' || far.kind !== 'calendar' || far.year === undefined) continue;
    if (spec.kind !== 'calendar' || spec.year !== undefined || spec.month !== far.month || spec.day === undefined) continue;
    candidates[k - 1] = { ...near, reading: { ...near.reading, spec: { ...spec, year: far.year, yearFrom: 'rangeEnd' } } };
  }
  return candidates;
}

export const rangeRules: Rule[] = [
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
    pattern: `(?<=\\b(?<fromYear>(?:1[6-9]|20)\\d\\d)\\s*[-–—]\\s*)(?<year>(?:1[6-9]|20)\\d\\d|\\d\\d)(?![\\d:.,]\\d)`,
    examples: ['(2001-)2005', '(the 2016-)17 (season)'],
    read: (g) => {
      const year = yearRangeEnd(Number(g.fromYear), g.year!);
      return year === undefined ? null : { spec: { kind: 'calendar', year, grain: 'year' } };
    },
  },
];
