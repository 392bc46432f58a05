/**
 * Vague references to the present, past and future: "now", "currently", "recently", "the past",
 * "the future", "soon" → PRESENT_REF, PAST_REF, FUTURE_REF.
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

export const referenceRules: Rule[] = [
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
