/**
 * A Simple Temporal Network over time points: difference constraints `x[to] − x[from] ≤ weight` (minutes),
 * propagated by queue-based Bellman–Ford (sparse: O(V·E) worst case, near-linear on news text) from the origin
 * (the publication instant, point 0) to the tightest upper and lower bound of every point. Negative cycles
 * (contradictions) are found, the weakest constraint of the cycle is dropped and propagation continues.
 */

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

interface Edge { readonly to: number; readonly weight: number; readonly c: Constraint }

function adjacency(pointCount: number, constraints: readonly Constraint[], reverse: boolean): Edge[][] {
  const adj: Edge[][] = Array.from({ length: pointCount }, () => []);
  for (const c of constraints) {
    if (reverse) adj[c.to]?.push({ to: c.from, weight: c.weight, c });
    else adj[c.from]?.push({ to: c.to, weight: c.weight, c });
  }
  return adj;
}

type Run = { kind: 'ok'; dist: Float64Array; via: Array<Constraint | undefined> } | { kind: 'cycle'; cycle: Constraint[] };

/**
 * Shortest paths by SPFA. With `sources` = all points at distance 0 it checks consistency (a virtual source);
 * with the origin alone it yields bounds. Detects a negative cycle by path length ≥ number of points.
 */
function shortestPaths(adj: readonly Edge[][], sources: readonly number[]): Run {
  const n = adj.length;
  const dist = new Float64Array(n).fill(Infinity);
  const length = new Int32Array(n);
  const via: Array<Constraint | undefined> = new Array<Constraint | undefined>(n);
  const pred = new Int32Array(n).fill(-1);
  const inQueue = new Uint8Array(n);
  const queue: number[] = [];
  for (const s of sources) { dist[s] = 0; queue.push(s); inQueue[s] = 1; }
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head] as number;
    inQueue[u] = 0;
    const du = dist[u] as number;
    for (const edge of adj[u] as Edge[]) {
      const nd = du + edge.weight;
      if (nd < (dist[edge.to] as number)) {
        dist[edge.to] = nd;
        pred[edge.to] = u;
        via[edge.to] = edge.c;
        length[edge.to] = (length[u] as number) + 1;
        if ((length[edge.to] as number) >= n) return { kind: 'cycle', cycle: extractCycle(edge.to, pred, via, n) };
        if (inQueue[edge.to] === 0) { inQueue[edge.to] = 1; queue.push(edge.to); }
      }
    }
    if (head > 4096 && head * 2 > queue.length) { queue.splice(0, head + 1); head = -1; }
  }
  return { kind: 'ok', dist, via };
}

function extractCycle(start: number, pred: Int32Array, via: ReadonlyArray<Constraint | undefined>, n: number): Constraint[] {
  let v = start;
  for (let i = 0; i < n; i++) v = pred[v] as number;
  const cycle: Constraint[] = [];
  let u = v;
  do {
    const c = via[u];
    if (c !== undefined) cycle.push(c);
    u = pred[u] as number;
  } while (u !== v && u >= 0 && cycle.length <= n);
  return cycle;
}

/** Solves the network: drops the weakest constraint of each contradiction, then computes every point's bounds. */
export function solveNetwork(pointCount: number, constraints: readonly Constraint[]): Solution {
  let active = [...constraints];
  const conflicts: Conflict[] = [];
  const all = Array.from({ length: pointCount }, (_, i) => i);
  for (;;) {
    const run = shortestPaths(adjacency(pointCount, active, false), all);
    if (run.kind === 'ok') break;
    const byPriority = [...run.cycle].sort((a, b) => a.source.priority - b.source.priority);
    const dropped = byPriority[0];
    const stated = byPriority.filter((c) => c.source.kind !== 'structure' && c !== dropped);
    const against = stated[stated.length - 1] ?? byPriority[byPriority.length - 1];
    if (dropped === undefined || against === undefined) break;
    conflicts.push({ dropped, against });
    active = active.filter((c) => c !== dropped);
  }
  const forward = shortestPaths(adjacency(pointCount, active, false), [0]);
  const backward = shortestPaths(adjacency(pointCount, active, true), [0]);
  if (forward.kind !== 'ok' || backward.kind !== 'ok') throw new Error('temporal network still inconsistent after removing contradictions');
  const bounds: PointBounds[] = all.map((p) => {
    const upperVia = forward.via[p];
    const lowerVia = backward.via[p];
    return {
      upper: forward.dist[p] as number,
      lower: -(backward.dist[p] as number),
      ...(upperVia !== undefined ? { upperVia } : {}),
      ...(lowerVia !== undefined ? { lowerVia } : {}),
    };
  });
  return { bounds, conflicts, active };
}
