/**
 * Offsets from a reference: "six days ago", "next week", "a year earlier" from the publication date, and the
 * narrative "the next day", "three weeks later", "that week" from the date the text gave last, with "earlier
 * this week"-style restriction to the part before or after the publication day.
 */
import { isFiner, periodEnd, periodStart, plus, seasonStart, shiftBy, startOf, timexValue } from './calendar.js';
import { dated, describeDay } from './occurrence.js';
import { MONTH_NAMES } from './lexicon.js';
import { resolveFiscalShift } from './fiscal-year.js';
import type { PreviousDate, Resolution, ResolutionContext } from './resolution.js';
import type { Spec } from './spec.js';
import type { DateTime } from 'luxon';

type Of<K extends Spec['kind']> = Extract<Spec, { kind: K }>;

const SEASON_WORDS = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' } as const;

/**
 * "that day" after "October": a day of a period the text gave only coarsely, written with unknown digits
 * (TimeML: 1998-10-XX, 1987-XX-XX, 1987-WXX, 1987-XX). `undefined` when the previous date is fine enough.
 */
function withinCoarserPrevious(spec: Of<'shift'>, previous: PreviousDate, context: ResolutionContext): Resolution | undefined {
  if ((previous.grain !== 'year' && previous.grain !== 'month') || !isFiner(spec.grain, previous.grain)) return undefined;
  if (spec.grain !== 'day' && spec.grain !== 'week' && spec.grain !== 'month') return undefined;
  const year = timexValue(previous.start, 'year');
  const value = spec.grain === 'week' ? `${year}-WXX` : spec.grain === 'month' ? `${year}-XX`
    : previous.grain === 'month' ? `${timexValue(previous.start, 'month')}-XX` : `${year}-XX-XX`;
  const from = periodStart(previous.start, previous.grain);
  return {
    // No grain: it names no date precise enough to become the text's previous date.
    type: 'DATE', value, interval: { start: from, end: periodEnd(from, previous.grain) },
    anchor: { kind: 'timex', timexId: previous.timexId },
    explanation: `${context.text} → ${value}: a ${spec.grain} within "${previous.text}" (${previous.value}), which the text does not narrow down`,
  };
}

/**
 * What "earlier in the day" and "overnight" are within: the previous date when it names a day, else the last one
 * that did ("said Tuesday … a test flight in late 2022 … told reporters earlier in the day"), else none (the
 * publication day). In a past clause, not a day still to come: "Schools reopen on March 15. … temperatures fell
 * overnight" is the night before publication.
 */
function dayReferent(context: ResolutionContext): PreviousDate | undefined {
  const day = lastDay(context);
  return day !== undefined && isComingDayInPast(day, context) ? undefined : day;
}

/** The last day the text gave: the previous date when it names a day, else the last one that did. */
function lastDay(context: ResolutionContext): PreviousDate | undefined {
  const previous = context.previous;
  return previous !== undefined && (previous.grain === 'day' || isFiner(previous.grain, 'day')) ? previous : context.previousDay;
}

/**
 * A day of the coming month (ahead of the publication day, as a schedule puts one) when the clause is past. A day
 * years off is a story's own date ("NASA said on Sept. 3, 2024 …" in a text given an earlier reference), kept.
 */
const isComingDayInPast = (day: PreviousDate, context: ResolutionContext): boolean => {
  const next = plus(startOf(context.publication, 'day'), 'days', 1);
  return context.tense === 'past' && day.start >= next && day.start < plus(next, 'days', COMING_DAYS);
};
const COMING_DAYS = 31;

/**
 * What "the previous day", "the next day", "two days later" count from: the previous date, or — when that names no
 * day and lies wholly before the last date that did, an aside about the past ("… said Saturday. … which Ukraine
 * retook in August … The previous day, forces withdrew") — that last day (Saturday, so Friday). Else the coarse date,
 * whose day the text leaves unknown ("born on May 3, 1950 … moved to Paris in 1975. The next day": 1975-XX-XX).
 */
function dayStepReferent(context: ResolutionContext): PreviousDate | undefined {
  const { previous, previousDay } = context;
  if (previous === undefined || previousDay === undefined || previous.grain === 'day' || isFiner(previous.grain, 'day')) return previous;
  const coarseEnd = periodEnd(periodStart(previous.start, previous.grain), previous.grain);
  return coarseEnd <= startOf(previousDay.start, 'day') ? previousDay : previous;
}

