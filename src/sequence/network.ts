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
import { boundSearch } from './bound-search.js';
import { IncrementalNetwork, NO_EDGE } from './consistency.js';
import type { ConstraintList, SourceKind } from './constraint-list.js';
import { inEdges, outEdges, type Adjacency, type EdgeArrays } from './edge-lists.js';
import { SolvedNetwork, type NumberedConstraints } from './solution.js';
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
  /** The lower and upper bound of each point, by point (minutes from the origin; ±Infinity when open). */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** The constraint that set a point's lower / upper bound last (undefined when open, and at the origin). */
  lowerVia(point: number): Constraint | undefined;
  upperVia(point: number): Constraint | undefined;
  /** The kind of that constraint's source (without making the constraint object). */
  lowerBasis(point: number): SourceKind | undefined;
  upperBasis(point: number): SourceKind | undefined;
  /** The same bounds as one object per point (made when read). */
  readonly bounds: PointBounds[];
  readonly conflicts: Conflict[];
  /** The constraints kept (made when read). */
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
  const packed = packedEdges(pointCount, constraints);
  const kept = packed.constraints;
  const edges: EdgeArrays & NumberedConstraints = {
    count: packed.count, from: packed.from, to: packed.to, weight: packed.weight,
    constraintAt: (e) => kept[e] as Constraint,
    kindAt: (e) => (kept[e] as Constraint).source.kind,
  };
  return solve(pointCount, edges, packed.negativeLoop, constraints.length, () => constraints);
}

/** `solveNetwork` of the constraints of a list (see constraint-list.ts), making no constraint object unless needed. */
export function solveConstraints(pointCount: number, list: ConstraintList): Solution {
  if (!list.betweenDistinctPoints(pointCount)) return solveNetwork(pointCount, list.constraints());
  return solve(pointCount, list, false, list.count, () => list.constraints());
}

/**
 * Solves the network of `edges` — the constraints between distinct points of the network, numbered in given order
 * — or, when they are not consistent as a whole (or `negativeLoop`: some constraint of a point to itself is
 * negative), of all the `total` constraints (`all()`) added one by one.
 */
function solve(pointCount: number, edges: EdgeArrays & NumberedConstraints, negativeLoop: boolean, total: number, all: () => readonly Constraint[]): Solution {
  const out = outEdges(pointCount, edges);
  const whole = negativeLoop ? undefined : wholeSetPotential(pointCount, total, out);
  totalWork += whole?.work ?? 0;
  if (whole?.potential !== undefined) {
    // No contradiction at all (the common case): greedy insertion would accept everything anyway.
    const forward = boundSearch(pointCount, out, whole.potential, 1);
    const backward = boundSearch(pointCount, inEdges(pointCount, edges), whole.potential, -1);
    totalWork += forward.work + backward.work;
    return new SolvedNetwork(pointCount, forward, backward, edges, [], () => [...all()]);
  }
  const constraints = all();
  const network = new IncrementalNetwork(pointCount, constraints.length);
  const conflicts: Conflict[] = [];
  const dropped = new Set<Constraint>();
  for (const c of strongestFirst(constraints)) {
    const cycle = network.add(c);
    if (cycle === undefined) continue;
    dropped.add(c);
    conflicts.push({ dropped: c, against: strongestOther(cycle, c) });
  }
  totalWork += network.work;
  const forward = boundSearch(pointCount, outEdges(pointCount, network), network.potential, 1);
  const backward = boundSearch(pointCount, inEdges(pointCount, network), network.potential, -1);
  totalWork += forward.work + backward.work;
  if (conflicts.length > 1) {
    // Conflicts in the order the constraints were given, as a reader meets them.
    const position = new Map<Constraint, number>();
    for (let i = 0; i < constraints.length; i++) if (dropped.has(constraints[i] as Constraint)) position.set(constraints[i] as Constraint, i);
    conflicts.sort((a, b) => (position.get(a.dropped) ?? 0) - (position.get(b.dropped) ?? 0));
  }
  return new SolvedNetwork(pointCount, forward, backward, network, conflicts, () => constraints.filter((c) => !dropped.has(c)));
}

/** Scratch buffers of `packedEdges` (see scratch.ts). */
const PACKED = { from: int32Scratch(), to: int32Scratch(), weight: float64Scratch() };

/**
 * The constraints between two distinct points of the network, as numbered edges (edge e is `constraints[e]`),
 * and whether a constraint of a point to itself is negative (a contradiction by itself). Constraints of points
 * outside the network are ignored, as are non-negative ones of a point to itself (they bound nothing).
 */
function packedEdges(pointCount: number, constraints: readonly Constraint[]): EdgeArrays & { readonly constraints: readonly Constraint[]; readonly negativeLoop: boolean } {
  const n = constraints.length;
  const from = PACKED.from.take(n, 0);
  const to = PACKED.to.take(n, 0);
  const weight = PACKED.weight.take(n, 0);
  let count = 0;
  let negativeLoop = false;
  let kept: Constraint[] | undefined;
  for (let i = 0; i < n; i++) {
    const c = constraints[i] as Constraint;
    const inRange = c.from >= 0 && c.from < pointCount && c.to >= 0 && c.to < pointCount;
    if (!inRange || c.from === c.to) {
      if (inRange && c.weight < 0) negativeLoop = true;
      kept ??= constraints.slice(0, i);
      continue;
    }
    from[count] = c.from;
    to[count] = c.to;
    weight[count] = c.weight;
    kept?.push(c);
    count++;
  }
  return { count, from, to, weight, constraints: kept ?? constraints, negativeLoop };
}

/** Scratch buffers of `wholeSetPotential` (see scratch.ts); its potential is read before the next solve. */
const WHOLE_SET = { dist: float64Scratch(), inQueue: uint8Scratch(), queue: int32Scratch() };

/**
 * A feasible potential of the whole constraint set, by queue-based Bellman–Ford from a virtual source (every
 * point at 0) along the out-edges of every point, or undefined when the set has a negative cycle or the search
 * exceeds a linear budget of relaxations (8·(points + constraints)); then the incremental insertion decides,
 * constraint by constraint.
 */
function wholeSetPotential(pointCount: number, constraintCount: number, out: Adjacency): { potential?: Float64Array; work: number } {
  const { first, end: targets, weight: weights } = out;
  const budget = 8 * (pointCount + constraintCount);
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
