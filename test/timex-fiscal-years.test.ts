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
