/**
 * Quotations inside a clause, for the lexical tense (tense.ts): a quotation's verbs are the speaker's, not the
 * writer's ('"We will win," she said on Monday').
 */
/** A double quote mark: straight, curly, or the TeX-style `` and '' of some wire copy. */
export const QUOTE_MARK = /["“”]|``|''/;
const QUOTE_MARKS = /["“”]|``|''/g;

/**
 * The quotations of a clause as [start, end] offset pairs: an offset is inside one when start < offset <= end
 * (straight marks alternate opening and closing; curly and TeX-style marks say which they are; an opening mark
 * inside a quotation starts the next one; an unclosed one runs to the end). Read once per sentence.
 */
export function quotedSpans(clause: string): readonly number[] {
  const bounds: number[] = [];
  let open = false;
  for (const m of clause.matchAll(QUOTE_MARKS)) {
    const opens: boolean = m[0] === '"' ? !open : m[0] === '“' || m[0] === '``';
    // Every mark ends the quotation it is in; an opening one starts another.
    if (open) bounds.push(m.index);
    if (opens) bounds.push(m.index);
    open = opens;
  }
  if (open) bounds.push(Infinity);
  return bounds;
}

/** Which quotation of the clause the offset lies in: 0 outside any, else its number (from 1). */
export function quotationAt(spans: readonly number[], offset: number): number {
  for (let k = 0; k + 1 < spans.length; k += 2) if ((spans[k] as number) < offset && offset <= (spans[k + 1] as number)) return k / 2 + 1;
  return 0;
}
