/**
 * The direct calendar steps of src/timex/wall-clock.ts give the instants luxon's own `plus`, `set` and
 * `startOf` give, in zones with DST (including folds and gaps, and Lord Howe's half-hour shift), in UTC and
 * in fixed offsets, through the remembering article zone as the engine uses them.
 */
import { DateTime, FixedOffsetZone, type Zone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { plusUnits, startOfUnit, withFields, type CalendarUnit, type ClockUnit, type StartUnit } from '../src/timex/wall-clock.js';
import { articleZone } from '../src/zone.js';

const ZONES: Zone[] = [
  articleZone('Europe/London'), articleZone('America/New_York'), articleZone('Asia/Beirut'),
  articleZone('Australia/Lord_Howe'), articleZone('America/Sao_Paulo'), articleZone('UTC'), FixedOffsetZone.instance(330),
];

/** Instants around the DST transitions of 2017 and 2000 (every 20 minutes for 4 hours), month ends, leap days, year 50. */
function samples(zone: Zone): DateTime[] {
  const out: DateTime[] = [];
  const transitions = ['2017-03-12T00:00', '2017-03-26T00:00', '2017-10-29T00:00', '2017-11-05T00:00', '2017-04-02T00:00',
    '2017-10-01T00:00', '2017-10-15T00:00', '2000-03-26T00:00', '2017-02-18T22:00'];
  for (const t of transitions) {
    const base = DateTime.fromISO(t, { zone });
    for (let m = 0; m <= 240; m += 20) out.push(base.plus({ minutes: m }));
  }
  for (const iso of ['2016-02-29T12:30:15.250', '2017-01-31T23:59', '2017-12-31T18:00', '2019-12-30T08:00', '0050-06-15T10:00', '1999-08-31T00:00']) {
    out.push(DateTime.fromISO(iso, { zone }));
  }
  return out;
}

const same = (a: DateTime, b: DateTime): void => {
  expect(a.isValid).toBe(b.isValid);
  expect(a.toMillis()).toBe(b.toMillis());
  expect(a.offset).toBe(b.offset);
  expect(a.zone.name).toBe(b.zone.name);
};

describe('wall-clock steps match luxon', () => {
  const calendarUnits: CalendarUnit[] = ['years', 'quarters', 'months', 'weeks', 'days'];
  const clockUnits: ClockUnit[] = ['hours', 'minutes', 'seconds', 'milliseconds'];
  const amounts = [-100, -13, -3, -1, 0, 1, 2, 7, 30];

  it.each(ZONES.map((z) => [z.name, z] as const))('plus of whole units in %s', (_name, zone) => {
    for (const date of samples(zone)) {
      for (const unit of [...calendarUnits, ...clockUnits]) for (const amount of amounts) same(plusUnits(date, unit, amount), date.plus({ [unit]: amount }));
    }
  });

  it('plus of a fraction is luxon\'s own', () => {
    const date = DateTime.fromISO('2017-09-02T10:00', { zone: articleZone('Asia/Beirut') });
    same(plusUnits(date, 'years', 0.5), date.plus({ years: 0.5 }));
    same(plusUnits(date, 'days', -1.25), date.plus({ days: -1.25 }));
  });

  it.each(ZONES.map((z) => [z.name, z] as const))('set of Gregorian fields in %s (an unset day clamped)', (_name, zone) => {
    const settings = [
      { year: 2016 }, { year: 1900 }, { month: 2 }, { month: 11 }, { month: 4, day: 31 }, { hour: 2, minute: 30, second: 0, millisecond: 0 },
      { hour: 1, minute: 0 }, { year: 2017, month: 3, day: 26, hour: 0, minute: 0, second: 0, millisecond: 0 }, { year: 60, month: 2, day: 29 },
    ];
    for (const date of samples(zone)) for (const fields of settings) same(withFields(date, fields), date.set(fields));
  });

  it.each(ZONES.map((z) => [z.name, z] as const))('startOf in %s', (_name, zone) => {
    const units: StartUnit[] = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute'];
    for (const date of samples(zone)) for (const unit of units) same(startOfUnit(date, unit), date.startOf(unit));
  });

  it('leaves invalid dates to luxon', () => {
    const invalid = DateTime.invalid('test');
    expect(plusUnits(invalid, 'days', 1).isValid).toBe(false);
    expect(withFields(invalid, { year: 2000 }).isValid).toBe(false);
    expect(startOfUnit(invalid, 'day').isValid).toBe(false);
  });
});
