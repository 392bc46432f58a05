/**
 * Parts of a year: seasons ("this summer", "last fall", "the spring of 2016"), quarters ("the third quarter",
 * "third-quarter", "Q3 2017") and halves ("the first half of 2017", "the second half").
 */
import { MONTH_PATTERN, ORDINALS, SEASONS, SEASON_PATTERN, monthNumber } from '../lexicon.js';
import type { Rule } from '../rule.js';
import type { PeriodWithin, Reading } from '../spec.js';
import type { Season } from '../lexicon.js';
import { isPeriodOfPlay } from '../periods-of-play.js';
import { withFiscalYearEnd } from '../fiscal-year.js';
import { THAT_YEAR, thatYearAmount } from './that-year.js';

const YEAR = '(?<year>(?:1[6-9]|20)\\d\\d)';
const WHICH = '(?:(?<which>this\\s+past|this\\s+coming|last|this|next|past|coming|current|latest|the\\s+latest|the\\s+current|the)\\s+)?';
const ORDINAL_WORDS = 'first|second|third|fourth|1st|2nd|3rd|4th';
const OF_YEAR = `(?:\\s+(?:of\\s+)?(?:(?<fiscalYear>(?:(?:its|their|the\\s+company['’]s)\\s+)?fiscal\\s+)?${YEAR}|(?<thisYear>this\\s+year|last\\s+year|next\\s+year)|${THAT_YEAR}))?`;

function ordinal(word: string): number {
  const w = word.toLowerCase();
  return ORDINALS[w] ?? parseInt(w, 10);
}

function modifierOf(which: string | undefined): 'last' | 'this' | 'next' | undefined {
  const w = which?.toLowerCase().replace(/^the\s+/, '');
  if (w === 'last' || w === 'past') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this' || w === 'current') return 'this';
  return undefined;
}

function withYear(reading: Reading, year: string | undefined, thisYear: string | undefined, thatYear?: string): Reading {
  const spec = reading.spec;
  if (spec.kind !== 'period') return reading;
  const field: PeriodWithin = spec.grain === 'season' ? { season: spec.index as Season } : spec.grain === 'quarter' ? { quarter: spec.index as number } : { half: spec.index as number };
  if (year) return { ...reading, spec: { kind: 'calendar', year: Number(year), grain: spec.grain, ...field } };
  if (thisYear) {
    const amount = /last/i.test(thisYear) ? -1 : /next/i.test(thisYear) ? 1 : 0;
    return { ...reading, spec: { kind: 'shift', from: 'publication', unit: 'year', amount, grain: spec.grain, within: field } };
  }
  if (thatYear) {
    // "the fall of that year" after "Nov. 28, 2024" is 2024-FA, "the spring of the following year" 2025-SP.
    return { ...reading, spec: { kind: 'shift', from: 'previous', unit: 'year', amount: thatYearAmount(thatYear), grain: spec.grain, within: field } };
  }
  return reading;
}

/** "the second quarter of fiscal 2026", "the fiscal first half of 2026": in the text's fiscal years (fiscal-year.ts). */
function inFiscalYear(reading: Reading, fiscal: boolean, text: string): Reading {
  return fiscal ? { ...reading, spec: withFiscalYearEnd(reading.spec, text) } : reading;
}

/** "this past spring" is the latest spring before the reference, "this coming fall" the next one. */
function withStatedSide(reading: Reading, which: string | undefined): Reading {
  const w = which?.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'this past') return { ...reading, tense: 'past' };
  if (w === 'this coming') return { ...reading, tense: 'future' };
  return reading;
}

