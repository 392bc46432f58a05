/** The min-heap of the network searches and the order: pops (key, value) pairs in increasing order, ties by value. */
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../src/sequence/heap.js';
import { random } from './seeded-random.js';

describe('MinHeap', () => {
  it('pops every pushed pair by key, then value, across interleaved pushes, pops and clears', () => {
    const heap = new MinHeap();
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      heap.clear();
      const mirror: Array<[number, number]> = [];
      for (let step = 0; step < 300; step++) {
        if (next() < 0.6 || mirror.length === 0) {
          // Few distinct keys (ties), some infinite, as in the searches.
          const key = next() < 0.05 ? -Infinity : Math.floor(next() * 8) - 3;
          const value = Math.floor(next() * 20);
          heap.push(key, value);
          mirror.push([key, value]);
        } else {
          mirror.sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
          const [key, value] = mirror.shift() as [number, number];
          expect(heap.peekKey()).toBe(key);
          expect(heap.pop()).toBe(value);
        }
        expect(heap.size).toBe(mirror.length);
      }
    }
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
    expect(heap.peekKey()).toBeUndefined();
  });
});
