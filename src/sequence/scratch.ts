/**
 * Grow-only typed buffers that the network reuses from one solve to the next. A typed array of a few hundred
 * slots costs about a microsecond to allocate (its store lives outside the JavaScript heap and is swept by the
 * collector), and a solve used some thirty of them per document; a solve of n points now uses the first n slots
 * of buffers it keeps. Solves run one at a time (synchronous, never nested), so no two use a buffer at once, and
 * nothing a solve returns refers to one.
 */
type NumberArray = Int32Array | Float64Array | Uint8Array;

export class ScratchBuffer<T extends NumberArray> {
  private array: T;

  constructor(private readonly make: (length: number) => T) {
    this.array = make(0);
  }

  /** A buffer of at least `length` slots whose first `length` are set to `value` (the rest are stale). */
  take(length: number, value: number): T {
    this.claim(length).fill(value, 0, length);
    return this.array;
  }

  /** A buffer of at least `length` slots, all stale: for a caller that writes every slot it reads first. */
  claim(length: number): T {
    if (this.array.length < length) this.array = this.make(Math.max(length, 2 * this.array.length));
    return this.array;
  }
}

export const int32Scratch = (): ScratchBuffer<Int32Array> => new ScratchBuffer((n) => new Int32Array(n));
export const float64Scratch = (): ScratchBuffer<Float64Array> => new ScratchBuffer((n) => new Float64Array(n));
export const uint8Scratch = (): ScratchBuffer<Uint8Array> => new ScratchBuffer((n) => new Uint8Array(n));
