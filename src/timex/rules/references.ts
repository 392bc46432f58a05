/**
 * Vague references to the present, past and future: "now", "currently", "recently", "the past",
 * "the future", "soon" → PRESENT_REF, PAST_REF, FUTURE_REF; and the seasons of sport, "last season", "this season".
 */
import type { Rule } from '../rule.js';

const REFERENCES: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF', presently: 'PRESENT_REF',
  'at the moment': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', recent: 'PAST_REF', lately: 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF',
  'the past': 'PAST_REF', 'in the past': 'PAST_REF', once: 'PAST_REF', earlier: 'PAST_REF',
  'the future': 'FUTURE_REF', soon: 'FUTURE_REF', shortly: 'FUTURE_REF', 'in the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF', 'the coming': 'FUTURE_REF',
};

/** "last season", "this season", "next season": the side of the present a season of play lies on. */
const SEASON_OF_PLAY: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  last: 'PAST_REF', 'this past': 'PAST_REF', 'the past': 'PAST_REF', this: 'PRESENT_REF', 'the current': 'PRESENT_REF',
  next: 'FUTURE_REF', 'this coming': 'FUTURE_REF', 'the coming': 'FUTURE_REF', 'the upcoming': 'FUTURE_REF',
};

export const referenceRules: Rule[] = [
  {
    // A season of play (or of a show, of a harvest) has no calendar value: a football season runs August to May, a
    // baseball one April to October, and news names neither. What the words give is its side of the present, so the
    // events of "he scored 20 goals last season" lie before publication. "the last season" is the final one, not
    // the previous ("the last season of the show"): not read. A season with its years ("the 2025-26 season") is
    // read as its two years (ranges.ts).
    name: 'season-of-play',
    firstWords: ['last', 'this', 'next', 'the'],
    pattern: '(?<which>last|next|this\\s+past|this\\s+coming|this|the\\s+(?:past|current|coming|upcoming))\\s+season(?![-\\w])',
    examples: ['last season', 'this season', 'next season', 'the coming season'],
    read: (g, _m, context) => {
      // "the last season", "its next season": a season named by its place in a series, not by its side of now.
      if (/\b(?:the|its|his|her|their|a|an)\s+$/i.test(context.text.slice(Math.max(0, context.start - 6), context.start))) return null;
      return { spec: { kind: 'reference', value: SEASON_OF_PLAY[g.which!.toLowerCase().replace(/\s+/g, ' ')]! } };
    },
  },
  {
    name: 'present-ref',
    firstWords: ['now', 'currently', 'current', 'then', 'nowadays', 'these', 'at', 'presently', 'the'],
    pattern: '(?<word>now|currently|(?<then>then[-\\s])?current|nowadays|these\\s+days|at\\s+present|presently|the\\s+present(?!\\s+(?:tense|value|day|time)))',
    examples: ['now', 'currently', 'these days', 'the then current price'],
    read: (g, _m, context) => {
      const word = g.word!.toLowerCase().replace(/^then[-\s]/, '').replace(/\s+/g, ' ');
      const after = context.text.slice(context.end, context.end + 12);
      // "now that we know" still refers to the present (TimeBank and AQUAINT mark it); "current account" and
      // "current" as a noun (electric, ocean) do not.
      // "current" as an adjective ("the current crisis"), not the noun ("an electric current", "current account").
      const before = context.text.slice(Math.max(0, context.start - 12), context.start);
      if (word === 'current' && (!/^\s+[a-z]/.test(after) || /^\s+(?:account|affairs|events|of|and|in|is|was|ran|runs|flows?|[a-z]+ed)\b/i.test(after) || /\b(?:electric|electrical|ocean|strong|warm|cold|powerful|rip|jet|air)\s+$/i.test(before))) return null;
      // "the then current price": current at a past time.
      if (g.then) return { spec: { kind: 'reference', value: 'PAST_REF' } };
      return { spec: { kind: 'reference', value: REFERENCES[word] ?? 'PRESENT_REF' } };
    },
  },
  {
    name: 'past-ref',
    firstWords: ['recently', 'lately', 'the'],
    pattern: '(?<word>recently|lately|the\\s+past(?!\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?|years?|decades?|centur)))',
    examples: ['recently', 'the past', 'previously'],
    read: (g) => ({ spec: { kind: 'reference', value: REFERENCES[g.word!.toLowerCase().replace(/\s+/g, ' ')] ?? 'PAST_REF' } }),
  },
  {
    name: 'recent-noun',
    firstWords: ['recent'],
    pattern: 'recent(?=\\s+(?:days|weeks|months|years|times|decades|history|past))',
    examples: ['recent (days)'],
    read: () => ({ spec: { kind: 'reference', value: 'PAST_REF' } }),
  },
  {
    name: 'future-ref',
    firstWords: ['the'],
    pattern: '(?<word>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future)',
    examples: ['the future', 'the near future'],
    read: () => ({ spec: { kind: 'reference', value: 'FUTURE_REF' } }),
  },
];
