/**
 * Dates the calendar does not have ("February 29, 2017", "April 31") are reported, never read as another day
 * (luxon would roll February 29, 2017 over to March 1) and never cut down to a bare month or year.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const IMPOSSIBLE: { sentence: string; phrase: string; why: string }[] = [
  { sentence: 'It happened on February 29, 2017.', phrase: 'February 29, 2017', why: 'February 2017 has no day 29' },
  { sentence: 'It happened on Feb. 30, 2016.', phrase: 'Feb. 30, 2016', why: 'February 2016 has no day 30' },
  { sentence: 'He was born on 30 February 2019.', phrase: '30 February 2019', why: 'February 2019 has no day 30' },
  { sentence: 'The file is dated 2017-02-30.', phrase: '2017-02-30', why: 'February 2017 has no day 30' },
  { sentence: 'The form says 2/30/2017.', phrase: '2/30/2017', why: 'February 2017 has no day 30' },
  { sentence: 'The vote is on April 31.', phrase: 'April 31', why: 'April never has a day 31' },
  { sentence: 'Doors open at 5 p.m. June 31.', phrase: '5 p.m. June 31', why: 'June never has a day 31' },
  { sentence: 'They met on Sept. 31, 1998.', phrase: 'Sept. 31, 1998', why: 'September 1998 has no day 31' },
  // Published in 2017: last year, 2016, had a February 29; this year has none.
  { sentence: 'The deal closes Feb. 29 this year.', phrase: 'Feb. 29 this year', why: '2017 has no February 29' },
];

describe('impossible dates: a diagnostic naming the phrase and why, and no time expression', () => {
  for (const { sentence, phrase, why } of IMPOSSIBLE) {
    it(`"${phrase}"`, () => {
      const analysis = analyze({ text: sentence, publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' });
      const at = sentence.indexOf(phrase);
      expect(analysis.timexes.filter((t) => t.start < at + phrase.length && at < t.end).map((t) => `${t.text}=${t.value}`)).toEqual([]);
      expect(analysis.diagnostics).toHaveLength(1);
      const [diagnostic] = analysis.diagnostics;
      expect(diagnostic).toMatchObject({ code: 'UNRESOLVED_EXPRESSION', start: at, end: at + phrase.length, text: phrase });
      expect(diagnostic!.message).toContain(why);
    });
  }
});

describe('the days around them still resolve', () => {
  const cases: [sentence: string, publicationDate: string, phrase: string, value: string][] = [
    ['It happened on February 29, 2016.', '2017-09-02', 'February 29, 2016', '2016-02-29'],
    ['It happened on February 28, 2017.', '2017-09-02', 'February 28, 2017', '2017-02-28'],
    ['The vote was on April 30.', '2017-09-02', 'April 30', '2017-04-30'],
    ['The deal closed Feb. 29.', '2020-06-01', 'Feb. 29', '2020-02-29'],
    // Only one of the three years around the publication date has a February 29: that one, said so.
    ['The deal closed Feb. 29.', '2017-09-02', 'Feb. 29', '2016-02-29'],
    ['Dec. 31, 2016 was a Saturday.', '2017-09-02', 'Dec. 31, 2016', '2016-12-31'],
  ];
  for (const [sentence, publicationDate, phrase, value] of cases) {
    it(`"${phrase}" (published ${publicationDate}) → ${value}`, () => {
      const analysis = analyze({ text: sentence, publicationDate, timeZone: 'Asia/Beirut' });
      const timex = analysis.timexes.find((t) => t.text === phrase);
      expect(timex?.value).toBe(value);
      expect(analysis.diagnostics).toEqual([]);
    });
  }
  it('explains the single occurrence of February 29', () => {
    const timex = analyze({ text: 'The deal closed Feb. 29.', publicationDate: '2017-09-02' }).timexes[0]!;
    expect(timex.explanation).toContain('the only occurrence within a year');
  });
});
