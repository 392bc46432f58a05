import { describe, expect, it } from 'vitest';
import { durationValue } from '../src/timex/resolve.js';
import type { Unit } from '../src/timex/lexicon.js';

describe('durationValue', () => {
  const rows: Array<[string, Array<{ unit: Unit; amount: number | 'X' }>, string]> = [
    ['three days', [{ unit: 'day', amount: 3 }], 'P3D'],
    ['two hours', [{ unit: 'hour', amount: 2 }], 'PT2H'],
    ['five and a half hours', [{ unit: 'hour', amount: 5.5 }], 'PT5H30M'],
    ['half an hour', [{ unit: 'hour', amount: 0.5 }], 'PT30M'],
    ['half a year', [{ unit: 'year', amount: 0.5 }], 'P6M'],
    ['a decade', [{ unit: 'decade', amount: 1 }], 'P10Y'],
    ['two centuries', [{ unit: 'century', amount: 2 }], 'P200Y'],
    ['decades', [{ unit: 'decade', amount: 'X' }], 'PXY'],
    ['weeks', [{ unit: 'week', amount: 'X' }], 'PXW'],
    ['a weekend', [{ unit: 'weekend', amount: 1 }], 'P1WE'],
    ['a quarter', [{ unit: 'quarter', amount: 1 }], 'P1Q'],
    ['a day and a half', [{ unit: 'day', amount: 1.5 }], 'P1DT12H'],
    ['two years and three months', [{ unit: 'year', amount: 2 }, { unit: 'month', amount: 3 }], 'P2Y3M'],
    ['an hour and 20 minutes', [{ unit: 'hour', amount: 1 }, { unit: 'minute', amount: 20 }], 'PT1H20M'],
    ['90 seconds', [{ unit: 'second', amount: 90 }], 'PT90S'],
  ];
  it.each(rows)('%s → %s', (_phrase, parts, value) => {
    expect(durationValue(parts)).toBe(value);
  });
});