/**
 * What "three hours later" counts from: the previous date, or — when that is only the day of a clock time the text
 * gave just before ("at 4:43 p.m. local time on Thursday … three hours later") — that clock time.
 */
function clockReferent(spec: Of<'shift'>, context: ResolutionContext): PreviousDate | undefined {
  const { previous, previousClock } = context;
  if (spec.unit === 'day' && spec.amount !== 0) return dayStepReferent(context);
  if (spec.unit !== 'hour' && spec.unit !== 'minute') return previous;
  if (previous === undefined || previousClock === undefined || previous.grain !== 'day') return previous;
  return startOf(previousClock.start, 'day').equals(startOf(previous.start, 'day')) ? previousClock : previous;
}

/**
 * "earlier this morning" (published at 9:30): the morning up to the publication instant; "later tonight": the night
 * from it (or the whole night when the publication comes before it). With no part on that side ("later this
 * morning" published in the evening), the whole part of the day.
 */
function restrictToInstant(interval: { start: DateTime; end: DateTime }, side: 'beforeInstant' | 'afterInstant', context: ResolutionContext): { interval: { start: DateTime; end: DateTime }; restriction: string } {
  const instant = context.publication;
  const narrowed = side === 'beforeInstant'
    ? { start: interval.start, end: instant < interval.end ? instant : interval.end }
    : { start: instant > interval.start ? instant : interval.start, end: interval.end };
  if (narrowed.end <= narrowed.start) return { interval, restriction: `; none of it comes ${side === 'beforeInstant' ? 'before' : 'after'} the publication instant, so the whole of it` };
  const whole = narrowed.start.equals(interval.start) && narrowed.end.equals(interval.end);
  return { interval: narrowed, restriction: `, ${whole ? 'all of it' : 'the part'} ${side === 'beforeInstant' ? 'before' : 'after'} the publication instant` };
}

/**
 * A shift from the publication or from the previous date, with one correction: a part of the day the text is at,
 * in a past clause, that has not begun by the publication instant is the last one before it ("…, officials said
 * Sunday. Rescuers worked through the night", published Sunday 10:00: Saturday night, 2024-02-17TNI). A date-only
 * publication, read at its day's start, keeps its own day.
 */
export function resolveShift(spec: Of<'shift'>, context: ResolutionContext): Resolution {
  const resolution = resolveShiftOn(spec, context);
  if (spec.from !== 'previous' || spec.withinDay !== true || spec.partOfDay === undefined || spec.amount !== 0) return resolution;
  if (context.tense !== 'past' || context.timedPublication !== true || !resolution.interval) return resolution;
  const start = resolution.interval.start;
  if (start <= context.publication || !startOf(start, 'day').equals(startOf(context.publication, 'day'))) return resolution;
  const earlier = resolveShiftOn({ ...spec, amount: -1 }, context);
  return { ...earlier, explanation: `${earlier.explanation} (the clause is past and that ${spec.partOfDay === 'NI' ? 'night' : 'part of the day'} of ${describeDay(start)} had not begun at publication)` };
}

