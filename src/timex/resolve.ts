/**
 * Resolution: an underspecified Reading plus its context becomes a TIMEX3 value, a real interval and an
 * explanation. Dates are handled in resolveDates.ts; durations, sets and vague references here.
 */
import type { DateTime } from 'luxon';
import type { TimexMod } from '../schema.js';
import { UNIT_DURATION, type Unit } from './lexicon.js';
import { resolveCalendar, resolveHoliday, resolvePeriod, resolveReportingQuarter, resolveWeekday, resolveWeekend } from './resolveDates.js';
import { resolveShift } from './resolveShift.js';
import { resolveAnchored } from './anchored-dates.js';
import type { Resolution, ResolutionContext } from './resolution.js';
import type { ClockTime, Reading, Spec } from './spec.js';
import { plus, shiftBy, startOf } from './calendar.js';

type Of<K extends Spec['kind']> = Extract<Spec, { kind: K }>;

/** Whole units for fractions: half an hour is PT30M, half a year P6M. */
const SMALLER: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  hour: { unit: 'minute', factor: 60 }, day: { unit: 'hour', factor: 24 }, year: { unit: 'month', factor: 12 },
  week: { unit: 'day', factor: 7 }, month: { unit: 'day', factor: 30 }, minute: { unit: 'second', factor: 60 },
};

