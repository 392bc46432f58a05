/**
 * What the anchoring passes read of each time expression of a text, read once per `anchorTimexes` call: direct
 * anchoring (anchor.ts) and clause anchoring (clause-anchor.ts) each asked again whether a time is a compared
 * figure's ("up 15% from 4 pence a year earlier"), where its comparison's standard starts ("lower than in 2019"),
 * which quotation it dates alone, and whether it can anchor at all (not an offset: "days after"). Each answer
 * depends only on the time and its sentence, so the second asking reads the first answer (measured: about 1% of
 * buildChronology; anchorTimexes 0.95x with it). Lives for one call: nothing is kept across texts.
 */
import type { Timex } from '../schema.js';
import type { AnalyzedSentence } from './event-types.js';
import { comparisonStandardAt, isAdjectivalTime, isComparisonTime } from './adverbial-frames.js';
import { quotedTimeScope } from './quotations.js';

/** A value not read yet. */
const UNREAD = -2;

/** The answers read so far for one time expression (UNREAD until asked; a boolean as 0 / 1). */
class TimeReading {
  comparisonTime = UNREAD;
  adjectival = UNREAD;
  anchorable = UNREAD;
  standardAt = UNREAD;
  quotation = UNREAD;
}

export class TimeReadings {
  private readonly byTimex = new Map<Timex, TimeReading>();

  private of(timex: Timex): TimeReading {
    let reading = this.byTimex.get(timex);
    if (reading === undefined) this.byTimex.set(timex, (reading = new TimeReading()));
    return reading;
  }

  /** adverbial-frames.ts `isComparisonTime`: "compared with $9 million a year earlier". */
  isComparisonTime(sentence: AnalyzedSentence, timex: Timex): boolean {
    const r = this.of(timex);
    if (r.comparisonTime === UNREAD) r.comparisonTime = isComparisonTime(sentence, timex) ? 1 : 0;
    return r.comparisonTime === 1;
  }

  /** adverbial-frames.ts `isAdjectivalTime`: "their current names". */
  isAdjectivalTime(sentence: AnalyzedSentence, timex: Timex): boolean {
    const r = this.of(timex);
    if (r.adjectival === UNREAD) r.adjectival = isAdjectivalTime(sentence, timex) ? 1 : 0;
    return r.adjectival === 1;
  }

  /** adverbial-frames.ts `comparisonStandardAt` of the time's start: "lower than in 2019" (−1 for none). */
  comparisonStandardAt(sentence: AnalyzedSentence, timex: Timex): number {
    const r = this.of(timex);
    if (r.standardAt === UNREAD) r.standardAt = comparisonStandardAt(sentence.tokens, timex.start);
    return r.standardAt;
  }

  /** quotations.ts `quotedTimeScope`: the quotation the time dates alone, 0 for none. */
  quotedTimeScope(sentence: AnalyzedSentence, timex: Timex): number {
    const r = this.of(timex);
    if (r.quotation === UNREAD) r.quotation = quotedTimeScope(sentence, timex);
    return r.quotation;
  }

  /** `anchorable(sentences, timex)` read once: whether the time can anchor the events of its sentence. */
  isAnchorable(sentences: readonly AnalyzedSentence[], timex: Timex, anchorable: (sentences: readonly AnalyzedSentence[], timex: Timex) => boolean): boolean {
    const r = this.of(timex);
    if (r.anchorable === UNREAD) r.anchorable = anchorable(sentences, timex) ? 1 : 0;
    return r.anchorable === 1;
  }
}
