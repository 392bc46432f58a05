/**
 * Business copy names the quarter it reports once and then refers back to it: "the 1988 quarter" and "last year's
 * quarter" are the same quarter of another year, also when a date of another grain ("last year", "the current
 * year") came between; a reporting span of another length since ("the first nine months") ends that reference.
 * "The same quarter last year" is one expression, that quarter a year back; with no quarter named before, the quarter
 * a report covers (the last completed).
 */
import { describe } from 'vitest';
import { check } from './timex-example-check.js';

const ON = '2026-11-04';

describe('the quarter named before, across dates of another grain', () => check([
  {
    sentence: 'Acme said its third-quarter profit fell short of what it earned last year. It made $2 million in the 2025 quarter.',
    phrase: 'the 2025 quarter', type: 'DATE', value: '2025-Q3', on: ON,
  },
  {
    sentence: "Revenue for this year's second quarter fell, hurt by the current year's weak dollar. Exports for last year's quarter were higher.",
    phrase: "last year's quarter", type: 'DATE', value: '2025-Q2', on: ON,
  },
  // A span of another length came since: "the 2025 period" is no longer that quarter.
  {
    sentence: 'Third-quarter sales rose. For the first nine months, profit was $5 million, against a loss in the 2025 period.',
    phrase: 'the 2025 period', type: 'DATE', value: '2025', on: ON,
  },
  // No quarter before: the year.
  { sentence: 'It earned $1 million in the 2025 period.', phrase: 'the 2025 period', type: 'DATE', value: '2025', on: ON },
]));

describe('the same period a year back, as one expression', () => check([
  { sentence: 'Third-quarter profit doubled from the same quarter last year.', phrase: 'the same quarter last year', type: 'DATE', value: '2025-Q3', on: ON },
  { sentence: 'Third-quarter profit doubled from the corresponding period a year earlier.', phrase: 'the corresponding period a year earlier', type: 'DATE', value: '2025-Q3', on: ON },
  { sentence: 'Second-half sales slipped from the comparable period of the previous year.', phrase: 'the comparable period of the previous year', type: 'DATE', value: '2025-H2', on: ON },
  // No quarter named before: the one a report published in November covers, the third, a year back.
  { sentence: 'In the quarter a year ago, the bank lost $3 million.', phrase: 'the quarter a year ago', type: 'DATE', value: '2025-Q3', on: ON },
  { sentence: "Sales for last year's quarter were $3 million.", phrase: "last year's quarter", type: 'DATE', value: '2025-Q3', on: ON },
]));

// After a span of nine months or a year is reported, "a year earlier" compares with the year before publication's,
// not with the quarter named before it a year back.
describe('a year earlier after a reported span of nine months or a year', () => check([
  {
    sentence: 'Third-quarter profit rose to $3 million. For the nine months, net was $9 million, compared with $7 million a year earlier.',
    phrase: 'a year earlier', type: 'DATE', value: '2025', on: ON,
  },
  {
    sentence: 'Third-quarter profit rose. For the nine months, it posted a loss, compared with year-earlier net income of $2 million.',
    phrase: 'year-earlier', type: 'DATE', value: '2025', on: ON,
  },
  {
    sentence: 'Third-quarter profit rose. For the six months, sales rose 8% from a year ago.',
    phrase: 'a year ago', type: 'DATE', value: '2025', on: ON,
  },
  // Negative rows: with no span since, the quarter a year back; a quarter named after the span is again the period.
  { sentence: 'Third-quarter profit rose to $3 million from $2 million a year earlier.', phrase: 'a year earlier', type: 'DATE', value: '2025-Q3', on: ON },
  {
    sentence: 'For the nine months, net rose. Third-quarter profit rose to $3 million from $2 million a year earlier.',
    phrase: 'a year earlier', type: 'DATE', value: '2025-Q3', on: ON,
  },
]));

