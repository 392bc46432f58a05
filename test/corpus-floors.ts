/**
 * Score floors guarded by test/corpus-regression.test.ts, in percent. Raise them as the engine improves
 * (run `npm run eval` and set each floor a little below the printed figure), never lower them silently.
 * Anchoring and DCT-relation floors apply once the engine produces events (they are n/a before).
 */
export interface CorpusFloors {
  strictF1: number;
  relaxedF1: number;
  valueF1: number;
  typeF1: number;
  anchoring: number;
  dctRelation: number;
  /** Event extraction F1 (exact trigger spans, TempEval-3 Task B style). */
  eventF1: number;
}

export const CORPUS_FLOORS: Readonly<Record<'TimeBank' | 'AQUAINT', CorpusFloors>> = {
  TimeBank: { strictF1: 89.9, relaxedF1: 94.4, valueF1: 85.1, typeF1: 92.1, anchoring: 87.1, dctRelation: 86.5, eventF1: 76.4 },
  // AQUAINT typeF1 85.2 → 85.0 (session 4): "earlier/later in the day" is now found, and two of its three corpus
  // occurrences (XIE19980808.0031, APW199980817.1193) are left unannotated by the gold, so they count as false
  // positives; the same change found two gold extents ("Earlier that day", "later that year"): strict 85.1 → 85.3.
  // AQUAINT typeF1 85.3 → 85.1 (session 9): a rate after an amount is a SET ("$3 million a year", as TimeBank types
  // it); AQUAINT types its one such "a year" DURATION. The floor stays at 85.1.
  // AQUAINT dctRelation 66.0 → 65.7 (session 15), floor 65.8 → 65.5: a report of what the text puts on a date-only
  // publication day is made that day ("bombed the embassies … Friday, killing dozens, witnesses said", published that
  // Friday); it had been kept before the day by the news convention, which pinned the bombing to the day's first
  // instant, and AQUAINT tags such same-day reports BEFORE its dated DCT (4 links). AQUAINT zero-length events 27 → 23.
  AQUAINT: { strictF1: 85.6, relaxedF1: 93.8, valueF1: 77.8, typeF1: 85.1, anchoring: 87.4, dctRelation: 65.5, eventF1: 84.9 },
};
