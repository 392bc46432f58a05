/**
 * The chronological order of events: a topological order of the BEFORE/AFTER relations (Kahn's algorithm) that
 * always emits the available event with the earliest key — its earliest start, else its latest end, else the key
 * of the event before it in the text — ties kept in text order. O((n + r) log n).
 */
import type { Relation } from '../schema.js';
import { MinHeap } from './heap.js';

export interface OrderItem {
  readonly id: string;
  /** Minutes from the origin: earliest start, else latest end, NaN when both are open. */
  readonly key: number;
}

/**
 * An event known only to end by some time but related BEFORE another keeps a key no later than that other's:
 * otherwise an open-start event keyed by its end would drag its successors after events that start later.
 * Keys are lowered in reverse topological order (events on cycles keep theirs). O(n + r).
 */
function lowerKeysBeforeSuccessors(keys: number[], successors: readonly (number[] | undefined)[], indegree: Int32Array): void {
  const remaining = Int32Array.from(indegree);
  const queue: number[] = [];
  for (let i = 0; i < keys.length; i++) if (remaining[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const after = successors[queue[head]!];
    if (after !== undefined) for (const s of after) if (--remaining[s]! === 0) queue.push(s);
  }
  for (let k = queue.length - 1; k >= 0; k--) {
    const i = queue[k]!;
    const after = successors[i];
    if (after !== undefined) for (const s of after) if (keys[s]! < keys[i]!) keys[i] = keys[s]!;
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
  return orderWithPairs(items, before);
}

/** Adds to `before` the (earlier, later) pair of a relation between items `a` and `b`, if it orders them. */
export function pushOrdering(before: number[], a: number, b: number, type: Relation['type']): void {
  if (a === b) return;
  if (type === 'BEFORE' || type === 'IBEFORE') before.push(a, b);
  else if (type === 'AFTER' || type === 'IAFTER') before.push(b, a);
}

/**
 * `chronologicalOrder` with the relations already read as positions: `before` holds flat pairs (earlier,
 * later) of item indices, in relation order.
 */
export function orderWithPairs(items: readonly OrderItem[], before: readonly number[]): string[] {
  const keys: number[] = [];
  let carried = -Infinity;
  for (const item of items) {
    if (!Number.isNaN(item.key)) carried = item.key;
    keys.push(Number.isNaN(item.key) ? carried : item.key);
  }
  const successors = new Array<number[] | undefined>(items.length);
  const indegree = new Int32Array(items.length);
  for (let k = 0; k + 1 < before.length; k += 2) {
    const first = before[k]!;
    const second = before[k + 1]!;
    const list = successors[first];
    if (list === undefined) successors[first] = [second];
    else list.push(second);
    indegree[second]!++;
  }
  lowerKeysBeforeSuccessors(keys, successors, indegree);
  const heap = new MinHeap();
  for (let i = 0; i < items.length; i++) if (indegree[i] === 0) heap.push(keys[i]!, i);
  const order: string[] = [];
  const emitted = new Uint8Array(items.length);
  // Events by key, for releasing cycles: sorted only when a cycle is met.
  let byKey: number[] | undefined;
  let cursor = 0;
  while (order.length < items.length) {
    const next = heap.pop();
    if (next === undefined) {
      // A cycle of relations: release the earliest remaining event and carry on.
      byKey ??= items.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y);
      while (emitted[byKey[cursor]!] === 1) cursor++;
      const i = byKey[cursor]!;
      indegree[i] = 0;
      heap.push(keys[i]!, i);
      continue;
    }
    if (emitted[next] === 1) continue;
    emitted[next] = 1;
    order.push(items[next]!.id);
    const after = successors[next];
    if (after === undefined) continue;
    for (const s of after) {
      if (--indegree[s]! === 0 && emitted[s] === 0) heap.push(keys[s]!, s);
    }
  }
  return order;
}
