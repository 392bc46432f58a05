/**
 * Time adverbials whose role is not their position:
 *   - a period closed by a date ("for the year ended Sept. 30", "in the quarter ending June 30"): the participle is
 *     a reduced relative on the period, the date only says when it ends, so the period with its date acts as one
 *     adverbial, which governs the clause (TimeML links the clause's events to the period), and the participle
 *     "ended" is ENDED_BY the period;
 *   - an adjectival time before a plain noun ("a 24-hour candle", "their current names"), or a "now" after one
 *     ("the barricade now in force"): it describes that noun only, so a verb of its clause takes the sentence's
 *     other times first;
 *   - a time adverb right before its verb group ("it recently achieved", "now located"): it modifies that verb;
 *   - the time of a figure compared with ("fell to $663 million from $1 billion a year ago", "compared with $9
 *     million a year earlier"): it dates the earlier figure, not the verb, which takes its clause's own time;
 *   - a "when" clause right after a time (", when the dam opened"): it happens in that time.
 */
import type { Timex } from '../schema.js';
import { eventAtToken, firstEventFrom, type AnalyzedSentence, type EventMention } from './event-types.js';
import { DETERMINERS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS } from './noun-lexicon.js';
import type { TextSpan, Token, TokenList } from './tokens.js';
import { tokenAt } from './tokens.js';

/** A period adverbial closed by its end date: "the year" + "ended" + "Sept. 30". */
export interface PeriodWithEnd {
  readonly period: Timex;
  readonly participle: EventMention;
  readonly endDate: Timex;
}

/** The index of the first token ending after `offset` (the token at or after it), found in the column of ends. */
export function tokenIndexAt(tokens: TokenList, offset: number): number {
  const { ends } = tokens;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The answer of a sentence without such periods (most): one shared empty map. */
const NO_PERIODS: ReadonlyMap<Timex, PeriodWithEnd> = new Map();

/** The periods of a sentence followed by "ended"/"ending" and a date, keyed by the period (a map made only when there is one). */
export function periodsWithEnd(sentence: AnalyzedSentence, inSentence: readonly Timex[]): ReadonlyMap<Timex, PeriodWithEnd> {
  let out: Map<Timex, PeriodWithEnd> | undefined;
  const { tokens } = sentence;
  for (const period of inSentence) {
    const next = tokenIndexAt(tokens, period.end);
    const atNext = eventAtToken(sentence, next);
    const participle = atNext !== undefined && atNext.lemma === 'end' && atNext.pos === 'verb' ? atNext : undefined;
    const after = tokens[next + 1];
    if (participle === undefined || after === undefined) continue;
    const endDate = inSentence.find((t) => t.start === after.start && t.type === 'DATE');
    if (endDate !== undefined) (out ??= new Map()).set(period, { period, participle, endDate });
  }
  return out ?? NO_PERIODS;
}

/**
 * Whether a timex is one adjectival word before a plain (non-event) noun: a measure ("a 24-hour candle", "the
 * 30-day rate") or a relative adjective ("his current position", "their current names"). It describes that noun,
 * not the time of a verb of its clause ("entered his current position in April": the entering is in April).
 * "Third-quarter net income fell" is not one: a dated subject or object dates its verb too.
 */
export function premodifiesPlainNoun(sentence: AnalyzedSentence, timex: Timex): boolean {
  // A set ("his daily life", "on a daily basis") repeats the event of its clause, whatever its position.
  if (timex.type === 'SET') return false;
  const { tokens } = sentence;
  const next = tokenIndexAt(tokens, timex.end);
  const noun = tokens[next];
  if (noun === undefined || !noun.isWord || noun.text !== noun.lower || FUNCTION_WORDS.has(noun.lower)) return false;
  if (eventAtToken(sentence, next) !== undefined) return false;
  const oneWord = !/\s/.test(timex.text);
  return oneWord && ((timex.type === 'DURATION' && /\w-\w/.test(timex.text)) || ADJECTIVAL_TIMES.has(timex.text.toLowerCase()));
}

/** Whether a timex is an adjective before a noun, plain or event ("their current names", "the current weakness"). */
export function isAdjectivalTime(sentence: AnalyzedSentence, timex: Timex): boolean {
  if (premodifiesPlainNoun(sentence, timex) || postmodifiesNoun(sentence, timex)) return true;
  const noun = sentence.tokens[tokenIndexAt(sentence.tokens, timex.end)];
  return ADJECTIVAL_TIMES.has(timex.text.toLowerCase()) && noun !== undefined && noun.isWord && !FUNCTION_WORDS.has(noun.lower);
}

/**
 * Whether a "now" stands inside a noun's postmodifier, between the noun and its prepositional phrase ("the naval
 * barricade now in force", "the company now under investigation"): it describes the noun, as a reduced relative.
 */
function postmodifiesNoun(sentence: AnalyzedSentence, timex: Timex): boolean {
  if (timex.text !== 'now') return false;
  const { tokens } = sentence;
  const at = tokenIndexAt(tokens, timex.start);
  const noun = tokenAt(tokens, at - 1);
  if (noun === undefined || !noun.isWord || noun.text !== noun.lower || FUNCTION_WORDS.has(noun.lower) || GROUP_WORDS.has(noun.lower)) return false;
  if (eventAtToken(sentence, at - 1)?.pos === 'verb') return false;
  return PREPOSITIONS.has(tokens[at + 1]?.lower ?? '');
}

/** One-word times that are adjectives before a noun ("current", "recent", "former"). */
const ADJECTIVAL_TIMES = new Set(['current', 'recent', 'former', 'present', 'future']);
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...DETERMINERS, ...SUBJECT_PRONOUNS, 'and', 'or', 'but', 'as', 'to', 'when', 'while', 'if', 'because', 'so', 'not', 'also', 'ago', 'earlier', 'later']);

