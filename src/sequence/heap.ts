/**
 * A binary min-heap of (key, value) number pairs, ties broken by the smaller value: the priority queue of the
 * network's Dijkstra searches (key = distance, value = point) and of the chronological order (key = time,
 * value = text position). Parallel number arrays, no per-item objects; emptied with `clear`, it keeps its grown
 * arrays for the next search.
 */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];
  private count = 0;

  get size(): number { return this.count; }

  /** Empties the heap (to reuse it for another search). */
  clear(): void {
    this.count = 0;
  }

  /** The key of the top item (undefined when empty). */
  peekKey(): number | undefined { return this.count > 0 ? this.keys[0] : undefined; }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = this.count++;
    if (i === keys.length) {
      keys.push(key);
      values.push(value);
    }
    // Sift up with a hole: parents larger than (key, value) move down, the new item is written once.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      if (!(key < pk || (key === pk && value < (values[p] as number)))) break;
      keys[i] = pk;
      values[i] = values[p] as number;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the top item and returns its value (undefined when empty); its key was `peekKey()`. */
  pop(): number | undefined {
    const n = this.count;
    if (n === 0) return undefined;
    const { keys, values } = this;
    const top = values[0];
    const size = n - 1;
    this.count = size;
    if (size === 0) return top;
    // Sift the last item down from the root with a hole: the smaller child (the left one on a tie) moves up.
    const key = keys[size] as number;
    const value = values[size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      let m = l;
      const r = l + 1;
      if (r < size) {
        const lk = keys[l] as number;
        const rk = keys[r] as number;
        if (rk < lk || (rk === lk && (values[r] as number) < (values[l] as number))) m = r;
      }
      const mk = keys[m] as number;
      if (!(mk < key || (mk === key && (values[m] as number) < value))) break;
      keys[i] = mk;
      values[i] = values[m] as number;
      i = m;
    }
    keys[i] = key;
    values[i] = value;
    return top;
  }
}
