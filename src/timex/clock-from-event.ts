/**
 * A clock time whose day is counted from an event the text does not date: "spotted the car near the house at 6
 * a.m. ten days before the shooting". The day is not the publication day (nor the last day named); without the
 * event's date it is unknown, and the value says so (XXXX-XX-XXT06:00, as TimeML writes a time of an unknown day).
 */
import type { Resolution } from './resolution.js';
import type { ClockTime } from './spec.js';
import { NUMBER_PATTERN } from './lexicon.js';

/**
 * Right after a clock time: a count (the lexicon's numbers) and a unit, "before"/"after", and the start of a noun
 * phrase ("the shooting", "his arrest"); a date there ("ten days before Christmas") is not matched.
 */
const EVENT_OFFSET = new RegExp(`^,?\\s+((?:about\\s+|some\\s+|nearly\\s+|roughly\\s+)?(?:${NUMBER_PATTERN}|a\\s+few|several)\\s+(?:minutes?|hours?|days?|weeks?|months?)\\s+(?:before|after)\\s+(?:the|a|an|his|her|its|their)\\s+[a-z]+)`, 'i');

/** The offset phrase counting a clock time at `end` from an event ("ten days before the shooting"), else undefined. */
export function eventOffsetAfter(text: string, end: number): string | undefined {
  return EVENT_OFFSET.exec(text.slice(end, end + 60))?.[1];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The resolution of a clock time on a day counted from an undated event: its time of day, no day, no interval. */
export function clockOnUnknownDay(clock: ClockTime, phrase: string, offset: string): Resolution {
  return {
    type: 'TIME',
    value: `XXXX-XX-XXT${pad(clock.hour)}:${pad(clock.minute)}`,
    anchor: { kind: 'none' },
    explanation: `"${phrase}" → a time of an unknown day: its day is counted from an event ("${offset}") the text does not date`,
  };
}
