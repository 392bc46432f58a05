/**
 * Where a participle stands in its predicate: fronted before its copula, the subject after ("Still unresolved is the
 * dispute over pay", "Gone are the days"), it is that copula's predicate, in its tense, not a simple past of its
 * own; after a degree word ("are better protected") it is still inside its passive.
 */
import type { Tense } from '../schema.js';
import { WordClass } from './lexeme.js';
import type { Token, TokenList } from './tokens.js';
import { isLinkingForm, participleForm } from './verb-group.js';
import { verbReadings } from './verb-lexicon.js';
import { BE_TENSE } from './auxiliary-lexicon.js';

const HAVE_TENSE_OF: ReadonlyMap<string, Tense> = new Map([['has', 'present'], ['have', 'present'], ['had', 'past']]);
/** Participles of arranging ahead: after "have" and its object they say how things stand ("has no trip planned"). */
const ARRANGED: ReadonlySet<string> = new Set(['planned', 'scheduled', 'arranged', 'booked', 'slated']);
/** Words of a short object between "have" and the participle ("no trip", "a meeting", "two more talks"). */
const OBJECT_REACH = 3;

/**
 * The tense of "have" before a participle of arranging and its object ("Annan has no trip planned", "the band had
 * a tour scheduled"): the arrangement stands at the time of "have" — a state, not a past act of planning.
 */
export function arrangedObjectTense(tokens: TokenList, index: number): Tense | undefined {
  if (!ARRANGED.has((tokens[index] as Token).lower)) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - 1 - OBJECT_REACH; i--) {
    const t = tokens[i] as Token;
    if (!t.isWord) return undefined;
    const tense = HAVE_TENSE_OF.get(t.lower);
    if (tense !== undefined) return i < index - 1 ? tense : undefined;
  }
  return undefined;
}

const COPULA_TENSE: ReadonlyMap<string, Tense> = new Map([['is', 'present'], ['are', 'present'], ['was', 'past'], ['were', 'past']]);
/** Adverbs that may open the sentence before the fronted participle. */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(['still', 'also', 'yet', 'not', 'equally', 'largely', 'mostly']);

/** The tense of the copula right after the participle at token `index` when the two open the sentence. */
export function frontedCopulaTense(tokens: TokenList, index: number): Tense | undefined {
  const tense = COPULA_TENSE.get(tokens[index + 1]?.lower ?? '');
  if (tense === undefined) return undefined;
  for (let i = 0; i < index; i++) {
    const t = tokens[i];
    if (t === undefined || !t.isWord) return undefined;
    if (!OPENING_ADVERBS.has(t.lower) && ((tokens.classes[i] as number) & WordClass.groupAdverb) === 0) return undefined;
  }
  return tense;
}

/** Degree words of a participle inside a passive ("are better protected", "the worst affected"). */
const DEGREE_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['better', 'worse', 'best', 'worst']);

/** True when token `i` is such a degree word and a participle follows it. */
export function isDegreeBeforeParticiple(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return DEGREE_BEFORE_PARTICIPLE.has((tokens[i] as Token).lower) && next !== undefined && participleForm(next) !== undefined;
}

/** Verbs whose "un-" undoes an act ("unloaded the cargo", "has uncovered a plot"): their participles are verbs. */
const REVERSATIVE_STEMS: ReadonlySet<string> = new Set(['loaded', 'locked', 'covered', 'folded', 'packed', 'wrapped', 'tied', 'plugged',
  'seated', 'rolled', 'screwed', 'masked', 'settled', 'nerved', 'raveled', 'ravelled', 'bolted', 'blocked', 'chained', 'hooked',
  'sealed', 'zipped', 'dressed', 'buckled', 'tangled', 'loosed', 'done', 'wound']);

/**
 * True for an unlisted "un-" form of a listed participle that negates it ("undelivered", "unrealized",
 * "unchanged"): an adjective, not a verb — unless the "un-" undoes the act ("unloaded", "uncovered").
 */
export function isNegatedParticiple(token: Token): boolean {
  const w = token.lower;
  if (token.lexeme.readings.length > 0 || w.length < 7 || !w.startsWith('un')) return false;
  const stem = w.slice(2);
  return !REVERSATIVE_STEMS.has(stem) && verbReadings(stem).some((r) => r.form === 'pastOrParticiple' || r.form === 'participle');
}

/** Words carrying a contracted "is" or "are" ("it's", "that's", "they're"), before a predicate. */
const CONTRACTED_BE = /^(?:it|he|she|that|there|what|who|here|they|we|you)['’](?:s|re)$/;

/**
 * True when token `index` is a negated participle used as an adjective before its noun or an object ("Waertsilae
 * Marine's undelivered ships", "has unrealized gains"), not as the predicate of a copula or linking verb ("were
 * unaffected", "remained largely unchanged", "Still unresolved is"), where it is the state TimeML tags.
 */
export function isAttributiveNegatedParticiple(tokens: readonly Token[], index: number): boolean {
  if (!isNegatedParticiple(tokens[index] as Token)) return false;
  // ("Still unresolved is Sony's effort": fronted before its copula, the predicate.)
  if (BE_TENSE.has(tokens[index + 1]?.lower ?? '')) return false;
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if ((t.lexeme.classes & WordClass.groupAdverb) !== 0) continue;
    return !(t.isWord && (BE_TENSE.has(t.lower) || isLinkingForm(t.lower) || CONTRACTED_BE.test(t.lower)));
  }
  return true;
}
