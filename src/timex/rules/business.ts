/**
 * Reporting periods of business news: "the quarter", "the latest period", "the 1988 quarter", "the fiscal
 * year", "this year's third quarter". They name the period a report covers: the quarter just mentioned, or
 * else the last one completed before publication.
 */
import type { Rule } from '../rule.js';
import { statedFiscalYearEnd, withFiscalYearEnd } from '../fiscal-year.js';
import { yearRangeEnd } from './explicitDates.js';
import type { Groups } from '../rule.js';
import type { Reading } from '../spec.js';

const ORDINAL = '(?<ordinal>first|second|third|fourth)';
const QUARTER_INDEX: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const NAMED_YEAR = '(?:1[6-9]|20)\\d\\d';
const SPLIT_YEAR_END = '\\s*[-–/]\\s*(?:(?:1[6-9]|20)\\d\\d|\\d\\d)';

/**
 * A fiscal year named by its year or by the two it straddles: "the 1990 fiscal year" (1990), "its 2019-20 fiscal
 * year", "fiscal 2014-15", "FY2014-15" (2020, 2015). A fiscal year across New Year is named by the year it ends in,
 * as "fiscal 2026" is (fiscal-year.ts), so the two years are one expression, not a range of two; its months are the
 * text's fiscal year where it says when that ends, else (as for "fiscal 2026") the calendar year of its name. Null
 * for years that are no one fiscal year ("fiscal 2014-2016", a range: left to the years).
 */
function namedFiscalYear(g: Groups, context: { text: string }): Reading | null {
  const from = Number(g.year);
  let year = from;
  if (g.endYear !== undefined) {
    const end = yearRangeEnd(from, g.endYear);
    if (end !== from + 1) return null;
    year = end;
  }
  return { spec: withFiscalYearEnd({ kind: 'calendar', year, grain: 'year' }, context.text) };
}

/** Words after "the period" that define it themselves, so it is not the quarter a report covers. */
const PERIOD_DEFINED_AFTER = /^\s+(?:from|between|of|since|when|in\s+which|during|before|after|that|which|covered|under|leading)\b/i;

