/**
 * The engine's fast paths agree with luxon itself: the remembering article zone with IANA offsets, the ISO
 * writer with toISO(), calendar steps taken with `set` with luxon's `plus`, and a `startOf` skipped on a date
 * already at the start of its unit with luxon's `startOf`, across zones, DST changes and half-hour zones.
 */
import { DateTime, Duration, type DateTimeUnit } from 'luxon';
import { describe, expect, it } from 'vitest';
import { calendarDate, calendarDay, isoString, longestMonth, plus, startOf, withCalendarMemo } from '../src/timex/calendar.js';
import { articleZone, isoAtInstant } from '../src/zone.js';

describe('isoString', () => {
  it('writes exactly what toISO() writes, for many instants in several zones', () => {
    const zones = ['UTC', 'Asia/Beirut', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns'];
    let instant = Date.UTC(1969, 0, 1);
    for (let i = 0; i < 3000; i++) {
      instant += 7_777_777_777 / 100 + i * 12_345;
      for (const zone of zones) {
        const date = DateTime.fromMillis(instant, { zone: zone === 'UTC' ? 'UTC' : articleZone(zone) });
        // The remembering zone gives the offsets of luxon's own IANA zone, and the writer luxon's text.
        expect(isoString(date)).toBe(DateTime.fromMillis(instant, { zone }).toISO());
      }
    }
  });

  it('writes midnights (written by a shorter path) exactly as toISO() does, and an instant just after one', () => {
    for (const zone of ['UTC', 'Asia/Beirut', 'America/New_York', 'Asia/Kolkata', 'America/St_Johns']) {
      for (const [year, month, day] of [[1998, 1, 8], [1999, 12, 31], [2017, 3, 12], [2020, 2, 29], [9999, 12, 31]] as const) {
        const midnight = DateTime.fromObject({ year, month, day }, { zone: zone === 'UTC' ? 'UTC' : articleZone(zone) });
        expect(isoString(midnight)).toBe(midnight.toISO());
        expect(isoString(midnight.plus({ milliseconds: 1 }))).toBe(midnight.plus({ milliseconds: 1 }).toISO());
      }
    }
  });
});

describe('ISO writing of far years', () => {
  it('pads years before 1000 to four digits, as toISO() does', () => {
    for (const iso of ['0050-06-15T10:00:00.000', '0999-12-31T23:59:59.999', '0001-01-01T00:00:00.000']) {
      const date = DateTime.fromISO(iso, { zone: articleZone('Asia/Beirut') });
      expect(isoString(date)).toBe(date.toISO());
      expect(isoAtInstant(date.toMillis(), 'Asia/Beirut')).toBe(date.toISO({ suppressMilliseconds: true }));
    }
  });

  it('writes a year past 9999 with its five digits', () => {
    const date = DateTime.fromObject({ year: 12017, month: 9, day: 2, hour: 5 }, { zone: 'UTC' });
    expect(isoString(date)).toBe('12017-09-02T05:00:00.000Z');
    expect(isoAtInstant(date.toMillis(), 'UTC')).toBe('12017-09-02T05:00:00Z');
  });
});

describe('isoAtInstant', () => {
  it('writes what luxon writes for an instant in a zone, milliseconds suppressed when zero', () => {
    const zones = ['UTC', 'Asia/Beirut', 'America/New_York', 'Asia/Kolkata', 'America/St_Johns', 'UTC+3'];
    let instant = Date.UTC(1950, 0, 1);
    for (let i = 0; i < 3000; i++) {
      instant += 1_234_567_891 + (i % 7) * 60_000 + (i % 3 === 0 ? 123 : 0);
      for (const zone of zones) {
        expect(isoAtInstant(instant, zone)).toBe(DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true }));
      }
    }
  });
});

/** The same instant, offset, zone and wall clock: what the engine reads from a DateTime. */
const same = (a: DateTime, b: DateTime): void => {
  expect(a.toMillis()).toBe(b.toMillis());
  expect(a.offset).toBe(b.offset);
  expect(a.zoneName).toBe(b.zoneName);
  expect(a.locale).toBe(b.locale);
  expect(a.toISO()).toBe(b.toISO());
};

