/**
 * The engine's fast paths agree with luxon itself: the remembering article zone with IANA offsets, and the ISO
 * writer with toISO(), across zones, DST changes and half-hour zones.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoString } from '../src/timex/calendar.js';
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
