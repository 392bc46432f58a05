/**
 * A month or a month-day without a year is placed by the clause's tense, unless the occurrence on the other side of
 * the publication date is more than four times nearer (business copy writes "the quarter ended Oct. 31" days
 * before Oct. 31). The explanation says which of the two decided. Publication: Saturday 2017-09-02, Beirut.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { ON } from './timex-example-check.js';

const CASES: { sentence: string; phrase: string; value: string; says: string }[] = [
  // Past tense and the nearest: both agree.
  { sentence: 'The plant opened in March.', phrase: 'March', value: '2017-03', says: 'being the nearest to it (the clause is in the past tense)' },
  // Past tense, the past occurrence farther (213 days) but not four times as far as the next (121 days): the
  // tense decides.
  { sentence: 'The plant opened in January.', phrase: 'January', value: '2017-01', says: 'because the clause is in the past tense' },
  // Future tense: the next one.
  { sentence: 'The plant will open in March.', phrase: 'March', value: '2018-03', says: 'because the clause is in the future tense' },
  // Past tense, but last Oct. 3 is 334 days back and the next 31 days ahead: nearness decides, and says so.
  { sentence: 'The film premiered on Oct. 3.', phrase: 'Oct. 3', value: '2017-10-03', says: 'although the clause is in the past tense, the previous one is more than four times as far' },
  // Future tense, but August ended two days ago and the next August is eleven months off.
  { sentence: 'He will visit in August.', phrase: 'August', value: '2017-08', says: 'although the clause is in the future tense, the next one is more than four times as far' },
  // The month containing the publication date is not "the other side": no override to report.
  { sentence: 'It happened in September.', phrase: 'September', value: '2017-09', says: 'the one containing the publication date, being the nearest to it (the clause is in the past tense)' },
];

describe('tense against nearness for dates without a year', () => {
  for (const { sentence, phrase, value, says } of CASES) {
    it(`${phrase} in "${sentence}" → ${value}`, () => {
      const found = analyze({ text: sentence, publicationDate: ON, timeZone: 'Asia/Beirut' }).timexes.find((t) => t.text === phrase);
      expect(found?.value).toBe(value);
      expect(found?.explanation).toContain(says);
    });
  }
});
