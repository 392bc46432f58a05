/**
 * A Simple Temporal Network over time points: difference constraints `x[to] − x[from] ≤ weight` (minutes),
 * solved to the tightest upper and lower bound of every point relative to the origin (the publication instant,
 * point 0).
 *
 * Contradictions: constraints are added strongest first (priority, then given order) to an incremental network
 * that keeps a feasible potential (`consistency.ts`); one that would close a negative cycle is set aside, so every
 * dropped constraint is the weakest of a cycle among the stronger constraints kept. Bounds: two Dijkstra searches
 * from the origin (forward for upper bounds, backward for lower bounds) over costs made non-negative by the
 * potential. Cost: O(C·(k log k)) for C constraints where k is the number of points one addition moves (at most
 * all of them), plus O(E log V) for the bounds: no restart per contradiction, no Bellman–Ford passes.
 */
import { IncrementalNetwork, NO_EDGE } from './consistency.js';
import { MinHeap } from './heap.js';
import { float64Scratch, int32Scratch, uint8Scratch } from './scratch.js';


/** Why a constraint exists, for diagnostics and for the `basis` of a bound. */
export interface ConstraintSource {
  /** Higher wins: a contradiction drops the lowest priority constraint of its cycle. */
  readonly priority: number;
  readonly kind: 'structure' | 'anchor' | 'signal' | 'identity' | 'frame' | 'complement' | 'tense';
  /** The phrase of the text that stated it, with its span. */
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  /** The piece of evidence (an anchoring or a link object) the constraint came from. */
  readonly evidence?: object;
}

/** x[to] − x[from] ≤ weight. */
export interface Constraint {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
  readonly source: ConstraintSource;
}

/** A contradiction that was resolved by dropping `dropped`; `against` is the strongest constraint it met. */
export interface Conflict {
  readonly dropped: Constraint;
  readonly against: Constraint;
}

/** Bounds of one point relative to the origin (minutes); ±Infinity when open. */
export interface PointBounds {
  readonly lower: number;
  readonly upper: number;
  /** The constraint that set the lower / upper bound last (to trace where a bound came from). */
  readonly lowerVia?: Constraint;
  readonly upperVia?: Constraint;
}

export interface Solution {
  readonly bounds: PointBounds[];
  readonly conflicts: Conflict[];
  readonly active: Constraint[];
}

let totalWork = 0;

/**
 * Edge relaxations done by every `solveNetwork` call of this process so far (consistency searches and bound
 * searches): counted work, for scaling tests and benchmarks that must not depend on wall-clock time.
 */
export function networkWork(): number {
  return totalWork;
}

/** Solves the network: sets aside the weakest constraint of each contradiction, then computes every point's bounds. */
export function solveNetwork(pointCount: number, constraints: readonly Constraint[]): Solution {
  const network = new IncrementalNetwork(pointCount, constraints.length);
  const conflicts: Conflict[] = [];
  const dropped = new Set<Constraint>();
  const whole = wholeSetPotential(pointCount, constraints);
  totalWork += whole.work;
  if (whole.potential !== undefined) {
    // No contradiction at all (the common case): greedy insertion would accept everything anyway.
    network.acceptAll(constraints, whole.potential);
  } else {
    for (const c of strongestFirst(constraints)) {
      const cycle = network.add(c);
      if (cycle === undefined) continue;
      dropped.add(c);
      conflicts.push({ dropped: c, against: strongestOther(cycle, c) });
    }
  }
  const forward = boundSearch(network, 1);
  const backward = boundSearch(network, -1);
  totalWork += network.work;
  const { edges } = network;
  const bounds: PointBounds[] = [];
  for (let p = 0; p < pointCount; p++) {
    const upperEdge = forward.via[p] as number;
    const lowerEdge = backward.via[p] as number;
    const upper = forward.dist[p] as number;
    const lower = -(backward.dist[p] as number);
    bounds.push(upperEdge !== NO_EDGE
      ? (lowerEdge !== NO_EDGE ? { upper, lower, upperVia: edges[upperEdge] as Constraint, lowerVia: edges[lowerEdge] as Constraint } : { upper, lower, upperVia: edges[upperEdge] as Constraint })
      : (lowerEdge !== NO_EDGE ? { upper, lower, lowerVia: edges[lowerEdge] as Constraint } : { upper, lower }));
  }
  if (conflicts.length > 1) {
    // Conflicts in the order the constraints were given, as a reader meets them.
    const position = new Map<Constraint, number>();
    for (let i = 0; i < constraints.length; i++) if (dropped.has(constraints[i] as Constraint)) position.set(constraints[i] as Constraint, i);
    conflicts.sort((a, b) => (position.get(a.dropped) ?? 0) - (position.get(b.dropped) ?? 0));
  }
  return {
    bounds,
    conflicts,
    // (Made when read: the chronology does not need it.)
    get active() { return dropped.size === 0 ? [...constraints] : constraints.filter((c) => !dropped.has(c)); },
  };
}

