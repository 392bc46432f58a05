/**
 * The incremental temporal network against a plain reference: Bellman–Ford from the origin on the constraints the
 * solver kept, on seeded random networks with contradictions, and the priority rule for what is set aside.
 */
import { describe, expect, it } from 'vitest';
import { solveNetwork, type Constraint, type ConstraintSource } from '../src/sequence/network.js';
import { random } from './seeded-random.js';

const src = (priority: number, phrase: string): ConstraintSource => ({ priority, kind: 'signal', phrase, start: 0, end: phrase.length });
const le = (from: number, to: number, weight: number, s = src(10, 'x')): Constraint => ({ from, to, weight, source: s });

/** Bellman–Ford distances from `source` (reverse: along reversed constraints); undefined on a negative cycle. */
function bellmanFord(n: number, constraints: readonly Constraint[], source: number, reverse: boolean): number[] | undefined {
  const dist = new Array<number>(n).fill(Infinity);
  dist[source] = 0;
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (const c of constraints) {
      const [a, b] = reverse ? [c.to, c.from] : [c.from, c.to];
      if ((dist[a] as number) + c.weight < (dist[b] as number)) { dist[b] = (dist[a] as number) + c.weight; changed = true; }
    }
    if (!changed) return dist;
  }
  return undefined;
}

describe('incremental temporal network', () => {
  it('keeps a consistent set whose bounds are the Bellman–Ford distances, and every dropped constraint closes a cycle', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const n = 2 + Math.floor(next() * 30);
      const constraints: Constraint[] = [];
      for (let k = 0; k < n * 3; k++) {
        const from = Math.floor(next() * n);
        const to = Math.floor(next() * n);
        constraints.push(le(from, to, Math.floor(next() * 200) - 60, src(Math.floor(next() * 5) * 10, `c${k}`)));
      }
      const { bounds, conflicts, active } = solveNetwork(n, constraints);
      expect(active.length + conflicts.length).toBe(constraints.length);
      const upper = bellmanFord(n, active, 0, false);
      const toOrigin = bellmanFord(n, active, 0, true);
      expect(upper, `seed ${seed}: kept constraints are consistent`).toBeDefined();
      for (let p = 0; p < n; p++) {
        expect(bounds[p]?.upper).toBe(upper?.[p]);
        expect(bounds[p]?.lower).toBe(-(toOrigin?.[p] as number));
      }
      // Greedy by priority: each dropped constraint contradicts the kept constraints at least as strong as it.
      for (const { dropped } of conflicts) {
        const stronger = active.filter((c) => c.source.priority >= dropped.source.priority);
        expect(bellmanFord(n, stronger, 0, false)).toBeDefined();
        const withIt = [...stronger, dropped];
        // A negative cycle anywhere: Bellman–Ford from a virtual source (every point at 0).
        const virtual = [...withIt, ...Array.from({ length: n }, (_, p) => le(n, p, 0))];
        expect(bellmanFord(n + 1, virtual, n, false), `seed ${seed}: ${dropped.source.phrase} closes a cycle`).toBeUndefined();
      }
    }
  });

  it('sets aside each contradicting constraint, weakest first, and keeps weak ones the stronger allow', () => {
    // 1 ≥ 100 (strong) contradicts 1 ≤ 50 (medium) and 1 ≤ 80 (weak): both are set aside.
    // Then 2 ≥ 1 (weak): consistent with what is kept, so it stays.
    const strong = le(1, 0, -100, src(50, 'strong'));
    const medium = le(0, 1, 50, src(30, 'medium'));
    const weak = le(0, 1, 80, src(10, 'weak'));
    const follows = le(2, 1, 0, src(10, 'follows'));
    const { conflicts, active, bounds } = solveNetwork(3, [weak, follows, medium, strong]);
    expect(conflicts.map((c) => c.dropped.source.phrase)).toEqual(['weak', 'medium']);
    expect(conflicts.every((c) => c.against === strong)).toBe(true);
    expect(active).toEqual([follows, strong]);
    expect(bounds[2]?.lower).toBe(100);
  });

  it('between equally strong contradicting constraints, sets aside the one given later', () => {
    const first = le(1, 0, -1440, src(20, 'first'));
    const second = le(0, 1, 0, src(20, 'second'));
    const { conflicts } = solveNetwork(2, [first, second]);
    expect(conflicts.map((c) => c.dropped.source.phrase)).toEqual(['second']);
  });
});
