/**
 * A clock time whose day is written after it, past a conversion or a comma: "at 10:35 a.m. (0735 GMT) Friday",
 * "7 a.m. local time, Sunday". Wire copy writes times so; both clock times fall on Friday. A clock time with the day
 * right after it ("10 a.m. Tuesday") is one expression (the clock rules read it); here the two stay separate
 * expressions, as TimeML annotates them, and the clock takes the day's reading.
 */
import type { Candidate, ClockTime, Reading } from './spec.js';

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

/** Each clock time alone followed (past other clock times in a parenthetical) by a day, read on that day. */
export function withDaysAfterClocks(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((_, index) => withDayAfter(text, candidates, index));
}

/** The candidate at `index` with the day written after it, when there is one; otherwise the candidate itself. */
function withDayAfter(text: string, candidates: readonly Candidate[], index: number): Candidate {
  const candidate = candidates[index]!;
  const spec = candidate.reading.spec;
  if (spec.kind !== 'clock' || spec.partOfDay) return candidate;
  let next = index + 1;
  // A conversion ("(0735 GMT)") between the clock time and its day is skipped: it is itself a clock time.
  while (next < candidates.length && candidates[next]!.reading.spec.kind === 'clock' && next - index <= 2) next++;
  const day = candidates[next];
  if (!day) return candidate;
  const gap = text.slice(candidate.end, day.start);
  const skipped = candidates.slice(index + 1, next).reduce((rest, c) => rest.replace(text.slice(c.start, c.end), ''), gap);
  if (!GAP.test(skipped)) return candidate;
  const reading = dayWithClock(day.reading, spec.clock) ?? holidayWithClock(text, candidate, day, spec.clock);
  return reading ? { ...candidate, reading } : candidate;
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
