/**
 * Reading the verb group of a verbal trigger: the auxiliaries, modals and "to" before it decide its tense and
 * aspect ("has crossed" = present perfective, "had intended" = past perfective, "will meet" = future,
 * "plans to visit" = future infinitive).
 */
import type { Tense } from '../schema.js';
import type { Aspect, VerbGroup } from './event-types.js';
import { GROUP_ADVERBS, MODALS } from './noun-lexicon.js';
import type { Token } from './tokens.js';
import type { VerbForm } from './verb-lexicon.js';

const BE_TENSE: Readonly<Record<string, Tense | 'nonfinite'>> = {
  is: 'present', are: 'present', am: 'present', "'s": 'present', "'re": 'present', "'m": 'present',
  was: 'past', were: 'past', be: 'nonfinite', been: 'nonfinite', being: 'nonfinite',
};
const HAVE_TENSE: Readonly<Record<string, Tense | 'nonfinite'>> = {
  has: 'present', have: 'present', "'ve": 'present', had: 'past', "'d": 'past', having: 'nonfinite',
};
const DO_TENSE: Readonly<Record<string, Tense>> = { do: 'present', does: 'present', did: 'past' };
const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo']);

/** Governors of an infinitive that make it future when they are in the present: "plans to", "is scheduled to". */
const FUTURE_GOVERNORS = new Set([
  'plan', 'plans', 'planning', 'scheduled', 'going', 'expected', 'set', 'due', 'intends', 'intend', 'intending',
  'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'expects', 'expect', 'prepares', 'preparing', 'slated', 'poised',
  'promises', 'vows', 'pledges', 'threatens', 'seeks', 'wishes', 'decides', 'agrees', 'agreed', 'decided', 'planned', 'promised',
]);

/**
 * The words `auxiliariesBefore` collects, as a set: the keys of the tense tables, modals, "to" and "going" —
 * and, as the `in` operator on those tables answers, the names of Object.prototype ("constructor").
 */
const AUXILIARY_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(BE_TENSE), ...Object.keys(HAVE_TENSE), ...Object.keys(DO_TENSE), ...MODALS, 'to', 'going',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** True for a word of two or more capitals A–Z only ("US", "NATO"), as /^[A-Z]{2,}$/ tests. */
function isCapitalsOnly(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** Collects the auxiliary words before token `index` (skipping adverbs and negation), nearest first. */
function auxiliariesBefore(tokens: readonly Token[], index: number): string[] {
  const found: string[] = [];
  for (let i = index - 1; i >= 0 && found.length < 4; i--) {
    const w = tokens[i]?.lower ?? '';
    if (isCapitalsOnly(tokens[i]?.text ?? '')) break;
    if (GROUP_ADVERBS.has(w)) continue;
    if (AUXILIARY_WORDS.has(w)) {
      found.push(w);
      if (w === 'to') {
        const gov = tokens[i - 1]?.lower;
        if (gov !== undefined) found.push(gov);
        break;
      }
      continue;
    }
    break;
  }
  return found;
}

/** The tense carried by the first finite auxiliary of a chain (nearest first), following modals and to-infinitives. */
function chainTense(chain: readonly string[]): Tense | 'modal' | 'nonfinite' {
  for (const w of chain) {
    if (FUTURE_MODALS.has(w)) return 'future';
    if (MODALS.has(w)) return 'modal';
    const t = BE_TENSE[w] ?? HAVE_TENSE[w] ?? DO_TENSE[w];
    if (t !== undefined && t !== 'nonfinite') return t;
  }
  return 'nonfinite';
}

/**
 * Reads the verb group ending at token `index`, whose word has the given lexical form.
 * @example "have crossed" → { form: 'finite', tense: 'present', aspect: 'perfective' }
 */
export function readVerbGroup(tokens: readonly Token[], index: number, verbForm: VerbForm): VerbGroup {
  const aux = auxiliariesBefore(tokens, index);
  const first = aux[0];
  if (first === 'to') {
    const governor = aux[1] ?? '';
    const beforeGovernor = tokens[index - 3]?.lower ?? '';
    const presentGovernor = FUTURE_GOVERNORS.has(governor) && !/ed$/.test(governor) ? true
      : FUTURE_GOVERNORS.has(governor) && (beforeGovernor in BE_TENSE) && BE_TENSE[beforeGovernor] === 'present';
    return presentGovernor ? { form: 'infinitive', tense: 'future' } : { form: 'infinitive' };
  }
  if (first !== undefined && MODALS.has(first) && !FUTURE_MODALS.has(first)) return { form: 'modal', modal: first };
  const aspect: Aspect = verbForm === 'gerund' && aux.some((w) => w in BE_TENSE) ? 'progressive'
    : (verbForm === 'participle' || verbForm === 'pastOrParticiple') && aux.some((w) => w in HAVE_TENSE) ? 'perfective'
      : 'none';
  if (aux.length > 0) {
    const t = chainTense(aux);
    if (t === 'modal') return { form: 'modal', modal: aux.find((w) => MODALS.has(w)) ?? '' };
    if (t !== 'nonfinite') {
      const perfective = aspect === 'perfective' || aux.some((w, i) => i > 0 && w in HAVE_TENSE && aux[0] === 'been');
      return { form: 'finite', tense: t, aspect: perfective ? 'perfective' : aspect, auxiliaries: aux };
    }
  }
  switch (verbForm) {
    case 'past':
      return { form: 'finite', tense: 'past', aspect: 'none', auxiliaries: [] };
    case 'pastOrParticiple': {
      const next = tokens[index + 1]?.lower;
      const prev = tokens[index - 1];
      if (next === 'by' && prev !== undefined && !prev.capitalized && prev.lower !== 'who' && prev.lower !== 'that') {
        return { form: 'participle', participle: 'past' };
      }
      return { form: 'finite', tense: 'past', aspect: 'none', auxiliaries: [] };
    }
    case 'participle':
      return { form: 'participle', participle: 'past' };
    case 'gerund':
      return { form: 'participle', participle: 'present' };
    case 'base':
    case 'third':
      return { form: 'finite', tense: 'present', aspect: 'none', auxiliaries: [] };
  }
}
