/**
 * The bounds of every point of a consistent network relative to the origin (point 0): two Dijkstra searches from
 * the origin over costs made non-negative by a feasible potential π (π[to] ≤ π[from] + weight for every edge) —
 * forward along out-edges for the upper bounds, backward along in-edges for minus the lower bounds. Among equally
 * short paths the one with fewest edges wins, so that a bound names the most direct evidence for it.
 */
import { NO_EDGE } from './consistency.js';
import type { Adjacency } from './edge-lists.js';
import { MinHeap } from './heap.js';
import { float64Scratch, int32Scratch, uint8Scratch } from './scratch.js';

/** Per point: the distance from the origin and the number of the last edge of its path (NO_EDGE when none). */
export interface Distances {
  readonly dist: Float64Array;
  readonly via: Int32Array;
}

/** Scratch buffers of each direction's search (see scratch.ts): read before the next search of that direction. */
const SEARCH_SCRATCH = [1, -1].map(() => ({ reduced: float64Scratch(), via: int32Scratch(), done: uint8Scratch(), hops: int32Scratch() }));
/** The priority queue of the searches, emptied before each (it keeps its grown arrays). */
const SEARCH_HEAP = new MinHeap();

/**
 * Shortest distances from the origin along `edges` (sign 1: out-edges, the upper bounds; sign −1: in-edges, the
 * distances to the origin, i.e. minus the lower bounds), with the work done (edge relaxations).
 */
export function boundSearch(pointCount: number, edges: Adjacency, pi: Float64Array, sign: 1 | -1): Distances & { readonly work: number } {
  const { first, end: ends, weight: weights, edge: numbers } = edges;
  const n = pointCount;
  const scratch = SEARCH_SCRATCH[sign === 1 ? 0 : 1]!;
  const reduced = scratch.reduced.take(n, Infinity);
  const via = scratch.via.take(n, NO_EDGE);
  if (n === 0) return { dist: reduced, via, work: 0 };
  const done = scratch.done.take(n, 0);
  const hops = scratch.hops.take(n, 0);
  const heap = SEARCH_HEAP;
  heap.clear();
  reduced[0] = 0;
  heap.push(0, 0);
  let work = 0;
  while (heap.size > 0) {
    const key = heap.peekKey() as number;
    const item = heap.pop() as number;
    const x = item % n;
    if (done[x] === 1 || key !== reduced[x] || (item - x) / n !== hops[x]) continue;
    done[x] = 1;
    const nextHops = (hops[x] as number) + 1;
    const px = pi[x] as number;
    for (let k = first[x] as number, last = first[x + 1] as number; k < last; k++) {
      work++;
      const y = ends[k] as number;
      const candidate = key + (weights[k] as number) + sign * (px - (pi[y] as number));
      const current = reduced[y] as number;
      if (candidate < current || (candidate === current && done[y] === 0 && nextHops < (hops[y] as number))) {
        reduced[y] = candidate;
        hops[y] = nextHops;
        via[y] = numbers[k] as number;
        heap.push(candidate, nextHops * n + y);
      }
    }
  }
  // Undo the reweighting: dist(p) = reduced(p) − sign·(π[0] − π[p]); reduced is reused as dist.
  const pi0 = pi[0] as number;
  for (let p = 0; p < n; p++) reduced[p] = (reduced[p] as number) - sign * (pi0 - (pi[p] as number));
  return { dist: reduced, via, work };
}
