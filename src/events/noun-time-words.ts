/**
 * The time an adjective before an event noun gives it against its clause's time: "the proposed merger", "an
 * upcoming election" are still to come; "a recent offering", "the previous attempt" are over; "the ongoing
 * manhunt", "the current talks" are going on. The adjective speaks of the noun's own time, which a noun without one
 * takes from its governing verb instead (governing-tense.ts).
 */
import type { NounTime } from './event-types.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * Adjectives of what is planned or expected. (Not "possible" or "potential": "investigating a possible arson", "his
 * potential involvement" are as often of what may already have happened.)
 */
const AHEAD: ReadonlySet<string> = new Set([
  'proposed', 'planned', 'upcoming', 'forthcoming', 'impending', 'prospective', 'anticipated', 'scheduled',
  'imminent', 'threatened', 'eventual', 'intended', 'future', 'pending', 'expected', 'projected',
]);
/** Adjectives of what is over ("the failed coup"). (Not "last" or "latest": "the last game of the season".) */
const OVER: ReadonlySet<string> = new Set(['recent', 'former', 'previous', 'earlier', 'past', 'prior', 'failed', 'aborted', 'abortive']);
/** Adjectives of what is going on. */
const CURRENT: ReadonlySet<string> = new Set(['ongoing', 'current', 'continuing', 'present']);

/** The time the adjective right before the event noun at token `i` gives it; 'none' for none. */
export function nounTimeWord(tokens: readonly Token[], i: number): NounTime {
  const prev = tokenAt(tokens, i - 1);
  if (prev === undefined || !prev.isWord) return 'none';
  const w = prev.lower;
  if (AHEAD.has(w)) return 'ahead';
  if (OVER.has(w)) return 'over';
  if (CURRENT.has(w)) return 'current';
  return 'none';
}
