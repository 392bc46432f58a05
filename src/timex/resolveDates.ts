/**
 * Resolution of underspecified dates against a reference: calendar fields with a missing year, weekdays,
 * periods, holidays, shifts and clock times. Every path explains itself in one sentence.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import type { Alternative } from '../schema.js';
import { holidayNamed } from './holidays.js';
import { WEEKDAY_NAMES, type Season } from './lexicon.js';
import { calendarDate, isoString, plus, periodEnd, periodStart, seasonStart, shiftBy, startOf, timexValue, isFiner } from './calendar.js';
import type { PreviousDate, Resolution, ResolutionContext } from './resolution.js';
import type { DayDetail, Grain, Spec } from './spec.js';

type Of<K extends Spec['kind']> = Extract<Spec, { kind: K }>;
/** A leap year, for the longest each month can be. */
const LEAP_YEAR = 2000;
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Saturday 2 September 2017" — written from tables, as Intl formatting is slow and locale-dependent. */
function describeDay(date: DateTime): string {
  return `${WEEKDAY_NAMES[date.weekday]} ${date.day} ${MONTH_NAMES[date.month]} ${date.year}`;
}

function tenseReason(context: ResolutionContext): string {
  return context.tense ? `because the clause is in the ${context.tense} tense` : 'because news reports refer to the past unless the clause is future';
}

/** A period of `grain` starting at `start`, with a day detail (part of day or clock) applied when given. */
export function dated(start: DateTime, grain: Grain, detail: DayDetail, context: ResolutionContext): Pick<Resolution, 'type' | 'value' | 'interval' | 'grain' | 'partOfDay'> {
  if (detail.clock && (grain === 'day' || grain === 'minute')) {
    const { hour, minute, offsetMinutes, ianaZone } = detail.clock;
    const zone = ianaZone ?? (offsetMinutes === undefined ? undefined : FixedOffsetZone.instance(offsetMinutes));
    const local = zone === undefined
      ? start.set({ hour, minute, second: 0, millisecond: 0 })
      : DateTime.fromObject({ year: start.year, month: start.month, day: start.day, hour, minute }, { zone });
    const suffix = zone === undefined ? '' : local.offset === 0 ? 'Z' : local.toFormat('ZZ');
    if (detail.clock.endOfDay) {
      // "midnight Friday": the instant that ends Friday, 00:00 of Saturday, written Friday T24:00.
      const instant = plus(startOf(local, 'day'), 'days', 1).setZone(context.publication.zone);
      return { type: 'TIME', value: `${timexValue(local, 'day')}T24:00${suffix}`, interval: { start: instant, end: plus(instant, 'minutes', 1) }, grain: 'minute' };
    }
    const zoned = local.setZone(context.publication.zone);
    const value = `${timexValue(local, 'minute')}${suffix}`;
    return { type: 'TIME', value, interval: { start: zoned, end: plus(zoned, 'minutes', 1) }, grain: 'minute' };
  }
  if (detail.partOfDay && (grain === 'day' || grain === 'partOfDay')) {
    const from = periodStart(start, 'partOfDay', detail.partOfDay);
    return {
      type: 'TIME', value: timexValue(start, 'partOfDay', detail.partOfDay),
      interval: { start: from, end: periodEnd(from, 'partOfDay', detail.partOfDay) }, grain: 'partOfDay', partOfDay: detail.partOfDay,
    };
  }
  const from = periodStart(start, grain);
  return { type: 'DATE', value: timexValue(from, grain), interval: { start: from, end: periodEnd(from, grain) }, grain };
}

/**
 * The last occurrence on or before the reference and the first after it, among those of the reference's year
 * and the years around it. `make(year)` gives one occurrence a year, in that year, so when this year's is on or
 * before the reference, last year's is not the most recent one, and when it is after, next year's is not the
 * first one after: that occurrence is not made.
 */
