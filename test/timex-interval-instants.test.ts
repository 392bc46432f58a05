/**
 * The instants `findTimexesWithInstants` hands to sequencing (interval-instants.ts) are those the timexes' ISO
 * strings denote, so the spans and the chronology are the same whether sequencing uses them or parses the strings.
 */
import { describe, expect, it } from 'vitest';
import { findTimexesWithInstants } from '../src/timex/index.js';
import { parseReference } from '../src/reference.js';
import { timexSpan, TimexSpans } from '../src/sequence/timex-interval.js';
import { buildChronology } from '../src/sequence/chronology.js';

const TEXT = 'On Friday at 3 p.m. EST, two days after the vote of Nov. 8, officials said the third quarter and the 1990s were over; they met at midnight Tuesday, will meet next week and every week, and fought in 1066 and in the summer.';

describe('interval instants', () => {
  it.each([
    ['2017-09-02', 'UTC'],
    ['2017-03-26', 'Asia/Beirut'],
    ['2016-11-06T01:30:00-04:00', 'America/New_York'],
    ['1937-06-30', 'Europe/Amsterdam'],
  ])('are those of the ISO strings (%s, %s)', (date, zone) => {
    const reference = parseReference(date, zone);
    const { timexes, instants } = findTimexesWithInstants(TEXT, { publication: reference.dateTime, timeZone: reference.timeZone });
    const withInterval = timexes.filter((t) => t.interval !== undefined);
    expect(withInterval.length).toBeGreaterThan(6);
    const spans = new TimexSpans(zone, instants);
    for (const timex of timexes) {
      expect(instants.has(timex)).toBe(timex.interval !== undefined);
      expect(spans.of(timex)).toEqual(timexSpan(timex, zone));
    }
    const parsed = buildChronology(TEXT, undefined, timexes, reference);
    expect(buildChronology(TEXT, undefined, timexes, reference, { instants })).toEqual(parsed);
  });
});
