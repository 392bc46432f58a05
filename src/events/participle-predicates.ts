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

/** Degree words of a participle inside a passive ("are better protected", "the worst affected"); each starts with b or w. */
const DEGREE_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['better', 'worse', 'best', 'worst']);

/** True when token `i` is such a degree word and a participle follows it. */
export function isDegreeBeforeParticiple(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).lower;
  // Read before every verb and after every auxiliary: the degree words' first letters turn most words away before
  // the set lookup (which cost ~1.5% of detection).
  const first = w.charCodeAt(0);
  if (first !== 98 && first !== 119) return false;
  const next = tokens[i + 1];
  return DEGREE_BEFORE_PARTICIPLE.has(w) && next !== undefined && participleForm(next) !== undefined;
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

/** How many tokens a subject before a participle aside may take ("The new asylum policy, announced …"). */
const SUBJECT_REACH = 6;
/** How many tokens the aside may take before its closing comma ("announced in April 2022 by the government,"). */
const ASIDE_REACH = 10;

/**
 * True when the -ed form at `index` opens an aside on the sentence's subject, set off by commas before the main verb:
 * "The policy, announced in April 2022, has cost taxpayers …", "The suspect, arrested on Monday, appeared in court"
 * — a past participle describing the subject, not a verb of its own. The subject is a short run of words from the
 * start of the sentence with no auxiliary in it; the aside goes on with a preposition; after its closing comma
 * comes an auxiliary, a modal or a finite verb.
 */
export function isSubjectParticipleAside(tokens: TokenList, index: number): boolean {
  const comma = index - 1;
  if (comma < 1 || comma > SUBJECT_REACH || tokens[comma]?.text !== ',') return false;
  const { classes } = tokens;
  for (let k = 0; k < comma; k++) {
    if (!(tokens[k] as Token).isWord || ((classes[k] as number) & (WordClass.auxiliaryForm | WordClass.modal | WordClass.subjectPronoun)) !== 0) return false;
  }
  if (((classes[index + 1] ?? 0) & WordClass.preposition) === 0) return false;
  for (let k = index + 2; k < tokens.length && k <= index + ASIDE_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.text !== ',') continue;
    const verb = tokens[k + 1];
    if (verb === undefined || !verb.isWord) return false;
    if (((classes[k + 1] as number) & (WordClass.auxiliaryForm | WordClass.modal)) !== 0) return true;
    return verb.lexeme.readings.some((r) => r.form === 'past' || r.form === 'third' || r.form === 'pastOrParticiple');
  }
  return false;
}
