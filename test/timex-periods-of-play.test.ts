/**
 * Halves and quarters of play, and halves of something other than a year, are not calendar halves or quarters:
 * "scored twice in the second half" is a half of the match (src/timex/periods-of-play.ts). Business copy keeps its
 * halves and quarters of the year; the negative cases are in timex-negatives.test.ts. Publication Saturday 2017-09-02 unless stated.
 */
import { describe } from 'vitest';
import { check } from './timex-example-check.js';

describe('halves and quarters of the year are still read', () => check([
  { sentence: 'The retailer expects margins to widen in the second half.', phrase: 'the second half', type: 'DATE', value: '2017-H2' },
  { sentence: 'Shipments slowed in the first half as demand cooled.', phrase: 'the first half', type: 'DATE', value: '2017-H1' },
  { sentence: 'The aim is to lift output in the second half.', phrase: 'the second half', type: 'DATE', value: '2017-H2' },
  { sentence: 'Margins narrowed by two percentage points in the second quarter.', phrase: 'the second quarter', type: 'DATE', value: '2017-Q2' },
  { sentence: 'Orders rose in the third quarter of the year.', phrase: 'the third quarter', type: 'DATE', value: '2017-Q3' },
  { sentence: 'Costs climbed in the first half of the fiscal year.', phrase: 'the first half', type: 'DATE', value: '2017-H1' },
  { sentence: 'First-half profit rose 8%.', phrase: 'First-half', type: 'DATE', value: '2017-H1' },
  { sentence: 'The league said ticket sales rose in the first half of 2016.', phrase: 'the first half of 2016', type: 'DATE', value: '2016-H1' },
]));

// Business shorthand for halves, and "the back half of the year".
describe('halves in shorthand', () => check([
  { sentence: 'Revenue grew 9% in H1 2016.', phrase: 'H1 2016', type: 'DATE', value: '2016-H1' },
  { sentence: 'The outlook for 2H 2017 was cut.', phrase: '2H 2017', type: 'DATE', value: '2017-H2' },
  { sentence: 'Results for 1H17 beat forecasts.', phrase: '1H17', type: 'DATE', value: '2017-H1' },
  { sentence: 'Margins should widen in H2.', phrase: 'H2', type: 'DATE', value: '2017-H2' },
  { sentence: 'The merger should close in the back half of the year.', phrase: 'the back half of the year', type: 'DATE', value: '2017-H2' },
]));

// A quarter or half named by its months: "the first two quarters of 1990" is 1990-H1; other counts stay lengths.
describe('a quarter or half of a year named by its months', () => check([
  { sentence: 'Losses will persist through the first two quarters of 2018.', phrase: 'the first two quarters of 2018', type: 'DATE', value: '2018-H1' },
  { sentence: 'Output fell in the first six months of 2016.', phrase: 'the first six months of 2016', type: 'DATE', value: '2016-H1' },
  { sentence: 'Output fell in the last three months of last year.', phrase: 'the last three months of last year', type: 'DATE', value: '2016-Q4' },
  { sentence: 'Output fell in the first nine months of 2016.', phrase: 'the first nine months', type: 'DURATION', value: 'P9M' },
  { sentence: 'Output fell in the first six months.', phrase: 'the first six months', type: 'DURATION', value: 'P6M' },
]));

describe('seasons of play: their side of the present', () => check([
  { sentence: 'The striker netted 18 times last season.', phrase: 'last season', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'This season has gone badly for the champions.', phrase: 'This season', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'The coach will stay on next season.', phrase: 'next season', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'Ticket prices rise for the coming season.', phrase: 'the coming season', type: 'DATE', value: 'FUTURE_REF' },
  // A season written with its years is its two years, each end marked (ranges.ts).
  { sentence: 'He was injured for most of the 2015-16 season.', phrase: '2015', type: 'DATE', value: '2015' },
  { sentence: 'He was injured for most of the 2015-16 season.', phrase: '16', type: 'DATE', value: '2016' },
]));
