/**
 * Resolution of named dates against a reference: calendar fields with a missing year (or month), weekdays,
 * seasons, quarters and halves, holidays, weekends and business reporting quarters. Offsets ("six days ago",
 * "the next day") are resolveShift.ts's; the shared building blocks are occurrence.ts's.
 */
import { fiscalYearOf, resolveFiscal } from './fiscal-year.js';
import type { DateTime } from 'luxon';
import { holidayNamed } from './holidays.js';
import { MONTH_NAMES, WEEKDAY_NAMES, type Season } from './lexicon.js';
import { calendarDate, calendarDay, longestMonth, periodEnd, plus, seasonStart, startOf } from './calendar.js';
import { resolveMonthRangeStart } from './month-ranges.js';
import { alternative, dated, datedResolution, describeDay, pickOccurrence, tenseReason } from './occurrence.js';
import type { Resolution, ResolutionContext } from './resolution.js';
import type { DayDetail, Spec } from './spec.js';

type Of<K extends Spec['kind']> = Extract<Spec, { kind: K }>;

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
  const pick = pickOccurrence(make, 'day', context, 'month');
  const resolved = dated(pick.start, 'day', detail, context);
  return datedResolution(
    resolved,
    context.reference.anchor,
    `${context.text} → ${resolved.value}: no month is given, so ${pick.how}`,
    alternative(pick.alternative, 'day', detail, context, `the occurrence on the other side of ${context.reference.label}`),
  );
}

/**
 * "Sunday, Oct. 1": of the occurrences in the years around the reference, the one on that weekday, when only one is;
 * undefined otherwise (the tense then picks, and the explanation notes the mismatch).
 */
function yearByWeekday(spec: Of<'calendar'>, fields: (year: number) => DateTime | undefined, detail: DayDetail, context: ResolutionContext): Resolution | undefined {
  if (spec.month === undefined || spec.day === undefined) return undefined;
  const ref = context.publication;
  const onWeekday = [-1, 0, 1].map((offset) => fields(ref.year + offset)).filter((d): d is DateTime => d !== undefined && d.weekday === spec.weekday);
  if (onWeekday.length !== 1) return undefined;
  const day = onWeekday[0]!;
  const resolved = dated(day, 'day', detail, context);
  const against = (context.tense === 'past' && day > ref) || (context.tense === 'future' && day < ref) ? `, although the clause is in the ${context.tense} tense` : '';
  return datedResolution(resolved, context.reference.anchor, `${context.text} → ${resolved.value}: no year is given; of the years around ${context.reference.label}, only in ${day.year} is ${MONTH_NAMES[spec.month]} ${spec.day} a ${WEEKDAY_NAMES[spec.weekday!]}${against}`);
}

