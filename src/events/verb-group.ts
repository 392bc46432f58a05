/**
 * Reading the verb group of a verbal trigger: the auxiliaries, modals and "to" before it decide its tense and
 * aspect ("has crossed" = present perfective, "had intended" = past perfective, "will meet" = future,
 * "plans to visit" = future infinitive).
 */
import type { Tense } from '../schema.js';
import type { Aspect, VerbGroup } from './event-types.js';
import { TokenMark, type Token, type TokenList, tokenAt } from './tokens.js';
import type { VerbForm } from './verb-lexicon.js';
import { HELP_FORMS, MODALS, auxiliaryOfNegation } from './noun-lexicon.js';
import { WordClass } from './lexeme.js';
import { guessRegularForm } from './verb-lexicon.js';
import { BE_TENSE, DO_TENSE, FUTURE_MODALS, HAVE_TENSE } from './auxiliary-lexicon.js';
import { coordinatedBase, coordinatedPassive } from './verb-coordination.js';
import { arrangedObjectTense, frontedCopulaTense, isDegreeBeforeParticiple, isSubjectParticipleAside } from './participle-predicates.js';
import {
  NO_AUXILIARIES, finiteGroup, modalGroup, SIMPLE_PAST, SIMPLE_PRESENT, PAST_PARTICIPLE, AGENT_PARTICIPLE, PRESENT_PARTICIPLE, POSTNOMINAL_PARTICIPLE, INFINITIVE, FUTURE_INFINITIVE,
} from './verb-group-values.js';

/** True when token `i` is an adverb that may stand inside a verb group (`isGroupAdverb`, from its lexeme). */
const isGroupAdverbAt = (tokens: readonly Token[], i: number): boolean => ((tokens[i] as Token).lexeme.classes & WordClass.groupAdverb) !== 0;

/** Governors of an infinitive that make it future when they are in the present: "plans to", "is scheduled to". */
const FUTURE_GOVERNORS = new Set([
  'plan', 'plans', 'planning', 'scheduled', 'going', 'expected', 'set', 'due', 'intends', 'intend', 'intending',
  'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'expects', 'expect', 'prepares', 'preparing', 'slated', 'poised',
  'promises', 'vows', 'pledges', 'threatens', 'seeks', 'wishes', 'decides', 'agrees', 'agreed', 'decided', 'planned', 'promised',
]);

/** Subordinators a past participle may follow with no subject between: "if convicted", "when asked", "once approved". */
const SUBJECTLESS_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'once', 'when', 'whenever', 'until', 'though', 'although', 'while', 'whether']);

/** Modals that are past forms: negated, they report a past refusal or inability ("wouldn't say", "couldn't be reached"). */
const PAST_MODALS = new Set(['could', 'would']);

/** True when the verb group ending at `index` is negated ("would not say", "couldn't be reached"). */
function negatedBefore(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const w = tokens[i]?.lower ?? '';
    if (w === 'not' || w === "n't" || w === 'never' || auxiliaryOfNegation(w) !== undefined) return true;
    if (!(isGroupAdverbAt(tokens, i) || w === 'be' || w === 'been' || w === 'have' || MODALS.has(w))) return false;
  }
  return false;
}

/** How far back (in tokens) from its verb group a "neither … nor" subject may begin ("Neither he nor Elian's four grandparents"). */
const NOR_REACH = 8;

/**
 * True when the subject before the verb group ending at `index` is negated by "neither … nor" ("Neither they nor
 * Mr. McAlpine could be reached"): the group is as negated as with "not".
 */
function norSubjectBefore(tokens: readonly Token[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (isGroupAdverbAt(tokens, i) || GROUP_WORDS.has(tokens[i]?.lower ?? ''))) i--;
  for (let k = i; k >= 0 && k > i - NOR_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'nor') return true;
    if (!t.isWord && t.text !== "'s" && t.text !== '.') return false;
  }
  return false;
}
/** Auxiliaries and modals inside a verb group. */
const GROUP_WORDS = new Set([...MODALS, 'be', 'been', 'being', 'have', 'has', 'had']);

/**
 * True when the -ing form at `index` directly follows a plain noun ("U.S. soldiers massing in Saudi Arabia",
 * "customers holding contracts"): a reduced relative clause, describing its noun.
 */
