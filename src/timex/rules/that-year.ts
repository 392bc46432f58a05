/**
 * "that year", "the following year", "the previous year" after a period or a month ("the fall of that year", "March
 * of the following year"): the year of the date the text gave last, or one on either side of it.
 */

/** The phrase, as the named group `thatYear`. */
export const THAT_YEAR = '(?<thatYear>that\\s+(?:same\\s+)?year|the\\s+(?:same|following|next|previous|preceding)\\s+year)';

/** How many years from the date the text gave last the phrase names: 1, -1 or 0. */
export function thatYearAmount(thatYear: string): 1 | -1 | 0 {
  return /following|next/i.test(thatYear) ? 1 : /previous|preceding/i.test(thatYear) ? -1 : 0;
}
