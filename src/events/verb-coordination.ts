/**
 * Verb groups shared across "and"/"or": the second verb of a coordinated predicate, without auxiliaries of its own,
 * takes the modal or future group of the first ("will be tried and sentenced", "could move the prisoners or even
 * harm him"). (Called from readVerbGroup, which reads the first verb's group.)
 */
import type { VerbGroup } from './event-types.js';
import { type Token, type TokenList, tokenAt } from './tokens.js';
import { MODALS } from './noun-lexicon.js';
import { BE_TENSE } from './auxiliary-lexicon.js';
import { auxiliariesBefore, participleForm, readVerbGroup } from './verb-group.js';

/**
 * The group of a future or modal passive that a participle without auxiliaries right after "and" or "or" shares:
 * "will be tried and sentenced", "could be fined or jailed" (one group, one tense).
 */
export function coordinatedPassive(tokens: TokenList, index: number): VerbGroup | undefined {
  const joiner = tokenAt(tokens, index - 1)?.lower;
  if (joiner !== 'and' && joiner !== 'or') return undefined;
  const first = tokenAt(tokens, index - 2);
  const form = first === undefined || !first.isWord ? undefined : participleForm(first);
  if (form === undefined || !auxiliariesBefore(tokens, index - 2).some((w) => BE_TENSE.has(w))) return undefined;
  // Only a group of what is to come or may come: after a past or present one the second form may be an active
  // past of its own ("he is married and lived in Texas"), and a past passive reads the same either way.
  const group = readVerbGroup(tokens, index - 2, form);
  return group.form === 'modal' || (group.form === 'finite' && group.tense === 'future') ? group : undefined;
}

/** Adverbs that may stand between "and"/"or" and the second verb of a coordinated predicate ("or even harm him"). */
const COORDINATION_ADVERBS: ReadonlySet<string> = new Set(['even', 'then', 'perhaps', 'possibly', 'also', 'later', 'eventually', 'maybe', 'probably', 'still']);
/** Words that open a clause of its own: a verb after them has its own subject and group. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'if', 'when', 'while', 'but', 'after', 'before', 'since', 'until',
  'unless', 'although', 'though', 'as', 'where', 'whether', 'and', 'or',
]);
/** How far back the first verb of a coordinated predicate may stand from the joiner ("could move the prisoners or"). */
const COORDINATION_REACH = 8;

/**
 * The group of a modal or future verb that a bare base form right after "and" or "or" (and an adverb) shares, its
 * subject left out: "will visit Paris and meet the president", "could move the prisoners or even harm him" (one
 * predicate, one modal). Not when the second verb has a subject of its own ("will rise and costs fall") or the
 * first stands in another clause.
 */
export function coordinatedBase(tokens: TokenList, index: number): VerbGroup | undefined {
  let j = index - 1;
  while (j >= 0 && COORDINATION_ADVERBS.has(tokenAt(tokens, j)?.lower ?? '')) j--;
  const joiner = tokenAt(tokens, j)?.lower;
  if (joiner !== 'and' && joiner !== 'or') return undefined;
  for (let k = j - 1; k >= 1 && k >= j - COORDINATION_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord || CLAUSE_OPENERS.has(t.lower)) return undefined;
    // The nearest word with auxiliaries is the first verb of the pair: only a modal one is shared ("will proceed to
    // impede or delay": "delay" goes with the infinitive).
    const first = auxiliariesBefore(tokens, k)[0];
    if (first === undefined) continue;
    if (!MODALS.has(first)) return undefined;
    const group = readVerbGroup(tokens, k, 'base');
    return group.form === 'modal' || (group.form === 'finite' && group.tense === 'future') ? group : undefined;
  }
  return undefined;
}