export const periodRules: Rule[] = [
  {
    name: 'season',
    firstWords: ['last', 'this', 'next', 'past', 'coming', 'current', 'latest', 'the', '#season'],
    pattern: `${WHICH}(?<season>${SEASON_PATTERN})${OF_YEAR}`,
    examples: ['this summer', 'last fall', 'the spring of 2016', 'winter', '(until )spring'],
    read: (g, _m, context) => {
      const word = g.season!.toLowerCase();
      // "fall" and "spring" are also verbs and nouns: require a determiner, a year, or a preposition of time before
      // them ("until spring", "in fall", "in early fall", "by late spring").
      if ((word === 'fall' || word === 'spring') && !g.which && !g.year && !g.thisYear && !g.thatYear
        && !/\b(?:in|until|till|by|since|during|through)\s+(?:(?:early|late|mid)[-\s]+)?$/i.test(context.text.slice(Math.max(0, context.start - 14), context.start))) return null;
      // "the fall of the city", "the Fall of Rome": the noun, owned by what follows (a year would have been read).
      const after = context.text.slice(context.end, context.end + 12);
      // "The fall in prices", "a sharp fall from a year ago": the noun, unless a preposition of time makes it the season
      // ("in the fall in Paris").
      if (word === 'fall' && /^the$/i.test(g.which?.trim() ?? '') && !g.year && /^\s+(?:in|from)\s+(?!\d)/i.test(after)
        && !/\b(?:in|during|by|until|till|since|through|throughout|over|for)\s+$/i.test(context.text.slice(Math.max(0, context.start - 12), context.start))) return null;
      if (!g.year && !g.thatYear && (/^\s*of\s+(?:the|a|an|his|her|their|its)\b/i.test(after) || /^\s*of\s+[A-Z][a-z]/.test(after))) return null;
      const base: Reading = { spec: { kind: 'period', grain: 'season', index: SEASONS[word]!, modifier: modifierOf(g.which) } };
      return withStatedSide(withYear(base, g.year, g.thisYear, g.thatYear), g.which);
    },
  },
  {
    name: 'quarter',
    firstWords: ['last', 'this', 'next', 'past', 'coming', 'current', 'latest', 'the', 'fiscal', '#ordinal', '#digit'],
    pattern: `${WHICH}(?:(?<fiscal>fiscal)[-\\s]+)?(?<ordinal>${ORDINAL_WORDS})[-\\s]+(?:fiscal\\s+)?quarter${OF_YEAR}`,
    examples: ['the third quarter', 'third-quarter', 'the first quarter of 1998', 'the fourth quarter of last year', 'the third quarter of fiscal 1990', 'the fiscal-first quarter'],
    read: (g, match, context) => {
      // "threw two touchdowns in the fourth quarter": a quarter of the game, not of the year.
      if (!g.year && !g.thisYear && !g.thatYear && !g.fiscal && isPeriodOfPlay(context.text, context.start, context.end)) return null;
      const base: Reading = { spec: { kind: 'period', grain: 'quarter', index: ordinal(g.ordinal!), modifier: modifierOf(g.which) } };
      return inFiscalYear(withStatedSide(withYear(base, g.year, g.thisYear, g.thatYear), g.which), Boolean(g.fiscal || g.fiscalYear || /fiscal\s+quarter/i.test(match)), context.text);
    },
  },
  {
    // "the December quarter", "the July-September quarter", "the June 2026 quarter": the calendar quarter that
    // ends in the month, or that the two months span (business news names quarters so). A month that ends no
    // quarter ("the November quarter") names a fiscal calendar Chronicle does not know: not a quarter of its own.
    name: 'month-quarter',
    firstWords: ['the', 'this', 'last', 'next', 'that'],
    // "the July-September period" too (a period named by its months is that quarter only with both ends written), and
    // "of 2017" after it ("the January-March quarter of 2017").
    pattern: `(?<which>the|this|last|next|that)\\s+(?:(?<from>${MONTH_PATTERN})\\.?\\s*(?:-|–|to)\\s*)?(?<month>${MONTH_PATTERN})\\.?(?:\\s+${YEAR})?\\s+(?:quarter|(?<period>period))(?:\\s+of\\s+(?<ofYear>(?:1[6-9]|20)\\d\\d))?`,
    examples: ['the December quarter', 'the July-September quarter', 'the June 2026 quarter', 'the July-September period', 'the January-March quarter of 2017'],
    read: (g) => {
      const month = monthNumber(g.month!);
      if (month % 3 !== 0 || (g.from !== undefined && monthNumber(g.from) !== month - 2)) return null;
      if (g.period && g.from === undefined) return null;
      if (g.year && g.ofYear) return null;
      const base: Reading = { spec: { kind: 'period', grain: 'quarter', index: month / 3, modifier: modifierOf(g.which) } };
      return withYear(base, g.year ?? g.ofYear, undefined);
    },
  },
  {
    name: 'quarter-code',
    firstWords: ['q'],
    pattern: `Q(?<index>[1-4])(?:\\s+(?<fiscalYear>FY\\s?|fiscal\\s+)?(?:${YEAR}|(?<=FY|FY\\s)(?<short>\\d\\d)))?`,
    examples: ['Q3 2017', 'Q2 FY26', 'Q1 fiscal 2026'],
    read: (g, _m, context) => {
      // "Q2 FY26": the year in two digits after FY.
      const year = g.year ?? (g.short ? String(2000 + Number(g.short)) : undefined);
      return inFiscalYear(withYear({ spec: { kind: 'period', grain: 'quarter', index: Number(g.index) } }, year, undefined), g.fiscalYear !== undefined, context.text);
    },
  },
  {
    // Business shorthand for halves: "H1 2025", "H2", "1H26", "2H 2026" (a digit first only with a year: "1H" alone is
    // no date). Capitals only: "h1" is no half.
    name: 'half-code',
    firstWords: ['h', '#digit'],
    pattern: `(?:H(?<index>[12])|(?<lead>[12])H)(?:\\s*${YEAR}|\\s*['’]?(?<short>\\d\\d))?`,
    examples: ['H1 2025', 'H2', '1H26', '2H 2026'],
    read: (g, match) => {
      if (!/H/.test(match) || (g.lead && !g.year && !g.short)) return null;
      const year = g.year ?? (g.short ? String(2000 + Number(g.short)) : undefined);
      return withYear({ spec: { kind: 'period', grain: 'half', index: Number(g.index ?? g.lead) } }, year, undefined);
    },
  },
  {
    name: 'latest-quarter',
    firstWords: ['the', 'this', 'last'],
    pattern: '(?<which>the\\s+latest|the\\s+current|this|last|the\\s+past|the\\s+previous|the\\s+most\\s+recent)\\s+quarter',
    examples: ['the latest quarter'],
    read: (g) => {
      const which = g.which!.toLowerCase();
      const amount = /last|previous/.test(which) ? -1 : 0;
      return { spec: { kind: 'shift', from: 'previous', unit: 'quarter', amount, grain: 'quarter' } };
    },
  },
  {
    // "the first two quarters of 1990", "the first six months of this year", "the last three months of 2025": a
    // quarter or half of that year, named by its months (other counts, "the first nine months", stay lengths).
    name: 'months-of-year',
    firstWords: ['the'],
    pattern: `the\\s+(?<edge>first|last|final)\\s+(?<count>two|three|six|2|3|6)\\s+(?<unit>months|quarters)\\s+of\\s+(?:the\\s+year|(?<fiscalYear>fiscal\\s+)?${YEAR}|(?<thisYear>this\\s+year|last\\s+year|next\\s+year))`,
    examples: ['the first two quarters of 1990', 'the first six months of this year', 'the last three months of 2025'],
    read: (g, _m, context) => {
      const count = { two: 2, three: 3, six: 6 }[g.count!.toLowerCase()] ?? Number(g.count);
      const months = /^quarters$/i.test(g.unit!) ? count * 3 : count;
      if (months !== 3 && months !== 6) return null;
      const first = g.edge!.toLowerCase() === 'first';
      const base: Reading = months === 3
        ? { spec: { kind: 'period', grain: 'quarter', index: first ? 1 : 4 } }
        : { spec: { kind: 'period', grain: 'half', index: first ? 1 : 2 } };
      return inFiscalYear(withYear(base, g.year, g.thisYear), g.fiscalYear !== undefined, context.text);
    },
  },
  {
    name: 'half',
    firstWords: ['last', 'this', 'next', 'past', 'coming', 'current', 'latest', 'the', 'first', 'second', 'back', 'front', '#digit'],
    pattern: `${WHICH}(?<ordinal>first|second|1st|2nd|last|latter|back|front)[-\\s]+half(?:\\s+of\\s+(?:the\\s+year|(?<fiscalYear>fiscal\\s+)?${YEAR}|(?<thisYear>this\\s+year|last\\s+year|next\\s+year)))?`,
    examples: ['the first half of 2017', 'the second half', 'second-half (sales)', 'the first half of this year', 'the last half of 1989'],
    read: (g, match, context) => {
      // "the last (latter) half" of a year is its second half; alone ("the last half of the game") it is not a date.
      // … and "the back (front) half" needs its year too ("sat in the back half" is of a room).
      const last = /^(?:last|latter)$/i.test(g.ordinal!);
      if ((last || /^(?:back|front)$/i.test(g.ordinal!)) && !/\sof\s/i.test(match)) return null;
      // "scored twice in the second half", "the first half of the match": a half of the game, not of the year.
      if (!/\sof\s/i.test(match) && isPeriodOfPlay(context.text, context.start, context.end)) return null;
      // "the back half of the year" is its second half, "the front half" its first.
      const index = last || /^back$/i.test(g.ordinal!) ? 2 : /^front$/i.test(g.ordinal!) ? 1 : ordinal(g.ordinal!);
      const base: Reading = { spec: { kind: 'period', grain: 'half', index, modifier: modifierOf(g.which) } };
      return inFiscalYear(withStatedSide(withYear(base, g.year, g.thisYear), g.which), g.fiscalYear !== undefined, context.text);
    },
  },
];
