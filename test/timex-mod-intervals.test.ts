/**
 * early / mid- / late narrow a period to a third of it on calendar boundaries, in the article's zone: no
 * daylight-saving hour leaks into the bounds ("mid-2016" in Beirut is May–August, not "May 2, 01:00").
 */
import { describe, expect, it } from 'vitest';
import { resolve } from '../src/index.js';

const CASES: readonly { phrase: string; start: string; end: string }[] = [
  { phrase: 'mid-2016', start: '2016-05-01T00:00:00.000+03:00', end: '2016-09-01T00:00:00.000+03:00' },
  { phrase: 'early 2017', start: '2017-01-01T00:00:00.000+02:00', end: '2017-05-01T00:00:00.000+03:00' },
  { phrase: 'late last year', start: '2016-09-01T00:00:00.000+03:00', end: '2017-01-01T00:00:00.000+02:00' },
  { phrase: 'late September', start: '2017-09-21T00:00:00.000+03:00', end: '2017-10-01T00:00:00.000+03:00' },
  { phrase: 'mid-March', start: '2017-03-11T00:00:00.000+02:00', end: '2017-03-22T00:00:00.000+02:00' },
  { phrase: 'early this week', start: '2017-08-28T00:00:00.000+03:00', end: '2017-08-30T00:00:00.000+03:00' },
  { phrase: 'the mid-1990s', start: '1993-01-01T00:00:00.000+02:00', end: '1997-01-01T00:00:00.000+02:00' },
  { phrase: 'late this afternoon', start: '2017-09-02T16:00:00.000+03:00', end: '2017-09-02T18:00:00.000+03:00' },
];

describe('early / mid / late intervals', () => {
  it.each(CASES)('$phrase → [$start, $end)', ({ phrase, start, end }) => {
    const result = resolve(phrase, { reference: '2017-09-02', timeZone: 'Asia/Beirut' });
    expect(result?.interval).toEqual({ start, end });
  });
});

/** "earlier this week" is the part of the week before the publication day; with none left, that day itself. */
const RESTRICTED: readonly { phrase: string; reference: string; start: string; end: string; dayItself: boolean }[] = [
  { phrase: 'earlier this week', reference: '2017-09-02', start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00', dayItself: false },
  { phrase: 'earlier this week', reference: '2017-08-28', start: '2017-08-28T00:00:00.000+03:00', end: '2017-08-29T00:00:00.000+03:00', dayItself: true },
  { phrase: 'later this week', reference: '2017-08-28', start: '2017-08-29T00:00:00.000+03:00', end: '2017-09-04T00:00:00.000+03:00', dayItself: false },
  { phrase: 'later this week', reference: '2017-09-03', start: '2017-09-03T00:00:00.000+03:00', end: '2017-09-04T00:00:00.000+03:00', dayItself: true },
  { phrase: 'earlier this year', reference: '2017-01-01', start: '2017-01-01T00:00:00.000+02:00', end: '2017-01-02T00:00:00.000+02:00', dayItself: true },
];

describe('earlier / later this <unit>: never an empty interval', () => {
  it.each(RESTRICTED)('$phrase on $reference → [$start, $end)', ({ phrase, reference, start, end, dayItself }) => {
    const result = resolve(phrase, { reference, timeZone: 'Asia/Beirut' });
    expect(result?.interval).toEqual({ start, end });
    expect(result?.explanation.includes('so that day itself')).toBe(dayItself);
  });
});