export function durationValue(parts: Of<'duration'>['parts']): string {
  let date = '';
  let time = '';
  // Written part by part, without intermediate arrays: every duration of the text comes through here.
  const write = (unit: Unit, amount: number | 'X'): void => {
    const { letter, time: isTime } = UNIT_DURATION[unit];
    if (isTime) time += `${amount}${letter}`;
    else date += `${amount}${letter}`;
  };
  for (const part of parts) {
    // TIMEX3 writes decades and centuries in years (P10Y), and fractions in the next unit down (PT5H30M).
    if (part.unit === 'decade' || part.unit === 'century') {
      write('year', part.amount === 'X' ? 'X' : part.amount * (part.unit === 'decade' ? 10 : 100));
      continue;
    }
    const smaller = SMALLER[part.unit];
    if (typeof part.amount === 'number' && !Number.isInteger(part.amount) && smaller) {
      const whole = Math.floor(part.amount);
      if (whole > 0) write(part.unit, whole);
      write(smaller.unit, Math.round((part.amount - whole) * smaller.factor));
      continue;
    }
    write(part.unit, part.amount);
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

function resolveDuration(spec: Of<'duration'>, context: ResolutionContext): Resolution {
  const value = durationValue(spec.parts);
  const part = spec.parts[0]!;
  const length = part.amount === 'X' ? `an unspecified number of ${part.unit}s` : `${part.amount} ${part.unit}${part.amount === 1 ? '' : 's'}`;
  const previous = context.previous;
  if (spec.anchoring === 'startsAtPrevious' && previous && part.amount !== 'X') {
    const interval = { start: previous.start, end: shiftBy(previous.start, part.unit, part.amount) };
    return {
      type: 'DURATION', value, interval, anchor: { kind: 'timex', timexId: previous.timexId },
      explanation: `${context.text} → ${value}: a span of ${length} starting at "${previous.text}" (${previous.value})`,
    };
  }
  if (spec.anchoring && spec.anchoring !== 'startsAtPrevious' && part.amount !== 'X') {
    const ref = context.publication;
    const other = shiftBy(ref, part.unit, spec.anchoring === 'endsAtReference' ? -part.amount : part.amount);
    const interval = spec.anchoring === 'endsAtReference' ? { start: other, end: ref } : { start: ref, end: other };
    return {
      type: 'DURATION', value, interval, anchor: context.reference.anchor,
      explanation: `${context.text} → ${value}: a span of ${length} ${spec.anchoring === 'endsAtReference' ? 'ending' : 'starting'} at publication`,
    };
  }
  return { type: 'DURATION', value, anchor: { kind: 'none' }, explanation: `${context.text} → ${value}: a length of ${length}` };
}

function resolveSet(spec: Of<'set'>, context: ResolutionContext): Resolution {
  return {
    type: 'SET', value: spec.value, quant: spec.quant, freq: spec.freq, anchor: { kind: 'none' },
    explanation: `${context.text} → ${spec.value}: a recurring time${spec.freq ? `, ${spec.freq} each` : ''}`,
  };
}

function resolveReference(spec: Of<'reference'>, context: ResolutionContext): Resolution {
  const day = startOf(context.publication, 'day');
  const interval = spec.value === 'PRESENT_REF' ? { start: day, end: plus(day, 'days', 1) } : undefined;
  const meaning = { PAST_REF: 'some time before', PRESENT_REF: 'the time of', FUTURE_REF: 'some time after' }[spec.value];
  return { type: 'DATE', value: spec.value, interval, anchor: context.reference.anchor, explanation: `${context.text} → ${spec.value}: ${meaning} publication, with no date given` };
}

/** How far back a day may lie for a bare clock time in a past clause to be read on it. */
const CLOCK_DAY_REACH_DAYS = 7;
/** How far ahead one may in a future clause: "next Sunday" can be 13 days off. */
const CLOCK_DAY_AHEAD_DAYS = 14;

/**
 * Midnight still to come on the reference day ("The curfew begins at midnight", "the law will take effect at
 * midnight"): the one that ends the day (T24:00, as "midnight tonight" is), not the 00:00 that began it. Other clock
 * times, and a midnight in a past or undated clause ("killed shortly after midnight"), are as written.
 */
function comingMidnight(clock: ClockTime, context: ResolutionContext): ClockTime {
  return context.tense === 'future' && clock.hour === 0 && clock.minute === 0 && clock.second === undefined && !clock.endOfDay ? { ...clock, endOfDay: true } : clock;
}

/**
 * A clock time with no day ("at 10:35 a.m."): on the day written right before it ("Friday at 3 p.m."), or on the
 * day the text last named when the clause is past and that day is a recent one ("The blast occurred Friday. ...
 * at 10:35 a.m."), or future and that day one of the next two weeks ("no earlier than Tuesday, with a window opening
 * at 1:48 a.m."), else on the reference day.
 */
function resolveClock(spec: Of<'clock'>, context: ResolutionContext): Resolution {
  const previous = context.previous;
  const day = startOf(context.publication, 'day');
  const ofDay = previous !== undefined && (previous.grain === 'day' || previous.grain === 'partOfDay' || previous.grain === 'minute');
  const recentDay = ofDay && previous.start < day && previous.start >= plus(day, 'days', -CLOCK_DAY_REACH_DAYS);
  const comingDay = ofDay && previous.start >= plus(day, 'days', 1) && previous.start <= plus(day, 'days', CLOCK_DAY_AHEAD_DAYS);
  const joinedDay = context.joinedToPrevious === true && previous !== undefined && previous.grain === 'day';
  // A clock time the text just gave, however long ago, is the narrative's: "at 11:40 p.m. on Aug. 14, 2025 …
  // About 20 minutes later … Shortly after midnight, it struck".
  // Not one still to come: a past clause after "starts at midnight tonight" is not in tomorrow.
  const narrativeClock = context.tense === 'past' && previous !== undefined && previous.grain === 'minute' && previous.start < plus(day, 'days', 1);
  if (joinedDay || (context.tense === 'past' && recentDay) || (context.tense === 'future' && comingDay) || narrativeClock) {
    // A time in the small hours after an evening or a night ("Thursday night … at 2:30 a.m.", "11:40 p.m. … at
    // 1 a.m.") is in that night, on the next calendar day.
    // So is a morning time the narrative reaches in a later sentence ("Talks collapsed on Monday night. At 6 a.m.,
    // pickets arrived"; "The storm hit late Sunday. By 5 a.m., …").
    const evening = ((previous!.grain === 'partOfDay' || previous!.grain === 'minute') && previous!.start.hour >= 17) || previous!.late === true;
    const intoNextDay = evening && (spec.clock.hour < 6 || (context.clockMovesOn === true && spec.clock.hour < 12));
    return resolveShift({ kind: 'shift', from: 'previous', unit: 'day', amount: intoNextDay ? 1 : 0, grain: 'minute', clock: spec.clock, partOfDay: spec.partOfDay }, context);
  }
  // A past clock time later in the day than a publication time of day was the day before: "The blast happened at 10
  // p.m." in an article published at 18:30. (A date-only publication, read at 00:00, gives its own day.)
  const publication = context.publication;
  const laterToday = spec.clock.hour * 60 + spec.clock.minute > publication.hour * 60 + publication.minute;
  // (Unless the text has just named the publication day: "killed Thursday evening … around 7:15 p.m.")
  const onPublicationDay = ofDay && startOf(previous.start, 'day').equals(day);
  const amount = context.tense === 'past' && context.timedPublication === true && laterToday && !onPublicationDay ? -1 : 0;
  return resolveShift({ kind: 'shift', from: 'publication', unit: 'day', amount, grain: 'minute', clock: comingMidnight(spec.clock, context), partOfDay: spec.partOfDay }, context);
}

/**
 * A copy of the resolution with `mod`, written as one literal of every key (typed so that none is missed): in V8
 * (node 20) `{ ...resolution, mod }` costs microseconds, the literal tens of nanoseconds.
 */
function withMod(r: Resolution, mod: TimexMod): Resolution {
  const copy: { [K in keyof Required<Resolution>]: Resolution[K] } = {
    type: r.type, value: r.value, mod, quant: r.quant, freq: r.freq, interval: r.interval, grain: r.grain, restricted: r.restricted,
    partOfDay: r.partOfDay, anchor: r.anchor, explanation: r.explanation, alternatives: r.alternatives,
  };
  return copy;
}

/** Narrows an interval to its start, middle or end third for START / MID / END, on calendar boundaries. */
function applyMod(resolution: Resolution, mod: TimexMod | undefined): Resolution {
  if (!mod) return resolution;
  const result = withMod(resolution, mod);
  const interval = resolution.interval;
  if (!interval || resolution.restricted || resolution.type === 'DURATION' || resolution.value.endsWith('_REF')) return result;
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return result;
  const [firstEnd, lastStart] = thirdBoundaries(interval.start, interval.end);
  // "early Wednesday morning" takes in the small hours ("early Wednesday morning, at about 1:30 a.m."): from midnight.
  const smallHours = mod === 'START' && resolution.partOfDay === 'MO';
  if (mod === 'START') result.interval = { start: smallHours ? startOf(interval.start, 'day') : interval.start, end: firstEnd };
  if (mod === 'MID') result.interval = { start: firstEnd, end: lastStart };
  if (mod === 'END') result.interval = { start: lastStart, end: interval.end };
  result.explanation += `; ${mod.toLowerCase()} of that period`;
  return result;
}

/**
 * The two points that cut [start, end) into thirds, each rounded to the nearest boundary of the largest calendar
 * unit that still leaves three whole parts: "the mid-1990s" are 1993–1996, "mid-2016" is May–August, "late September" the 21st to the end, "early
 * this week" Monday–Tuesday. Rounding in the interval's own zone keeps daylight-saving shifts out of the bounds.
 */
function thirdBoundaries(start: DateTime, end: DateTime): [DateTime, DateTime] {
  const span = end.toMillis() - start.toMillis();
  const unit = THIRD_UNITS.find((u) => span >= 3 * u.approximateMillis)?.unit ?? 'minute';
  const at = (fraction: number): DateTime => nearestBoundary(plus(start, 'milliseconds', span * fraction), unit);
  return [at(1 / 3), at(2 / 3)];
}

type ThirdUnit = 'year' | 'month' | 'day' | 'hour';

const UNIT_PLURAL = { year: 'years', month: 'months', day: 'days', hour: 'hours', minute: 'minutes' } as const;

const THIRD_UNITS: readonly { unit: ThirdUnit; approximateMillis: number }[] = [
  { unit: 'year', approximateMillis: 365 * 86_400_000 },
  { unit: 'month', approximateMillis: 28 * 86_400_000 },
  { unit: 'day', approximateMillis: 86_400_000 },
  { unit: 'hour', approximateMillis: 3_600_000 },
];

/** The boundary of `unit` nearest `point`, by the memoised calendar steps (luxon's `startOf` and `plus`). */
function nearestBoundary(point: DateTime, unit: ThirdUnit | 'minute'): DateTime {
  const floor = startOf(point, unit);
  const ceiling = plus(floor, UNIT_PLURAL[unit], 1);
  return point.toMillis() - floor.toMillis() < ceiling.toMillis() - point.toMillis() ? floor : ceiling;
}

export function resolveReading(reading: Reading, context: ResolutionContext): Resolution {
  const spec = reading.spec;
  let resolution: Resolution;
  switch (spec.kind) {
    case 'calendar': resolution = resolveCalendar(spec, context); break;
    case 'weekday': resolution = resolveWeekday(spec, context); break;
    case 'shift': resolution = resolveShift(spec, context); break;
    case 'anchored': resolution = resolveAnchored(spec, context, resolveReading); break;
    case 'period': resolution = resolvePeriod(spec, context); break;
    case 'holiday': resolution = resolveHoliday(spec, context); break;
    case 'weekend': resolution = resolveWeekend(context); break;
    case 'reportingQuarter': resolution = resolveReportingQuarter(context, spec.latest); break;
    case 'clock': resolution = resolveClock(spec, context); break;
    case 'duration': resolution = resolveDuration(spec, context); break;
    case 'set': resolution = resolveSet(spec, context); break;
    case 'reference': resolution = resolveReference(spec, context); break;
  }
  if (reading.type) resolution = { ...resolution, type: reading.type };
  return applyMod(resolution, reading.mod);
}
