/**
 * Fiscal years that do not end in December, when the article says when they end ("Microsoft's fiscal year ends June
 * 30", "a fiscal year ending in September", "the state's fiscal year begins July 1"). US business and government
 * copy names a fiscal year by the calendar year it ends in, so "fiscal 2026" then runs from July 2025 to June 2026,
 * and "the second quarter of fiscal 2026" is October to December 2025. No TIMEX3 value spans July to June: a fiscal
 * year keeps its name as its value ("2026", as TimeBank writes "fiscal 1989") and gets its true months as its
 * interval; a fiscal quarter or half is written as the calendar quarter or half holding most of its months (2025-Q4),
 * as "the quarter ended Oct. 31" is. With no end stated, a fiscal year is read as the calendar year.
 */
import { MONTH_NAMES, MONTH_PATTERN, monthNumber } from './lexicon.js';
import { calendarDate, plus } from './calendar.js';
import { datedResolution } from './occurrence.js';
import type { Resolution, ResolutionContext } from './resolution.js';
import type { Spec } from './spec.js';

/**
 * "fiscal year ends June 30", "fiscal year, which ended in September", "financial year to March", "fiscal 2026,
 * which ends in June": the month it ends in.
 */
const ENDS = new RegExp(`\\b(?:fiscal|financial)\\s+(?:years?|(?:19|20)\\d\\d)\\b[^.;]{0,40}?\\b(?:ends?|ended|ending|closes|closed|closing|runs\\s+(?:through|to|until)|to)\\s+(?:on\\s+|in\\s+)?(?:(?:early|mid|late)[-\\s]+|the\\s+end\\s+of\\s+)?(?<month>${MONTH_PATTERN})\\b`, 'gi');
/** "fiscal year begins July 1", "fiscal year starting in October": the month it starts in. */
const BEGINS = new RegExp(`\\b(?:fiscal|financial)\\s+(?:years?|(?:19|20)\\d\\d)\\b[^.;]{0,40}?\\b(?:begins?|began|beginning|starts?|started|starting)\\s+(?:on\\s+|in\\s+)?(?<month>${MONTH_PATTERN})\\b`, 'gi');

let lastText: { text: string; endMonth: number | undefined } | undefined;

/**
 * The month (1–12) the article's fiscal years end in, when it says so and says it once (two companies with
 * different years leave it unknown); undefined otherwise. Cached for the last text read.
 */
export function statedFiscalYearEnd(text: string): number | undefined {
  if (lastText?.text === text) return lastText.endMonth;
  const months = new Set<number>();
  if (/\b(?:fiscal|financial)\b/i.test(text)) {
    for (const match of text.matchAll(ENDS)) months.add(monthNumber(match.groups!.month!));
    for (const match of text.matchAll(BEGINS)) months.add(((monthNumber(match.groups!.month!) + 10) % 12) + 1);
  }
  const endMonth = months.size === 1 ? [...months][0] : undefined;
  lastText = { text, endMonth };
  return endMonth;
}

type Calendar = Extract<Spec, { kind: 'calendar' }>;

/** A calendar reading of a fiscal year, quarter or half, given the month the text's fiscal years end in (not December). */
export function withFiscalYearEnd<S extends Spec>(spec: S, text: string): S {
  // "the fiscal second quarter": of the fiscal year placed by tense (resolveDates.ts's resolvePeriod).
  if (spec.kind === 'period' && spec.grain !== 'season' && !spec.modifier) {
    const end = statedFiscalYearEnd(text);
    return end === undefined || end === 12 ? spec : { ...spec, fiscalYearEnd: end };
  }
  if (spec.kind !== 'calendar' || spec.year === undefined || (spec.grain !== 'year' && spec.grain !== 'quarter' && spec.grain !== 'half')) return spec;
  const end = statedFiscalYearEnd(text);
  return end === undefined || end === 12 ? spec : { ...spec, fiscalYearEnd: end };
}

/** "the current fiscal year", "last fiscal year": the fiscal year holding the publication date, or one on either side. */
export function resolveFiscalShift(amount: number, fiscalYearEnd: number, context: ResolutionContext): Resolution {
  const publication = context.publication;
  const current = fiscalYearOf(publication, fiscalYearEnd);
  return resolveFiscal({ kind: 'calendar', year: current + amount, grain: 'year', fiscalYearEnd }, context);
}

/** The fiscal year (by the calendar year it ends in) that a day of it falls in. */
export function fiscalYearOf(date: { year: number; month: number }, fiscalYearEnd: number): number {
  return date.month > fiscalYearEnd ? date.year + 1 : date.year;
}

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth'];

/** Fiscal year `spec.year`, or its quarter or half, in a text whose fiscal years end in `spec.fiscalYearEnd`. */
export function resolveFiscal(spec: Calendar & { year: number; fiscalYearEnd: number }, context: ResolutionContext): Resolution {
  const yearStart = calendarDate(context.publication, spec.year - 1, spec.fiscalYearEnd + 1);
  const part = spec.grain === 'quarter' && spec.quarter ? { months: 3, index: spec.quarter } : spec.grain === 'half' && spec.half ? { months: 6, index: spec.half } : { months: 12, index: 1 };
  const start = plus(yearStart, 'months', part.months * (part.index - 1));
  const end = plus(start, 'months', part.months);
  const last = plus(end, 'months', -1);
  const span = `${MONTH_NAMES[start.month]} ${start.year} to ${MONTH_NAMES[last.month]} ${last.year}`;
  const fiscalYear = `fiscal ${spec.year} runs from ${MONTH_NAMES[yearStart.month]} ${yearStart.year} to ${MONTH_NAMES[spec.fiscalYearEnd]} ${spec.year}, as the text says its fiscal year ends in ${MONTH_NAMES[spec.fiscalYearEnd]}`;
  if (part.months === 12) {
    return datedResolution({ type: 'DATE', value: String(spec.year), interval: { start, end }, grain: 'year' }, { kind: 'none' },
      `${context.text} → ${spec.year}: ${fiscalYear} (the value names the fiscal year; no TIMEX3 value spans those months)`);
  }
  // The calendar quarter or half holding most of the months (the second of a quarter's, the third of a half's).
  const middle = plus(start, 'months', part.months === 3 ? 1 : 2);
  const value = part.months === 3 ? `${middle.year}-Q${middle.quarter}` : `${middle.year}-H${middle.month <= 6 ? 1 : 2}`;
  const grain = part.months === 3 ? 'quarter' : 'half';
  return datedResolution({ type: 'DATE', value, interval: { start, end }, grain }, { kind: 'none' },
    `${context.text} → ${value}: ${fiscalYear}; its ${ORDINAL_WORDS[part.index]} ${grain} is ${span}, written as the calendar ${grain} holding most of it`);
}
