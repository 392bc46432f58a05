import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { networkWork, solveNetwork, type Constraint, type ConstraintSource } from '../src/sequence/network.js';
import { chronologicalOrder } from '../src/sequence/order.js';
import { buildChronology } from '../src/sequence/chronology.js';
import type { Timex } from '../src/schema.js';

const src = (priority: number, phrase: string): ConstraintSource => ({ priority, kind: 'signal', phrase, start: 0, end: phrase.length });
const le = (from: number, to: number, weight: number, s = src(10, 'x')): Constraint => ({ from, to, weight, source: s });

describe('temporal network', () => {
  it('propagates the tightest bounds from the origin', () => {
    // 1 ≥ 0 + 60, 2 ≥ 1 + 30, 2 ≤ 0 + 200
    const { bounds, conflicts } = solveNetwork(3, [le(1, 0, -60), le(2, 1, -30), le(0, 2, 200)]);
    expect(conflicts).toEqual([]);
    expect(bounds[2]).toMatchObject({ lower: 90, upper: 200 });
    expect(bounds[1]).toMatchObject({ lower: 60, upper: 170 });
  });

  it('drops the weakest constraint of a contradiction and keeps the rest', () => {
    const strong = src(50, 'said Saturday');
    const weak = src(20, 'before Friday');
    const { bounds, conflicts } = solveNetwork(2, [le(1, 0, -1440, strong), le(0, 1, 0, weak)]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.dropped.source.phrase).toBe('before Friday');
    expect(conflicts[0]?.against.source.phrase).toBe('said Saturday');
    expect(bounds[1]?.lower).toBe(1440);
  });

  it('gives up on a whole set with a contradiction early: the work stays linear in its size', () => {
    // 2,000 points within a day after the origin, and one contradiction between two of them.
    const points = 2000;
    const constraints: Constraint[] = [];
    for (let p = 1; p < points; p++) constraints.push(le(0, p, 1440), le(p, 0, 0));
    constraints.push(le(1, 2, -1, src(5, 'weak')), le(2, 1, -1, src(50, 'strong')));
    const before = networkWork();
    const { bounds, conflicts } = solveNetwork(points, constraints);
    const work = networkWork() - before;
    expect(conflicts.map((c) => c.dropped.source.phrase)).toEqual(['weak']);
    // The strong constraint kept: point 1 at least a minute before point 2.
    expect(bounds[1]?.upper).toBe(1439);
    expect(bounds[1]?.lower).toBeCloseTo(0);
    expect(bounds[2]).toMatchObject({ lower: 1, upper: 1440 });
    // The whole-set search alone could spend 8·(points + constraints) before the insertion one by one.
    expect(work).toBeLessThan(5 * (points + constraints.length));
  });
});

describe('chronological order', () => {
  it('follows keys, keeps ties in text order, carries open keys from the text and obeys BEFORE relations (an event before another takes a key no later than it)', () => {
    const order = chronologicalOrder(
      [{ id: 'a', key: 100 }, { id: 'b', key: 0 }, { id: 'c', key: 0 }, { id: 'd', key: Number.NaN }],
      [{ from: 'a', to: 'c', type: 'BEFORE', via: 'after' }],
    );
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('buildChronology', () => {
  const reference = { dateTime: DateTime.fromISO('2017-09-02', { zone: 'Asia/Beirut' }), timeZone: 'Asia/Beirut' };
  const timex = (id: string, text: string, body: string, value: string, start: string, end: string): Timex => {
    const at = body.indexOf(text);
    return { id, text, start: at, end: at + text.length, type: 'DATE', value, anchor: { kind: 'publicationDate' }, interval: { start, end }, rule: 'test', explanation: 'test' };
  };

  it('reports a contradiction naming both phrases and still orders every event', () => {
    const body = 'The talks ended on Friday. Two days later, the meeting began on Monday.';
    const t = [
      timex('t1', 'Friday', body, '2017-09-01', '2017-09-01T00:00:00+03:00', '2017-09-02T00:00:00+03:00'),
      timex('t2', 'Monday', body, '2017-08-28', '2017-08-28T00:00:00+03:00', '2017-08-29T00:00:00+03:00'),
    ];
    const c = buildChronology(body, undefined, t, reference);
    expect(c.order).toHaveLength(c.events.length);
    const diagnostics = c.diagnostics.filter((d) => d.code === 'CONTRADICTION');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]?.message).toMatch(/later.*contradicts.*Monday/);
    expect(c.relations.some((r) => r.via.includes('later'))).toBe(false);
  });

  it('quotes only the phrases of a contradiction between far-apart mentions, once', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Aid workers delivered ${i + 2} tons of food to the camps.`).join(' ');
    const body = `The convoy left the Lebanon-Syria border on Monday. ${filler} The convoy left the Lebanon-Syria border on Friday.`;
    const t = [
      timex('t1', 'Monday', body, '2017-08-28', '2017-08-28T00:00:00+03:00', '2017-08-29T00:00:00+03:00'),
      timex('t2', 'Friday', body, '2017-09-01', '2017-09-01T00:00:00+03:00', '2017-09-02T00:00:00+03:00'),
    ];
    t[1] = { ...t[1]!, start: body.lastIndexOf('Friday'), end: body.lastIndexOf('Friday') + 6 };
    const diagnostics = buildChronology(body, undefined, t, reference).diagnostics.filter((d) => d.code === 'CONTRADICTION');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.text).toBe('left the Lebanon-Syria border on … left the Lebanon-Syria border on');
    expect(diagnostics[0]?.text).not.toContain('Aid workers');
    expect(diagnostics[0]?.message).toMatch(/repeated "left … lebanon-syria border".*contradicts.*Monday/);
    // A short stretch is still quoted whole.
    const short = 'The talks ended on Friday. Two days later, the meeting began on Monday.';
    const s = [
      timex('t1', 'Friday', short, '2017-09-01', '2017-09-01T00:00:00+03:00', '2017-09-02T00:00:00+03:00'),
      timex('t2', 'Monday', short, '2017-08-28', '2017-08-28T00:00:00+03:00', '2017-08-29T00:00:00+03:00'),
    ];
    const d = buildChronology(short, undefined, s, reference).diagnostics[0];
    expect(d?.text).toBe(short.slice(d?.start, d?.end));
  });

  it('analyses a 1,000-event document completely, with network work linear in its events', () => {
    // Wall-clock time is printed by `npm run bench:events`, not asserted: the machine is shared.
    const sentences: string[] = [];
    for (let i = 0; i < 500; i++) sentences.push(`Officials said rebels attacked the town ${i % 7 === 0 ? 'days after they left the border' : 'and burned houses'}.`);
    const body = sentences.join(' ');
    const before = networkWork();
    const c = buildChronology(body, undefined, [], reference);
    const work = networkWork() - before;
    expect(c.events.length).toBeGreaterThanOrEqual(1000);
    expect(c.order).toHaveLength(c.events.length);
    expect(new Set(c.order).size).toBe(c.events.length);
    // Reporting frames and "days after" links between 1,500 events: a few relaxations per constraint, not per pair.
    expect(work).toBeLessThan(20 * c.events.length);
  });
});
