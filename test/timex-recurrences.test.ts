/**
 * Recurring times (SET): quantified days and seasons, weekdays and their parts in the plural, weekends, and
 * "five days a week". Publication: Saturday 2017-09-02, Beirut.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { ON, check } from './timex-example-check.js';

interface SetExample { sentence: string; phrase: string; value: string; quant?: string; freq?: string }

function checkSets(examples: SetExample[]) {
  for (const { sentence, phrase, value, quant, freq } of examples) {
    it(`${phrase} (in "${sentence}") → SET ${value}${quant ? ` ${quant}` : ''}${freq ? ` ${freq}` : ''}`, () => {
      const timexes = analyze({ text: sentence, publicationDate: ON, timeZone: 'Asia/Beirut' }).timexes;
      const found = timexes.find((t) => t.text === phrase);
      expect(found, `found: ${timexes.map((t) => `"${t.text}"=${t.value}`).join(', ') || 'nothing'}`).toBeDefined();
      expect({ type: found!.type, value: found!.value, quant: found!.quant, freq: found!.freq }).toEqual({ type: 'SET', value, quant, freq });
      expect(found!.interval).toBeUndefined();
      expect(found!.explanation).toContain('recurring');
    });
  }
}

describe('every / each', () => checkSets([
  { sentence: 'The council meets every Monday.', phrase: 'every Monday', value: 'XXXX-WXX-1', quant: 'EVERY' },
  { sentence: 'The club meets every other Thursday.', phrase: 'every other Thursday', value: 'XXXX-WXX-4', quant: 'EVERY OTHER' },
  { sentence: 'The river floods every spring.', phrase: 'every spring', value: 'XXXX-SP', quant: 'EVERY' },
  { sentence: 'Each summer the camps fill up.', phrase: 'Each summer', value: 'XXXX-SU', quant: 'EACH' },
  { sentence: 'The newsletter comes out every other week.', phrase: 'every other week', value: 'P2W', quant: 'EVERY' },
  // A count takes the plural unit; "few" is a count unknown.
  { sentence: 'The board meets roughly every six weeks.', phrase: 'every six weeks', value: 'P6W', quant: 'EVERY' },
  { sentence: 'Bills come every two months.', phrase: 'every two months', value: 'P2M', quant: 'EVERY' },
  { sentence: 'The pumps are checked every 10 days.', phrase: 'every 10 days', value: 'P10D', quant: 'EVERY' },
  { sentence: 'The capital moves every few years.', phrase: 'every few years', value: 'PXY', quant: 'EVERY' },
]));

// "every month of delay": a measure of a noun in units, one unit long, not a recurrence; with a determiner ("each
// day of the strike") the noun is a span the unit recurs in.
describe('every unit of a measured noun', () => check([
  { sentence: 'Every week of delay adds to the bill.', phrase: 'Every week', type: 'DURATION', value: 'P1W' },
  { sentence: 'Each year of service raises the pension.', phrase: 'Each year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'The fine grows with every day of noncompliance.', phrase: 'every day', type: 'DURATION', value: 'P1D' },
]));

describe('every unit of a determined span recurs', () => checkSets([
  { sentence: 'Each day of the trial he arrived early.', phrase: 'Each day', value: 'P1D', quant: 'EACH' },
  { sentence: 'Every month of the year has its fair.', phrase: 'Every month', value: 'P1M', quant: 'EVERY' },
]));

describe('so many times a period, and rates', () => checkSets([
  { sentence: 'The board meets eight times a year.', phrase: 'eight times a year', value: 'P1Y', freq: '8X' },
  { sentence: 'It is cleaned three times a day.', phrase: 'three times a day', value: 'P1D', freq: '3X' },
  // After an amount, "a day" is a rate: each day (TimeBank: "$3 million a year", SET P1Y).
  { sentence: 'The strike costs $1 billion a day.', phrase: 'a day', value: 'P1D', quant: 'EVERY' },
  { sentence: 'The field pumps 1.2 million barrels a day.', phrase: 'a day', value: 'P1D', quant: 'EVERY' },
]));

describe('a unit after an amount that is no rate', () => {
  it.each([
    ['Net income rose to $9 million a year earlier.', 'a year earlier'],
    ['He waited a day.', 'a day'],
  ])('%s → "%s" is no SET', (sentence, phrase) => {
    const found = analyze({ text: sentence, publicationDate: ON, timeZone: 'Asia/Beirut' }).timexes.find((t) => t.text === phrase);
    expect(found?.type).not.toBe('SET');
    expect(found).toBeDefined();
  });
});

describe('so many days a week', () => checkSets([
  { sentence: 'The clinic is open five days a week.', phrase: 'five days a week', value: 'P1W', freq: '5D' },
  { sentence: 'She trains three days each week.', phrase: 'three days each week', value: 'P1W', freq: '3D' },
  { sentence: 'The guards work two nights a week.', phrase: 'two nights a week', value: 'P1W', freq: '2D' },
  { sentence: 'Police watch the house 24 hours a day.', phrase: '24 hours a day', value: 'P1D', freq: '24H' },
  { sentence: 'The bakery runs 12 hours per day.', phrase: '12 hours per day', value: 'P1D', freq: '12H' },
  { sentence: 'He spends five hours a week on it.', phrase: 'five hours a week', value: 'P1W', freq: '5H' },
  { sentence: 'Inspectors visit two days a month.', phrase: 'two days a month', value: 'P1M', freq: '2D' },
]));

describe('weekdays and their parts in the plural', () => checkSets([
  { sentence: 'The museum is closed on Mondays.', phrase: 'Mondays', value: 'XXXX-WXX-1' },
  { sentence: 'Sundays are quiet in the old city.', phrase: 'Sundays', value: 'XXXX-WXX-7' },
  { sentence: 'The market opens Saturday mornings.', phrase: 'Saturday mornings', value: 'XXXX-WXX-6TMO' },
  { sentence: 'He is busy Friday afternoons.', phrase: 'Friday afternoons', value: 'XXXX-WXX-5TAF' },
  { sentence: 'They rest Saturdays and Sundays.', phrase: 'Saturdays', value: 'XXXX-WXX-6' },
  // The plural part covers both days: "Monday" alone is the recurring Monday night.
  { sentence: 'Two new flights leave on Monday and Tuesday nights.', phrase: 'Monday', value: 'XXXX-WXX-1TNI' },
  { sentence: 'Two new flights leave on Monday and Tuesday nights.', phrase: 'Tuesday nights', value: 'XXXX-WXX-2TNI' },
  { sentence: 'He works weekends.', phrase: 'weekends', value: 'XXXX-WXX-WE' },
  { sentence: 'The office is open on weekdays.', phrase: 'weekdays', value: 'XXXX-WXX-WD' },
]));

describe('not recurrences', () => {
  const cases: { sentence: string; phrase: string; expected: string | undefined }[] = [
    // A single day and a single night stay dates.
    { sentence: 'He left on Monday.', phrase: 'Monday', expected: '2017-08-28' },
    { sentence: 'The raid came Tuesday night.', phrase: 'Tuesday night', expected: '2017-08-29TNI' },
    { sentence: 'Monday and Tuesday were quiet.', phrase: 'Monday', expected: '2017-08-28' },
    // Counted or determined weekends are particular ones, not every weekend.
    { sentence: 'Those weekends were long.', phrase: 'weekends', expected: undefined },
    { sentence: 'He spent several weekends there.', phrase: 'weekends', expected: undefined },
    // Lower case: "sundays" is not the weekday (as "sunday" never is).
    { sentence: 'They ate ice-cream sundays.', phrase: 'sundays', expected: undefined },
    // "a week ago" is a date: the five days are a length before it.
    { sentence: 'He spent five days a week ago in Paris.', phrase: 'five days a week', expected: undefined },
  ];
  for (const { sentence, phrase, expected } of cases) {
    it(`"${phrase}" in "${sentence}" is ${expected ?? 'not read'}`, () => {
      const timexes = analyze({ text: sentence, publicationDate: ON, timeZone: 'Asia/Beirut' }).timexes;
      expect(timexes.find((t) => t.text === phrase)?.value).toBe(expected);
      expect(timexes.some((t) => t.type === 'SET')).toBe(false);
    });
  }
});

// "the past three summers": the season recurring over those years, not "the past" alone.
describe('the past few seasons', () => {
  checkSets([
    { sentence: 'Marches have provoked violence for the past three summers.', phrase: 'the past three summers', value: 'XXXX-SU' },
    { sentence: 'Snow fell heavily in the last two winters.', phrase: 'the last two winters', value: 'XXXX-WI' },
  ]);
  // Negative row: years stay a length.
  check([{ sentence: 'Marches have provoked violence for the past three years.', phrase: 'the past three years', type: 'DURATION', value: 'P3Y' }]);
});