function occurrencesAround(make: (year: number) => DateTime | undefined, ref: DateTime): { past?: DateTime; future?: DateTime } {
  const occurrence = (year: number): DateTime | undefined => {
    const date = make(year);
    return date !== undefined && date.isValid ? date : undefined;
  };
  const current = occurrence(ref.year);
  if (current !== undefined && current <= ref) {
    const next = occurrence(ref.year + 1);
    if (next === undefined || next > ref) return { past: current, future: next };
  } else if (current !== undefined) {
    return { past: occurrence(ref.year - 1), future: current };
  }
  const candidates = [occurrence(ref.year - 1), current, occurrence(ref.year + 1)].filter((d): d is DateTime => d !== undefined);
  return { past: candidates.filter((d) => d <= ref).pop(), future: candidates.find((d) => d > ref) };
}

/**
 * Picks the occurrence of a yearly-recurring period by tense: past → on or before, future → after, else nearest;
 * throws when none of the three years around the reference has it ("February 29" far from a leap year).
 */
function pickOccurrence(make: (year: number) => DateTime | undefined, grain: Grain, context: ResolutionContext): { start: DateTime; alternative?: DateTime; how: string } {
  const ref = context.publication;
  const { past, future } = occurrencesAround(make, ref);
  if (!past || !future) {
    const only = past ?? future;
    if (!only) throw new Error(`no year within one of ${context.reference.label} has that date, so it is impossible`);
    return { start: only, how: `the only occurrence within a year of ${context.reference.label}` };
  }
  // Distance from the publication instant to each occurrence (zero when it contains ${context.reference.label}).
  const pastGap = Math.max(0, ref.toMillis() - periodEnd(past, grain).toMillis());
  const futureGap = future.toMillis() - ref.toMillis();
  const nearest = pastGap <= futureGap ? past : future;
  const other = nearest === past ? future : past;
  // Tense overrides nearness unless the other occurrence is far away (more than four times as distant).
  if (context.tense === 'past' && nearest === future && (context.tenseIsStated || pastGap < 4 * futureGap)) {
    return { start: past, alternative: future, how: `the most recent one on or before ${context.reference.label}, ${tenseReason(context)}` };
  }
  if (context.tense === 'future' && nearest === past && pastGap > 0 && (context.tenseIsStated || futureGap < 4 * pastGap)) {
    return { start: future, alternative: past, how: `the next one after ${context.reference.label}, ${tenseReason(context)}` };
  }
  // An occurrence ending exactly at the reference instant (the day before a date-only publication) is before it.
  const contains = pastGap === 0 && periodEnd(past, grain).toMillis() > ref.toMillis();
  const side = nearest === past ? (contains ? `the one containing ${context.reference.label}` : `the most recent one before ${context.reference.label}`) : `the next one after ${context.reference.label}`;
  return { start: nearest, alternative: other, how: `${side}, being the nearest to it${context.tense ? ` (the clause is in the ${context.tense} tense)` : ''}` };
}

function alternative(date: DateTime | undefined, grain: Grain, detail: DayDetail, context: ResolutionContext, why: string): Alternative[] | undefined {
  if (!date) return undefined;
  const reading = dated(date, grain, detail, context);
  return [{ value: reading.value, interval: reading.interval && iso(reading.interval), explanation: why }];
}

export function iso(interval: { start: DateTime; end: DateTime }) {
  return { start: isoString(interval.start), end: isoString(interval.end) };
}

