/**
 * A Simple Temporal Network over time points: difference constraints `x[to] − x[from] ≤ weight` (minutes),
 * solved to the tightest upper and lower bound of every point relative to the origin (the publication instant,
 * point 0).
 *
 * Consistent sets (the common case): one queue-based Bellman–Ford within a linear budget finds a feasible potential
 * of all the constraints at once. Contradictions: otherwise constraints are added strongest first (priority, then
 * given order) to an incremental network that keeps a feasible potential (`consistency.ts`); one that would close a
 * negative cycle is set aside, so every dropped constraint is the weakest of a cycle among the stronger constraints
 * kept. Bounds: two Dijkstra searches from the origin (bound-search.ts: forward for upper bounds, backward for lower
 * bounds) over costs made non-negative by the potential, along compressed edge lists (edge-lists.ts). Cost:
 * O(C·(k log k)) for C constraints where k is the number of points one addition moves (at most all of them), plus
 * O(E log V) for the bounds: no restart per contradiction.
 */
import { boundSearch } from './bound-search.js';
import { IncrementalNetwork } from './consistency.js';
import { ConstraintList, type SourceKind } from './constraint-list.js';
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
  return solveConstraints(pointCount, ConstraintList.of(constraints));
}

/** `solveNetwork` of the constraints of a list (see constraint-list.ts), making no constraint object unless needed. */
export function solveConstraints(pointCount: number, list: ConstraintList): Solution {
  const edges = list.betweenDistinctPoints(pointCount) ? list : new EdgesBetweenPoints(pointCount, list);
  const out = outEdges(pointCount, edges);
  const whole = edges instanceof EdgesBetweenPoints && edges.negativeLoop ? undefined : wholeSetPotential(pointCount, list.count, out);
  totalWork += whole?.work ?? 0;
  if (whole?.potential !== undefined) {
    // No contradiction at all (the common case): greedy insertion would accept everything anyway.
    return solution(pointCount, edges, out, whole.potential, [], () => Array.from({ length: list.count }, (_, k) => list.constraintAt(k)));
  }
  const network = new IncrementalNetwork(pointCount, list);
  const conflicts: Conflict[] = [];
  const dropped = new Uint8Array(list.count);
  for (const c of strongestFirst(list)) {
    const cycle = network.add(c);
    if (cycle === undefined) continue;
    dropped[c] = 1;
    conflicts.push({ dropped: list.constraintAt(c), against: list.constraintAt(strongestOther(list, cycle, c)) });
  }
  totalWork += network.work;
  // Conflicts in the order the constraints were given, as a reader meets them.
  const position = new Map<Constraint, number>();
  for (let k = 0; k < list.count; k++) if (dropped[k] === 1) position.set(list.constraintAt(k), k);
  conflicts.sort((a, b) => (position.get(a.dropped) ?? 0) - (position.get(b.dropped) ?? 0));
  const kept = (): Constraint[] => {
    const out: Constraint[] = [];
    for (let k = 0; k < list.count; k++) if (dropped[k] === 0) out.push(list.constraintAt(k));
    return out;
  };
  return solution(pointCount, network, outEdges(pointCount, network), network.potential, conflicts, kept);
}

/** The bounds of a consistent network of `edges` (with their lists `out`) under the feasible potential `pi`. */
function solution(pointCount: number, edges: EdgeArrays & NumberedConstraints, out: Adjacency, pi: Float64Array, conflicts: Conflict[], kept: () => Constraint[]): Solution {
  const forward = boundSearch(pointCount, out, pi, 1);
  const backward = boundSearch(pointCount, inEdges(pointCount, edges), pi, -1);
  totalWork += forward.work + backward.work;
  return new SolvedNetwork(pointCount, forward, backward, edges, conflicts, kept);
}

/**
 * The constraints of a list between two distinct points of the network, as edges numbered in given order, and
 * whether a constraint of a point to itself is negative (a contradiction by itself). Constraints of points
 * outside the network are ignored, as are non-negative ones of a point to itself (they bound nothing).
 */
class EdgesBetweenPoints implements EdgeArrays, NumberedConstraints {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly weight: number[] = [];
  /** The number in the list of each edge. */
  private readonly numbers: number[] = [];
  readonly negativeLoop: boolean = false;