export const businessRules: Rule[] = [
  {
    // "in the year ended March 31": a twelve-month reporting span named by its end date, which is an
    // expression of its own (TimeBank: DURATION P1Y).
    name: 'year-ended',
    firstWords: ['the'],
    pattern: '(?:the)\\s+(?:fiscal\\s+|financial\\s+)?year(?=\\s+(?:that\\s+)?(?:ended|ending|ends|to)\\s+(?:[A-Z][a-z]+\\.?\\s+\\d|\\d|tomorrow|today|yesterday|last|next|this|in\\s))',
    examples: ['the year (ended March 31)', 'the fiscal year (ending June 30, 1990)'],
    read: () => ({ spec: { kind: 'duration', parts: [{ unit: 'year', amount: 1 }] } }),
  },
  {
    name: 'reporting-quarter',
    firstWords: ['the', 'that'],
    pattern: '(?:the|that)\\s+(?:(?<which>latest|current|most\\s+recent|same|comparable)\\s+)?(?:fiscal\\s+)?(?:quarter|period)',
    examples: ['the quarter', 'the latest period', 'that quarter'],
    read: (g, match, context) => {
      // "the period from 2010 through 2015", "the period of martial law": a period the words after it define.
      if (/period$/i.test(match) && PERIOD_DEFINED_AFTER.test(context.text.slice(context.end, context.end + 16))) return null;
      return /current/i.test(g.which ?? '')
      // "the current quarter" is the one under way at publication, not the one last reported.
      ? { spec: { kind: 'shift', from: 'publication', unit: 'quarter', amount: 0, grain: 'quarter' } }
      : { spec: { kind: 'reportingQuarter', latest: /latest|recent/i.test(g.which ?? '') } };
    },
  },
  {
    name: 'year-quarter',
    firstWords: ['the', 'fiscal', '#digit'],
    pattern: `(?:the\\s+)?(?<fiscal>fiscal\\s+)?(?<year>(?:19|20)\\d\\d)(?:['’]s)?\\s+(?:${ORDINAL}\\s+)?(?:fiscal\\s+)?(?:quarter|period)`,
    examples: ['the 1988 quarter', 'the 1988 second quarter', 'the 1989 period', "fiscal 2026's second quarter"],
    read: (g, _m, context) => {
      const year = Number(g.year);
      // "the fiscal 2026 second quarter", "fiscal 2026's second quarter": in the text's fiscal years (fiscal-year.ts).
      if (g.ordinal && g.fiscal) return { spec: withFiscalYearEnd({ kind: 'calendar', year, quarter: QUARTER_INDEX[g.ordinal.toLowerCase()], grain: 'quarter' }, context.text) };
      if (g.ordinal) return { spec: { kind: 'calendar', year, quarter: QUARTER_INDEX[g.ordinal.toLowerCase()], grain: 'quarter' } };
      return { spec: { kind: 'calendar', year, grain: 'quarter', quarterFromPrevious: true } };
    },
  },
  {
    // "the same quarter last year", "the corresponding period a year ago", "the quarter a year earlier": the quarter
    // just reported, a year back (as "the year-ago quarter"), one expression rather than a quarter and a year.
    name: 'period-a-year-ago',
    firstWords: ['the'],
    pattern: '(?:the)\\s+(?:(?:same|corresponding|comparable|like)\\s+)?(?:fiscal\\s+)?(?:quarter|period)\\s+(?:(?:of\\s+)?last\\s+year|a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?the\\s+(?:previous|prior|preceding)\\s+year)',
    examples: ['the same quarter last year', 'the corresponding period a year ago', 'the quarter a year earlier'],
    read: () => ({ spec: { kind: 'shift', from: 'previous', unit: 'year', amount: -1, grain: 'quarter', inheritGrain: true } }),
  },
  {
    name: 'relative-year-quarter',
    firstWords: ['this', 'last', 'next'],
    pattern: `(?<rel>this|last|next)\\s+year['’]s\\s+(?:${ORDINAL}\\s+)?(?:fiscal\\s+)?quarter`,
    examples: ["this year's third quarter", "last year's quarter"],
    read: (g) => {
      const amount = g.rel!.toLowerCase() === 'last' ? -1 : g.rel!.toLowerCase() === 'next' ? 1 : 0;
      if (g.ordinal) return { spec: { kind: 'shift', from: 'publication', unit: 'year', amount, grain: 'quarter', within: { quarter: QUARTER_INDEX[g.ordinal.toLowerCase()] } } };
      return { spec: { kind: 'shift', from: 'previous', unit: 'year', amount, grain: 'quarter', inheritGrain: true } };
    },
  },
  {
    // "the 1990 fiscal year", "its 2019-20 fiscal year", "the 2014-15 financial year".
    name: 'year-fiscal-year',
    firstWords: ['the', '#digit'],
    pattern: `(?:the\\s+)?(?<year>${NAMED_YEAR})(?<endYear>${SPLIT_YEAR_END})?\\s+(?:fiscal|financial)\\s+year`,
    examples: ['the 1990 fiscal year', '(its) 2019-20 fiscal year', 'the 2014-15 financial year'],
    read: (g, _match, context) => namedFiscalYear({ year: g.year, endYear: g.endYear?.replace(/^\s*[-–/]\s*/, '') }, context),
  },
  {
    // "fiscal 2014-15", "fiscal year 2019-20", "FY2014-15": the fiscal year ending in the second year.
    name: 'fiscal-split-year',
    firstWords: ['fiscal', 'fy'],
    pattern: `(?:fiscal(?:\\s+year)?\\s+|FY\\s?)(?<year>${NAMED_YEAR})(?<endYear>${SPLIT_YEAR_END})(?![\\d:.,/]\\d)`,
    examples: ['fiscal 2014-15', 'fiscal year 2019-20', 'FY2014-15'],
    read: (g, _match, context) => namedFiscalYear({ year: g.year, endYear: g.endYear!.replace(/^\s*[-–/]\s*/, '') }, context),
  },
  {
    name: 'fiscal-year',
    firstWords: ['the', 'current', 'latest', 'full', 'this', 'last', 'next', 'past', 'previous', 'fiscal', 'financial'],
    // (The modifier takes its own space: no match begins at the space before "Fiscal year".)
    pattern: '(?:the\\s+)?(?:(?<which>current|latest|full|this|last|next|past|previous)\\s+)?(?:fiscal|financial|full)\\s+year|the\\s+full\\s+year',
    examples: ['the fiscal year', 'the current fiscal year', 'the full year'],
    read: (g, match, context) => {
      const which = g.which?.toLowerCase();
      // "the latest fiscal year" is the last one reported, as "the latest quarter" is: completed, the one before the
      // year under way.
      const amount = which === 'last' || which === 'previous' || which === 'past' || which === 'latest' ? -1 : which === 'next' ? 1 : 0;
      // A fiscal year of the text's, which it says ends in June: the one holding the publication date (fiscal-year.ts).
      const end = /fiscal|financial/i.test(match) ? statedFiscalYearEnd(context.text) : undefined;
      return { spec: { kind: 'shift', from: 'publication', unit: 'year', amount, grain: 'year', ...(end !== undefined && end !== 12 && { fiscalYearEnd: end }) } };
    },
  },
  {
    name: 'weekend',
    firstWords: ['the', 'this', 'last', 'next', 'that'],
    pattern: '(?<which>the|this\\s+past|this\\s+coming|this|last|next|that|the\\s+past|the\\s+coming)\\s+weekend',
    examples: ['the weekend', 'last weekend', 'this weekend', 'this past weekend'],
    read: (g) => {
      const which = g.which!.toLowerCase().replace(/\s+/g, ' ');
      // "this past weekend" is the last one; "this coming weekend" the next one, which on a weekday is this week's.
      if (which === 'this coming') return { spec: { kind: 'weekend' }, tense: 'future' };
      const amount = which === 'last' || which === 'the past' || which === 'this past' ? -1 : which === 'next' || which === 'the coming' ? 1 : 0;
      if (which === 'that') return { spec: { kind: 'shift', from: 'previous', unit: 'week', amount: 0, grain: 'weekend' } };
      if (which === 'the') return { spec: { kind: 'weekend' } };
      return { spec: { kind: 'shift', from: 'publication', unit: 'week', amount, grain: 'weekend' } };
    },
  },
];
