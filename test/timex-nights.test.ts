/**
 * The night of a weekday written around "overnight" (src/timex/rules/weekdays.ts): "overnight Thursday",
 * "Thursday overnight", "overnight Friday into Saturday" are one TIME, that weekday's night (YYYY-MM-DDTNI), the
 * weekday resolved by tense as a bare one is, with the night's hours as interval. Publication Saturday 2017-09-02.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

describe('overnight and a weekday: one expression, that weekday\'s night', () => check([
  { sentence: 'Storms hit the area overnight Thursday.', phrase: 'overnight Thursday', type: 'TIME', value: '2017-08-31TNI' },
  { sentence: 'It happened overnight Wednesday, police said.', phrase: 'overnight Wednesday', type: 'TIME', value: '2017-08-30TNI' },
  { sentence: 'Snow will fall overnight Tuesday.', phrase: 'overnight Tuesday', type: 'TIME', value: '2017-09-05TNI' },
  { sentence: 'Overnight on Thursday, rebels attacked the base.', phrase: 'Overnight on Thursday', type: 'TIME', value: '2017-08-31TNI' },
  { sentence: 'Markets rose overnight Thu. and fell.', phrase: 'overnight Thu.', type: 'TIME', value: '2017-08-31TNI' },
  { sentence: 'He was arrested Thursday overnight.', phrase: 'Thursday overnight', type: 'TIME', value: '2017-08-31TNI' },
  // The night joining two days is the first day's night.
  { sentence: 'Rain fell overnight Friday into Saturday.', phrase: 'overnight Friday into Saturday', type: 'TIME', value: '2017-09-01TNI' },
  { sentence: 'Rain is expected overnight Monday into Tuesday.', phrase: 'overnight Monday into Tuesday', type: 'TIME', value: '2017-09-04TNI' },
  { sentence: 'He was killed Thursday overnight into Friday.', phrase: 'Thursday overnight into Friday', type: 'TIME', value: '2017-08-31TNI' },
  { sentence: 'The raid came overnight from Sunday to Monday.', phrase: 'overnight from Sunday to Monday', type: 'TIME', value: '2017-08-27TNI' },
  { sentence: 'Crews worked overnight Saturday into Sunday.', phrase: 'overnight Saturday into Sunday', type: 'TIME', value: '2017-08-26TNI', on: '2017-08-28' },
  // Days that do not follow each other are no one night: the night of the first, and the other day apart.
  { sentence: 'Rain fell overnight Friday into Sunday.', phrase: 'overnight Friday', type: 'TIME', value: '2017-09-01TNI' },
  { sentence: 'Rain fell overnight Friday into Sunday.', phrase: 'Sunday', type: 'DATE', value: '2017-08-27' },
]));

describe('the interval of a weekday\'s night', () => {
  const cases = [
    { text: 'Storms hit the area overnight Thursday.', phrase: 'overnight Thursday', start: '2017-08-31T19:00', end: '2017-09-01T06:00' },
    { text: 'Rain fell overnight Friday into Saturday.', phrase: 'overnight Friday into Saturday', start: '2017-09-01T19:00', end: '2017-09-02T06:00' },
  ];
  for (const { text, phrase, start, end } of cases) {
    it(`${phrase} in "${text}" runs ${start} to ${end}`, () => {
      const found = analyze({ text, publicationDate: '2017-09-02', timeZone: 'America/New_York' }).timexes.find((t) => t.text === phrase);
      expect([found?.interval?.start.slice(0, 16), found?.interval?.end.slice(0, 16)]).toEqual([start, end]);
    });
  }
});

describe('what stays as it was', () => {
  const cases: { text: string; timexes: string[] }[] = [
    // A bare "overnight" is still the night before the day the text is at.
    { text: 'Police said overnight that two died.', timexes: ['overnight=2017-09-01TNI'] },
    // A sentence between them: two expressions.
    { text: 'Stocks fell overnight. Thursday, they rose.', timexes: ['overnight=2017-09-01TNI', 'Thursday=2017-08-31'] },
    { text: 'Stocks fell overnight, Thursday brokers said.', timexes: ['overnight=2017-09-01TNI', 'Thursday=2017-08-31'] },
    // A newspaper, the money market, a date written after the weekday.
    { text: 'He read the overnight Sunday Times.', timexes: ['overnight=2017-09-01TNI'] },
    { text: 'The overnight rate rose Thursday.', timexes: ['Thursday=2017-08-31'] },
    { text: 'The attack came overnight Thursday, Aug. 31.', timexes: ['overnight=2017-09-01TNI', 'Thursday, Aug. 31=2017-08-31'] },
    { text: 'The attack came Friday night.', timexes: ['Friday night=2017-09-01TNI'] },
  ];
  for (const { text, timexes } of cases) {
    it(`"${text}" → ${timexes.join(', ')}`, () => {
      const found = analyze({ text, publicationDate: '2017-09-02', timeZone: 'America/New_York' }).timexes;
      expect(found.map((t) => `${t.text}=${t.value}`)).toEqual(timexes);
    });
  }
});

// "the night of Friday to Saturday", "the night of Aug. 28-29": the one night joining the two days, the first one's
// night; they were "the night of Friday" and a separate "Saturday", or a range end "29".
describe('the night of two days that follow each other', () => check([
  { sentence: 'The clashes began on the night of Aug. 28-29.', phrase: 'the night of Aug. 28-29', type: 'TIME', value: '2017-08-28TNI' },
  { sentence: 'Fighting raged on the night of Friday to Saturday.', phrase: 'the night of Friday to Saturday', type: 'TIME', value: '2017-09-01TNI' },
  { sentence: 'The protest was held on the night of June 3 to 4, 2016.', phrase: 'the night of June 3 to 4, 2016', type: 'TIME', value: '2016-06-03TNI' },
  { sentence: 'He will arrive on the night of Sept. 9-10.', phrase: 'the night of Sept. 9-10', type: 'TIME', value: '2017-09-09TNI' },
]));

describe('nights of days apart stay as they were', () => {
  const cases: { text: string; timexes: string[] }[] = [
    { text: 'Rain fell on the night of Friday to Sunday.', timexes: ['the night of Friday=2017-09-01TNI', 'Sunday=2017-08-27'] },
    { text: 'The clashes began on the night of Aug. 28-30.', timexes: ['the night of Aug. 28=2017-08-28TNI', '30=2017-08-30'] },
    { text: 'The night of Aug. 28 was calm.', timexes: ['The night of Aug. 28=2017-08-28TNI'] },
  ];
  for (const { text, timexes } of cases) {
    it(`"${text}" → ${timexes.join(', ')}`, () => {
      const found = analyze({ text, publicationDate: '2017-09-02', timeZone: 'America/New_York' }).timexes;
      expect(found.map((t) => `${t.text}=${t.value}`)).toEqual(timexes);
    });
  }
});

// "1:30 Saturday night" was Saturday 01:30, the small hours before that Saturday's day. News means the small hours
// after Saturday evening: Sunday's clock (src/timex/rules/clock.ts). Publication Saturday 2017-09-02.
describe('a small-hours clock before a weekday\'s night: the next day\'s clock', () => check([
  { sentence: 'The blast came at 1:30 Friday night.', phrase: '1:30 Friday night', type: 'TIME', value: '2017-09-02T01:30' },
  { sentence: 'He died at 1 a.m. Thursday night.', phrase: '1 a.m. Thursday night', type: 'TIME', value: '2017-09-01T01:00' },
  { sentence: 'Police arrived by 2 on Wednesday night.', phrase: '2 on Wednesday night', type: 'TIME', value: '2017-08-31T02:00' },
  { sentence: 'The shots were heard at 12:30 a.m. Thursday night.', phrase: '12:30 a.m. Thursday night', type: 'TIME', value: '2017-09-01T00:30' },
  { sentence: 'The polls close at 3 a.m. Tuesday night.', phrase: '3 a.m. Tuesday night', type: 'TIME', value: '2017-09-06T03:00' },
]));

describe('clock times with a weekday that stay on that weekday', () => check([
  { sentence: 'The blast came at 11 p.m. Friday night.', phrase: '11 p.m. Friday night', type: 'TIME', value: '2017-09-01T23:00' },
  { sentence: 'The blast came at 1:30 a.m. Friday.', phrase: '1:30 a.m. Friday', type: 'TIME', value: '2017-09-01T01:30' },
  { sentence: 'The blast came at 1:30 a.m. Friday morning.', phrase: '1:30 a.m. Friday morning', type: 'TIME', value: '2017-09-01T01:30' },
  { sentence: 'The blast came at 6 a.m. Friday night.', phrase: '6 a.m. Friday night', type: 'TIME', value: '2017-09-01T06:00' },
  { sentence: 'The curfew began at 9:15 on Friday night.', phrase: '9:15 on Friday night', type: 'TIME', value: '2017-09-01T21:15' },
  { sentence: 'The strike began at midnight Friday night.', phrase: 'midnight Friday night', type: 'TIME', value: '2017-09-01T24:00' },
]));
