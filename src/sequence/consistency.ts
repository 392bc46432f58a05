/**
 * Incremental consistency of difference constraints (Cotton & Maler, "Fast and flexible difference constraint
 * propagation for DPLL(T)", 2006). The network keeps a feasible potential π — π[to] ≤ π[from] + weight for every
 * accepted constraint — and adds constraints one at a time. A constraint that π already satisfies costs O(1);
 * otherwise a Dijkstra search over the reduced costs (≥ 0 under π) lowers the potential of the points it must,
 * and touches only those. If that search would have to lower the constraint's own `from` point, the constraint
 * closes a negative cycle (a contradiction): it is rejected, π is left as it was, and the cycle is returned.
 * Each addition costs O(k log k + edges of the k points it moves), never a pass over the whole network.
 *
 * Storage: accepted constraints are edges numbered in acceptance order, with their ends and weights in typed
 * arrays and each point's out-edges as a linked list in acceptance order (no array per point). The typed
 * arrays are scratch buffers reused by the next network (scratch.ts): one network is in use at a time, and they
 * may be longer than `pointCount` or the capacity (only those first slots are meaningful).
 */
import type { ConstraintList, SourceKind } from './constraint-list.js';
import type { EdgeArrays } from './edge-lists.js';
import { MinHeap } from './heap.js';
import type { Constraint } from './network.js';
import type { NumberedConstraints } from './solution.js';
import { float64Scratch, int32Scratch, uint8Scratch } from './scratch.js';

/** "No edge" in the linked lists and predecessor slots. */
export const NO_EDGE = -1;
/** The predecessor slot of the constraint being added (not yet an edge). */
const CANDIDATE = -2;

const SCRATCH = {
  edgeFrom: int32Scratch(), edgeTo: int32Scratch(), edgeWeight: float64Scratch(), outHead: int32Scratch(), outTail: int32Scratch(),
  outNext: int32Scratch(), potential: float64Scratch(),
  delta: float64Scratch(), settled: uint8Scratch(), pred: int32Scratch(), touched: int32Scratch(),
};

export class IncrementalNetwork implements EdgeArrays, NumberedConstraints {
  /** The number in the list of each accepted constraint, by edge number (acceptance order). */
  readonly edges: number[] = [];
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeWeight: Float64Array;
  /** First and last out-edge of each point, and the next out-edge of each edge (NO_EDGE ends a list). */
  readonly outHead: Int32Array;
  private readonly outTail: Int32Array;
  readonly outNext: Int32Array;
  /** A feasible potential of the accepted constraints. */
  readonly potential: Float64Array;
  /** Edge relaxations done so far: the counted work of this network. */
  work = 0;
  /** The accepted constraints as numbered edges (see edge-lists.ts), and each as its constraint. */
  get count(): number { return this.edges.length; }
  get from(): Int32Array { return this.edgeFrom; }
  get to(): Int32Array { return this.edgeTo; }
  get weight(): Float64Array { return this.edgeWeight; }
  constraintAt(edge: number): Constraint { return this.list.constraintAt(this.edges[edge] as number); }
  kindAt(edge: number): SourceKind { return this.list.kindAt(this.edges[edge] as number); }
  /** Scratch of one search: the (negative) change of potential of each touched point, 0 elsewhere. */
  private readonly delta: Float64Array;
  private readonly settled: Uint8Array;
  private readonly pred: Int32Array;
  private readonly touched: Int32Array;
  private readonly heap = new MinHeap();

