/**
 * Ramadan, an observance of a month (src/timex/holidays.ts): 1 Ramadan up to Eid al-Fitr by the Umm al-Qura
 * calendar (Intl's islamic-umalqura), its true days as interval and the year it begins in as value, no TIMEX3 value
 * spanning those days; the occurrence picked by tense as a holiday's is. Its use as a family name is in
 * timex-negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

describe('Ramadan', () => check([
  { sentence: 'Traffic eases during Ramadan.', phrase: 'Ramadan', type: 'DATE', value: '2026', on: '2026-03-05', timeZone: 'Asia/Riyadh' },
  { sentence: 'Prices jumped before Ramadan 2025.', phrase: 'Ramadan 2025', type: 'DATE', value: '2025', on: '2026-03-05', timeZone: 'Asia/Riyadh' },
  // Ramadan 1418 began on 31 December 1997 by the Umm al-Qura calendar: in a past clause of February 1998, that one.
  { sentence: 'Attacks rose sharply during Ramadan.', phrase: 'Ramadan', type: 'DATE', value: '1997', on: '1998-02-10', timeZone: 'Asia/Riyadh' },
]));

describe('the days of Ramadan', () => {
  const cases = [
    { sentence: 'Traffic eases during Ramadan.', on: '2026-03-05', start: '2026-02-18', end: '2026-03-20' },
    { sentence: 'Prices jumped before Ramadan 2025.', on: '2026-03-05', start: '2025-03-01', end: '2025-03-30' },
  ];
  for (const { sentence, on, start, end } of cases) {
    it(`"${sentence}" (${on}): Ramadan runs ${start} up to ${end}`, () => {
      const found = analyze({ text: sentence, publicationDate: on, timeZone: 'Asia/Riyadh' }).timexes.find((t) => t.rule === 'holiday:Ramadan');
      expect([found?.interval?.start.slice(0, 10), found?.interval?.end.slice(0, 10)]).toEqual([start, end]);
      expect(found?.explanation).toContain('Umm al-Qura');
    });
  }
});
