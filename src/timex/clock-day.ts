/**
 * A clock time whose day is written after it, past a conversion or a comma: "at 10:35 a.m. (0735 GMT) Friday",
 * "7 a.m. local time, Sunday". Wire copy writes times so; both clock times fall on Friday. A clock time with the day
 * right after it ("10 a.m. Tuesday") is one expression (the clock rules read it); here the two stay separate
 * expressions, as TimeML annotates them, and the clock takes the day's reading.
 */
import type { Candidate, ClockTime, Reading, Spec } from './spec.js';

/** What may lie between the clock time and the day: the parenthetical's close, a conversion in parentheses, "on". */
const GAP = /^\s*\)?\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:on\s+)?$/i;

/**
 * The reading of a day with `clock` as its time (in place of a clock time the day may carry: "from 9 a.m. to 5 p.m.
 * Friday"), or undefined when it names no single day or a part of one ("Friday night") — but for the narrative
 * "that morning", whose day the clock time takes.
 */
export function dayWithClock(day: Reading, clock: ClockTime): Reading | undefined {
  const spec = day.spec;
  if (spec.kind === 'weekday' && !spec.partOfDay) return { ...day, spec: { ...spec, clock } };
  if (spec.kind === 'calendar' && spec.grain === 'day' && !spec.partOfDay) return { ...day, spec: { ...spec, clock } };
  if (spec.kind === 'shift' && spec.unit === 'day' && (spec.grain === 'day' || spec.clock) && !spec.partOfDay) {
    return { ...day, spec: { ...spec, grain: 'minute', clock } };
  }
  // "at 5 a.m. that morning", "9 p.m. that night": the clock time on the day the text gave last.
  if (spec.kind === 'shift' && spec.from === 'previous' && spec.unit === 'day' && spec.amount === 0 && spec.partOfDay) {
    const { partOfDay: _partOfDay, ...withoutPart } = spec;
    return { ...day, spec: { ...withoutPart, grain: 'minute', clock } };
  }
  return undefined;
}

/**
 * Each clock time alone followed (past other clock times in a parenthetical) by a day, read on that day. A day
 * counted from the date the text gave last ("at 3 p.m. two days later", "at 9 a.m. the day after") is then the
 * clock time's own day: the clock, resolved first, becomes that date, and the day counted from it again landed a
 * second step further (2019-04-17T15:00, then 2019-04-19).
 */
export function withDaysAfterClocks(text: string, candidates: readonly Candidate[]): Candidate[] {
  const result = candidates.slice();
  for (let index = 0; index < result.length; index++) {
    const dayIndex = dayAfterClock(text, result, index);
    if (dayIndex === undefined) continue;
    const clock = result[index]!;
    const day = result[dayIndex]!;
    const reading = dayWithClock(day.reading, (clock.reading.spec as Extract<Spec, { kind: 'clock' }>).clock) ?? holidayWithClock(text, clock, day, (clock.reading.spec as Extract<Spec, { kind: 'clock' }>).clock);
    if (!reading) continue;
    result[index] = { ...clock, reading };
    const daySpec = day.reading.spec;
    if (daySpec.kind === 'shift' && daySpec.from === 'previous' && daySpec.amount !== 0) {
      result[dayIndex] = { ...day, reading: { ...day.reading, spec: { kind: 'shift', from: 'previous', unit: 'day', amount: 0, grain: 'day' } } };
    }
  }
  return result;
}

/** The index of the day written after the clock time at `index`, when there is one. */
function dayAfterClock(text: string, candidates: readonly Candidate[], index: number): number | undefined {
  const candidate = candidates[index]!;
  const spec = candidate.reading.spec;
  if (spec.kind !== 'clock' || spec.partOfDay) return undefined;
  let next = index + 1;
  // A conversion ("(0735 GMT)") between the clock time and its day is skipped: it is itself a clock time.
  while (next < candidates.length && candidates[next]!.reading.spec.kind === 'clock' && next - index <= 2) next++;
  const day = candidates[next];
  if (!day) return undefined;
  const gap = text.slice(candidate.end, day.start);
  const skipped = candidates.slice(index + 1, next).reduce((rest, c) => rest.replace(text.slice(c.start, c.end), ''), gap);
  return GAP.test(skipped) ? next : undefined;
}

/**
 * "at 8 p.m. on Christmas Eve", "at midnight on New Year's Eve": the clock time on the holiday (midnight the one that
 * ends it, T24:00, as "midnight Friday" is). Undefined unless the day is a holiday.
 */
function holidayWithClock(text: string, clockCandidate: Candidate, day: Candidate, clock: ClockTime): Reading | undefined {
  if (day.reading.spec.kind !== 'holiday' || day.reading.mod) return undefined;
  const midnight = /^midnight$/i.test(text.slice(clockCandidate.start, clockCandidate.end));
  const at: ClockTime = midnight ? { ...clock, endOfDay: true } : clock;
  return { spec: { kind: 'anchored', base: day.reading, baseText: text.slice(day.start, day.end), step: { kind: 'offset', unit: 'day', amount: 0, grain: 'base' }, clock: at, baseIsNext: true } };
}