/** Words of a verb group that may stand between a time adverb and its verb ("now will be eligible"). */
const GROUP_WORDS = new Set([
  ...MODALS, 'not', "n't", 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did',
]);

/**
 * The verb a one-word time adverb stands right before, inside or at the head of its verb group: "it recently
 * achieved profitability", "sales to soon grow", "a school now located in Mount Vernon", "that now will be
 * eligible". The adverb modifies that verb, not the verb before it.
 */
export function verbAfterAdverb(sentence: AnalyzedSentence, timex: Timex): EventMention | undefined {
  // A lowercase adverb ("now", "recently"), not a bare name of a day after its verb ("voted Friday to make").
  if (timex.type === 'SET' || !/^[a-z]+$/.test(timex.text) || ADJECTIVAL_TIMES.has(timex.text)) return undefined;
  const { tokens } = sentence;
  const next = tokenIndexAt(tokens, timex.end);
  if (tokenIndexAt(tokens, timex.start) !== next - 1) return undefined;
  for (let i = next; i < tokens.length && i <= next + 3; i++) {
    const event = eventAtToken(sentence, i);
    if (event !== undefined) return event.pos === 'verb' ? event : undefined;
    if (!GROUP_WORDS.has((tokens[i] as Token).lower)) return undefined;
  }
  return undefined;
}

/** Words that introduce the figure a change is measured from ("from", "than", "compared with"). */
const COMPARISON_SIGNALS = new Set(['from', 'than', 'versus', 'vs', 'vs.']);
const COMPARING = new Set(['compared', 'compares', 'compare', 'comparing']);
/** How far back (in tokens) from the time its comparison signal may stand ("from $4 million, or 24 cents a share, a year earlier"). */
const COMPARISON_REACH = 12;
const isAmount = (t: Token | undefined): boolean => t !== undefined && (hasDigit(t.text) || t.text === '$' || t.text === '%');

/** True when a text holds an ASCII digit. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Prepositions that may stand between "than" and its time: "than in 2019", "than at the start of the year". */
const STANDARD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'over', 'for', 'by']);
/** Words before a "than" that measures or bounds a time rather than comparing with it ("more than two years ago", "no later than Friday"). */
const QUANTIFYING_BEFORE_THAN: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'no', 'rather', 'other', 'later', 'earlier', 'sooner', 'longer']);

/**
 * Whether a timex is the standard a comparison measures against: right after "than" ("Prices are lower than in
 * 2019", "Turnout was higher than last year"), after "up from" / "down from" ("down from the 2024 election"), or a
 * few words after "than" and a preposition ("higher than in the midterms four years ago") or a subject ("more than it
 * had estimated two years ago"). It dates the state
 * compared with, not the clause, which is now. After "more than", "no later than" and the like only with a
 * preposition ("spent more than in 2019").
 */
export function isComparisonStandard(tokens: TokenList, timexStart: number): boolean {
  return comparisonStandardAt(tokens, timexStart) >= 0;
}

/**
 * Where the standard of a comparison holding the timex starts (see isComparisonStandard): the time's first token, or
 * the first word after "than" when the standard is a clause ("than it had estimated two years ago": its verb is the
 * time's own); −1 when the time is no standard.
 */