function postnominal(tokens: readonly Token[], index: number): boolean {
  const prev = tokenAt(tokens, index - 1);
  if (prev === undefined || !prev.isWord || prev.capitalized) return false;
  // "with the killer digging it up" is an absolute clause in the time of its sentence, not a relative.
  const absolute = ABSOLUTE_OPENERS.has(tokenAt(tokens, index - 2)?.lower ?? '') || ABSOLUTE_OPENERS.has(tokenAt(tokens, index - 3)?.lower ?? '');
  // A plain noun: not a determiner, preposition, pronoun or group adverb, nor a verb form.
  const functionWord = (prev.lexeme.classes & (WordClass.determiner | WordClass.preposition | WordClass.subjectPronoun | WordClass.groupAdverb)) !== 0;
  return !absolute && !functionWord && prev.lexeme.readings.length === 0;
}
const ABSOLUTE_OPENERS = new Set(['with', 'without']);

/** A word carrying a contracted auxiliary, as the tokenizer keeps it whole ("it's", "they're", "we've", "he'll"). */
const CONTRACTION = /^(?:it|he|she|that|there|what|who|they|we|you|i)('s|'re|'ve|'d|'ll|'m)$/;

/** Forms of linking verbs whose complement is a state ("became isolated", "remain trapped", "seems flawed"). */
const LINKING_FORMS = new Set([
  'become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'remaining', 'seem', 'seems', 'seemed',
  'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'get', 'gets', 'got', 'getting', 'stay', 'stays', 'stayed',
  'feel', 'feels', 'felt', 'grow', 'grows', 'grew', 'growing',
]);

/** True for a form of a linking verb ("remain", "stayed", "becomes"). */
export const isLinkingForm = (word: string): boolean => LINKING_FORMS.has(word);

/** True when the word before token `index`, past any adverbs, is a linking verb. */
function afterLinkingVerb(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const w = tokens[i]?.lower ?? '';
    if (isGroupAdverbAt(tokens, i)) continue;
    return LINKING_FORMS.has(w);
  }
  return false;
}

/** True for a word of two or more capital letters A–Z only (a headline or an acronym). */
function isAllCapitals(text: string): boolean {
  if (text.length < 2) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/**
 * True when the participle at `index`, before "by", follows a word of its noun phrase ("the gap created by", "bonds
 * already weakened by", "as calculated by"): a reduced passive, not a participle clause set off by a comma ("Bethlehem
 * Steel, hammered by higher costs, posted …") nor a passive whose "be" an adverbial keeps apart ("are at least imposed by").
 */
function reducedPassive(tokens: readonly Token[], index: number): boolean {
  if (tokenAt(tokens, index - 1)?.isWord !== true) return false;
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) if (BE_TENSE.has((tokens[k] as Token).lower)) return false;
  return true;
}


/** Particles of a phrasal verb ("built up", "set off"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'back', 'over']);

/**
 * True when a particle and a determiner follow token `index` ("'s built up a momentum"): a phrasal verb with its
 * object, active, so a contracted "'s" before it is "has", not the passive's "is".
 */
function particleObjectAfter(tokens: readonly Token[], index: number): boolean {
  return PARTICLES.has(tokens[index + 1]?.lower ?? '') && ((tokens[index + 2]?.lexeme.classes ?? 0) & WordClass.determiner) !== 0;
}

/**
 * Collects the auxiliary words before token `index` (skipping adverbs, negation and the quote marks that may stand
 * inside a verb group, TokenMark.groupQuote: "will now ``proceed''"), nearest first.
 */
