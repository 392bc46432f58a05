/**
 * Switching an ambiguous time expression to one of its alternative readings. The engine has no override
 * option, so the view substitutes the chosen alternative's value, interval and explanation for that timex
 * (the original reading becomes an alternative, so the switch can be undone), moves the events anchored to
 * it, and re-sequences the chronology by the events' new bounds (ties keep the engine's order).
 */
import type { Analysis, ChronicleEvent, Interval, Timex, When } from '../src/index.js';
import { DateTime } from 'luxon';

/** Applies the chosen readings (timex id → index in its alternatives) and returns a new analysis. */
export function applyReadings(analysis: Analysis, readings: Record<string, number>): Analysis {
  const changed = new Map<string, Timex>();
  const timexes = analysis.timexes.map((timex) => {
    const index = readings[timex.id];
    const chosen = index === undefined ? undefined : timex.alternatives?.[index];
    if (!chosen) return timex;
    const original = { value: timex.value, explanation: timex.explanation, ...(timex.interval ? { interval: timex.interval } : {}) };
    const alternatives = (timex.alternatives ?? []).map((alternative, i) => (i === index ? original : alternative));
    const { interval: _dropped, ...rest } = timex;
    const switched: Timex = {
      ...rest,
      value: chosen.value,
      explanation: chosen.explanation,
      alternatives,
      ...(chosen.interval ? { interval: chosen.interval } : {}),
    };
    changed.set(timex.id, switched);
    return switched;
  });
  if (changed.size === 0) return analysis;
  const events = analysis.events.map((event) => {
    const timex = event.anchor ? changed.get(event.anchor.timexId) : undefined;
    if (!timex?.interval || !event.anchor) return event;
    return { ...event, when: whenFrom(event.when, timex.interval, event.anchor.relation) };
  });
  return { ...analysis, timexes, events, order: resequence(events, analysis.order) };
}

function whenFrom(when: When, interval: Interval, relation: string): When {
  // A relation read by tense (after, or still overlapping) placed nothing the tense did not: the bounds stand.
  if (relation === 'OVERLAP-OR-AFTER' || relation === 'BEFORE-OR-OVERLAP') return when;
  if (relation === 'BEFORE' || relation === 'IBEFORE') return { ...when, start: null, end: interval.start };
  if (relation === 'AFTER' || relation === 'IAFTER') return { ...when, start: interval.end, end: null };
  return { ...when, start: interval.start, end: interval.end };
}

/** Event ids sorted by start (open start first), then end, ties in the previous order. */
export function resequence(events: ChronicleEvent[], previous: string[]): string[] {
  const rank = new Map(previous.map((id, index) => [id, index]));
  const key = (iso: string | null, open: number) => (iso === null ? open : DateTime.fromISO(iso).toMillis());
  return [...events]
    .sort(
      (a, b) =>
        key(a.when.start, -Infinity) - key(b.when.start, -Infinity) ||
        key(a.when.end, Infinity) - key(b.when.end, Infinity) ||
        (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) ||
        a.start - b.start,
    )
    .map((event) => event.id);
}