export function comparisonStandardAt(tokens: TokenList, timexStart: number): number {
  const first = tokenIndexAt(tokens, timexStart);
  let i = first - 1;
  const preposition = STANDARD_PREPOSITIONS.has(tokens[i]?.lower ?? '');
  if (preposition) i--;
  if (tokens[i]?.lower === 'than') return preposition || !QUANTIFYING_BEFORE_THAN.has(tokenAt(tokens, i - 1)?.lower ?? '') ? first : -1;
  // "up from 2024", "down from the 2024 election": a change measured from a time.
  if (DETERMINERS.has(tokenAt(tokens, first - 1)?.lower ?? '')) i = first - 2;
  else i = first - 1;
  if (tokens[i]?.lower === 'from' && CHANGE_FROM.has(tokenAt(tokens, i - 1)?.lower ?? '')) return first;
  // "climbed to $2.3 billion from $2.05 billion in the same quarter last year": the amount a change starts from,
  // and its time.
  if (preposition && amountFromBefore(tokens, first - 1)) return first;
  // "higher than in the midterms four years ago": "than" a few words back, with no punctuation between.
  for (let k = first - 1; k >= 0 && k >= first - STANDARD_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord) return -1;
    // …or a clause of its own after "than" ("would cost $2.1 billion more than it had estimated two years ago").
    if (t.lower === 'than') {
      if (SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) return k + 1;
      return STANDARD_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && !QUANTIFYING_BEFORE_THAN.has(tokenAt(tokens, k - 1)?.lower ?? '') ? first : -1;
    }
  }
  return -1;
}
/** Words before "from" that make it a change's starting point: "up from", "down from". */
const CHANGE_FROM: ReadonlySet<string> = new Set(['up', 'down']);
/** Words of an amount: "$2.05 billion", "18%", "43 cents a share", "1.2 million barrels". */
const AMOUNT_WORD = /^(?:[$€£¥%]|\d[\d.,]*%?|million|billion|trillion|thousand|percent|cents?|a|an|share|barrels?|tons?|units?)$/i;
/** How many words an amount after "from" may take. */
const AMOUNT_REACH = 5;

/** True when an amount after "from" ends right before token `at` (a preposition): "from $2.05 billion in". */
function amountFromBefore(tokens: TokenList, at: number): boolean {
  let k = at - 1;
  let words = 0;
  while (k >= 0 && words < AMOUNT_REACH && AMOUNT_WORD.test((tokens[k] as Token).text)) { k--; words++; }
  return words > 0 && tokens[k]?.lower === 'from' && /\d/.test((tokens[k + 1] as Token).text + ((tokens[k + 2] as Token | undefined)?.text ?? ''));
}
/** How far before its time the "than" of a compared noun may stand ("than in the midterms four years ago"). */
const STANDARD_REACH = 6;

/**
 * Whether a timex dates the figure a change is compared with: after "from" / "than" / "compared with" and an
 * amount ("from $1 billion a year ago"; "up 45% from a year earlier"), with no event between. TimeML annotators
 * link the verb of such a clause to its own period ("Third-quarter originations dropped"), not to this time.
 */
export function isComparisonTime(sentence: AnalyzedSentence, timex: Timex): boolean {
  const { tokens, events } = sentence;
  const first = tokenIndexAt(tokens, timex.start);
  // The nearest event before the time: the walk back stops there.
  const firstAfter = firstEventFrom(events, first);
  const eventBefore = firstAfter > 0 ? (events[firstAfter - 1] as EventMention).tokenIndex : -1;
  let amount = false;
  for (let i = first - 1; i >= 0 && i >= first - COMPARISON_REACH; i--) {
    const t = tokens[i] as Token;
    if (i === eventBefore) return false;
    const signal = COMPARISON_SIGNALS.has(t.lower) || ((t.lower === 'with' || t.lower === 'to') && COMPARING.has(tokenAt(tokens, i - 1)?.lower ?? ''));
    if (signal) return amount || isAmount(tokenAt(tokens, i - 1));
    if (isAmount(t)) amount = true;
  }
  return false;
}

/** How far after its verb an age may stand ("won a scholarship at 17", "moved to Paris as a child"). */
const AGE_REACH = 8;
/** Who one was at an age: "as a child", "as a teenager". */
const AGE_NOUNS: ReadonlySet<string> = new Set(['child', 'boy', 'girl', 'teenager', 'teen', 'student', 'youth', 'baby', 'toddler', 'schoolboy', 'schoolgirl', 'youngster']);

/**
 * True when an age dates the event at token `at` in the words after it, before the next clause: "won a scholarship at
 * 17", "left school at the age of 15", "moved to Paris as a child". The event has a time of its own, which the text
 * does not give as a date; a date elsewhere in the sentence ("… and completed her doctorate in 1959") is not it.
 */
