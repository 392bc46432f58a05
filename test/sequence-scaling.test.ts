/**
 * Scaling of the event and ordering layer, by counted work (network edge relaxations), not wall-clock time: on
 * generated articles of 250, 500 and 1,000 events whose repeated verb + object contradict their dates (so the
 * network meets hundreds of contradictions), the work grows no faster than the square of the event count, and a
 * 1,000-event article is analysed completely.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { networkWork } from '../src/sequence/network.js';
import { generatedArticle } from './sequence-generated.js';

interface Measured { readonly events: number; readonly work: number; readonly contradictions: number; readonly ordered: number }

function measure(events: number): Measured {
  const text = generatedArticle(events / 2);
  const before = networkWork();
  const analysis = analyze({ text, publicationDate: '2017-09-02', timeZone: 'Europe/London' });
  return {
    events: analysis.events.length,
    work: networkWork() - before,
    contradictions: analysis.diagnostics.filter((d) => d.code === 'CONTRADICTION').length,
    ordered: new Set(analysis.order).size,
  };
}

describe('event and ordering layer scaling', () => {
  const runs = [250, 500, 1000].map(measure);

  it('analyses generated articles of 250, 500 and 1,000 events completely, contradictions included', () => {
    expect(runs.map((r) => r.events)).toEqual([250, 500, 1000]);
    for (const r of runs) {
      expect(r.ordered).toBe(r.events);
      // Every eighth sentence repeats a verb + object on another date: identity evidence that contradicts anchors.
      expect(r.contradictions).toBeGreaterThan(r.events / 4);
    }
  });

  it('does network work that grows no faster than the square of the event count', () => {
    const perSquare = runs.map((r) => r.work / (r.events * r.events));
    for (const r of runs) expect(r.work).toBeGreaterThan(r.events);
    // work(n) / n² must not grow with n (10% allowance for the lower-order terms of small sizes).
    expect(perSquare[1]!).toBeLessThanOrEqual(perSquare[0]! * 1.1);
    expect(perSquare[2]!).toBeLessThanOrEqual(perSquare[1]! * 1.1);
  });
});