/** Scratch buffers of `wholeSetPotential` (see scratch.ts); its potential is read before the next solve. */
const WHOLE_SET = {
  first: int32Scratch(), fill: int32Scratch(), targets: int32Scratch(), weights: float64Scratch(), dist: float64Scratch(),
  inQueue: uint8Scratch(), queue: int32Scratch(),
};

/**
 * A feasible potential of the whole constraint set, by queue-based Bellman–Ford from a virtual source (every
 * point at 0), or undefined when the set has a negative cycle or the search exceeds a linear budget of
 * relaxations (8·(points + constraints)); then the incremental insertion decides, constraint by constraint.
 * The out-edges of each point are in given order, in one compressed array (a stable counting sort by `from`).
 */
function wholeSetPotential(pointCount: number, constraints: readonly Constraint[]): { potential?: Float64Array; work: number } {
  const first = WHOLE_SET.first.take(pointCount + 1, 0);
  let edgeCount = 0;
  for (const c of constraints) {
    if (!(c.from >= 0 && c.from < pointCount && c.to >= 0 && c.to < pointCount)) continue;
    if (c.from === c.to) { if (c.weight < 0) return { work: 0 }; continue; }
    first[c.from + 1]!++;
    edgeCount++;
  }
  for (let p = 0; p < pointCount; p++) first[p + 1]! += first[p]!;
  const fill = WHOLE_SET.fill.take(pointCount, 0);
  for (let p = 0; p < pointCount; p++) fill[p] = first[p]!;
  const targets = WHOLE_SET.targets.take(edgeCount, 0);
  const weights = WHOLE_SET.weights.take(edgeCount, 0);
  for (const c of constraints) {
    if (!(c.from >= 0 && c.from < pointCount && c.to >= 0 && c.to < pointCount) || c.from === c.to) continue;
    const k = fill[c.from]!++;
    targets[k] = c.to;
    weights[k] = c.weight;
  }
  const budget = 8 * (pointCount + constraints.length);
  const dist = WHOLE_SET.dist.take(pointCount, 0);
  const inQueue = WHOLE_SET.inQueue.take(pointCount, 1);
  // A circular queue holding each point at most once.
  const slots = pointCount + 1;
  const queue = WHOLE_SET.queue.take(slots, 0);
  for (let p = 0; p < pointCount; p++) queue[p] = p;
  let head = 0;
  let size = pointCount;
  let work = 0;
  while (size > 0) {
    const x = queue[head] as number;
    head = head + 1 === slots ? 0 : head + 1;
    size--;
    inQueue[x] = 0;
    const dx = dist[x] as number;
    for (let k = first[x] as number, end = first[x + 1] as number; k < end; k++) {
      if (++work > budget) return { work };
      const to = targets[k] as number;
      const candidate = dx + (weights[k] as number);
      if (candidate < (dist[to] as number)) {
        dist[to] = candidate;
        if (inQueue[to] === 0) {
          inQueue[to] = 1;
          queue[(head + size) % slots] = to;
          size++;
        }
      }
    }
  }
  return { potential: dist, work };
}