export function auxiliariesBefore(tokens: TokenList, index: number): string[] {
  const found: string[] = [];
  const { classes } = tokens;
  for (let i = index - 1; i >= 0 && found.length < 4; i--) {
    const token = tokens[i] as Token;
    const c = classes[i] as number;
    if (token.capitalized && isAllCapitals(token.text)) break;
    if ((c & (WordClass.groupAdverb | TokenMark.groupQuote)) !== 0) continue;
    const w = token.lower;
    // "will likely trim", "would likely precede" (elsewhere "likely" is an adjective: "is likely to win").
    if (w === 'likely' && MODALS.has(tokenAt(tokens, i - 1)?.lower ?? '')) continue;
    // "are better protected", "was worst hit": a degree word right before a participle stands inside the passive.
    if (i === index - 1 && isDegreeBeforeParticiple(tokens, i)) continue;
    // "would no longer sell", "is no longer required": the pair stands inside the group.
    if (w === 'longer' && tokenAt(tokens, i - 1)?.lower === 'no') { i--; continue; }
    if ((c & TokenMark.apostrophe) !== 0) {
      // "didn't say", "hasn't been fixed", "won't leave": the auxiliary inside a negation.
      const negated = auxiliaryOfNegation(w);
      if (negated !== undefined && (BE_TENSE.has(negated) || HAVE_TENSE.has(negated) || DO_TENSE.has(negated) || MODALS.has(negated))) {
        found.push(negated);
        continue;
      }
      // A subject with a contracted auxiliary ends the chain: "it's followed", "they're leaving", "we've seen".
      const contracted = CONTRACTION.exec(w);
      if (contracted !== null) {
        const perfect = found[0] === 'been' || found[0] === 'got' || (found.length === 0 && particleObjectAfter(tokens, index));
        const aux = contracted[1] === "'s" ? (perfect ? 'has' : 'is') : contracted[1] ?? '';
        if (BE_TENSE.has(aux) || HAVE_TENSE.has(aux) || MODALS.has(aux)) found.push(aux);
        break;
      }
    }
    // A form of be, have or do, a modal, "to" or "going" (CHAIN_WORDS).
    if ((c & WordClass.chainWord) === 0) break;
    // "announced in May had cut": a capitalised "May" inside a sentence is the month, not the modal.
    if (w === 'may' && token.capitalized && i > 0) break;
    found.push(w);
    if (w === 'to') {
      const gov = tokenAt(tokens, i - 1)?.lower;
      if (gov !== undefined) found.push(gov);
      break;
    }
  }
  return found;
}

/**
 * The tense carried by the finite auxiliary of a chain (given nearest first): the first one in text order, so
 * "will have crossed" is future and "may have been buried" modal, not the present of "have".
 */
function chainTense(chain: readonly string[]): Tense | 'modal' | 'nonfinite' {
  for (let i = chain.length - 1; i >= 0; i--) {
    const w = chain[i] as string;
    if (FUTURE_MODALS.has(w)) return 'future';
    if (MODALS.has(w)) return 'modal';
    const t = BE_TENSE.get(w) ?? HAVE_TENSE.get(w) ?? DO_TENSE.get(w);
    if (t !== undefined && t !== 'nonfinite') return t;
  }
  return 'nonfinite';
}

/** Words before "have to", "need to" that put the obligation in the past ("didn't have to", "having to"). */
const PAST_BEFORE_OBLIGATION: ReadonlySet<string> = new Set(['did', "didn't", 'having', 'had', "hadn't"]);

/** How far back (in tokens) from an infinitive's verb its "to" may stand ("to be formally used"). */
const TO_REACH = 6;

/**
 * True when the infinitive ending at token `index` speaks of what is to come: governed by a present "plans",
 * "hopes", "is going", "is expected", "is about" ("is about to go"), "is yet" or "has yet" ("has yet to decide"),
 * a word of likelihood ("likely to send"), a present "be" itself ("is to be funded"), a present or modal "have to",
 * "need to" ("has to pay", "will have to consider"), or "have to" under such a governor ("are going to have to live").
 */
function isFutureInfinitive(tokens: readonly Token[], index: number): boolean {
  let to = index - 1;
  while (to >= 0 && to >= index - TO_REACH && tokens[to]?.lower !== 'to') to--;
  if (tokens[to]?.lower !== 'to') return false;
  for (;;) {
    const governor = tokenAt(tokens, to - 1)?.lower ?? '';
    const beforeGovernor = tokenAt(tokens, to - 2)?.lower ?? '';
    if (governor === 'have' && beforeGovernor === 'to') { to -= 2; continue; }
    // An obligation or need in the present or under a modal is of what is to come: "has to pay", "doesn't have to
    // wait", "will have to consider", "needs to raise" (not "had to", "didn't have to").
    if (governor === 'has' || governor === 'needs') return true;
    if (governor === 'have' || governor === 'need') {
      const negated = beforeGovernor === 'not' || beforeGovernor === 'never';
      return !PAST_BEFORE_OBLIGATION.has(negated ? tokenAt(tokens, to - 3)?.lower ?? '' : beforeGovernor);
    }
    const presentBeBefore = BE_TENSE.get(beforeGovernor) === 'present';
    if (FUTURE_GOVERNORS.has(governor)) return !/ed$/.test(governor) || presentBeBefore;
    if (FUTURE_ADJECTIVES.has(governor)) return BE_TENSE.get(beforeGovernor) !== 'past';
    if (POSSIBILITY_NOUNS.has(governor)) return heldByPresentHave(tokens, to - 2);
    // "is about to go", "is yet to be seen", "has yet to decide".
    const presentHaveBefore = beforeGovernor === 'has' || beforeGovernor === 'have';
    return (governor === 'about' && presentBeBefore) || (governor === 'yet' && (presentBeBefore || presentHaveBefore)) || BE_TENSE.get(governor) === 'present';
  }
}

