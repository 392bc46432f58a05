/**
 * Incremental consistency of difference constraints (Cotton & Maler, "Fast and flexible difference constraint
 * propagation for DPLL(T)", 2006). The network keeps a feasible potential π — π[to] ≤ π[from] + weight for every
 * accepted constraint — and adds constraints one at a time. A constraint that π already satisfies costs O(1);
 * otherwise a Dijkstra search over the reduced costs (≥ 0 under π) lowers the potential of the points it must,
 * and touches only those. If that search would have to lower the constraint's own `from` point, the constraint
 * closes a negative cycle (a contradiction): it is rejected, π is left as it was, and the cycle is returned.
 * Each addition costs O(k log k + edges of the k points it moves), never a pass over the whole network.
 */
import { MinHeap } from './heap.js';
import type { Constraint } from './network.js';

export class IncrementalNetwork {
  /** Accepted constraints by their `from` point (out-edges); undefined for a point with none. */
  readonly out: Array<Constraint[] | undefined>;
  /** Accepted constraints by their `to` point (in-edges, for backward searches). */
  readonly in: Array<Constraint[] | undefined>;
  /** A feasible potential of the accepted constraints. */
  readonly potential: Float64Array;
  /** Edge relaxations done so far: the counted work of this network. */
  work = 0;
  /** Scratch of one search: the (negative) change of potential of each touched point, 0 elsewhere. */
  private readonly delta: Float64Array;
  private readonly settled: Uint8Array;
  private readonly pred: Array<Constraint | undefined>;

  constructor(readonly pointCount: number) {
    this.out = new Array<Constraint[] | undefined>(pointCount);
    this.in = new Array<Constraint[] | undefined>(pointCount);
    this.potential = new Float64Array(pointCount);
    this.delta = new Float64Array(pointCount);
    this.settled = new Uint8Array(pointCount);
    this.pred = new Array<Constraint | undefined>(pointCount);
  }

  /**
   * Adds `x[to] − x[from] ≤ weight` if it keeps the network consistent and returns undefined; otherwise leaves
   * the network unchanged and returns the negative cycle it would close (the constraint itself first, then the
   * accepted constraints of the path from its `to` back to its `from`). Out-of-range points are ignored.
   */
  add(c: Constraint): Constraint[] | undefined {
    const { from: u, to: v, weight } = c;
    if (!(u >= 0 && u < this.pointCount && v >= 0 && v < this.pointCount)) return undefined;
    const pi = this.potential;
    this.work++;
    const first = (pi[u] as number) + weight - (pi[v] as number);
    if (first >= 0) { this.accept(c); return undefined; }
    if (u === v) return [c];
    const { delta, settled, pred } = this;
    const touched: number[] = [v];
    delta[v] = first;
    pred[v] = c;
    const heap = new MinHeap();
    heap.push(first, v);
    let cycle: Constraint[] | undefined;
    search: while (heap.size > 0) {
      const key = heap.peekKey() as number;
      const x = heap.pop() as number;
      if (settled[x] === 1 || key !== delta[x]) continue;
      settled[x] = 1;
      const moved = (pi[x] as number) + key;
      const edges = this.out[x];
      if (edges === undefined) continue;
      for (const edge of edges) {
        this.work++;
        const y = edge.to;
        const change = moved + edge.weight - (pi[y] as number);
        if (change >= (delta[y] as number)) continue;
        if (y === u) { pred[u] = edge; cycle = this.cycleTo(c); break search; }
        if (delta[y] === 0) touched.push(y);
        delta[y] = change;
        pred[y] = edge;
        heap.push(change, y);
      }
    }
    for (const x of touched) {
      if (cycle === undefined) pi[x] = (pi[x] as number) + (delta[x] as number);
      delta[x] = 0;
      settled[x] = 0;
      pred[x] = undefined;
    }
    pred[u] = undefined;
    if (cycle !== undefined) return cycle;
    this.accept(c);
    return undefined;
  }

  /**
   * Accepts every constraint at once when the whole set is consistent, taking `potential` (feasible for all of
   * them) as the network's potential. The caller guarantees feasibility; out-of-range points are ignored.
   */
  acceptAll(constraints: readonly Constraint[], potential: Float64Array): void {
    this.potential.set(potential);
    for (const c of constraints) {
      if (c.from >= 0 && c.from < this.pointCount && c.to >= 0 && c.to < this.pointCount) this.accept(c);
    }
  }

  private accept(c: Constraint): void {
    const out = this.out[c.from];
    if (out === undefined) this.out[c.from] = [c];
    else out.push(c);
    const into = this.in[c.to];
    if (into === undefined) this.in[c.to] = [c];
    else into.push(c);
  }

  /** The cycle closed by `c`: `c`, then the search's path from `c.to` to `c.from`, in path order. */
  private cycleTo(c: Constraint): Constraint[] {
    const path: Constraint[] = [];
    for (let x = c.from; x !== c.to && path.length <= this.pointCount;) {
      const p = this.pred[x];
      if (p === undefined) break;
      path.push(p);
      x = p.from;
    }
    return [c, ...path.reverse()];
  }
}
