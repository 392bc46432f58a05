/**
 * Seasons south of the equator: in an article whose zone is Australia/Sydney, Pacific/Auckland or
 * America/Argentina/Buenos_Aires, summer runs from December to February, and a season is valued by the year it
 * starts in (hemisphere.ts). The northern seasons are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { isSouthernZone, seasonOfMonth } from '../src/timex/hemisphere.js';

const seasonOf = (text: string, timeZone: string, publicationDate: string) => {
  const [timex] = analyze({ text, publicationDate, timeZone }).timexes;
  return { value: timex?.value, start: timex?.interval?.start.slice(0, 10), end: timex?.interval?.end.slice(0, 10) };
};

describe('seasons by the article\'s hemisphere', () => {
  it.each([
    // Published in February: the summer just lived is the one running since December.
    ['Spending picked up over the summer.', 'Australia/Sydney', '2027-02-09', { value: '2026-SU', start: '2026-12-01', end: '2027-03-01' }],
    ['Spending picked up over the summer.', 'America/New_York', '2027-02-09', { value: '2026-SU', start: '2026-06-01', end: '2026-09-01' }],
    ['The drought will worsen this winter.', 'Pacific/Auckland', '2027-02-09', { value: '2027-WI', start: '2027-06-01', end: '2027-09-01' }],
    ['Sales rose in the spring of 2026.', 'America/Argentina/Buenos_Aires', '2027-02-09', { value: '2026-SP', start: '2026-09-01', end: '2026-12-01' }],
    ['Sales rose in the spring of 2026.', 'Europe/London', '2027-02-09', { value: '2026-SP', start: '2026-03-01', end: '2026-06-01' }],
  ] as const)('%s (%s, %s)', (text, zone, date, expected) => {
    expect(seasonOf(text, zone, date)).toEqual(expected);
  });

  it('knows the southern zones and the months of their seasons', () => {
    expect(['Australia/Perth', 'Pacific/Auckland', 'America/Santiago', 'Africa/Johannesburg'].map(isSouthernZone)).toEqual([true, true, true, true]);
    expect(['America/New_York', 'Asia/Beirut', 'UTC', 'Asia/Jakarta'].map(isSouthernZone)).toEqual([false, false, false, false]);
    expect(seasonOfMonth(1, 2027, true)).toEqual({ season: 'SU', year: 2026 });
    expect(seasonOfMonth(12, 2026, true)).toEqual({ season: 'SU', year: 2026 });
    expect(seasonOfMonth(4, 2027, true)).toEqual({ season: 'FA', year: 2027 });
    expect(seasonOfMonth(1, 2027, false)).toEqual({ season: 'WI', year: 2026 });
    expect(seasonOfMonth(7, 2027, false)).toEqual({ season: 'SU', year: 2027 });
  });
});
