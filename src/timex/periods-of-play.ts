/**
 * Halves and quarters that are not the year's: "scored twice in the second half", "threw two touchdowns in the
 * fourth quarter", "the first half of the match", "the second half of the 1990s". Sports copy names the periods of a
 * game with the words business copy uses for the year's; in a sentence about play they are parts of the game (an
 * event), not a calendar half or quarter, and not time expressions of their own. A half "of" something other than a
 * year (a month, a season, a decade, a film) is that thing's half, not the year's either.
 */
import { sentenceAround } from './tense.js';

/**
 * Words only a sentence about a game uses. Not "goal", "points", "beat" or "win": business copy has "the goal of",
 * "percentage points", "beat forecasts", "won a contract". "the game" is kept: "sales of the game" is rare beside a half.
 */
const PLAY_CUE = new RegExp([
  '\\bscor(?:ed|es|ing)\\b', '\\bgoalless\\b', '\\b(?:opening|winning|equali[sz]ing|own)\\s+goal\\b', '\\bequali[sz](?:ed|er)\\b',
  '\\btouchdowns?\\b', '\\bfield\\s+goals?\\b', '\\bthree-pointers?\\b', '\\brebounds\\b', '\\bfree\\s+throws?\\b',
  '\\bpenalt(?:y|ies)\\b', '\\bfree[-\\s]kicks?\\b', '\\bheader\\b', '\\bhalf-?time\\b', '\\bkick-?off\\b', '\\bthe\\s+(?:final\\s+)?whistle\\b',
  '\\bsubstitutes?\\b', '\\bquarterback\\b', '\\bstriker\\b', '\\bgoalkeeper\\b', '\\bthe\\s+(?:match|game|fixture|derby|bout)\\b',
].join('|'), 'i');

/** What a half or quarter is "of" when it is not a year: "the second half of the match / month / season / 1990s". */
const OF_OTHER_THAN_YEAR = /^\s+of\s+(?:(?:the|this|that|last|next|a|an|its|his|her|their|our)\s+)?(?![\w'’-]*\s*(?:(?:fiscal|financial|calendar|current)\s+)?year\b)(?!fiscal\b|financial\b|calendar\b|(?:1[6-9]|20)\d\d\b)[\w'’-]+/i;

/** Whether the half or quarter at text[start, end) is a period of play or a half of something other than a year. */
export function isPeriodOfPlay(text: string, start: number, end: number): boolean {
  if (OF_OTHER_THAN_YEAR.test(text.slice(end, end + 40))) return true;
  const sentence = sentenceAround(text, start);
  return PLAY_CUE.test(text.slice(sentence.start, sentence.end));
}