/** The constraints by decreasing priority, in given order within a priority (a stable bucket sort: few priorities). */
function strongestFirst(constraints: readonly Constraint[]): Constraint[] {
  const buckets = new Map<number, Constraint[]>();
  for (const c of constraints) {
    const bucket = buckets.get(c.source.priority);
    if (bucket === undefined) buckets.set(c.source.priority, [c]);
    else bucket.push(c);
  }
  const ordered: Constraint[] = [];
  for (const p of [...buckets.keys()].sort((x, y) => y - x)) for (const c of buckets.get(p) as Constraint[]) ordered.push(c);
  return ordered;
}

/** The constraint a dropped one is reported against: the strongest stated (non-structure) one of its cycle. */
function strongestOther(cycle: readonly Constraint[], dropped: Constraint): Constraint {
  let best: Constraint | undefined;
  let fallback: Constraint = dropped;
  for (const c of cycle) {
    if (c === dropped) continue;
    if (c.source.priority >= fallback.source.priority || fallback === dropped) fallback = c;
    if (c.source.kind !== 'structure' && (best === undefined || c.source.priority >= best.source.priority)) best = c;
  }
  return best ?? fallback;
}

interface Distances { readonly dist: Float64Array; readonly via: Int32Array }

/**
 * Shortest distances from the origin (sign 1: along out-edges, the upper bounds; sign −1: along in-edges, the
 * distances to the origin, i.e. minus the lower bounds), by Dijkstra on reduced costs made ≥ 0 by the potential;
 * among equally short paths the one with fewest constraints. `via[p]` is the last edge of the path to `p`
 * (NO_EDGE when none).
 */
/** Scratch buffers of each direction's `boundSearch` (see scratch.ts). */
const SEARCH_SCRATCH = [1, -1].map(() => ({ reduced: float64Scratch(), via: int32Scratch(), done: uint8Scratch(), hops: int32Scratch() }));
/** The priority queue of the bound searches, emptied before each (it keeps its grown arrays). */
const SEARCH_HEAP = new MinHeap();

function boundSearch(network: IncrementalNetwork, sign: 1 | -1): Distances {
  const head = sign === 1 ? network.outHead : network.inHead;
  const next = sign === 1 ? network.outNext : network.inNext;
  const ends = sign === 1 ? network.edgeTo : network.edgeFrom;
  const weights = network.edgeWeight;
  const n = network.pointCount;
  const pi = network.potential;
  const scratch = SEARCH_SCRATCH[sign === 1 ? 0 : 1]!;
  const reduced = scratch.reduced.take(n, Infinity);
  const via = scratch.via.take(n, NO_EDGE);
  if (n === 0) return { dist: reduced, via };
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
    for (let e = head[x] as number; e !== NO_EDGE; e = next[e] as number) {
      work++;
      const y = ends[e] as number;
      const candidate = key + (weights[e] as number) + sign * ((pi[x] as number) - (pi[y] as number));
      const current = reduced[y] as number;
      if (candidate < current || (candidate === current && done[y] === 0 && nextHops < (hops[y] as number))) {
        reduced[y] = candidate;
        hops[y] = nextHops;
        via[y] = e;
        heap.push(candidate, nextHops * n + y);
      }
    }
  }
  network.work += work;
  // Undo the reweighting: dist(p) = reduced(p) − sign·(π[0] − π[p]); reduced is reused as dist.
  const pi0 = pi[0] as number;
  for (let p = 0; p < n; p++) reduced[p] = (reduced[p] as number) - sign * (pi0 - (pi[p] as number));
  return { dist: reduced, via };
}