/** "on the 28th": that day of the month before, of, or after the reference's month, picked by tense as a month-day is. */
function resolveDayOfMonth(day: number, detail: DayDetail, context: ResolutionContext): Resolution {
  const month = startOf(context.publication, 'month');
  const inMonth = (offset: number): DateTime | undefined => {
    const first = plus(month, 'months', offset);
    return day <= first.daysInMonth! ? calendarDate(first, first.year, first.month, day) : undefined;
  };
  // The reference's month, and the nearest month before and after it that has the day (a 31st skips September).
  const make = (side: number): DateTime | undefined => {
    if (side === 0) return inMonth(0);
    for (let step = 1; step <= 2; step++) {
      const date = inMonth(side * step);
      if (date) return date;
    }
    return undefined;
  };
  // pickOccurrence steps through years; here the three candidates are months, keyed −1, 0, +1 around the reference.
  const pick = pickOccurrence((year) => make(year - context.publication.year), 'day', context);
  const resolved = dated(pick.start, 'day', detail, context);
  return {
    ...resolved,
    anchor: context.reference.anchor,
    explanation: `${context.text} → ${resolved.value}: no month is given, so ${pick.how.replace('within a year', 'within a month')}`,
    alternatives: alternative(pick.alternative, 'day', detail, context, `the occurrence on the other side of ${context.reference.label}`),
  };
}

export function resolveCalendar(spec: Of<'calendar'>, context: ResolutionContext): Resolution {
  const ref = context.publication;
  if (spec.century !== undefined) {
    const start = calendarDate(ref, spec.century * 100);
    return { ...dated(start, 'century', {}, context), anchor: { kind: 'none' }, explanation: `${context.text} → the ${spec.century + 1}th century, written ${String(spec.century).padStart(2, '0')} in TIMEX3` };
  }
  if (spec.decade !== undefined) {
    const start = calendarDate(ref, spec.decade * 10);
    return { ...dated(start, 'decade', {}, context), anchor: { kind: 'none' }, explanation: `${context.text} → the decade ${spec.decade * 10}–${spec.decade * 10 + 9}` };
  }
  const fields = (year: number): DateTime | undefined => {
    if (spec.season) return seasonStart(ref, year, spec.season);
    if (spec.quarter) return calendarDate(ref, year, (spec.quarter - 1) * 3 + 1);
    if (spec.half) return calendarDate(ref, year, spec.half === 1 ? 1 : 7);
    if (spec.day !== undefined && spec.month !== undefined && spec.day > calendarDate(ref, year, spec.month).daysInMonth!) return undefined;
    return calendarDate(ref, year, spec.month ?? 1, spec.day ?? 1);
  };
  const detail: DayDetail = { partOfDay: spec.partOfDay, clock: spec.clock };
  if (spec.day !== undefined && spec.month === undefined && spec.year === undefined) return resolveDayOfMonth(spec.day, detail, context);
  if (spec.quarterFromPrevious) {
    const quarter = context.previous?.grain === 'quarter' ? context.previous.start.quarter : undefined;
    const start = calendarDate(ref, spec.year ?? ref.year, quarter ? (quarter - 1) * 3 + 1 : 1);
    const resolved = dated(start, quarter ? 'quarter' : 'year', detail, context);
    const why = quarter ? `the same quarter as "${context.previous!.text}" in ${spec.year}` : `the year ${spec.year}, as no quarter was mentioned before`;
    return { ...resolved, anchor: quarter ? { kind: 'timex', timexId: context.previous!.timexId } : { kind: 'none' }, explanation: `${context.text} → ${resolved.value}: ${why}` };
  }
  if (spec.year === undefined && context.sentenceYear !== undefined && spec.month !== undefined) {
    const start = fields(context.sentenceYear);
    if (!start) throw new Error(`${MONTH_NAMES[spec.month]} ${context.sentenceYear} has no day ${spec.day}, so the date is impossible`);
    const resolved = dated(start, spec.grain, detail, context);
    return { ...resolved, anchor: { kind: 'none' }, explanation: `${context.text} → ${resolved.value}: in ${context.sentenceYear}, the year written earlier in the sentence` };
  }
  if (spec.year !== undefined) {
    const start = fields(spec.year);
    if (!start) throw new Error(`${MONTH_NAMES[spec.month!]} ${spec.year} has no day ${spec.day}, so the date is impossible`);
    const resolved = dated(start, spec.grain, detail, context);
    return { ...resolved, anchor: { kind: 'none' }, explanation: `${context.text} → ${resolved.value}: an explicit date` };
  }
  if (spec.month !== undefined && spec.day !== undefined && spec.day > calendarDate(ref, LEAP_YEAR, spec.month).daysInMonth!) {
    throw new Error(`${MONTH_NAMES[spec.month]} never has a day ${spec.day}, so the date is impossible`);
  }
  const pick = pickOccurrence(fields, spec.grain, context);
  const resolved = dated(pick.start, spec.grain, detail, context);
  const weekdayNote = spec.weekday && spec.grain === 'day' && pick.start.weekday !== spec.weekday
    ? ` (note: that day is a ${WEEKDAY_NAMES[pick.start.weekday]}, not a ${WEEKDAY_NAMES[spec.weekday]})` : '';
  return {
    ...resolved,
    anchor: context.reference.anchor,
    explanation: `${context.text} → ${resolved.value}: no year is given, so ${pick.how}${weekdayNote}`,
    alternatives: alternative(pick.alternative, spec.grain, detail, context, `the occurrence on the other side of ${context.reference.label}`),
  };
}