  /**
   * A network of `pointCount` points with room for the constraints of `list`, which it adds by their numbers. It
   * takes over the scratch buffers: a network made earlier must no longer be used.
   */
  constructor(readonly pointCount: number, private readonly list: ConstraintList) {
    const capacity = list.count;
    this.edgeFrom = SCRATCH.edgeFrom.take(capacity, 0);
    this.edgeTo = SCRATCH.edgeTo.take(capacity, 0);
    this.edgeWeight = SCRATCH.edgeWeight.take(capacity, 0);
    this.outHead = SCRATCH.outHead.take(pointCount, NO_EDGE);
    this.outTail = SCRATCH.outTail.take(pointCount, NO_EDGE);
    this.outNext = SCRATCH.outNext.take(capacity, NO_EDGE);
    this.potential = SCRATCH.potential.take(pointCount, 0);
    this.delta = SCRATCH.delta.take(pointCount, 0);
    this.settled = SCRATCH.settled.take(pointCount, 0);
    this.pred = SCRATCH.pred.take(pointCount, NO_EDGE);
    this.touched = SCRATCH.touched.take(pointCount, 0);
  }

  /**
   * Adds constraint `c` of the list (`x[to] − x[from] ≤ weight`) if it keeps the network consistent and returns
   * undefined; otherwise leaves the network unchanged and returns the negative cycle it would close, as numbers of
   * the list (the constraint itself first, then the accepted constraints of the path from its `to` back to its
   * `from`). Out-of-range points are ignored.
   */
  add(c: number): number[] | undefined {
    const u = this.list.from[c] as number;
    const v = this.list.to[c] as number;
    const weight = this.list.weight[c] as number;
    if (!(u >= 0 && u < this.pointCount && v >= 0 && v < this.pointCount)) return undefined;
    const pi = this.potential;
    this.work++;
    const first = (pi[u] as number) + weight - (pi[v] as number);
    if (first >= 0) { this.accept(c, u, v, weight); return undefined; }
    if (u === v) return [c];
    const { delta, settled, pred, touched, heap, outHead, outNext, edgeTo, edgeWeight } = this;
    let touchedCount = 0;
    touched[touchedCount++] = v;
    delta[v] = first;
    pred[v] = CANDIDATE;
    heap.clear();
    heap.push(first, v);
    let cycle: number[] | undefined;
    search: while (heap.size > 0) {
      const key = heap.peekKey() as number;
      const x = heap.pop() as number;
      if (settled[x] === 1 || key !== delta[x]) continue;
      settled[x] = 1;
      const moved = (pi[x] as number) + key;
      for (let e = outHead[x] as number; e !== NO_EDGE; e = outNext[e] as number) {
        this.work++;
        const y = edgeTo[e] as number;
        const change = moved + (edgeWeight[e] as number) - (pi[y] as number);
        if (change >= (delta[y] as number)) continue;
        if (y === u) { pred[u] = e; cycle = this.cycleTo(c, u, v); break search; }
        if (delta[y] === 0) touched[touchedCount++] = y;
        delta[y] = change;
        pred[y] = e;
        heap.push(change, y);
      }
    }
    for (let k = 0; k < touchedCount; k++) {
      const x = touched[k] as number;
      if (cycle === undefined) pi[x] = (pi[x] as number) + (delta[x] as number);
      delta[x] = 0;
      settled[x] = 0;
      pred[x] = NO_EDGE;
    }
    pred[u] = NO_EDGE;
    if (cycle !== undefined) return cycle;
    this.accept(c, u, v, weight);
    return undefined;
  }

  private accept(c: number, from: number, to: number, weight: number): void {
    const e = this.edges.length;
    this.edges.push(c);
    this.edgeFrom[e] = from;
    this.edgeTo[e] = to;
    this.edgeWeight[e] = weight;
    this.outNext[e] = NO_EDGE;
    const lastOut = this.outTail[from] as number;
    if (lastOut === NO_EDGE) this.outHead[from] = e;
    else this.outNext[lastOut] = e;
    this.outTail[from] = e;
  }

  /** The cycle closed by `c` (from `from` to `to`): `c`, then the search's path from `to` to `from`, in path order. */
  private cycleTo(c: number, from: number, to: number): number[] {
    const path: number[] = [];
    for (let x = from; x !== to && path.length <= this.pointCount;) {
      const p = this.pred[x] as number;
      if (p < 0) break;
      path.push(this.edges[p] as number);
      x = this.edgeFrom[p] as number;
    }
    return [c, ...path.reverse()];
  }
}
