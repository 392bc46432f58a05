/**
 * The benchmarks' warm-up rule: whole passes until the pass time has settled — the last `SETTLED_PASSES` passes
 * each within `SETTLED_SPREAD` of their mean — and at least `minMs` have been spent; at most `maxMs`. The JIT
 * keeps optimising Chronicle's larger code for several passes (measured pass by pass on the corpora, pinned:
 * 0.2, 0.6, 0.8, 0.9, then 1.5–2.1 MB/s), so a fixed two-second warm-up folded the slow passes into the figure.
 * Three passes within 15% were not enough either: at the end of session 5 the passes ran 0.25, 1.02, 1.16, 1.14,
 * then 2.0–2.9 MB/s, and that plateau of three passes passed for settled (the bench printed 1.30 MB/s where the
 * steady state is 2.0–2.4). So five passes, and at least five seconds; and in session 7 the passes still drifted
 * down after five of them lay within 15% (0.29, 0.26, 0.23, 0.23, 0.24, then 0.21 and about 0.2 s from pass 16 on),
 * so the last five must also be no more than 5% faster than the five before them. Every library gets the same rule;
 * the first pass is reported apart (cold start).
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

/** How much faster the last passes may still be than the ones before them for the time to count as settled. */
export const SETTLED_DRIFT = 0.05;

export function isSettled(times: readonly number[]): boolean {
  if (times.length < 2 * SETTLED_PASSES) return false;
  const last = times.slice(-SETTLED_PASSES);
  const mean = last.reduce((a, b) => a + b, 0) / last.length;
  if (!last.every((t) => Math.abs(t - mean) <= SETTLED_SPREAD * mean)) return false;
  // …and no longer getting faster: Chronicle's passes drift down for a while after they first look steady (on the
  // corpora, 0.29 s at pass 9, 0.24 s at pass 12, about 0.2 s from pass 16 on).
  const before = times.slice(-2 * SETTLED_PASSES, -SETTLED_PASSES);
  const meanBefore = before.reduce((a, b) => a + b, 0) / before.length;
  return mean >= (1 - SETTLED_DRIFT) * meanBefore;
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