export function resolveWeekday(spec: Of<'weekday'>, context: ResolutionContext): Resolution {
  // "the previous Friday", "the following Monday": the nearest one before / after the date the text last gave.
  const narrative = (spec.modifier === 'previous' || spec.modifier === 'following') && context.previous ? context.previous : undefined;
  if (narrative) {
    const day = startOf(narrative.start, 'day');
    const before = spec.modifier === 'previous';
    const gap = before ? ((day.weekday - spec.weekday + 7) % 7) || 7 : ((spec.weekday - day.weekday + 7) % 7) || 7;
    const chosen = plus(day, 'days', before ? -gap : gap);
    const resolved = dated(chosen, 'day', spec, context);
    return {
      ...resolved,
      anchor: { kind: 'timex', timexId: narrative.timexId },
      explanation: `${context.text} → ${resolved.value}: the ${WEEKDAY_NAMES[spec.weekday]} ${before ? 'before' : 'after'} "${narrative.text}" (${describeDay(chosen)})`,
    };
  }
  const today = startOf(context.publication, 'day');
  const back = (today.weekday - spec.weekday + 7) % 7;
  // Made only when the modifier and tense need them.
  const onOrBefore = (): DateTime => plus(today, 'days', -back);
  const after = (): DateTime => plus(today, 'days', ((spec.weekday - today.weekday + 7) % 7) || 7);
  const name = WEEKDAY_NAMES[spec.weekday]!;
  let chosen: DateTime;
  let other: DateTime | undefined;
  let otherReason = `the ${name} a week later`;
  let how: string;
  switch (spec.modifier) {
    case 'last':
    case 'past':
    case 'previous':
      chosen = back === 0 ? plus(today, 'days', -7) : onOrBefore();
      how = `the most recent ${name} before ${context.reference.label}`;
      break;
    case 'this':
      chosen = plus(startOf(today, 'week'), 'days', spec.weekday - 1);
      how = `the ${name} of ${context.reference.label}'s ISO week`;
      break;
    case 'next':
    case 'coming':
    case 'following':
      chosen = after();
      other = plus(chosen, 'days', 7);
      how = `the first ${name} after ${context.reference.label}`;
      break;
    default:
      if (context.tense === 'future' && back === 0) {
        // "will arrive Friday", "could resume Friday" in a Friday report: later that day; a week ahead would be
        // written "next Friday" or with its date.
        chosen = today;
        other = after();
        otherReason = `the ${name} a week later`;
        how = `${context.reference.label} is itself a ${name}, later that day, ${tenseReason(context)}`;
      } else if (context.tense === 'future') {
        chosen = after();
        other = onOrBefore();
        otherReason = `the most recent ${name}, if the clause refers to the past`;
        how = `the first ${name} after ${context.reference.label}, ${tenseReason(context)}`;
      } else {
        chosen = onOrBefore();
        other = context.tense === undefined ? after() : undefined;
        otherReason = `the next ${name}, if the clause refers to the future`;
        how = back === 0
          ? `the publication day itself is a ${name}, ${tenseReason(context)}`
          : `the most recent ${name} before ${context.reference.label}, ${tenseReason(context)}`;
      }
  }
  const resolved = dated(chosen, 'day', spec, context);
  return {
    ...resolved,
    anchor: context.reference.anchor,
    explanation: `${context.text} → ${resolved.value}: ${how} (${describeDay(chosen)})`,
    alternatives: alternative(other, 'day', spec, context, otherReason),
  };
}

