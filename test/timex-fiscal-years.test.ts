/**
 * Fiscal years that end in another month than December, when the article says so (src/timex/fiscal-year.ts): named
 * by the calendar year they end in, their quarters and halves written as the calendar quarter or half holding most
 * of their months, the fiscal year itself keeping its name as value with its true months as interval.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

describe('fiscal quarters and halves in a fiscal year the text says ends in another month', () => check([
  { sentence: 'The software maker, whose fiscal year ends June 30, said sales rose in the second quarter of fiscal 2026.', phrase: 'the second quarter of fiscal 2026', type: 'DATE', value: '2025-Q4', on: '2026-03-14' },
  { sentence: 'The Pentagon\'s fiscal year begins Oct. 1. Spending in the first quarter of fiscal 2027 will rise.', phrase: 'the first quarter of fiscal 2027', type: 'DATE', value: '2026-Q4', on: '2026-08-01' },
  { sentence: 'Its fiscal year ends in March. Profit in the first half of fiscal 2026 fell.', phrase: 'the first half of fiscal 2026', type: 'DATE', value: '2025-H1', on: '2026-01-20' },
  { sentence: 'The company expects growth in fiscal 2026, which ends in September. Margins fell in the first quarter of fiscal 2026.', phrase: 'the first quarter of fiscal 2026', type: 'DATE', value: '2025-Q4', on: '2026-03-14' },
  // The other ways business copy writes a fiscal quarter.
  { sentence: 'Its fiscal year ends June 30. Sales rose in the second quarter of its fiscal 2026.', phrase: 'the second quarter of its fiscal 2026', type: 'DATE', value: '2025-Q4', on: '2026-03-14' },
  { sentence: 'Its fiscal year ends June 30. Sales rose in Q3 FY26.', phrase: 'Q3 FY26', type: 'DATE', value: '2026-Q1', on: '2026-05-14' },
  { sentence: "Its fiscal year ends June 30. Sales rose in fiscal 2026's second quarter.", phrase: "fiscal 2026's second quarter", type: 'DATE', value: '2025-Q4', on: '2026-03-14' },
  { sentence: 'Its fiscal year ends June 30. Sales rose in the fiscal 2026 first quarter.', phrase: 'the fiscal 2026 first quarter', type: 'DATE', value: '2025-Q3', on: '2026-03-14' },
  // No year: the fiscal quarter the tense places (in March 2026, the last fiscal second quarter is October to December 2025).
  { sentence: 'Its fiscal year ends June 30. Sales rose in the fiscal second quarter.', phrase: 'the fiscal second quarter', type: 'DATE', value: '2025-Q4', on: '2026-03-14' },
  { sentence: 'Its fiscal year ends June 30. Sales will rise in the fourth fiscal quarter.', phrase: 'the fourth fiscal quarter', type: 'DATE', value: '2026-Q2', on: '2026-03-14' },
  // A fiscal year ending in January (retailers): its first quarter is February to April, mostly 2025-Q1.
  { sentence: 'The retailer\'s fiscal year ends in late January. Sales grew in the first quarter of fiscal 2026.', phrase: 'the first quarter of fiscal 2026', type: 'DATE', value: '2025-Q1', on: '2025-06-01' },
  // The fiscal year keeps its name as value.
  { sentence: 'The company, whose fiscal year ends in June, expects a profit in fiscal 2026.', phrase: 'fiscal 2026', type: 'DATE', value: '2026', on: '2026-03-14' },
  { sentence: 'Its financial year ends in March. It expects a loss in the current fiscal year.', phrase: 'the current fiscal year', type: 'DATE', value: '2027', on: '2026-10-14' },
]));

describe('the true months of a fiscal year', () => {
  const cases = [
    { text: 'Microsoft\'s fiscal year ends June 30. It expects growth in fiscal 2026.', phrase: 'fiscal 2026', start: '2025-07-01', end: '2026-07-01' },
    { text: 'The state\'s fiscal year begins July 1. The budget for fiscal 2027 was passed.', phrase: 'fiscal 2027', start: '2026-07-01', end: '2027-07-01' },
    { text: 'The fiscal year ends Sept. 30. Last fiscal year the agency spent $2 billion.', phrase: 'Last fiscal year', start: '2024-10-01', end: '2025-10-01' },
  ];
  for (const { text, phrase, start, end } of cases) {
    it(`${phrase} in "${text}" runs ${start} to ${end}`, () => {
      const found = analyze({ text, publicationDate: '2026-03-14', timeZone: 'America/New_York' }).timexes.find((t) => t.text === phrase);
      expect([found?.interval?.start.slice(0, 10), found?.interval?.end.slice(0, 10)]).toEqual([start, end]);
      expect(found?.explanation).toContain('fiscal');
    });
  }
});

// With no end stated, a December end, or two companies' different ends, fiscal years are calendar years.
describe('fiscal years read as calendar years', () => check([
  { sentence: 'Sales rose in the second quarter of fiscal 2026.', phrase: 'the second quarter of fiscal 2026', type: 'DATE', value: '2026-Q2', on: '2026-09-14' },
  { sentence: 'Its fiscal year ends Dec. 31. Sales rose in the second quarter of fiscal 2026.', phrase: 'the second quarter of fiscal 2026', type: 'DATE', value: '2026-Q2', on: '2026-09-14' },
  {
    sentence: 'Acme\'s fiscal year ends in June and Bolt\'s fiscal year ends in September. Both grew in the first quarter of fiscal 2026.',
    phrase: 'the first quarter of fiscal 2026', type: 'DATE', value: '2026-Q1', on: '2026-09-14',
  },
  { sentence: 'Sales rose in Q2 FY26.', phrase: 'Q2 FY26', type: 'DATE', value: '2026-Q2', on: '2026-09-14' },
  { sentence: 'Sales rose in the fiscal second quarter.', phrase: 'the fiscal second quarter', type: 'DATE', value: '2026-Q2', on: '2026-09-14' },
  // "the latest fiscal year" is the last one reported, the year before the one under way; "the current" is that one.
  { sentence: 'Food accounted for 27% of sales in the latest fiscal year.', phrase: 'the latest fiscal year', type: 'DATE', value: '2025', on: '2026-09-14' },
  { sentence: 'It expects a loss in the current fiscal year.', phrase: 'the current fiscal year', type: 'DATE', value: '2026', on: '2026-09-14' },
  // A quarter of a year not called fiscal stays a calendar quarter, whatever the fiscal year.
  { sentence: 'Its fiscal year ends June 30. Sales rose in the second quarter of 2026.', phrase: 'the second quarter of 2026', type: 'DATE', value: '2026-Q2', on: '2026-09-14' },
]));

// A fiscal year named by its year, or by the two it straddles: one expression, named by the year it ends in as
// "fiscal 2026" is (they were a year, a range end and a stray "fiscal year" of the publication's year).
describe('a fiscal year named by its year or by the two it straddles', () => check([
  { sentence: 'Sales rose in the 1990 fiscal year.', phrase: 'the 1990 fiscal year', type: 'DATE', value: '1990', on: '1991-02-01' },
  { sentence: 'The company expects a loss in its 2019-20 fiscal year.', phrase: '2019-20 fiscal year', type: 'DATE', value: '2020', on: '2019-09-14' },
  { sentence: 'The company expects a loss in its 2019–20 fiscal year.', phrase: '2019–20 fiscal year', type: 'DATE', value: '2020', on: '2019-09-14' },
  { sentence: 'Profit rose in the 2014-15 financial year.', phrase: 'the 2014-15 financial year', type: 'DATE', value: '2015', on: '2015-09-14' },
  { sentence: 'The 1999-2000 fiscal year was the best.', phrase: 'The 1999-2000 fiscal year', type: 'DATE', value: '2000', on: '2001-09-14' },
  { sentence: 'The tax rose in fiscal 2014-15.', phrase: 'fiscal 2014-15', type: 'DATE', value: '2015', on: '2015-09-14' },
  { sentence: 'Revenue in fiscal year 2014/15 rose.', phrase: 'fiscal year 2014/15', type: 'DATE', value: '2015', on: '2015-09-14' },
  { sentence: 'Profit in FY2014-15 rose.', phrase: 'FY2014-15', type: 'DATE', value: '2015', on: '2015-09-14' },
]));

describe('the true months of a fiscal year named by the two years it straddles', () => {
  const cases = [
    { text: 'Its fiscal year ends June 30. Sales fell in fiscal 2019-20.', phrase: 'fiscal 2019-20', start: '2019-07-01', end: '2020-07-01' },
    { text: 'Its financial year ends in March. It expects a loss in its 2019-20 fiscal year.', phrase: '2019-20 fiscal year', start: '2019-04-01', end: '2020-04-01' },
  ];
  for (const { text, phrase, start, end } of cases) {
    it(`${phrase} in "${text}" runs ${start} to ${end}`, () => {
      const found = analyze({ text, publicationDate: '2019-09-14', timeZone: 'America/New_York' }).timexes.find((t) => t.text === phrase);
      expect([found?.interval?.start.slice(0, 10), found?.interval?.end.slice(0, 10)]).toEqual([start, end]);
    });
  }
});

// Not one fiscal year: a range of fiscal years, and the seasons and school years TimeML marks at each end (as
// HeidelTime does "1850-58": 1850 and 1858; TimeBank and AQUAINT mark every range of years end by end).
describe('year spans that stay two expressions', () => {
  const cases: { text: string; timexes: string[] }[] = [
    { text: 'Budgets for fiscal 2014-2016 were cut.', timexes: ['fiscal 2014=2014', '2016=2016'] },
    { text: 'He starred in the 2014-15 season.', timexes: ['2014=2014', '15=2015'] },
    { text: 'He starred in the 2014–15 season.', timexes: ['2014=2014', '15=2015'] },
    { text: 'Enrollment fell in the 1998-99 school year.', timexes: ['1998=1998', '99=1999'] },
    { text: 'Prices rose in 2014-2015.', timexes: ['2014=2014', '2015=2015'] },
    { text: 'The 1999-2000 season was his best.', timexes: ['1999=1999', '2000=2000'] },
    { text: 'Output fell between 1990 and 1991.', timexes: ['1990=1990', '1991=1991'] },
  ];
  for (const { text, timexes } of cases) {
    it(`"${text}" → ${timexes.join(', ')}`, () => {
      const found = analyze({ text, publicationDate: '2017-09-02', timeZone: 'America/New_York' }).timexes;
      expect(found.map((t) => `${t.text}=${t.value}`)).toEqual(timexes);
    });
  }
});
