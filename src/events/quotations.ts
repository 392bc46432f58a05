/**
 * Quotations within a sentence: which tokens lie inside quotation marks. A time quoted from a speaker is the
 * speaker's, so it dates the events of the quotation, not the verb that reports it ('"For the first time since
 * 2019, we can get this done," Ortiz said': the saying did not begin in 2019).
 */
import type { Timex } from '../schema.js';
import type { AnalyzedSentence } from './event-types.js';
import { tokenIndexAt } from './adverbial-frames.js';
import { TokenMark, type Token, type TokenList } from './tokens.js';

/** The speaker's present, which is also the time of the report: "``Right now my evidence is scant,'' he said". */
const SPEAKERS_PRESENT = /^(?:right\s+)?(?:now|today|tonight|currently|these\s+days)$/i;

/**
 * The quotation a time expression is quoted in and dates alone: 0 when it is outside quotation marks, when it is
 * the speaker's present ("now", "today": the time of the report too), or when nothing else of the quotation is an
 * event (a quoted phrase: 'no intention of tapping its bank lines "for a good part of 1990"').
 */
export function quotedTimeScope(sentence: AnalyzedSentence, timex: Timex): number {
  const ids = quotationIdsOf(sentence);
  const quotation = ids[tokenIndexAt(sentence.tokens, timex.start)] ?? 0;
  if (quotation === 0 || SPEAKERS_PRESENT.test(timex.text)) return 0;
  return sentence.events.some((e) => (ids[e.tokenIndex] ?? 0) === quotation) ? quotation : 0;
}

const OPENING = new Set(['“', '`', '‘']);
const CLOSING = new Set(['”', "'", '’']);

/**
 * The sentence asked about last, and its ids: anchoring asks about one sentence many times in a row. (A WeakMap
 * by sentence kept every sentence, with its tokens and events, through the young-generation collections, until
 * a full one: a few MB of each pass promoted to the old generation.)
 */
let lastSentence: AnalyzedSentence | undefined;
let lastIds: readonly number[] = [];

/** The quotation number of each token of the sentence (see `quotationOf`), computed again when another sentence was asked about in between. */
function quotationIdsOf(sentence: AnalyzedSentence): readonly number[] {
  if (lastSentence !== sentence) {
    lastIds = quotationIds(sentence.tokens);
    lastSentence = sentence;
  }
  return lastIds;
}

/** For token `tokenIndex` of the sentence: 0 outside quotation marks, else the number (from 1) of its quotation. */
export function quotationOf(sentence: AnalyzedSentence, tokenIndex: number): number {
  return quotationIdsOf(sentence)[tokenIndex] ?? 0;
}

/** The ids of a sentence without quote marks: every token outside (read as `ids[i] ?? 0`). */
const NO_QUOTATIONS: readonly number[] = [];

/**
 * Marks the tokens between an opening mark (“ ` ‘, or a straight " that opens) and its closing one (” '' ’, or the
 * next straight "); an unclosed quotation runs to the sentence's end. The marks themselves are outside. Only
 * the quote marks' tokens are read (TokenMark.quoteMark): every other token is inside the current quotation.
 * A plain array of small integers, made at its length (a typed array per sentence cost an off-heap buffer);
 * none for a sentence without quote marks, most of them.
 */
function quotationIds(tokens: TokenList): readonly number[] {
  const { classes } = tokens;
  let first = 0;
  while (first < tokens.length && ((classes[first] as number) & TokenMark.quoteMark) === 0) first++;
  if (first === tokens.length) return NO_QUOTATIONS;
  // Before the first mark every token is outside (0).
  const ids: number[] = new Array<number>(tokens.length).fill(0);
  let current = 0;
  let count = 0;
  for (let i = first; i < tokens.length; i++) {
    if (((classes[i] as number) & TokenMark.quoteMark) === 0) {
      ids[i] = current;
      continue;
    }
    const t = tokens[i] as Token;
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