export function resolvePeriod(spec: Of<'period'>, context: ResolutionContext): Resolution {
  const ref = context.publication;
  const make = (year: number): DateTime => {
    if (spec.grain === 'season') return seasonStart(ref, year, spec.index as Season);
    const month = spec.grain === 'quarter' ? ((spec.index as number) - 1) * 3 + 1 : spec.index === 1 ? 1 : 7;
    return calendarDate(ref, year, month);
  };
  if (spec.modifier) {
    const ref = context.publication;
    const thisOne = make(ref.year);
    const start = spec.modifier === 'this' ? thisOne : spec.modifier === 'last' ? make(ref.year - 1) : make(ref.year + 1);
    const resolved = dated(start, spec.grain, {}, context);
    return { ...resolved, anchor: context.reference.anchor, explanation: `${context.text} → ${resolved.value}: ${spec.modifier} year's ${spec.grain} relative to ${context.reference.label}` };
  }
  const pick = pickOccurrence(make, spec.grain, context);
  const resolved = dated(pick.start, spec.grain, {}, context);
  return {
    ...resolved,
    anchor: context.reference.anchor,
    explanation: `${context.text} → ${resolved.value}: no year is given, so ${pick.how}`,
  };
}

export function resolveHoliday(spec: Of<'holiday'>, context: ResolutionContext): Resolution {
  const holiday = holidayNamed(spec.holiday)!;
  const make = (year: number) => {
    const { month, day } = holiday.date(year);
    return calendarDate(context.publication, year, month, day);
  };
  if (spec.year !== undefined) {
    const resolved = dated(make(spec.year), 'day', {}, context);
    return { ...resolved, anchor: { kind: 'none' }, explanation: `${context.text} → ${resolved.value}: ${holiday.name} of ${spec.year}` };
  }
  const tense = spec.modifier === 'last' ? 'past' : spec.modifier === 'next' ? 'future' : context.tense;
  const pick = pickOccurrence(make, 'day', { ...context, tense });
  const resolved = dated(pick.start, 'day', {}, context);
  return { ...resolved, anchor: context.reference.anchor, explanation: `${context.text} → ${resolved.value}: ${holiday.name}, ${pick.how}` };
}

export function resolveWeekend(context: ResolutionContext): Resolution {
  const saturday = resolveWeekday({ kind: 'weekday', weekday: 6 }, context);
  const start = saturday.interval!.start;
  const resolved = dated(start, 'weekend', {}, context);
  const how = saturday.explanation.split(': ').slice(1).join(': ').replace(/Saturday/g, 'weekend');
  return { ...resolved, anchor: context.reference.anchor, explanation: `${context.text} → ${resolved.value}: ${how}` };
}