/** Dates around DST changes (including midnight ones: Havana, Beirut, Santiago), month ends and 29 February. */
function testDates(): DateTime[] {
  const zones = ['UTC', 'America/New_York', 'Asia/Beirut', 'America/Havana', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  const dates: DateTime[] = [];
  for (const zone of [...zones.map((z) => articleZone(z)), ...zones]) {
    for (const [year, month, day] of [[2016, 2, 29], [2017, 1, 31], [2017, 3, 12], [2017, 3, 26], [2017, 10, 29], [2017, 11, 5], [2019, 12, 30], [2020, 3, 29], [2021, 4, 4], [2021, 9, 5]] as const) {
      for (const hour of [0, 1, 2, 12, 23]) dates.push(DateTime.fromObject({ year, month, day, hour, minute: hour === 12 ? 30 : 0 }, { zone }));
    }
  }
  return dates;
}

describe('calendar steps', () => {
  it('plus gives what luxon\'s plus gives, for whole and fractional calendar and clock units', () => {
    const steps: Array<[Parameters<typeof plus>[1], number]> = [
      ['days', 1], ['days', -1], ['days', 7], ['days', -400], ['weeks', 1], ['weeks', -3], ['months', 1], ['months', -1], ['months', 13],
      ['quarters', 1], ['quarters', -2], ['years', 1], ['years', -1], ['years', 4], ['years', 100], ['hours', 1], ['hours', -25], ['hours', 0.5], ['minutes', 1], ['minutes', -90], ['seconds', 30], ['milliseconds', 1], ['milliseconds', 123_456_789.25], ['milliseconds', -86_400_000 / 3], ['years', 0.5], ['days', 0], ['months', 0], ['hours', 0], ['milliseconds', 0],
    ];
    for (const date of testDates()) {
      for (const [unit, amount] of steps) same(plus(date, unit, amount), date.plus(Duration.fromObject({ [unit]: amount })));
    }
  });

  it('startOf gives what luxon\'s startOf gives, and the date itself when it already starts its unit', () => {
    const units: DateTimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
    for (const date of testDates()) {
      for (const unit of units) {
        const start = date.startOf(unit);
        same(startOf(date, unit), start);
        same(startOf(start, unit), start.startOf(unit));
      }
    }
    const midnight = DateTime.fromISO('2017-04-01T00:00:00', { zone: 'UTC' });
    expect(startOf(midnight, 'quarter')).toBe(midnight);
    expect(startOf(midnight, 'month')).toBe(midnight);
    expect(startOf(midnight, 'year')).not.toBe(midnight);
  });

  it('calendarDate is midnight of the day in the zone of the date it is given, from midnight or not', () => {
    withCalendarMemo(() => {
      for (const like of testDates()) {
        for (const [year, month, day] of [[2017, 3, 12], [2017, 10, 29], [2016, 2, 29], [2017, 2, 29], [1999, 12, 31]] as const) {
          same(calendarDate(like, year, month, day), like.set({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }));
        }
      }
    });
  });
});

describe('withCalendarMemo', () => {
  it('keeps the memo for the next document with the same reference instant, zone and locale, and only for it', () => {
    const publication = DateTime.fromISO('2017-09-02T00:00:00', { zone: 'Asia/Beirut' });
    const step = (reference: DateTime): DateTime => withCalendarMemo(() => plus(publication, 'days', 1), reference);
    const first = step(publication);
    // The same instant made again (another document of the same day): luxon's first answer is reused.
    const sameDay = DateTime.fromISO('2017-09-02T00:00:00', { zone: 'Asia/Beirut' });
    expect(step(sameDay)).toBe(first);
    // Another reference (another zone for the same instant, then another day): a fresh memo, the same value.
    const otherZone = sameDay.setZone('UTC');
    const fresh = step(otherZone);
    expect(fresh).not.toBe(first);
    expect(fresh.toISO()).toBe(first.toISO());
    expect(step(otherZone)).toBe(fresh);
    expect(step(publication)).not.toBe(fresh);
    // Without a reference nothing is kept: the next call starts afresh.
    const unkept = withCalendarMemo(() => plus(publication, 'days', 1));
    expect(withCalendarMemo(() => plus(publication, 'days', 1))).not.toBe(unkept);
  });
});

describe('calendarDay', () => {
  it.each([
    // year, month, day, zone, expected midnight (or undefined: the month has no such day)
    [2017, 2, 28, 'UTC', '2017-02-28T00:00:00.000Z'],
    [2017, 2, 29, 'UTC', undefined],
    [2016, 2, 29, 'UTC', '2016-02-29T00:00:00.000Z'],
    [1900, 2, 29, 'UTC', undefined],
    [2000, 2, 29, 'Asia/Beirut', '2000-02-29T00:00:00.000+02:00'],
    [2017, 4, 30, 'America/New_York', '2017-04-30T00:00:00.000-04:00'],
    [2017, 4, 31, 'America/New_York', undefined],
    [2017, 12, 31, 'Asia/Tokyo', '2017-12-31T00:00:00.000+09:00'],
    // Beirut moves its clocks at midnight: that day still exists, from 01:00.
    [2017, 3, 26, 'Asia/Beirut', '2017-03-26T01:00:00.000+03:00'],
  ])('%i-%i-%i in %s: %s', (year, month, day, zone, expected) => {
    const like = DateTime.fromObject({ year: 2017, month: 9, day: 2 }, { zone: articleZone(zone) });
    const date = withCalendarMemo(() => calendarDay(like, year, month, day));
    expect(date === undefined ? undefined : isoString(date)).toBe(expected);
    // The same answer as asking the month's length first.
    const first = like.set({ year, month, day: 1 });
    expect(date === undefined).toBe(day > first.daysInMonth!);
  });

  it('knows the longest each month can be', () => {
    const like = DateTime.utc(2017, 9, 2);
    expect(Array.from({ length: 12 }, (_, k) => longestMonth(like, k + 1))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});
