/**
 * A participle fronted before its copula, the subject after: "Still unresolved is the dispute over pay", "Included
 * were two rifles", "Gone are the days". The participle is the predicate of that copula, in its tense — not a
 * simple past of its own.
 */
import type { Tense } from '../schema.js';
import { WordClass } from './lexeme.js';
import type { TokenList } from './tokens.js';

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