export function resolveReportingQuarter(context: ResolutionContext, latest: boolean): Resolution {
  const lastCompleted = plus(startOf(context.publication, 'quarter'), 'months', -3);
  const recent = context.previous?.grain === 'quarter' && context.previous.start >= lastCompleted;
  const previous = !latest && recent ? context.previous : undefined;
  const start = previous ? previous.start : lastCompleted;
  const resolved = dated(start, 'quarter', {}, context);
  return {
    ...resolved,
    anchor: previous ? { kind: 'timex', timexId: previous.timexId } : context.reference.anchor,
    explanation: previous
      ? `${context.text} → ${resolved.value}: the quarter just mentioned ("${previous.text}")`
      : `${context.text} → ${resolved.value}: the last quarter completed before publication, the one a report covers`,
  };
}

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
    explanation: `${context.text} → ${value}: a ${spec.grain} within "${previous.text}" (${timexValue(previous.start, previous.grain)}), which the text does not narrow down`,
  };
}

export function resolveShift(spec: Of<'shift'>, context: ResolutionContext): Resolution {
  // "a year ago" after "the third quarter" means the year-ago quarter: base and grain come from that date.
  const current = context.previousCurrent;
  const inherits = spec.inheritGrain === true && current !== undefined && (current.grain === 'quarter' || current.grain === 'half');
  const previous = inherits ? current : spec.from === 'previous' ? (spec.inheritGrain ? current ?? context.previous : context.previous) : undefined;
  const base = previous?.start ?? context.publication;
  const coarse = spec.from === 'previous' && previous && !inherits && !spec.inheritGrain ? withinCoarserPrevious(spec, previous, context) : undefined;
  if (coarse) return coarse;
  // "Three weeks later" after a day names a day: a narrative shift keeps the day precision of its anchor.
  const keepsDay = spec.from === 'previous' && !spec.within && previous?.grain === 'day' && (spec.unit === 'week' || spec.unit === 'month' || spec.unit === 'day');
  // News convention (TimeBank): "a year earlier" after a day of the publication's year names the day a year
  // before publication.
  const yearAgoOfDay = spec.inheritGrain === true && spec.unit === 'year' && !inherits && current?.grain === 'day';
  const grain = inherits ? current!.grain : keepsDay || yearAgoOfDay ? 'day' : spec.grain;
  let target = shiftBy(yearAgoOfDay ? context.publication : base, spec.unit, spec.amount);
  if (spec.within) {
    const w = spec.within;
    if (w.quarter) target = target.set({ month: (w.quarter - 1) * 3 + 1 });
    else if (w.half) target = target.set({ month: w.half === 1 ? 1 : 7 });
    else if (w.season) target = seasonStart(target, target.year, w.season);
    else if (w.month) target = target.set({ month: w.month });
    if (w.edgeDay) {
      const first = periodStart(target, w.edgeDay.of);
      target = w.edgeDay.edge === 'first' ? first : plus(periodEnd(first, w.edgeDay.of), 'days', -1);
    }
  }
  const resolved = dated(spec.clock ? startOf(target, 'day') : target, grain, spec, context);
  const anchorText = previous && !yearAgoOfDay ? `"${previous.text}" (${timexValue(previous.start, previous.grain)})` : `${context.reference.label}`;
  const anchor = previous && !yearAgoOfDay ? { kind: 'timex' as const, timexId: previous.timexId } : context.reference.anchor;
  const direction = spec.amount === 0 ? `the same ${spec.unit} as` : `${Math.abs(spec.amount)} ${spec.unit}${Math.abs(spec.amount) === 1 ? '' : 's'} ${spec.amount < 0 ? 'before' : 'after'}`;
  let interval = resolved.interval;
  let restriction = '';
  if (spec.restrict && interval) {
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
  const fallback = spec.from === 'previous' && !previous ? ` (no earlier date in the text, so ${context.reference.label} is used)` : '';
  return {
    ...resolved,
    interval,
    restricted: spec.restrict !== undefined,
    anchor,
    explanation: `${context.text} → ${resolved.value}: ${direction} ${anchorText}${spec.within?.edgeDay ? `, its ${spec.within.edgeDay.edge} day` : ''}${restriction}${fallback}`,
  };
}
