/**
 * The far ends of ranges written in short: "Sept. 1-3", "March 5 to 7, 2018", "2001-2005", "the 2016-17 season".
 * TimeML marks each end of a range as a TIMEX3 of its own; the near end is found by the ordinary rules, and these
 * rules find the far end, which borrows its month (or century) from the near end before it.
 */
import { MONTH_PATTERN } from '../lexicon.js';
import type { Rule } from '../rule.js';
import { monthDay, yearRangeEnd } from './explicitDates.js';

/** What joins the two ends: a hyphen or dash, "to", "through", "until", "and" ("between May 5 and 7"). */
const JOIN = '\\s*(?:-|–|—|to\\b|through\\b|thru\\b|until\\b|till\\b|and\\b)\\s*';

export const rangeRules: Rule[] = [
  {
    name: 'range-end-day',
    firstWords: ['#digit'],
    pattern: `(?<=\\b(?<month>${MONTH_PATTERN})\\.?\\s+(?<fromDay>[0-3]?\\d)(?:st|nd|rd|th)?${JOIN})(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:.,]\\d)(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?`,
    examples: ['(Sept. 1-)3', '(March 5 to )7, 2018'],
    read: (g) => (Number(g.day) > Number(g.fromDay) ? monthDay(g) : null),
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