/**
 * Words of likelihood and readiness whose infinitive is to come unless a past "be" puts them in the past ("a
 * ruling likely to send", "is unlikely to change", "remains to be seen"; not "was likely to win").
 */
const FUTURE_ADJECTIVES: ReadonlySet<string> = new Set(['likely', 'unlikely', 'ready', 'remains', 'remain']);

/** Nouns of what may come whose infinitive is to come when a present "have" holds them ("still has the potential to cause"). */
const POSSIBILITY_NOUNS: ReadonlySet<string> = new Set(['potential', 'chance', 'chances', 'possibility']);

/** True when a present "has" or "have" stands at token `at` or one or two words before it ("has the", "have a real"). */
function heldByPresentHave(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && k >= at - 2; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'has' || w === 'have') return true;
    if (tokens[k]?.isWord !== true) return false;
  }
  return false;
}

/** How long (in tokens) an aside between a modal and its verb may be ("may, in a year or two, save"). */
const ASIDE_REACH = 8;

/**
 * The index of the modal before an aside set off by commas that ends right before token `i`, else -1: "You may,
 * in a year or two, save a few more lives", "He will, of course, resign".
 */
export function modalBeforeAside(tokens: readonly Token[], i: number): number {
  if (tokenAt(tokens, i - 1)?.text !== ',') return -1;
  for (let k = i - 2; k >= 1 && k >= i - 2 - ASIDE_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return MODALS.has((tokenAt(tokens, k - 1) as Token).lower) ? k - 1 : -1;
    if (!t.isWord) return -1;
  }
  return -1;
}

/** The participle form of a token ("tried", "taken"; a regular -ed form the lexicon does not list), if it has one. */
export function participleForm(token: Token): VerbForm | undefined {
  for (const r of token.lexeme.readings) if (r.form === 'pastOrParticiple' || r.form === 'participle') return r.form;
  return token.lexeme.readings.length === 0 ? guessRegularForm(token.lower)?.form === 'pastOrParticiple' ? 'pastOrParticiple' : undefined : undefined;
}

/**
 * Reads the verb group ending at token `index`, whose word has the given lexical form.
 * @example "have crossed" → { form: 'finite', tense: 'present', aspect: 'perfective' }
 */
/**
 * A negated past modal read as a refusal or inability at the time of a report ("wouldn't say", "couldn't be reached"),
 * not when an "until" follows in its clause: "would not vote until an audit was complete" tells what is to come.
 */
function isPastRefusal(tokens: TokenList, index: number, modal: string): boolean {
  return PAST_MODALS.has(modal) && (negatedBefore(tokens, index) || norSubjectBefore(tokens, index)) && !untilAfter(tokens, index);
}

/** How far after its verb an "until" may stand in the verb's clause ("would not vote on the bill until"). */
const UNTIL_REACH = 8;

/** True when "until" or "till" follows the verb at `index` within its clause (words only between). */
function untilAfter(tokens: TokenList, index: number): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + UNTIL_REACH; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord) return false;
    if (t.lower === 'until' || t.lower === 'till') return true;
  }
  return false;
}

