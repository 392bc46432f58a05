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

  private less(i: number, j: number): boolean {
    const a = this.keys[i] as number;
    const b = this.keys[j] as number;
    return a < b || (a === b && (this.values[i] as number) < (this.values[j] as number));
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i] as number;
    this.keys[i] = this.keys[j] as number;
    this.keys[j] = k;
    const v = this.values[i] as number;
    this.values[i] = this.values[j] as number;
    this.values[j] = v;
  }

  push(key: number, value: number): void {
    const n = this.count++;
    if (n === this.keys.length) {
      this.keys.push(key);
      this.values.push(value);
    } else {
      this.keys[n] = key;
      this.values[n] = value;
    }
    for (let i = n; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes the top item and returns its value (undefined when empty); its key was `peekKey()`. */
  pop(): number | undefined {
    const n = this.count;
    if (n === 0) return undefined;
    const top = this.values[0];
    const size = n - 1;
    this.count = size;
    if (size > 0) {
      this.keys[0] = this.keys[size] as number;
      this.values[0] = this.values[size] as number;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && this.less(l, m)) m = l;
        if (r < size && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
