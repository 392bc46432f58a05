/**
 * Explicit dates with a word that places them: "last Oct. 23" is the latest Oct. 23 before publication, "next March
 * 3" the next one, whatever the clause (src/timex/rules/explicitDates.ts); a season of a year spoken in words is
 * one date, as one of a year in digits is. Publication 1999-04-19 unless stated.
 */
import { describe } from 'vitest';
import { check } from './timex-example-check.js';

const ON = '1999-04-19';

describe('a month and day after last / next', () => check([
  { sentence: 'The doctor was killed last Oct. 23 at his home.', phrase: 'last Oct. 23', type: 'DATE', value: '1998-10-23', on: ON },
  { sentence: 'The law was signed last January 5.', phrase: 'last January 5', type: 'DATE', value: '1999-01-05', on: ON },
  { sentence: 'The vote is set for next Feb. 2.', phrase: 'next Feb. 2', type: 'DATE', value: '2000-02-02', on: ON },
  { sentence: 'He was arrested this past March 30.', phrase: 'this past March 30', type: 'DATE', value: '1999-03-30', on: ON },
  // A past clause alone would already say so; "last" decides even where nearness would not ("last May 1" is not the
  // May 1 twelve days ahead).
  { sentence: 'Officials say the plan, adopted last May 1, is working.', phrase: 'last May 1', type: 'DATE', value: '1998-05-01', on: ON },
  // A year written keeps its own reading.
  { sentence: 'The plant opened last Oct. 23, 1997.', phrase: 'last Oct. 23, 1997', type: 'DATE', value: '1997-10-23', on: ON },
]));

// Broadcast transcripts spell years out: "the winter of nineteen ninety-four" is one date, not "the winter" of the
// publication's year beside a year.
describe('a season of a spoken year', () => check([
  { sentence: 'Oil last fell that low in the winter of nineteen ninety-four.', phrase: 'the winter of nineteen ninety-four', type: 'DATE', value: '1994-WI', on: ON },
  { sentence: 'The wall came down in the fall of nineteen eighty-nine.', phrase: 'the fall of nineteen eighty-nine', type: 'DATE', value: '1989-FA', on: ON },
  { sentence: 'Lines formed at pumps in the summer of nineteen seventy-three.', phrase: 'the summer of nineteen seventy-three', type: 'DATE', value: '1973-SU', on: ON },
]));

// A month named with last / next is never the publication's own month ("this month"), nor after "last" the month before
// it ("last month"): "last March" said in March is a year back.
describe('a month after last / next', () => check([
  { sentence: 'Two helicopters collided last February.', phrase: 'last February', type: 'DATE', value: '1998-02', on: '1999-03-01' },
  { sentence: 'Two helicopters collided last February.', phrase: 'last February', type: 'DATE', value: '1999-02', on: ON },
  { sentence: 'He resigned last April.', phrase: 'last April', type: 'DATE', value: '1998-04', on: ON },
  { sentence: 'He resigned last March.', phrase: 'last March', type: 'DATE', value: '1998-03', on: ON },
  { sentence: 'He resigned last January.', phrase: 'last January', type: 'DATE', value: '1999-01', on: ON },
  { sentence: 'The couple married last December.', phrase: 'last December', type: 'DATE', value: '2025-12', on: '2026-01-10' },
  { sentence: 'The store will reopen next April.', phrase: 'next April', type: 'DATE', value: '2000-04', on: ON },
  { sentence: 'The store will reopen next May.', phrase: 'next May', type: 'DATE', value: '1999-05', on: ON },
  { sentence: 'The store will reopen next January.', phrase: 'next January', type: 'DATE', value: '2000-01', on: ON },
]));