export function resolveCalendar(spec: Of<'calendar'>, context: ResolutionContext): Resolution {
  const ref = context.publication;
  if (spec.fiscalYearEnd !== undefined && spec.year !== undefined) return resolveFiscal({ ...spec, year: spec.year, fiscalYearEnd: spec.fiscalYearEnd }, context);
  if (spec.century !== undefined) {
    const start = calendarDate(ref, spec.century * 100);
    return datedResolution(dated(start, 'century', {}, context), { kind: 'none' }, `${context.text} → the ${spec.century + 1}th century, written ${String(spec.century).padStart(2, '0')} in TIMEX3`);
  }
  if (spec.decade !== undefined) {
    const start = calendarDate(ref, spec.decade * 10);
    return datedResolution(dated(start, 'decade', {}, context), { kind: 'none' }, `${context.text} → the decade ${spec.decade * 10}–${spec.decade * 10 + 9}`);
  }
  const fields = (year: number): DateTime | undefined => {
    if (spec.season) return seasonStart(ref, year, spec.season);
    if (spec.quarter) return calendarDate(ref, year, (spec.quarter - 1) * 3 + 1);
    if (spec.half) return calendarDate(ref, year, spec.half === 1 ? 1 : 7);
    if (spec.day !== undefined && spec.month !== undefined) return calendarDay(ref, year, spec.month, spec.day);
    return calendarDate(ref, year, spec.month ?? 1, spec.day ?? 1);
  };
  const detail: DayDetail = { partOfDay: spec.partOfDay, clock: spec.clock };
  if (spec.day !== undefined && spec.month === undefined && spec.year === undefined) return resolveDayOfMonth(spec.day, detail, context);
  if (spec.quarterFromPrevious) {
    // The quarter mentioned last, also with a date of another grain since ("its third-quarter earnings … last year …
    // in the 1988 quarter"), unless a reporting span of another length came since (index.ts).
    const named = context.previousQuarter?.grain === 'quarter' ? context.previousQuarter : undefined;
    const quarter = named?.start.quarter;
    const start = calendarDate(ref, spec.year ?? ref.year, quarter ? (quarter - 1) * 3 + 1 : 1);
    const resolved = dated(start, quarter ? 'quarter' : 'year', detail, context);
    const why = quarter ? `the same quarter as "${named!.text}" in ${spec.year}` : `the year ${spec.year}, as no quarter was mentioned before`;
    return datedResolution(resolved, named ? { kind: 'timex', timexId: named.timexId } : { kind: 'none' }, `${context.text} → ${resolved.value}: ${why}`);
  }
  // The year written, one fronting the sentence ("In 2016, the vote was held Nov. 8"), or the first day's of a range.
  const rangeStart = spec.yearFrom === 'rangeStart' && spec.year === undefined ? context.previous : undefined;
  // A range's far end is never before its near end: "from November to March" ends in the next year.
  const wraps = rangeStart !== undefined && spec.month !== undefined && spec.month < rangeStart.start.month;
  const year = spec.year ?? (rangeStart ? rangeStart.start.year + (wraps ? 1 : 0) : undefined) ?? (spec.month !== undefined ? context.sentenceYear : undefined);
  if (year !== undefined) {
    const start = fields(year);
    if (!start) throw new Error(`${MONTH_NAMES[spec.month!]} ${year} has no day ${spec.day}, so the date is impossible`);
    const resolved = dated(start, spec.grain, detail, context);
    const why = rangeStart ? `in ${year}, ${wraps ? 'the year after' : 'the year of'} "${rangeStart.text}", where the range begins`
      : spec.yearFrom === 'rangeEnd' ? `in ${year}, the year written at the end of the range`
        : spec.year !== undefined ? 'an explicit date' : `in ${year}, the year written earlier in the sentence`;
    return datedResolution(resolved, rangeStart ? { kind: 'timex', timexId: rangeStart.timexId } : { kind: 'none' }, `${context.text} → ${resolved.value}: ${why}`);
  }
  if (spec.month !== undefined && spec.day !== undefined && spec.day > longestMonth(ref, spec.month)) {
    throw new Error(`${MONTH_NAMES[spec.month]} never has a day ${spec.day}, so the date is impossible`);
  }
  if (spec.rangeMonths !== undefined && spec.month !== undefined && spec.day === undefined) return resolveMonthRangeStart(spec.month, spec.rangeMonths, context);
  if (spec.namedWith && spec.month !== undefined && spec.day === undefined) return resolveNamedMonth(spec.month, spec.namedWith, context);
  const byWeekday = spec.weekday !== undefined && spec.grain === 'day' ? yearByWeekday(spec, fields, detail, context) : undefined;
  if (byWeekday) return byWeekday;
  const pick = pickOccurrence((offset) => fields(ref.year + offset), spec.grain, context);
  const resolved = dated(pick.start, spec.grain, detail, context);
  const weekdayNote = spec.weekday && spec.grain === 'day' && pick.start.weekday !== spec.weekday
    ? ` (note: that day is a ${WEEKDAY_NAMES[pick.start.weekday]}, not a ${WEEKDAY_NAMES[spec.weekday]})` : '';
  return datedResolution(
    resolved,
    context.reference.anchor,
    `${context.text} → ${resolved.value}: no year is given, so ${pick.how}${weekdayNote}`,
    alternative(pick.alternative, spec.grain, detail, context, `the occurrence on the other side of ${context.reference.label}`),
  );
}

/**
 * "last March", "last February": the month of last year when it is the publication's month or the one before it (a
 * writer says "this month" or "last month" for those: "last March" in March 2026 is March 2025, "last February" on
 * March 1 is February of the year before), else the most recent one ("last January" in June). "next March" in
 * March is next year's; otherwise the next one after publication.
 */
