/**
 * Helpers of the event-bounds example tables: a sentence analysed against a publication date (zone UTC), its event
 * by trigger, and where the event's bounds put it against the publication day.
 */
import { expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Analysis, ChronicleEvent } from '../src/schema.js';

export const run = (text: string, publicationDate: string): Analysis => analyze({ text, publicationDate, timeZone: 'UTC' });

export function eventOf(analysis: Analysis, trigger: string): ChronicleEvent {
  const e = analysis.events.find((x) => x.text === trigger);
  if (e === undefined) throw new Error(`no event "${trigger}" in ${analysis.events.map((x) => x.text).join(', ')}`);
  return e;
}

export const anchorText = (analysis: Analysis, e: ChronicleEvent): string | undefined =>
  analysis.timexes.find((t) => t.id === e.anchor?.timexId)?.text;

/** Where the event's bounds put it against the publication day [day, day + 1). */
export function dayRelation(e: ChronicleEvent, day: string): 'before' | 'after' | 'overlap' {
  const start = Date.parse(`${day}T00:00:00Z`);
  const end = start + 86_400_000;
  if (e.when.end !== null && Date.parse(e.when.end) <= start) return 'before';
  if (e.when.start !== null && Date.parse(e.when.start) >= end) return 'after';
  return 'overlap';
}

export type DayCase = readonly [text: string, publicationDate: string, trigger: string, relation: 'before' | 'after' | 'overlap'];

/** One test per row: the trigger's bounds put it `relation` the publication day. */
export function dayRelationTable(cases: readonly DayCase[], title = '%s (%s) → %s %s the publication day'): void {
  it.each(cases)(title, (text, date, trigger, relation) => {
    expect(dayRelation(eventOf(run(text, date), trigger), date)).toBe(relation);
  });
}