export function readVerbGroup(tokens: TokenList, index: number, verbForm: VerbForm): VerbGroup {
  const asideModal = verbForm === 'base' ? modalBeforeAside(tokens, index) : -1;
  if (asideModal >= 0) {
    const modal = (tokens[asideModal] as Token).lower;
    return FUTURE_MODALS.has(modal) ? finiteGroup('future', 'none', [modal]) : modalGroup(modal);
  }
  const aux = auxiliariesBefore(tokens, index);
  const first = aux[0];
  // An infinitive, bare or with its own auxiliaries ("to visit", "is going to be used"): its governor decides.
  if (aux.includes('to')) return isFutureInfinitive(tokens, index) ? FUTURE_INFINITIVE : INFINITIVE;
  if (first !== undefined && MODALS.has(first) && !FUTURE_MODALS.has(first)) {
    return isPastRefusal(tokens, index, first) ? modalGroup(first, undefined, 'negatedPast') : modalGroup(first);
  }
  // A bare infinitive after "help" ("helped end the war").
  if (verbForm === 'base' && aux.length === 0 && HELP_FORMS.has(tokenAt(tokens, index - 1)?.lower ?? '')) return INFINITIVE;
  const aspect: Aspect = verbForm === 'gerund' && aux.some((w) => BE_TENSE.has(w)) ? 'progressive'
    : (verbForm === 'participle' || verbForm === 'pastOrParticiple') && aux.some((w) => HAVE_TENSE.has(w)) ? 'perfective'
      : 'none';
  if (aux.length > 0) {
    const t = chainTense(aux);
    if (t === 'modal') {
      const modal = aux.find((w) => MODALS.has(w)) ?? '';
      // "may have been buried" speaks of a possibility already past; "may be hiding" of one now.
      if (aspect !== 'none') return modalGroup(modal, aspect);
      return isPastRefusal(tokens, index, modal) ? modalGroup(modal, undefined, 'negatedPast') : modalGroup(modal);
    }
    if (t !== 'nonfinite') {
      const perfective = aspect === 'perfective' || aux.some((w, i) => i > 0 && HAVE_TENSE.has(w) && aux[0] === 'been');
      if (perfective && t === 'present' && aux[0] === 'been' && negatedBefore(tokens, index)) return finiteGroup(t, 'perfective', aux, 'notYet');
      // "have been falling", "has been sitting": a perfect progressive.
      if (perfective && aspect === 'progressive') return finiteGroup(t, 'perfective', aux, 'continuing');
      return finiteGroup(t, perfective ? 'perfective' : aspect, aux);
    }
  }
  if (aux.length === 0 && (verbForm === 'pastOrParticiple' || verbForm === 'participle')) {
    const shared = coordinatedPassive(tokens, index);
    if (shared !== undefined) return shared;
  }
  if (aux.length === 0 && verbForm === 'base') {
    const shared = coordinatedBase(tokens, index);
    if (shared !== undefined) return shared;
  }
  switch (verbForm) {
    case 'past':
      return SIMPLE_PAST;
    case 'pastOrParticiple': {
      // After a nonfinite auxiliary it is a participle: "soon after being captured", "having been warned".
      if (aux.length > 0) return PAST_PARTICIPLE;
      const fronted = frontedCopulaTense(tokens, index) ?? arrangedObjectTense(tokens, index);
      if (fronted !== undefined) return finiteGroup(fronted, 'none', NO_AUXILIARIES);
      const next = tokens[index + 1]?.lower;
      const prev = tokenAt(tokens, index - 1);
      if (next === 'by' && prev !== undefined && !prev.capitalized && prev.lower !== 'who' && prev.lower !== 'that') {
        return reducedPassive(tokens, index) ? AGENT_PARTICIPLE : PAST_PARTICIPLE;
      }
      // The complement of a linking verb is a participle in that verb's time: "is becoming increasingly isolated".
      if (afterLinkingVerb(tokens, index)) return PAST_PARTICIPLE;
      // An aside on the subject: "The policy, announced in April 2022, has cost …".
      if (isSubjectParticipleAside(tokens, index)) return PAST_PARTICIPLE;
      // A clause of condition or time with no subject of its own: "If convicted, he faces life in prison", "unless
      // stopped", "when asked", "once approved".
      if (prev !== undefined && SUBJECTLESS_OPENERS.has(prev.lower)) return PAST_PARTICIPLE;
      // "with" + a noun + an -ed form is an absolute participle, of no tense: "with winds expected from mid-morning".
      if (prev !== undefined && prev.isWord && tokenAt(tokens, index - 2)?.lower === 'with') return PAST_PARTICIPLE;
      return SIMPLE_PAST;
    }
    case 'participle':
      return tokens[index + 1]?.lower === 'by' && reducedPassive(tokens, index) ? AGENT_PARTICIPLE : PAST_PARTICIPLE;
    case 'gerund':
      return postnominal(tokens, index) ? POSTNOMINAL_PARTICIPLE : PRESENT_PARTICIPLE;
    case 'base':
    case 'third':
      return SIMPLE_PRESENT;
  }
}