function resolveNamedMonth(month: number, side: 'last' | 'next', context: ResolutionContext): Resolution {
  const ref = context.publication;
  const skipped = side === 'last' ? month === ref.month || month === ref.month - 1 : month === ref.month;
  const year = side === 'last' ? (month >= ref.month - 1 ? ref.year - 1 : ref.year) : (month <= ref.month ? ref.year + 1 : ref.year);
  const resolved = dated(calendarDate(ref, year, month), 'month', {}, context);
  const nearer = month === ref.month ? 'this month' : 'last month';
  const why = skipped
    ? `the ${MONTH_NAMES[month]} of the year ${side === 'last' ? 'before' : 'after'} that of ${context.reference.label}, as that ${month === ref.month ? 'month' : 'month before it'} would be "${nearer}"`
    : `the ${side === 'last' ? 'most recent' : 'next'} ${MONTH_NAMES[month]} ${side === 'last' ? 'before' : 'after'} ${context.reference.label}`;
  return datedResolution(resolved, context.reference.anchor, `${context.text} → ${resolved.value}: ${why}`);
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
    return datedResolution(
      resolved,
      { kind: 'timex', timexId: narrative.timexId },
      `${context.text} → ${resolved.value}: the ${WEEKDAY_NAMES[spec.weekday]} ${before ? 'before' : 'after'} "${narrative.text}" (${describeDay(chosen)})`,
    );
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
  return datedResolution(
    resolved,
    context.reference.anchor,
    `${context.text} → ${resolved.value}: ${how} (${describeDay(chosen)})`,
    alternative(other, 'day', spec, context, otherReason),
  );
}

export function resolvePeriod(spec: Of<'period'>, context: ResolutionContext): Resolution {
  const ref = context.publication;
  if (spec.fiscalYearEnd !== undefined && spec.grain !== 'season') return resolveFiscalPeriod(spec.grain, spec.index as number, spec.fiscalYearEnd, context);
  const make = (year: number): DateTime => {
    if (spec.grain === 'season') return seasonStart(ref, year, spec.index as Season);
    const month = spec.grain === 'quarter' ? ((spec.index as number) - 1) * 3 + 1 : spec.index === 1 ? 1 : 7;
    return calendarDate(ref, year, month);
  };
  if (spec.modifier) {
    const ref = context.publication;
    const thisOne = make(ref.year);
    if (spec.grain === 'season' && spec.modifier !== 'this') {
      // "last spring" in November is this year's, ended before publication; "next winter" in January the coming one.
      const last = spec.modifier === 'last';
      const years = last ? [ref.year, ref.year - 1, ref.year - 2] : [ref.year - 1, ref.year, ref.year + 1];
      const start = years.map(make).find((s) => (last ? periodEnd(s, 'season') <= ref : s > ref))!;
      const resolved = dated(start, 'season', {}, context);
      return datedResolution(resolved, context.reference.anchor, `${context.text} → ${resolved.value}: the ${last ? 'most recent' : 'first'} such season to ${last ? 'end before' : 'start after'} ${context.reference.label}`);
    }
    const start = spec.modifier === 'this' ? thisOne : spec.modifier === 'last' ? make(ref.year - 1) : make(ref.year + 1);
    const resolved = dated(start, spec.grain, {}, context);
    return datedResolution(resolved, context.reference.anchor, `${context.text} → ${resolved.value}: ${spec.modifier} year's ${spec.grain} relative to ${context.reference.label}`);
  }
  const pick = pickOccurrence((offset) => make(ref.year + offset), spec.grain, context);
  const resolved = dated(pick.start, spec.grain, {}, context);
  return datedResolution(
    resolved,
    context.reference.anchor,
    `${context.text} → ${resolved.value}: no year is given, so ${pick.how}`,
  );
}