  constructor(pointCount: number, private readonly list: ConstraintList) {
    for (let k = 0; k < list.count; k++) {
      const a = list.from[k] as number;
      const b = list.to[k] as number;
      const weight = list.weight[k] as number;
      if (!(a >= 0 && a < pointCount && b >= 0 && b < pointCount)) continue;
      if (a === b) { if (weight < 0) this.negativeLoop = true; continue; }
      this.from.push(a);
      this.to.push(b);
      this.weight.push(weight);
      this.numbers.push(k);
    }
  }

  get count(): number { return this.from.length; }
  constraintAt(edge: number): Constraint { return this.list.constraintAt(this.numbers[edge] as number); }
  kindAt(edge: number): SourceKind { return this.list.kindAt(this.numbers[edge] as number); }
}

/** Scratch buffers of `wholeSetPotential` (see scratch.ts); its potential is read before the next solve. */
const WHOLE_SET = { dist: float64Scratch(), inQueue: uint8Scratch(), queue: int32Scratch(), parent: int32Scratch(), walk: int32Scratch() };

/**
 * A feasible potential of the whole constraint set, by queue-based Bellman–Ford from a virtual source (every
 * point at 0) along the out-edges of every point, or undefined when the set has a negative cycle or the search
 * exceeds a linear budget of relaxations (8·(points + constraints)); then the incremental insertion decides,
 * constraint by constraint. A set with a negative cycle never settles: past (points + constraints) relaxations
 * (more than any consistent set of the corpora took, 1.3×), and every `points` relaxations after, the search
 * looks for a cycle among the points' last improving edges (one is a negative cycle) and gives up at the first,
 * instead of running out the budget (the corpora's inconsistent sets had spent half of all network work so).
 */
function wholeSetPotential(pointCount: number, constraintCount: number, out: Adjacency): { potential?: Float64Array; work: number } {
  const { first, end: targets, weight: weights } = out;
  const budget = 8 * (pointCount + constraintCount);
  const dist = WHOLE_SET.dist.take(pointCount, 0);
  const inQueue = WHOLE_SET.inQueue.take(pointCount, 1);
  // The point each point's distance was last lowered from (−1: none yet), and the next check for a cycle of them.
  const parent = WHOLE_SET.parent.take(pointCount, -1);
  let check = pointCount + constraintCount;
  // A circular queue holding each point at most once.
  const slots = pointCount + 1;
  const queue = WHOLE_SET.queue.claim(slots);
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
      if (work === check) {
        if (hasParentCycle(parent, pointCount)) return { work };
        check += pointCount;
      }
      const to = targets[k] as number;
      const candidate = dx + (weights[k] as number);
      if (candidate < (dist[to] as number)) {
        dist[to] = candidate;
        parent[to] = x;
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

/**
 * True when the last-improvement edges of a Bellman–Ford search (`parent`, −1 for none) close a cycle: then the
 * constraints have a negative cycle (each edge of it was tight when set and its start has been lowered since).
 * One walk up from each point, marking the points by the walk that reached them first: O(points).
 */
function hasParentCycle(parent: Int32Array, pointCount: number): boolean {
  const walk = WHOLE_SET.walk.take(pointCount, 0);
  for (let p = 0; p < pointCount; p++) {
    let x = p;
    while (x >= 0 && walk[x] === 0) {
      walk[x] = p + 1;
      x = parent[x] as number;
    }
    if (x >= 0 && walk[x] === p + 1) return true;
  }
  return false;
}

/** The constraint numbers by decreasing priority, in given order within a priority (a stable bucket sort: few priorities). */
function strongestFirst(list: ConstraintList): number[] {
  const buckets = new Map<number, number[]>();
  for (let k = 0; k < list.count; k++) {
    const priority = list.priority[k] as number;
    const bucket = buckets.get(priority);
    if (bucket === undefined) buckets.set(priority, [k]);
    else bucket.push(k);
  }
  const ordered: number[] = [];
  for (const p of [...buckets.keys()].sort((x, y) => y - x)) for (const k of buckets.get(p) as number[]) ordered.push(k);
  return ordered;
}

/** The constraint a dropped one is reported against: the strongest stated (non-structure) one of its cycle. */
function strongestOther(list: ConstraintList, cycle: readonly number[], dropped: number): number {
  const priority = list.priority;
  let best: number | undefined;
  let fallback = dropped;
  for (const c of cycle) {
    if (c === dropped) continue;
    if ((priority[c] as number) >= (priority[fallback] as number) || fallback === dropped) fallback = c;
    if (list.kindAt(c) !== 'structure' && (best === undefined || (priority[c] as number) >= (priority[best] as number))) best = c;
  }
  return best ?? fallback;
}
