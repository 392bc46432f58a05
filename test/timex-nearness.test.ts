/**
 * A month or a month-day without a year is placed by the clause's tense, unless the occurrence on the other side of
 * the publication date is more than four times nearer (business copy writes "the quarter ended Oct. 31" days
 * before Oct. 31), except when the date is the time adverbial of the finite verb right before it ("opened in
 * October", "will visit in August": src/timex/verb-adverbial.ts). The explanation says which of the two decided.
 * Publication: Saturday 2017-09-02, Beirut.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { ON } from './timex-example-check.js';

const CASES: { sentence: string; phrase: string; value: string; says: string; on?: string }[] = [
  // Past tense and the nearest: both agree.
  { sentence: 'The plant opened in March.', phrase: 'March', value: '2017-03', says: 'being the nearest to it (the clause is in the past tense)' },
  // Past tense, the past occurrence farther (213 days) but not four times as far as the next (121 days): the
  // tense decides.
  { sentence: 'The plant opened in January.', phrase: 'January', value: '2017-01', says: 'because the clause is in the past tense' },
  // Future tense: the next one.
  { sentence: 'The plant will open in March.', phrase: 'March', value: '2018-03', says: 'because the clause is in the future tense' },
  // Past tense read from a verb that is not the date's own: last Oct. 31 is 305 days back and the next 59 days
  // ahead, so nearness decides, and says so. Business copy: "the quarter ended Oct. 31" is the coming one.
  { sentence: 'The company said the quarter ended Oct. 31.', phrase: 'Oct. 31', value: '2017-10-31', says: 'although the clause is in the past tense, the previous one is more than four times as far' },
  { sentence: 'Regulators set Nov. 10 as the deadline.', phrase: 'Nov. 10', value: '2017-11-10', says: 'although the clause is in the past tense' },
  // Future tense from further away, with August ended two days ago and the next eleven months off: the break in
  // August is the one just over.
  { sentence: 'The talks will resume after the break in August.', phrase: 'August', value: '2017-08', says: 'although the clause is in the future tense, the next one is more than four times as far' },
  // A fronted adverbial is its main clause's verb's: that verb's tense places it however far ("In August, the talks
  // will resume" is next August; "In January, the plant closed", published in October, is this January).
  { sentence: 'In August, the talks will resume.', phrase: 'August', value: '2018-08', says: 'because the clause is in the future tense' },
  { sentence: 'In January, the plant closed.', phrase: 'January', value: '2026-01', says: 'because the clause is in the past tense', on: '2026-10-27' },
  { sentence: 'On Oct. 5, the board approved the deal.', phrase: 'Oct. 5', value: '2025-10-05', says: 'because the clause is in the past tense', on: '2026-09-20' },
  { sentence: 'In January the plant closed.', phrase: 'January', value: '2026-01', says: 'because the clause is in the past tense', on: '2026-10-27' },
  // The date is the time adverbial of the verb right before it ("<verb> in / on"): the verb's tense decides.
  { sentence: 'The film premiered on Oct. 3.', phrase: 'Oct. 3', value: '2016-10-03', says: 'because the clause is in the past tense' },
  { sentence: 'The plant opened in October.', phrase: 'October', value: '2016-10', says: 'because the clause is in the past tense' },
  { sentence: 'The plant was closed in early October.', phrase: 'early October', value: '2016-10', says: 'because the clause is in the past tense' },
  { sentence: 'He will visit in August.', phrase: 'August', value: '2018-08', says: 'because the clause is in the future tense' },
  { sentence: "They'll meet on Aug. 30.", phrase: 'Aug. 30', value: '2018-08-30', says: 'because the clause is in the future tense' },
  // The end of a span that runs on from a present clause lies ahead; a past clause keeps it behind.
  { sentence: 'The bill funds agencies through Sept. 30.', phrase: 'Sept. 30', value: '2017-09-30', says: 'the next one after the publication date' },
  // The explanation names what set the tense when it is not the clause's own.
  { sentence: 'The bill funds agencies through March 31.', phrase: 'March 31', value: '2018-03-31', says: 'because it ends a span that runs on from the clause\'s present' },
  { sentence: 'The summit opens Monday.', phrase: 'Monday', value: '2017-09-04', says: 'because a schedule in the simple present points ahead' },
  { sentence: 'He remains in custody until Friday.', phrase: 'Friday', value: '2017-09-08', says: 'the first Friday after the publication date' },
  { sentence: 'The strike lasted until Friday.', phrase: 'Friday', value: '2017-09-01', says: 'the most recent Friday before the publication date' },
  { sentence: 'The strike lasted until March 31.', phrase: 'March 31', value: '2017-03-31', says: 'the most recent one before the publication date' },
  // The date a change announced in the past takes effect is placed by nearness, not by the announcing verb's tense:
  // next Jan. 1 is 121 days ahead, the last 244 back (the past tense alone would pick it, not being four times as far).
  { sentence: 'The bank created an office of the chairman, effective Jan. 1.', phrase: 'Jan. 1', value: '2018-01-01', says: 'being the nearest to it' },
  // …and a past one stays past when nearer.
  { sentence: 'The bank created an office of the chairman, effective Aug. 1.', phrase: 'Aug. 1', value: '2017-08-01', says: 'being the nearest to it' },
  { sentence: 'The bank created an office of the chairman on Jan. 1.', phrase: 'Jan. 1', value: '2017-01-01', says: 'because the clause is in the past tense' },
  // An act agreed to lies after the agreement: nearness places its date, not the past of "agreed" (next January 121
  // days ahead, the last 244 back); the agreement's own date, or a noun agreed to, keeps the past.
  { sentence: 'Thermo agreed to purchase the line for $22 million in January.', phrase: 'January', value: '2018-01', says: 'being the nearest to it' },
  { sentence: 'Thermo agreed in January to purchase the line.', phrase: 'January', value: '2017-01', says: 'because the clause is in the past tense' },
  { sentence: 'Iran agreed to a cease-fire in January.', phrase: 'January', value: '2017-01', says: 'because the clause is in the past tense' },
  // A passive present or a perfect is not a past verb of its own: nearness still applies.
  { sentence: 'A decision is expected in October.', phrase: 'October', value: '2017-10', says: 'the next one after the publication date' },
  // The month containing the publication date is not "the other side": no override to report.
  { sentence: 'It happened in September.', phrase: 'September', value: '2017-09', says: 'the one containing the publication date, being the nearest to it (the clause is in the past tense)' },
];

describe('tense against nearness for dates without a year', () => {
  for (const { sentence, phrase, value, says, on } of CASES) {
    it(`${phrase} in "${sentence}" → ${value}`, () => {
      const found = analyze({ text: sentence, publicationDate: on ?? ON, timeZone: 'Asia/Beirut' }).timexes.find((t) => t.text === phrase);
      expect(found?.value).toBe(value);
      expect(found?.explanation).toContain(says);
    });
  }
});
