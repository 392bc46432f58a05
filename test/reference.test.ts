/**
 * parseReference reads a bare publication date into the DateTime luxon's fromISO gives for it, in the article's
 * zone, and reports an impossible date with luxon's own verdict.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ChronicleInputError } from '../src/errors.js';
import { parseReference } from '../src/reference.js';
import { articleZone } from '../src/zone.js';

const ZONES = ['UTC', 'Asia/Beirut', 'America/New_York', 'Asia/Kolkata', 'Pacific/Apia', 'America/Sao_Paulo'];

describe('parseReference of a bare date', () => {
  it('gives the DateTime fromISO gives, on every day of several years, in several zones', () => {
    for (const zone of ZONES) {
      const articleZoneOf = zone === 'UTC' ? 'UTC' : articleZone(zone);
      for (const [from, to] of [[1987, 1992], [2011, 2012]] as const) {
        for (let day = DateTime.utc(from, 1, 1); day.year <= to; day = day.plus({ days: 1 })) {
          const written = day.toISODate()!;
          const expected = DateTime.fromISO(written, { zone: articleZoneOf, setZone: false }).setZone(articleZoneOf);
          const { dateTime } = parseReference(written, zone);
          expect(dateTime.toISO()).toBe(expected.toISO());
          expect(dateTime.zoneName).toBe(expected.zoneName);
        }
      }
    }
  });

  it.each([
    ['2017-02-30', 'February 2017 has no day 30'],
    ['2016-02-30', 'February 2016 has no day 30'],
    ['2017-04-31', 'April 2017 has no day 31'],
    ['2017-13-01', 'there is no month 13'],
    ['2017-00-10', 'there is no month 0'],
    ['2017-01-00', 'January 2017 has no day 0'],
  ])('refuses %s: %s', (written, reason) => {
    expect(() => parseReference(written, 'Asia/Beirut')).toThrow(ChronicleInputError);
    expect(() => parseReference(written, 'Asia/Beirut')).toThrow(reason);
    // luxon itself finds the same dates invalid.
    expect(DateTime.fromISO(written, { zone: 'Asia/Beirut' }).isValid).toBe(false);
  });

  it('keeps a date-time with its offset as fromISO reads it', () => {
    const { dateTime, dateOnly } = parseReference('2017-09-02T10:00:00+03:00', 'Asia/Beirut');
    expect(dateOnly).toBe(false);
    expect(dateTime.toISO()).toBe('2017-09-02T10:00:00.000+03:00');
  });
});

describe('parseReference called again with the same date', () => {
  const rows: Array<[string, string | undefined, string, boolean]> = [
    ['1998-03-05', 'UTC', '1998-03-05T00:00:00.000Z', true],
    ['1998-03-05', 'Asia/Beirut', '1998-03-05T00:00:00.000+02:00', true],
    ['1998-03-05', undefined, '1998-03-05T00:00:00.000Z', true],
    ['2017-09-02T10:00:00+03:00', undefined, '2017-09-02T10:00:00.000+03:00', false],
    ['2017-09-02T10:00:00+03:00', 'America/New_York', '2017-09-02T03:00:00.000-04:00', false],
  ];
  it.each(rows)('%s in %s, twice in a row, is %s both times', (date, zone, iso, dateOnly) => {
    for (let call = 0; call < 2; call++) {
      const reference = parseReference(date, zone);
      expect(reference.dateTime.toISO()).toBe(iso);
      expect(reference.dateOnly).toBe(dateOnly);
      expect(reference.timeZone).toBe(zone ?? (dateOnly ? 'UTC' : 'UTC+3'));
    }
  });

  it('still reports a bad date or zone after a good one, and gives each call its own object', () => {
    const first = parseReference('1998-02-28', 'UTC');
    const second = parseReference('1998-02-28', 'UTC');
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(() => parseReference('1998-02-30', 'UTC')).toThrow(ChronicleInputError);
    expect(() => parseReference('1998-02-28', 'Mars/Olympus')).toThrow(ChronicleInputError);
    expect(parseReference('1998-02-28', 'UTC').dateTime.toISO()).toBe('1998-02-28T00:00:00.000Z');
  });
});