// A bare "the year" after "for" / "of" / "during", ending its phrase, is the year the text is at.
describe('the year a report is at', () => check([
  { sentence: 'For the year, pet food volume was flat.', phrase: 'the year', type: 'DATE', value: '2026', on: ON },
  { sentence: 'The stock rose to a high for the year of $42.875 a share.', phrase: 'the year', type: 'DATE', value: '2026', on: ON },
  { sentence: 'Revenue fell through the first nine months of the year.', phrase: 'the year', type: 'DATE', value: '2026', on: ON },
  { sentence: 'In 2019, the firm moved to Ohio. For the year, profit fell.', phrase: 'the year', type: 'DATE', value: '2019', on: ON },
  // Negative row: a span named by its end stays a length.
  { sentence: 'For the year ended Sept. 30, profit fell.', phrase: 'the year', type: 'DURATION', value: 'P1Y', on: ON },
]));

// "the year-earlier nine months" is a reporting span, as "the first nine months" is: one expression, P9M.
describe('a year-earlier span of months', () => check([
  { sentence: 'Net for the year-earlier nine months included a gain.', phrase: 'the year-earlier nine months', type: 'DURATION', value: 'P9M', on: ON },
  { sentence: 'Sales in the year-ago six months were flat.', phrase: 'the year-ago six months', type: 'DURATION', value: 'P6M', on: ON },
  // Negative row: the quarter stays a date.
  { sentence: 'Third-quarter net fell from the year-earlier quarter.', phrase: 'the year-earlier quarter', type: 'DATE', value: '2025-Q3', on: ON },
]));

// A quarter in fiscal numbering ending on a day outside its calendar quarter: the day still only ends it, and "a year
// ago" is that quarter a year back.
describe('a fiscal quarter ended on a day', () => check([
  { sentence: 'Dominion posted net income for the fiscal-first quarter ended Sept. 30.', phrase: 'the fiscal-first quarter', type: 'DATE', value: '2026-Q1', on: ON },
  {
    sentence: 'Dominion posted net income for the fiscal-first quarter ended Sept. 30. It had a net loss a year ago.',
    phrase: 'a year ago', type: 'DATE', value: '2025-Q1', on: ON,
  },
  {
    sentence: 'Earnings for its fourth quarter ended Sept. 30 fell. A year earlier it earned $2.4 million.',
    phrase: 'A year earlier', type: 'DATE', value: '2025-Q4', on: ON,
  },
  // Negative row: a day named after a comma is no end of the quarter; "a year earlier" is then that day's.
  { sentence: 'The fourth quarter was weak. On Sept. 30, it earned more than a year earlier.', phrase: 'a year earlier', type: 'DATE', value: '2025-11-04', on: ON },
]));

// A quarter still to come is a forecast, not the period reported: "the year-ago period" after it is the quarter a
// report published in November covers (the third), a year back.
describe('the year-ago period after a forecast quarter', () => check([
  {
    sentence: 'Steelmakers will report losses through the third quarter of 2027. In the year-ago period, Bethlehem earned $101 million.',
    phrase: 'the year-ago period', type: 'DATE', value: '2025-Q3', on: ON,
  },
  // Negative rows: after a past quarter, that quarter a year back.
  {
    sentence: 'Bethlehem reported a loss for the second quarter. In the year-ago period, it earned $101 million.',
    phrase: 'the year-ago period', type: 'DATE', value: '2025-Q2', on: ON,
  },
]));

// "This quarter's loss" in a results report is the quarter reported (the last completed), not the one under way.
describe("this quarter's reported results", () => check([
  { sentence: "This quarter's loss includes pretax charges of $4.9 million.", phrase: 'This quarter', type: 'DATE', value: '2026-Q3', on: ON },
  { sentence: "This quarter's net income rose 8%.", phrase: 'This quarter', type: 'DATE', value: '2026-Q3', on: ON },
  // Negative rows: a forecast, or no results word after it, is the quarter under way.
  { sentence: "This quarter's earnings will be hurt by the strike.", phrase: 'This quarter', type: 'DATE', value: '2026-Q4', on: ON },
  { sentence: "This quarter's outlook is bright.", phrase: 'This quarter', type: 'DATE', value: '2026-Q4', on: ON },
  { sentence: 'Sales this quarter are strong.', phrase: 'this quarter', type: 'DATE', value: '2026-Q4', on: ON },
]));
