/**
 * Ranges: "served as mayor from 2008 to 2011", "manipulated the rate between 2008 and 2011". TimeML marks each
 * end as a time expression of its own; the event the near end governs begins in it (BEGUN_BY) and ends in the far
 * end (ENDED_BY). "between … and" reads so only between years (or decades, centuries): between two days or clock
 * times a single happening may lie anywhere ("will be announced between Monday and Wednesday").
 */
import type { Timex } from '../schema.js';
import { anchoringOf, type Anchoring } from './anchoring.js';
import type { AnalyzedSentence } from './event-types.js';
import { tokenIndexAt } from './adverbial-frames.js';
import { tokenAt } from './tokens.js';

/** What joins a range's ends after "from": "to", "until", "through", a dash. */
const FROM_JOINS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', '—']);
/** What joins them after "between". */
const BETWEEN_JOINS: ReadonlySet<string> = new Set(['and', '-', '–']);
/** A year, decade or century value. */
const YEARS = /^\d{2,4}$/;

/**
 * The direct anchorings with each range's near end read as the start (BEGUN_BY) and, for the same event, an
 * anchoring to the far end (ENDED_BY), listed before the near one so that the near end stays the event's anchor.
 * `timexes` in text order; `sentenceOf` finds the sentence holding a timex.
 */
export function withRangeAnchors(timexes: readonly Timex[], direct: readonly Anchoring[], sentenceOf: (timex: Timex) => AnalyzedSentence | undefined): Anchoring[] {
  let out: Anchoring[] | undefined;
  for (let k = 0; k < direct.length; k++) {
    const a = direct[k] as Anchoring;
    const range = a.timex.type === 'DURATION' ? undefined : rangeFrom(a, timexes, sentenceOf);
    if (range === undefined) {
      out?.push(a);
      continue;
    }
    out ??= direct.slice(0, k);
    out.push(anchoringOf(a.event, range.far, 'ENDED_BY', 'direct', range.join));
    out.push(anchoringOf(a.event, a.timex, 'BEGUN_BY', 'direct', range.opener));
  }
  return out ?? (direct as Anchoring[]);
}

/** The far end of the range `a`'s time opens ("from" or "between" before it, a join word, then the far end). */
function rangeFrom(a: Anchoring, timexes: readonly Timex[], sentenceOf: (timex: Timex) => AnalyzedSentence | undefined): { far: Timex; join: string; opener: string } | undefined {
  const between = a.signal === undefined;
  if (a.signal !== 'from' && !between) return undefined;
  const sentence = sentenceOf(a.timex);
  if (sentence === undefined) return undefined;
  const { tokens } = sentence;
  const first = tokenIndexAt(tokens, a.timex.start);
  if (between && tokenAt(tokens, first - 1)?.lower !== 'between') return undefined;
  const joinAt = tokenIndexAt(tokens, a.timex.end);
  const join = tokens[joinAt]?.lower ?? '';
  if (!(between ? BETWEEN_JOINS : FROM_JOINS).has(join)) return undefined;
  const farStart = tokens[joinAt + 1]?.start;
  const far = timexes.find((t) => t.start === farStart);
  if (far === undefined || far.type === 'DURATION') return undefined;
  if (between && !(YEARS.test(a.timex.value) && YEARS.test(far.value))) return undefined;
  return { far, join: join.length > 1 ? join : 'to', opener: between ? 'between' : 'from' };
}