function resolveShiftOn(spec: Of<'shift'>, context: ResolutionContext): Resolution {
  if (spec.fiscalYearEnd !== undefined) return resolveFiscalShift(spec.amount, spec.fiscalYearEnd, context);
  // "a year ago" after "the third quarter" means the year-ago quarter: base and grain come from that date.
  // …unless the text has since moved to another year: "died on Sunday … In 1957 she worked … Two years earlier she had
  // graduated" counts from 1957.
  // …unless a span of nine months or a year was reported since: "For the nine months, … compared with year-earlier
  // net income" is the year before publication's.
  if (spec.inheritGrain === true && spec.unit === 'year' && spec.amount < 0 && context.spanSinceQuarter === true) {
    const last = context.previousCurrent;
    if (last !== undefined && (last.grain === 'quarter' || last.grain === 'half')) return resolveShift({ kind: 'shift', from: 'publication', unit: 'year', amount: spec.amount, grain: 'year' }, context);
  }
  let current = context.previous !== undefined && context.previous !== context.previousCurrent && context.previous.start.year < context.publication.year - 1 ? undefined : context.previousCurrent;
  // A quarter still to come ("losses through the third quarter of 1990") is a forecast, not the period a report
  // covers: "In the year-ago period" after it is the reported quarter a year back.
  const forecastQuarter = spec.inheritGrain === true && spec.amount < 0 && current !== undefined && (current.grain === 'quarter' || current.grain === 'half') && current.start > context.publication;
  if (forecastQuarter) current = undefined;
  // "last year's quarter" names a quarter: the one mentioned last, also when a year ("the current year") came since.
  const quarterNamed = spec.inheritGrain === true && spec.grain === 'quarter' && !(current?.grain === 'quarter' || current?.grain === 'half') ? context.previousQuarter : undefined;
  const inherits = spec.inheritGrain === true && ((current !== undefined && (current.grain === 'quarter' || current.grain === 'half')) || quarterNamed !== undefined);
  if (quarterNamed) current = quarterNamed;
  // "the quarter a year ago", "last year's quarter" with no quarter named before: the quarter a report covers (the
  // last one completed before publication), a year back.
  const reportedQuarter = spec.inheritGrain === true && (spec.grain === 'quarter' || forecastQuarter) && !inherits ? plus(startOf(context.publication, 'quarter'), 'months', -3) : undefined;
  const previous = reportedQuarter ? undefined : inherits ? current : spec.from === 'previous' ? (spec.inheritGrain ? current ?? context.previous : spec.withinDay ? dayReferent(context) : clockReferent(spec, context)) : undefined;
  const base = reportedQuarter ?? previous?.start ?? context.publication;
  // "Since then" with no date before it names some earlier time, "until then" a later one (a past one in a past clause).
  if (spec.samePrevious && !previous) {
    const value = spec.samePrevious === 'since' || context.tense === 'past' ? 'PAST_REF' : 'FUTURE_REF';
    return { type: 'DATE', value, anchor: context.reference.anchor, explanation: `${context.text} → ${value}: the text gives no date before it, so some time ${value === 'PAST_REF' ? 'before' : 'after'} publication` };
  }
  const coarse = spec.from === 'previous' && previous && !inherits && !spec.inheritGrain && !spec.samePrevious && !spec.within ? withinCoarserPrevious(spec, previous, context) : undefined;
  if (coarse) return coarse;
  // "Three weeks later" after a day, or a part of one ("the following morning … a week after that"), names a day: a
  // narrative shift keeps the day precision of its anchor. "That week" after a day is still that week: only a move
  // (amount not 0) by weeks or months lands on a day.
  const dayOrFiner = previous !== undefined && (previous.grain === 'day' || isFiner(previous.grain, 'day'));
  const keepsDay = spec.from === 'previous' && !spec.within && !spec.namesUnit && dayOrFiner && (spec.unit === 'day' || (spec.amount !== 0 && (spec.unit === 'week' || spec.unit === 'month')));
  // News convention (TimeBank): "a year earlier" after a day of the publication's year names the day a year
  // before publication.
  const yearAgoOfDay = spec.inheritGrain === true && spec.unit === 'year' && !inherits && !reportedQuarter && current?.grain === 'day';
  const grain = inherits ? current!.grain : forecastQuarter ? 'quarter' : spec.samePrevious && previous ? previous.grain : keepsDay || yearAgoOfDay ? 'day' : spec.grain;
  let target = shiftBy(yearAgoOfDay ? context.publication : base, spec.unit, spec.amount);
  if (spec.within) {
    const w = spec.within;
    if (w.quarter) target = target.set({ month: (w.quarter - 1) * 3 + 1 });
    else if (w.half) target = target.set({ month: w.half === 1 ? 1 : 7 });
    else if (w.season) {
      target = seasonStart(target, target.year, w.season);
      // "the following summer" after "April 2023" is 2023's, after "October 2023" 2024's.
      // …and after "2015" 2016's: the first to start after the whole of a coarser date.
      const after = previous !== undefined && isFiner('season', previous.grain) ? periodEnd(periodStart(previous.start, previous.grain), previous.grain) : base;
      if (w.seasonSide === 1 && target < after) target = seasonStart(target, target.year + 1, w.season);
      if (w.seasonSide === 1 && target <= base) target = seasonStart(target, target.year + 1, w.season);
      if (w.seasonSide === -1 && target >= base) target = seasonStart(target, target.year - 1, w.season);
    }
    else if (w.month) {
      const year = target.year;
      target = w.day === undefined ? target.set({ month: w.month }) : target.set({ month: w.month, day: w.day });
      // luxon rolls a day the month lacks over into the next ("Feb. 29 this year" in 2017): a diagnostic instead.
      if (w.day !== undefined && target.day !== w.day) throw new Error(`${year} has no ${MONTH_NAMES[w.month]} ${w.day}`);
    }
    if (w.edgeDay) {
      const first = periodStart(target, w.edgeDay.of);
      target = w.edgeDay.edge === 'first' ? first : plus(periodEnd(first, w.edgeDay.of), 'days', -1);
    }
  }
  const resolved = dated(spec.clock ? startOf(target, 'day') : target, grain, spec, context);
  const anchorText = reportedQuarter ? `the last quarter completed before ${context.reference.label}, the one a report covers`
    : previous && !yearAgoOfDay ? `"${previous.text}" (${previous.value})` : `${context.reference.label}`;
  const anchor = previous && !yearAgoOfDay ? { kind: 'timex' as const, timexId: previous.timexId } : context.reference.anchor;
  const season = spec.within?.season === undefined ? '' : `the ${SEASON_WORDS[spec.within.season]} of `;
  const side = spec.within?.season !== undefined && spec.within.seasonSide !== undefined ? `the first ${SEASON_WORDS[spec.within.season]} ${spec.within.seasonSide === 1 ? 'after' : 'before'}` : undefined;
  const direction = spec.samePrevious ? 'the time of' : side ?? (spec.amount === 0 ? `${season}the same ${spec.unit} as` : `${Math.abs(spec.amount)} ${spec.unit}${Math.abs(spec.amount) === 1 ? '' : 's'} ${spec.amount < 0 ? 'before' : 'after'}`);
  let interval = resolved.interval;
  let restriction = '';
  if ((spec.restrict === 'beforeInstant' || spec.restrict === 'afterInstant') && interval) {
    ({ interval, restriction } = restrictToInstant(interval, spec.restrict, context));
  } else if (spec.restrict && interval) {
    const day = startOf(context.publication, 'day');
    interval = spec.restrict === 'beforeReference' ? { start: interval.start, end: day < interval.end ? day : interval.end } : { start: plus(day, 'days', 1) > interval.start ? plus(day, 'days', 1) : interval.start, end: interval.end };
    restriction = spec.restrict === 'beforeReference' ? `, the part before the publication day (${describeDay(interval.start)} up to ${describeDay(interval.end)})` : ', the part after the publication day';
    if (interval.end <= interval.start) {
      // "earlier this week" on a Monday, "later this week" on a Sunday: no whole day is left on that side, so the
      // publication day itself is all the text can mean.
      interval = { start: day, end: plus(day, 'days', 1) };
      restriction = `; no day of it comes ${spec.restrict === 'beforeReference' ? 'before' : 'after'} the publication day, so that day itself`;
    }
  }
  const last = spec.withinDay === true && !previous ? lastDay(context) : undefined;
  const comingDay = last !== undefined && isComingDayInPast(last, context);
  const fallback = spec.from === 'previous' && !previous && !reportedQuarter
    ? comingDay ? ` (the last day the text gave is still to come and the clause is past, so ${context.reference.label} is used)` : ` (no earlier ${spec.withinDay && context.previous ? 'day' : 'date'} in the text, so ${context.reference.label} is used)`
    : '';
  // One literal, not a spread of `resolved` with keys added (see datedResolution).
  return {
    type: resolved.type,
    value: resolved.value,
    interval,
    grain: resolved.grain,
    partOfDay: resolved.partOfDay,
    restricted: spec.restrict !== undefined,
    anchor,
    explanation: `${context.text} → ${resolved.value}: ${direction} ${anchorText}${spec.within?.edgeDay ? `, its ${spec.within.edgeDay.edge} day` : ''}${restriction}${fallback}`,
  };
}
