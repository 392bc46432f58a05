/**
 * The chronological order of events: a topological order of the BEFORE/AFTER relations (Kahn's algorithm) that
 * always emits the available event with the earliest key — its earliest start, else its latest end, else the key
 * of the event before it in the text — ties kept in text order. O((n + r) log n).
 */
import type { Relation } from '../schema.js';
import { MinHeap } from './heap.js';
import { int32Scratch, uint8Scratch } from './scratch.js';

export interface OrderItem {
  readonly id: string;
  /** Minutes from the origin: earliest start, else latest end, NaN when both are open. */
  readonly key: number;
}

/** Scratch buffers of the order (see scratch.ts): successors as compressed lists, in-degrees, emitted marks. */
const ORDER = {
  first: int32Scratch(), fill: int32Scratch(), successors: int32Scratch(), indegree: int32Scratch(), remaining: int32Scratch(),
  queue: int32Scratch(), emitted: uint8Scratch(),
};
/** The priority queue of the order, emptied before each use. */
const AVAILABLE = new MinHeap();

/**
 * An event known only to end by some time but related BEFORE another keeps a key no later than that other's:
 * otherwise an open-start event keyed by its end would drag its successors after events that start later.
 * Keys are lowered in reverse topological order (events on cycles keep theirs). O(n + r).
 */
function lowerKeysBeforeSuccessors(keys: number[], first: Int32Array, successors: Int32Array, indegree: Int32Array): void {
  const n = keys.length;
  const remaining = ORDER.remaining.claim(n);
  for (let i = 0; i < n; i++) remaining[i] = indegree[i] as number;
  const queue = ORDER.queue.claim(n);
  let size = 0;
  for (let i = 0; i < n; i++) if (remaining[i] === 0) queue[size++] = i;
  for (let head = 0; head < size; head++) {
    const x = queue[head]!;
    for (let k = first[x]!, end = first[x + 1]!; k < end; k++) if (--remaining[successors[k]!]! === 0) queue[size++] = successors[k]!;
  }
  for (let q = size - 1; q >= 0; q--) {
    const i = queue[q]!;
    for (let k = first[i]!, end = first[i + 1]!; k < end; k++) {
      const s = successors[k]!;
      if (keys[s]! < keys[i]!) keys[i] = keys[s]!;
    }
  }
}

/** Orders items (given in text order) consistently with every BEFORE/AFTER/IBEFORE/IAFTER relation among them. */
export function chronologicalOrder(items: readonly OrderItem[], relations: readonly Relation[]): string[] {
  const position = new Map<string, number>();
  items.forEach((item, i) => position.set(item.id, i));
  const before: number[] = [];
  for (const r of relations) {
    const a = position.get(r.from);
    const b = position.get(r.to);
    if (a !== undefined && b !== undefined) pushOrdering(before, a, b, r.type);
  }
  return orderWithPairs(items.map((item) => item.id), items.map((item) => item.key), before);
}

/** Adds to `before` the (earlier, later) pair of a relation between items `a` and `b`, if it orders them. */
export function pushOrdering(before: number[], a: number, b: number, type: Relation['type']): void {
  if (a === b) return;
  if (type === 'BEFORE' || type === 'IBEFORE') before.push(a, b);
  else if (type === 'AFTER' || type === 'IAFTER') before.push(b, a);
}

/**
 * `chronologicalOrder` of the items `ids` with their `keys` (see OrderItem), the relations already read as
 * positions: `before` holds flat pairs (earlier, later) of item indices, in relation order.
 */
export function orderWithPairs(ids: readonly string[], itemKeys: readonly number[], before: readonly number[]): string[] {
  const n = ids.length;
  const keys: number[] = [];
  let carried = -Infinity;
  for (const key of itemKeys) {
    if (!Number.isNaN(key)) carried = key;
    keys.push(Number.isNaN(key) ? carried : key);
  }
  // Each item's successors as one compressed list (slots [first[i], first[i + 1])), in relation order.
  const pairs = before.length >> 1;
  const first = ORDER.first.take(n + 1, 0);
  const indegree = ORDER.indegree.take(n, 0);
  for (let k = 0; k < pairs; k++) {
    first[before[2 * k]! + 1]!++;
    indegree[before[2 * k + 1]!]!++;
  }
  for (let i = 0; i < n; i++) first[i + 1]! += first[i]!;
  const fill = ORDER.fill.claim(n);
  for (let i = 0; i < n; i++) fill[i] = first[i]!;
  const successors = ORDER.successors.claim(pairs);
  for (let k = 0; k < pairs; k++) successors[fill[before[2 * k]!]!++] = before[2 * k + 1]!;
  if (pairs > 0) lowerKeysBeforeSuccessors(keys, first, successors, indegree);
  const heap = AVAILABLE;
  heap.clear();
  for (let i = 0; i < n; i++) if (indegree[i] === 0) heap.push(keys[i]!, i);
  const order: string[] = [];
  const emitted = ORDER.emitted.take(n, 0);
  // Events by key, for releasing cycles: sorted only when a cycle is met.
  let byKey: number[] | undefined;
  let cursor = 0;
  while (order.length < n) {
    const next = heap.pop();
    if (next === undefined) {
      // A cycle of relations: release the earliest remaining event and carry on.
      byKey ??= keys.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y);
      while (emitted[byKey[cursor]!] === 1) cursor++;
      const i = byKey[cursor]!;
      indegree[i] = 0;
      heap.push(keys[i]!, i);
      continue;
    }
    if (emitted[next] === 1) continue;
    emitted[next] = 1;
    order.push(ids[next]!);
    for (let k = first[next]!, end = first[next + 1]!; k < end; k++) {
      const s = successors[k]!;
      if (--indegree[s]! === 0 && emitted[s] === 0) heap.push(keys[s]!, s);
    }
  }
  return order;
}
