/**
 * Quotations within a sentence: which tokens lie inside quotation marks. A time quoted from a speaker is the
 * speaker's, so it dates the events of the quotation, not the verb that reports it ('"For the first time since
 * 2019, we can get this done," Ortiz said': the saying did not begin in 2019).
 */
import type { Timex } from '../schema.js';
import type { AnalyzedSentence } from './event-types.js';
import { tokenIndexAt } from './adverbial-frames.js';
import type { Token } from './tokens.js';

/** The speaker's present, which is also the time of the report: "``Right now my evidence is scant,'' he said". */
const SPEAKERS_PRESENT = /^(?:right\s+)?(?:now|today|tonight|currently|these\s+days)$/i;

/**
 * The quotation a time expression is quoted in and dates alone: 0 when it is outside quotation marks, when it is
 * the speaker's present ("now", "today": the time of the report too), or when nothing else of the quotation is an
 * event (a quoted phrase: 'no intention of tapping its bank lines "for a good part of 1990"').
 */
export function quotedTimeScope(sentence: AnalyzedSentence, timex: Timex): number {
  const quotation = quotationOf(sentence, tokenIndexAt(sentence.tokens, timex.start));
  if (quotation === 0 || SPEAKERS_PRESENT.test(timex.text)) return 0;
  return sentence.events.some((e) => quotationOf(sentence, e.tokenIndex) === quotation) ? quotation : 0;
}

const OPENING = new Set(['“', '`', '‘']);
const CLOSING = new Set(['”', "'", '’']);

const quotationCache = new WeakMap<AnalyzedSentence, Int32Array>();

/** For token `tokenIndex` of the sentence: 0 outside quotation marks, else the number (from 1) of its quotation. */
export function quotationOf(sentence: AnalyzedSentence, tokenIndex: number): number {
  let ids = quotationCache.get(sentence);
  if (ids === undefined) {
    ids = quotationIds(sentence.tokens);
    quotationCache.set(sentence, ids);
  }
  return ids[tokenIndex] ?? 0;
}

/**
 * Marks the tokens between an opening mark (“ ` ‘, or a straight " that opens) and its closing one (” '' ’, or the
 * next straight "); an unclosed quotation runs to the sentence's end. The marks themselves are outside.
 */
function quotationIds(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let current = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.isWord || t.text.length !== 1) {
      ids[i] = current;
      continue;
    }
    // The second mark of a doubled one (`` or '') belongs with the first.
    if (i > 0 && t.text !== '"' && (tokens[i - 1] as Token).text === t.text && ids[i - 1] !== current) {
      ids[i] = ids[i - 1] as number;
      continue;
    }
    const straight = t.text === '"';
    if (current === 0 && (OPENING.has(t.text) || straight)) current = ++count;
    else if (current !== 0 && (CLOSING.has(t.text) || straight)) current = 0;
    else ids[i] = current;
  }
  return ids;
}