export function agedAfter(tokens: TokenList, at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + AGE_REACH; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord) return false;
    // Every word read below starts with "a" or "b" ("at", "aged", "as"; "and", "but"): one character code rules out the
    // others (this walk runs for every verb of a sentence with a time).
    const initial = t.lower.charCodeAt(0);
    if (initial !== 97 && initial !== 98) continue;
    if (t.lower === 'and' || t.lower === 'but') return false;
    const next = tokens[k + 1];
    if (t.lower === 'at' && next !== undefined && /^\d{1,2}$/.test(next.text) && !UNIT_AFTER_NUMBER.test(tokens[k + 2]?.lower ?? '')) return true;
    if (t.lower === 'at' && next?.lower === 'the' && tokens[k + 2]?.lower === 'age' && tokens[k + 3]?.lower === 'of') return true;
    if (t.lower === 'aged' && next !== undefined && /^\d{1,2}$/.test(next.text)) return true;
    if (t.lower === 'as' && (next?.lower === 'a' || next?.lower === 'an') && AGE_NOUNS.has(tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}
/** What after "at N" makes N a clock time, an amount or a rate rather than an age. */
const UNIT_AFTER_NUMBER = /^(?:a\.m\.|p\.m\.|am|pm|o'clock|%|percent|per|cents?|dollars?|degrees?|mph|km|miles?|points?|:)$/;

/** True when the event is what a length is a part of: "the last 16 minutes of the flight" (the flight includes them). */
export function isWholeAfterOf(tokens: TokenList, timex: Timex, event: EventMention): boolean {
  let k = tokenIndexAt(tokens, timex.end - 1) + 1;
  if (tokens[k]?.lower !== 'of') return false;
  k++;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  return event.tokenIndex === k;
}

/** Where a "when" clause right after a time starts (", when …"), else past the sentence's end. */
export function whenClauseAfter(tokens: TokenList, timex: Timex): number {
  let k = tokenIndexAt(tokens, timex.end - 1) + 1;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.lower === 'when' ? k : tokens.length;
}

/** The token of the first finite verb at or after token `at` (a clause's verb), else −1. */
export function firstFiniteFrom(sentence: AnalyzedSentence, at: number): number {
  for (const e of sentence.events) if (e.tokenIndex >= at && e.pos === 'verb' && e.group?.form === 'finite') return e.tokenIndex;
  return -1;
}

/** Words after a length that make it a penalty: "in prison", "in federal prison", "behind bars", "of probation". */
const PENALTY_PLACES: ReadonlySet<string> = new Set(['prison', 'jail', 'bars', 'custody', 'detention']);
const PENALTY_KINDS: ReadonlySet<string> = new Set(['probation', 'imprisonment', 'incarceration', 'jail', 'prison', 'house', 'community', 'supervised']);
/** Verbs of time spent: what follows them is the time of the spending. */
const SERVING: ReadonlySet<string> = new Set(['spent', 'spend', 'spends', 'spending', 'served', 'serve', 'serves', 'serving']);
/** Verbs and nouns a penalty's length follows: "sentenced to five years", "a sentence of three years", "jailed for". */
const PENALTY_VERBS: ReadonlySet<string> = new Set(['sentenced', 'jailed', 'condemned', 'imprisoned', 'sentencing', 'sentence', 'sentences', 'term', 'terms']);

/**
 * True when a duration is the length of a penalty, which dates no event: "sentenced to eight years in prison", "a
 * sentence of no more than three years", "faces up to 20 years behind bars", "two years of probation".
 */
export function isPenaltyTerm(tokens: TokenList, timex: TextSpan): boolean {
  const first = tokenIndexAt(tokens, timex.start);
  // (Time spent there is the spending's: "spent eight years in prison", "has served two years in jail".)
  if (SERVING.has(tokens[first - 1]?.lower ?? '')) return false;
  const after = tokenIndexAt(tokens, timex.end);
  const next = tokens[after]?.lower ?? '';
  let place = tokens[after + 1]?.lower ?? '';
  if (place === 'federal' || place === 'state') place = tokens[after + 2]?.lower ?? '';
  if ((next === 'in' || next === 'behind') && PENALTY_PLACES.has(place)) return true;
  if ((next === 'of' && PENALTY_KINDS.has(tokens[after + 1]?.lower ?? '')) || next === 'probation') return true;
  const link = tokens[first - 1]?.lower ?? '';
  return (link === 'to' || link === 'of' || link === 'for') && PENALTY_VERBS.has(tokens[first - 2]?.lower ?? '');
}
