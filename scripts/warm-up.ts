/**
 * The benchmarks' warm-up rule: whole passes until the pass time has settled — the last `SETTLED_PASSES` passes
 * each within `SETTLED_SPREAD` of their mean — and at least `minMs` have been spent; at most `maxMs`. The JIT
 * keeps optimising Chronicle's larger code for several passes (measured pass by pass on the corpora, pinned:
 * 0.2, 0.6, 0.8, 0.9, then 1.5–2.1 MB/s), so a fixed two-second warm-up folded the slow passes into the figure.
 * Three passes within 15% were not enough either: at the end of session 5 the passes ran 0.25, 1.02, 1.16, 1.14,
 * then 2.0–2.9 MB/s, and that plateau of three passes passed for settled (the bench printed 1.30 MB/s where the
 * steady state is 2.0–2.4). So five passes, and at least five seconds. Every library gets the same rule; the first
 * pass is reported apart (cold start).
 */
export const WARM_UP_MS = 5_000;
export const WARM_UP_MAX_MS = 30_000;
export const SETTLED_PASSES = 5;
export const SETTLED_SPREAD = 0.15;

export interface WarmUp {
  passes: number;
  /** Seconds of the first pass: what one cold run costs. */
  firstPassSeconds: number;
  /** Whether the pass time settled before `maxMs`. */
  settled: boolean;
}

export function isSettled(times: readonly number[]): boolean {
  if (times.length < SETTLED_PASSES) return false;
  const last = times.slice(-SETTLED_PASSES);
  const mean = last.reduce((a, b) => a + b, 0) / last.length;
  return last.every((t) => Math.abs(t - mean) <= SETTLED_SPREAD * mean);
}

/** Runs `pass` until its time settles (and `minMs` have gone) or `maxMs` have gone. */
export function warmUpUntilSettled(pass: () => void, minMs: number, maxMs: number): WarmUp {
  const started = performance.now();
  const times: number[] = [];
  for (;;) {
    const passStarted = performance.now();
    pass();
    times.push(performance.now() - passStarted);
    const elapsed = performance.now() - started;
    const settled = isSettled(times);
    if ((settled && elapsed >= minMs) || elapsed >= maxMs) return { passes: times.length, firstPassSeconds: (times[0] ?? 0) / 1000, settled };
  }
}