/** "the fiscal second quarter": that quarter (or half) of the fiscal year the tense places it in. */
function resolveFiscalPeriod(grain: 'quarter' | 'half', index: number, fiscalYearEnd: number, context: ResolutionContext): Resolution {
  const ref = context.publication;
  const months = grain === 'quarter' ? 3 : 6;
  const make = (fiscalYear: number): DateTime => plus(calendarDate(ref, fiscalYear - 1, fiscalYearEnd + 1), 'months', months * (index - 1));
  const pick = pickOccurrence((offset) => make(fiscalYearOf(ref, fiscalYearEnd) + offset), grain, context);
  const year = fiscalYearOf(pick.start, fiscalYearEnd);
  const fiscal = resolveFiscal({ kind: 'calendar', year, grain, ...(grain === 'quarter' ? { quarter: index } : { half: index }), fiscalYearEnd }, context);
  return { ...fiscal, anchor: context.reference.anchor, explanation: `${fiscal.explanation}; no year is given, so ${pick.how}` };
}

export function resolveHoliday(spec: Of<'holiday'>, context: ResolutionContext): Resolution {
  const holiday = holidayNamed(spec.holiday)!;
  const make = (year: number) => {
    const { month, day } = holiday.date(year);
    return calendarDate(context.publication, year, month, day);
  };
  const observed = (start: DateTime) => (holiday.days ? observance(start, holiday.days(start.year), holiday.name, context) : undefined);
  if (spec.year !== undefined) {
    const start = make(spec.year);
    const resolved = dated(start, 'day', {}, context);
    return observed(start) ?? datedResolution(resolved, { kind: 'none' }, `${context.text} → ${resolved.value}: ${holiday.name} of ${spec.year}`);
  }
  // "Last year shoppers spent $9.8 billion on Black Friday": the year the sentence opens with.
  if (spec.modifier === undefined && context.sentenceYear !== undefined) {
    const start = make(context.sentenceYear);
    const resolved = dated(start, 'day', {}, context);
    return observed(start) ?? datedResolution(resolved, { kind: 'none' }, `${context.text} → ${resolved.value}: ${holiday.name} of ${context.sentenceYear}, the year written earlier in the sentence`);
  }
  const tense = spec.modifier === 'last' ? 'past' : spec.modifier === 'next' ? 'future' : context.tense;
  const pick = pickOccurrence((offset) => make(context.publication.year + offset), 'day', { ...context, tense });
  const resolved = dated(pick.start, 'day', {}, context);
  return observed(pick.start) ?? datedResolution(resolved, context.reference.anchor, `${context.text} → ${resolved.value}: ${holiday.name}, ${pick.how}`);
}

/**
 * An observance of several days (Ramadan): its true days as interval; its value names the year it begins in, as no
 * TIMEX3 value spans 18 February to 19 March (a fiscal year keeps its name so too, fiscal-year.ts).
 */
function observance(start: DateTime, days: number, name: string, context: ResolutionContext): Resolution {
  const end = plus(start, 'days', days);
  const last = plus(end, 'days', -1);
  const value = String(start.year);
  return datedResolution({ type: 'DATE', value, interval: { start, end }, grain: 'year' }, context.reference.anchor,
    `${context.text} → ${value}: ${name} runs from ${describeDay(start)} to ${describeDay(last)} (${days} days, by the Umm al-Qura calendar; a local moon sighting can move it by a day); the value names the year it begins in, as no TIMEX3 value spans those days`);
}

export function resolveWeekend(context: ResolutionContext): Resolution {
  const saturday = resolveWeekday({ kind: 'weekday', weekday: 6 }, context);
  const start = saturday.interval!.start;
  const resolved = dated(start, 'weekend', {}, context);
  const how = saturday.explanation.split(': ').slice(1).join(': ').replace(/Saturday/g, 'weekend');
  return datedResolution(resolved, context.reference.anchor, `${context.text} → ${resolved.value}: ${how}`);
}

export function resolveReportingQuarter(context: ResolutionContext, latest: boolean): Resolution {
  const lastCompleted = plus(startOf(context.publication, 'quarter'), 'months', -3);
  const recent = context.previous?.grain === 'quarter' && context.previous.start >= lastCompleted;
  const previous = !latest && recent ? context.previous : undefined;
  const start = previous ? previous.start : lastCompleted;
  const resolved = dated(start, 'quarter', {}, context);
  return datedResolution(
    resolved,
    previous ? { kind: 'timex', timexId: previous.timexId } : context.reference.anchor,
    previous
      ? `${context.text} → ${resolved.value}: the quarter just mentioned ("${previous.text}")`
      : `${context.text} → ${resolved.value}: the last quarter completed before publication, the one a report covers`,
  );
}
