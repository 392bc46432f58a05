/**
 * The out- and in-edges of every point of a network in compressed form: the edges leaving point p are slots
 * [outFirst[p], outFirst[p + 1]) of the out arrays, in the order the edges were given (a stable counting sort by
 * point), and likewise for the edges entering it. Each slot holds the edge's other end, its weight and its number.
 * The arrays are scratch buffers (scratch.ts) reused by the next build, so one set of lists is in use at a time.
 */
import { float64Scratch, int32Scratch } from './scratch.js';

/** Edges numbered 0…count−1: edge e is `to[e] − from[e] ≤ weight[e]`. */
export interface EdgeArrays {
  readonly count: number;
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
  readonly weight: ArrayLike<number>;
}

/** The edges of one direction: slots [first[p], first[p + 1]) are point p's, with their other end, weight, number. */
export interface Adjacency {
  readonly first: Int32Array;
  readonly end: Int32Array;
  readonly weight: Float64Array;
  readonly edge: Int32Array;
}

const directionScratch = () => ({ first: int32Scratch(), fill: int32Scratch(), end: int32Scratch(), weight: float64Scratch(), edge: int32Scratch() });
const OUT = directionScratch();
const IN = directionScratch();

/** Groups the edges by `key` (their from or to point), keeping their order within a point. O(points + edges). */
function adjacency(scratch: typeof OUT, pointCount: number, edges: EdgeArrays, key: ArrayLike<number>, other: ArrayLike<number>): Adjacency {
  const { count, weight } = edges;
  const first = scratch.first.take(pointCount + 1, 0);
  for (let e = 0; e < count; e++) first[key[e]! + 1]!++;
  for (let p = 0; p < pointCount; p++) first[p + 1]! += first[p]!;
  const fill = scratch.fill.claim(pointCount);
  for (let p = 0; p < pointCount; p++) fill[p] = first[p]!;
  const end = scratch.end.claim(count);
  const weights = scratch.weight.claim(count);
  const numbers = scratch.edge.claim(count);
  for (let e = 0; e < count; e++) {
    const k = fill[key[e]!]!++;
    end[k] = other[e]!;
    weights[k] = weight[e]!;
    numbers[k] = e;
  }
  return { first, end, weight: weights, edge: numbers };
}

/** The out-edges of every point (end: the edge's `to`). */
export const outEdges = (pointCount: number, edges: EdgeArrays): Adjacency => adjacency(OUT, pointCount, edges, edges.from, edges.to);

/** The in-edges of every point (end: the edge's `from`). */
export const inEdges = (pointCount: number, edges: EdgeArrays): Adjacency => adjacency(IN, pointCount, edges, edges.to, edges.from);
