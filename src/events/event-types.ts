/**
 * The typed intermediate values of the event layer: a detected trigger with its verb-group reading, and a
 * sentence with its tokens and events.
 */
import type { EventKind, Tense } from '../schema.js';
import type { TextSpan, Token, TokenList } from './tokens.js';

export type Aspect = 'none' | 'perfective' | 'progressive';

/** An event noun's time from the adjective before it: to come, over, going on, or none (noun-time-words.ts). */
export type NounTime = 'none' | 'ahead' | 'over' | 'current';

/** How the trigger's verb group is built, which decides its tense and how it relates to its governor. */
export type VerbGroup =
  /**
   * `notYet` for a negated present perfect passive ("hasn't been set", "have not yet been completed"): a state of
   * now, not a past event. `ahead` for a present in a clause of time or condition whose main clause looks ahead
   * ("will remain until Iraq complies"): it speaks of what is to come (clauses-ahead.ts). `continuing` for a
   * perfect progressive ("have been falling"): a process that has run up to its time and may go on.
   */
  | { readonly form: 'finite'; readonly tense: Tense; readonly aspect: Aspect; readonly auxiliaries: readonly string[]; readonly notYet?: true; readonly ahead?: true; readonly continuing?: true }
  /** "to leave": tense comes from the governing verb; `future` when governed by a present "plans to" etc. */
  | { readonly form: 'infinitive'; readonly tense?: Tense }
  /** "could leave", "would leave": modal other than will/shall. */
  /**
   * "could leave"; `aspect` for "may have left" (perfective) and "may be leaving" (progressive); `negatedPast`
   * for a negated past modal, a past refusal or inability in a report ("wouldn't say", "couldn't be reached").
   */
  | { readonly form: 'modal'; readonly modal: string; readonly aspect?: Exclude<Aspect, 'none'>; readonly negatedPast?: true }
  /** "saying", "left by" without auxiliary: participle clause. */
  /** `postnominal`: an -ing form right after its noun ("soldiers massing"), a reduced relative describing it. */
  /** `byAgent`: a past participle before "by" without auxiliaries ("the gap created by blocked supplies"), a reduced passive. */
  | { readonly form: 'participle'; readonly participle: 'present' | 'past'; readonly postnominal?: true; readonly byAgent?: true };

/** One event trigger found in the text. */
export interface EventMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly kind: EventKind;
  /** Undefined for nouns. */
  readonly group?: VerbGroup;
  readonly sentenceIndex: number;
  /** Index of the trigger in its sentence's tokens. */
  readonly tokenIndex: number;
  /** For a noun, the time the adjective before it gives it ("the proposed merger": 'ahead'); 'none' for a verb. */
  readonly timeWord: NounTime;
}

/** A sentence of the text with its tokens and the event triggers it holds (in text order). */
export interface AnalyzedSentence {
  readonly span: TextSpan;
  readonly tokens: TokenList;
  readonly events: EventMention[];
}

/** The index of the first of a sentence's `events` (in text order) at or after token `index`, by a binary search. */
export function firstEventFrom(events: readonly EventMention[], index: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as EventMention).tokenIndex < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the sentence (of sentences in text order) holding `offset`, by a binary search; −1 for none. */
export function sentenceIndexAt(sentences: readonly AnalyzedSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as AnalyzedSentence).span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo];
  return sentence !== undefined && sentence.span.start <= offset ? lo : -1;
}

/** The event whose trigger is token `index` of its sentence, if any: one at most. */
export function eventAtToken(sentence: AnalyzedSentence, index: number): EventMention | undefined {
  const e = sentence.events[firstEventFrom(sentence.events, index)];
  return e !== undefined && e.tokenIndex === index ? e : undefined;
}

/** The tense of a mention, from its verb group (undefined for nouns, participles, bare infinitives, modals). */
export function tenseOf(mention: EventMention): Tense | undefined {
  const g = mention.group;
  if (g === undefined) return undefined;
  if (g.form === 'finite') return g.tense;
  if (g.form === 'infinitive') return g.tense;
  return undefined;
}

/**
 * True when `verb` is a past act that decrees its object, a time after the object being the act's ("called a
 * snap election on Wednesday", "ordered an inquiry on Tuesday", "approved the merger in March"): the election, the
 * inquiry, the merger come later (schedule-anchors.ts, isDecreedObject), and take no past from it (governing-tense.ts). Not verbs of planning ("scheduled a vote
 * on Monday", "planned a strike in May"), whose time is the object's.
 */
export function isDecreeingVerb(verb: EventMention): boolean {
  return DECREEING_VERBS.has(verb.lemma) && verb.group?.form === 'finite' && verb.group.tense === 'past';
}

/** Verbs of a decision or demand whose event-noun object follows it. */
const DECREEING_VERBS: ReadonlySet<string> = new Set(['call', 'order', 'approve', 'propose', 'authorize', 'request', 'demand', 'endorse']);

/** Verbs that put off what they take as object: "postponed a vote", "delayed the launch". */
const POSTPONING_VERBS: ReadonlySet<string> = new Set(['postpone', 'delay', 'defer', 'reschedule', 'adjourn']);
export const isPostponingVerb = (verb: EventMention): boolean => verb.pos === 'verb' && POSTPONING_VERBS.has(verb.lemma);

/**
 * The index of the nearest of `words` among the words right before token `index`, at most `reach` back and with
 * only words between ("who helped build", ", where she stayed"), else −1.
 */
export function wordBefore(tokens: readonly Token[], index: number, reach: number, words: ReadonlySet<string>): number {
  for (let k = index - 1; k >= 0 && k >= index - reach; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord) return -1;
    if (words.has(t.lower)) return k;
  }
  return -1;
}

/**
 * True for a finite verb right after "and" / "but" in the tense of `first`, an earlier verb of its sentence, with no
 * subject of its own and no finite verb between them: a second predicate of the same subject ("disclosed a 5% stake
 * and called for a review"), told as `first` is, not something `first` reports ("said the convoy crossed the border
 * and reached the town": "reached" goes with "crossed").
 */
export function isCoordinatePredicate(sentence: AnalyzedSentence, first: EventMention, event: EventMention): boolean {
  const joiner = sentence.tokens[event.tokenIndex - 1]?.lower;
  if ((joiner !== 'and' && joiner !== 'but') || event.tokenIndex <= first.tokenIndex) return false;
  const g = event.group;
  const r = first.group;
  if (event.pos !== 'verb' || g?.form !== 'finite' || r?.form !== 'finite' || g.tense !== r.tense || g.aspect !== r.aspect || g.auxiliaries.length !== 0) return false;
  for (const e of sentence.events) if (e.tokenIndex > first.tokenIndex && e.tokenIndex < event.tokenIndex && e.group?.form === 'finite') return false;
  return true;
}
