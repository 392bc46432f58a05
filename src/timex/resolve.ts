/**
 * Resolution: an underspecified Reading plus its context becomes a TIMEX3 value, a real interval and an
 * explanation. Dates are handled in resolveDates.ts; durations, sets and vague references here.
 */
import type { TimexMod } from '../schema.js';
import { UNIT_DURATION, type Unit } from './lexicon.js';
import { resolveCalendar, resolveHoliday, resolvePeriod, resolveReportingQuarter, resolveShift, resolveWeekday, resolveWeekend } from './resolveDates.js';
import type { Resolution, ResolutionContext } from './resolution.js';
import type { Reading, Spec } from './spec.js';
import { plus, shiftBy } from './calendar.js';
import { startOfUnit } from './wall-clock.js';

type Of<K extends Spec['kind']> = Extract<Spec, { kind: K }>;

/** Whole units for fractions: half an hour is PT30M, half a year P6M. */
const SMALLER: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  hour: { unit: 'minute', factor: 60 }, day: { unit: 'hour', factor: 24 }, year: { unit: 'month', factor: 12 },
  week: { unit: 'day', factor: 7 }, month: { unit: 'day', factor: 30 }, minute: { unit: 'second', factor: 60 },
};

export function durationValue(parts: Of<'duration'>['parts']): string {
  let date = '';
  let time = '';
  const expanded = parts.flatMap((part) => {
    // TIMEX3 writes decades and centuries in years (P10Y), and fractions in the next unit down (PT5H30M).
    if (part.unit === 'decade' || part.unit === 'century') {
      const years = part.unit === 'decade' ? 10 : 100;
      return [{ unit: 'year' as Unit, amount: part.amount === 'X' ? ('X' as const) : part.amount * years }];
    }
    const smaller = SMALLER[part.unit];
    if (typeof part.amount === 'number' && !Number.isInteger(part.amount) && smaller) {
      const whole = Math.floor(part.amount);
      const rest = { unit: smaller.unit, amount: Math.round((part.amount - whole) * smaller.factor) };
      return whole > 0 ? [{ unit: part.unit, amount: whole }, rest] : [rest];
    }
    return [part];
  });
  for (const part of expanded) {
    const { unit, amount } = part;
    const { letter, time: isTime } = UNIT_DURATION[unit];
    const quantity = amount === 'X' ? 'X' : String(unit === 'weekend' ? amount : amount);
    if (unit === 'weekend') date += `${quantity}WE`;
    else if (isTime) time += `${quantity}${letter}`;
    else date += `${quantity}${letter}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

function resolveDuration(spec: Of<'duration'>, context: ResolutionContext): Resolution {
  const value = durationValue(spec.parts);
  const part = spec.parts[0]!;
  const length = part.amount === 'X' ? 'an unspecified number of' : String(part.amount);
  if (spec.anchoring && part.amount !== 'X') {
    const ref = context.publication;
    const other = shiftBy(ref, part.unit, spec.anchoring === 'endsAtReference' ? -part.amount : part.amount);
    const interval = spec.anchoring === 'endsAtReference' ? { start: other, end: ref } : { start: ref, end: other };
    return {
      type: 'DURATION', value, interval, anchor: context.reference.anchor,
      explanation: `${context.text} → ${value}: a span of ${length} ${part.unit}(s) ${spec.anchoring === 'endsAtReference' ? 'ending' : 'starting'} at publication`,
    };
  }
  return { type: 'DURATION', value, anchor: { kind: 'none' }, explanation: `${context.text} → ${value}: a length of ${length} ${part.unit}(s)` };
}

function resolveSet(spec: Of<'set'>, context: ResolutionContext): Resolution {
  return {
    type: 'SET', value: spec.value, quant: spec.quant, freq: spec.freq, anchor: { kind: 'none' },
    explanation: `${context.text} → ${spec.value}: a recurring time${spec.freq ? `, ${spec.freq} each` : ''}`,
  };
}

function resolveReference(spec: Of<'reference'>, context: ResolutionContext): Resolution {
  const day = startOfUnit(context.publication, 'day');
  const interval = spec.value === 'PRESENT_REF' ? { start: day, end: plus(day, 'days', 1) } : undefined;
  const meaning = { PAST_REF: 'some time before', PRESENT_REF: 'the time of', FUTURE_REF: 'some time after' }[spec.value];
  return { type: 'DATE', value: spec.value, interval, anchor: context.reference.anchor, explanation: `${context.text} → ${spec.value}: ${meaning} publication, with no date given` };
}

function resolveClock(spec: Of<'clock'>, context: ResolutionContext): Resolution {
  return resolveShift({ kind: 'shift', from: 'publication', unit: 'day', amount: 0, grain: 'minute', clock: spec.clock, partOfDay: spec.partOfDay }, context);
}

/** Narrows an interval to its start, middle or end third for START / MID / END. */
function applyMod(resolution: Resolution, mod: TimexMod | undefined): Resolution {
  if (!mod) return resolution;
  const result = { ...resolution, mod };
  const interval = resolution.interval;
  if (!interval || resolution.restricted || resolution.type === 'DURATION' || resolution.value.endsWith('_REF')) return result;
  const third = (interval.end.toMillis() - interval.start.toMillis()) / 3;
  if (mod === 'START') result.interval = { start: interval.start, end: interval.start.plus(third) };
  if (mod === 'MID') result.interval = { start: interval.start.plus(third), end: interval.end.minus(third) };
  if (mod === 'END') result.interval = { start: interval.end.minus(third), end: interval.end };
  if (mod === 'START' || mod === 'MID' || mod === 'END') result.explanation += `; ${mod.toLowerCase()} of that period`;
  return result;
}

export function resolveReading(reading: Reading, context: ResolutionContext): Resolution {
  const spec = reading.spec;
  let resolution: Resolution;
  switch (spec.kind) {
    case 'calendar': resolution = resolveCalendar(spec, context); break;
    case 'weekday': resolution = resolveWeekday(spec, context); break;
    case 'shift': resolution = resolveShift(spec, context); break;
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
