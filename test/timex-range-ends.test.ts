/**
 * The two ends of a range settled together (src/timex/rules/ranges.ts): a near end without a year takes the far
 * end's, also when the far end's year is counted from publication ("between March and July of last year"); the near
 * end of a range of lengths borrows the far end's unit and reading ("two to three weeks ago"); counts that are no such near end are in
 * timex-negatives.test.ts.
 * Publication 2026-03-14 unless stated.
 */
import { describe } from 'vitest';
import { check } from './timex-example-check.js';

const ON = '2026-03-14';

// "2025/26": a season or fiscal year across New Year, written with a slash as with a hyphen; only consecutive years.
describe('a range of two years written with a slash', () => check([
  { sentence: 'They won the league in the 2024/25 season.', phrase: '25', type: 'DATE', value: '2025', on: ON },
  { sentence: 'They won the league in the 2024/25 season.', phrase: '2024', type: 'DATE', value: '2024', on: ON },
]));

describe('a near end takes the year of the far end counted from publication', () => check([
  { sentence: 'Exports slumped between April and June of last year.', phrase: 'April', type: 'DATE', value: '2025-04', on: ON },
  { sentence: 'Exports slumped between April and June of last year.', phrase: 'June of last year', type: 'DATE', value: '2025-06', on: ON },
  { sentence: 'The road will be shut from May to September next year.', phrase: 'May', type: 'DATE', value: '2027-05', on: ON },
  { sentence: 'The inquiry sat from Feb. 2 to March 30 last year.', phrase: 'Feb. 2', type: 'DATE', value: '2025-02-02', on: ON },
  // A range across New Year: the near end is in the year before the far end's.
  { sentence: 'Heating bills soared from December to February of last year.', phrase: 'December', type: 'DATE', value: '2024-12', on: ON },
  // Not a range: a month joined to a later date by other words keeps its own reading.
  { sentence: 'The plant closed in January and reopened in July of last year.', phrase: 'January', type: 'DATE', value: '2026-01', on: ON },
]));

// TimeML marks each end of a range; the near count of "two to three weeks" is two weeks, not the whole range.
describe('the near end of a range of lengths', () => check([
  { sentence: 'Repairs could take four to six weeks.', phrase: 'four', type: 'DURATION', value: 'P4W', on: ON },
  { sentence: 'Repairs could take four to six weeks.', phrase: 'six weeks', type: 'DURATION', value: 'P6W', on: ON },
  { sentence: 'He faces eight to 12 years in prison.', phrase: 'eight', type: 'DURATION', value: 'P8Y', on: ON },
  { sentence: 'The survey takes between 10 and 15 minutes.', phrase: '10', type: 'DURATION', value: 'PT10M', on: ON },
  { sentence: 'Shipping takes one or two days.', phrase: 'one', type: 'DURATION', value: 'P1D', on: ON },
  { sentence: 'Approval may take 12-18 months.', phrase: '18 months', type: 'DURATION', value: 'P18M', on: ON },
  // Counted back or on like the far end.
  { sentence: 'The leak began three to four weeks ago.', phrase: 'three', type: 'DATE', value: '2026-W08', on: ON },
  { sentence: 'The leak began three to four weeks ago.', phrase: 'four weeks ago', type: 'DATE', value: '2026-W07', on: ON },
]));
