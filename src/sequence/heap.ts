/**
 * A binary min-heap of (key, value) number pairs, ties broken by the smaller value: the priority queue of the
 * network's Dijkstra searches (key = distance, value = point) and of the chronological order (key = time,
 * value = text position). Parallel number arrays, no per-item objects.
 */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number { return this.keys.length; }

  /** Empties the heap (to reuse it for another search). */
  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }

  /** The key of the top item (undefined when empty). */
  peekKey(): number | undefined { return this.keys[0]; }

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
    this.keys.push(key);
    this.values.push(value);
    for (let i = this.keys.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes the top item and returns its value (undefined when empty); its key was `peekKey()`. */
  pop(): number | undefined {
    const n = this.keys.length;
    if (n === 0) return undefined;
    const top = this.values[0];
    const lastKey = this.keys.pop() as number;
    const lastValue = this.values.pop() as number;
    if (n > 1) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      const size = n - 1;
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
