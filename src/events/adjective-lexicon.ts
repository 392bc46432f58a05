/**
 * Predicative state adjectives: after a form of "be" ("the dividend is due", "the shares are worth $5", "they
 * are eager to sell"), the adjective names the event — a state that holds for a time — and TimeML tags it, not
 * the copula. `intention` marks the adjectives of attitude towards another event (TimeML I_STATE: "eager to",
 * "willing to", "afraid"); the others are plain states.
 */
import type { EventKind } from '../schema.js';
import { monthNumber } from '../timex/lexicon.js';
import type { Token } from './tokens.js';
import { isGroupAdverb } from './noun-lexicon.js';
import { tokenAt } from './tokens.js';

const STATES = `
due worth payable convertible redeemable eligible available likely unlikely profitable unprofitable independent
vulnerable dependent responsible liable open unchanged flat lower higher weak weaker strong stronger healthy
successful unsuccessful optimistic pessimistic confident hopeful concerned aware unaware uncertain sure certain
involved present absent alive dead missing injured ill sick safe stable unstable good bad happy unhappy intense
equal low high pending
`;
const INTENTIONS = `
eager willing unwilling keen reluctant anxious afraid able unable capable incapable ready prepared determined
`;

const KIND = new Map<string, EventKind>();
for (const w of STATES.trim().split(/\s+/)) KIND.set(w, 'state');
for (const w of INTENTIONS.trim().split(/\s+/)) KIND.set(w, 'intention');

/** The event kind of a predicative state adjective, or undefined when the word is not one. */
export function kindOfStateAdjective(word: string): EventKind | undefined {
  return KIND.get(word);
}

/** Degree words that may stand between a copula and its adjective ("is not very likely"). */
const DEGREE = new Set('not n\'t never very more less so too fully increasingly highly quite particularly most still also now already again currently'.split(' '));

/**
 * The state adjective completing the copula at token `i` ("is due", "are not eager"), with its token index
 * and kind; undefined when the copula is followed by anything else.
 */
export function stateAdjectiveAfter(tokens: readonly Token[], i: number): { readonly index: number; readonly kind: EventKind } | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j] as Token;
    if (!t.isWord) return undefined;
    const kind = KIND.get(t.lower);
    if (kind !== undefined) return isExtraposed(tokens, i, j) ? undefined : { index: j, kind };
    // A degree word, or a manner adverb in -ly ("overly optimistic", "fairly intense").
    if (!DEGREE.has(t.lower) && !(t.lower.endsWith('ly') && isGroupAdverb(t.lower))) return undefined;
  }
  return undefined;
}

/**
 * "It is bad enough that …", "it was unlikely to …": an expletive "it" with the adjective's clause extraposed,
 * where TimeML tags the copula.
 */
function isExtraposed(tokens: readonly Token[], copula: number, adjective: number): boolean {
  if (tokenAt(tokens, copula - 1)?.lower !== 'it') return false;
  const next = tokens[adjective + 1]?.lower === 'enough' ? tokens[adjective + 2] : tokens[adjective + 1];
  return next?.lower === 'that' || next?.lower === 'to';
}

/** Adjectives of maturity that follow their noun before a date: "debentures due March 1, 2011", "notes payable 1995". */
export const POSTNOMINAL_BEFORE_DATE: ReadonlySet<string> = new Set(['due', 'payable']);

/**
 * True when token `i` is a postnominal "due"/"payable" followed by a date ("debentures due March 1, 2011",
 * "due 1999"): TimeML tags the adjective as the state that lasts until that date.
 */
export function isPostnominalDueBeforeDate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  if (t === undefined || prev === undefined || next === undefined || !POSTNOMINAL_BEFORE_DATE.has(t.lower)) return false;
  if (!prev.isWord && prev.text !== ',') return false;
  return (next.capitalized && monthNumber(next.lower) > 0) || /^(1[89]|20)\d\d$/.test(next.text);
}
