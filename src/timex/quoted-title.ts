/** A quoted title after a possessive, which the scanner does not read as a time (see `isQuotedTitle`). */

/**
 * True when a match opens a quoted title after a possessive, every word capitalised: a programme, a book or a film
 * ('ABC News\' "This Week,"', 'ABC-TV\'s "This Week With David Brinkley"', 'CBS\'s "60 Minutes"'), not a time.
 */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  const quote = text.charCodeAt(start - 1);
  if (quote !== 34 && quote !== 0x201c && quote !== 96) return false;
  let k = start - 1;
  while (k > 0 && text.charCodeAt(k - 1) === 96) k--;
  if (text.charCodeAt(k - 1) !== 32) return false;
  const owner = text.slice(Math.max(0, k - 12), k - 1);
  if (!POSSESSIVE_END.test(owner)) return false;
  return TITLE_WORDS.test(text.slice(start, end));
}

/** A possessive ending a word: "ABC's", "ABC News'", "Reuters’". */
const POSSESSIVE_END = /(?:[A-Za-z]['’]s|s['’])$/;
/** Words that each open with a capital or a digit ("This Week", "60 Minutes"). */
const TITLE_WORDS = /^[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*$/;
