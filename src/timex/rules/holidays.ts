/** Holidays, fixed and computed: "Christmas", "New Year's Eve", "Thanksgiving 2016", "last Easter"; and "the new year". */
import { HOLIDAYS } from '../holidays.js';
import type { Rule } from '../rule.js';
import type { Reading } from '../spec.js';

/**
 * The words a holiday pattern's alternatives can begin with: the first word of each alternative, and for an
 * alternative opening with an optional group ("(?:st\\.?\\s+)?valentine…") the words of that group and the one after.
 */
function leadingWords(pattern: string): string[] {
  return pattern.split('|').flatMap((alternative) => {
    const optional = /^\(\?:([^)]*)\)\?(\w+)/.exec(alternative);
    // Escapes are not words: (?:st\.?\s+)? begins with "st" only, not also "s" (which every "'s" would try).
    if (optional) return [...(optional[1]!.replace(/\\[a-z]/gi, ' ').match(/[a-z]+/g) ?? []), optional[2]!];
    const word = /^(?:[a-z]\??)+/.exec(alternative)?.[0] ?? '';
    return spellings(word);
  });
}

/** The spellings of a word with optional letters: "labou?r" → "labour", "labor". */
function spellings(word: string): string[] {
  const optional = word.indexOf('?');
  if (optional < 0) return word ? [word] : [];
  const before = word.slice(0, optional - 1);
  const letter = word[optional - 1]!;
  const after = word.slice(optional + 1);
  return spellings(`${before}${after}`).concat(spellings(`${before}${letter}${after}`));
}

/** A capitalised word right before, not a preposition or determiner opening a sentence: a first name or a title. */
const NAME_BEFORE = /\b(?!(?:In|During|Before|After|Since|Until|Till|For|Through|Throughout|By|Of|On|At|Holy|This|Last|Next|Each|Every|The|As|When|With|From|Ahead)\s+$)(?:[A-Z][a-z]*\.?|[A-Z]\.)\s+$/;

const namedHolidayRules: Rule[] = HOLIDAYS.map((holiday) => ({
  name: `holiday:${holiday.name}`,
  pattern: `(?:(?<modifier>last|this|next)\\s+)?(?:${holiday.pattern})(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?(?<weekend>\\s+weekend)?(?<week>\\s+week(?![\\w-]))?`,
  examples: [holiday.name],
  firstWords: ['last', 'this', 'next', ...leadingWords(holiday.pattern)],
  read: (g, match, context) => {
    // Holidays are capitalised ("the Fourth of July": after its "the").
    if (!/[A-Z]/.test(match.replace(/^(?:last|this|next)\s+/i, '').replace(/^the\s+/i, '')[0] ?? '')) return null;
    // "Vice President Taha Yassin Ramadan", "Mr. Ramadan": the family name, after a name or a title.
    if (holiday.alsoSurname && !g.modifier && NAME_BEFORE.test(context.text.slice(Math.max(0, context.start - 24), context.start))) return null;
    const modifier = g.modifier?.toLowerCase() as 'last' | 'this' | 'next' | undefined;
    const day: Reading = { spec: { kind: 'holiday', holiday: holiday.name, year: g.year ? Number(g.year) : undefined, modifier } };
    // "Labor Day weekend", "Thanksgiving weekend": the weekend the holiday makes long.
    if (g.weekend && g.week) return null;
    // "Christmas week", "Easter week": the week it falls in.
    if (g.week) return { spec: { kind: 'anchored', base: day, baseText: holiday.name, step: { kind: 'holidayWeek' } } };
    return g.weekend ? { spec: { kind: 'anchored', base: day, baseText: holiday.name, step: { kind: 'holidayWeekend' } } } : day;
  },
}));

/**
 * "the new year", "in the new year": the year that New Year's Day begins, the one placed as the holiday is (the
 * nearest by tense): published in November it is the coming year, in February the year just begun.
 */
const newYearRule: Rule = {
  name: 'the-new-year',
  firstWords: ['the'],
  pattern: "the\\s+new\\s+year(?!['’]|\\s+(?:eve|day)\\b)",
  examples: ['in the new year', 'the start of the new year'],
  read: () => ({
    spec: {
      kind: 'anchored', base: { spec: { kind: 'holiday', holiday: "New Year's Day" } }, baseText: "New Year's Day",
      step: { kind: 'offset', unit: 'year', amount: 0, grain: 'unit' },
    },
  }),
};

export const holidayRules: Rule[] = [...namedHolidayRules, newYearRule];
