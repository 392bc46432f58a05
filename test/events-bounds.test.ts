/**
 * Event bounds against the publication date and the choice of anchor, as example tables: a sentence, its
 * publication date and zone, the trigger, and what its `when` (or `anchor`) must be.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Analysis, ChronicleEvent } from '../src/schema.js';

const run = (text: string, publicationDate: string): Analysis => analyze({ text, publicationDate, timeZone: 'UTC' });
function eventOf(analysis: Analysis, trigger: string): ChronicleEvent {
  const e = analysis.events.find((x) => x.text === trigger);
  if (e === undefined) throw new Error(`no event "${trigger}" in ${analysis.events.map((x) => x.text).join(', ')}`);
  return e;
}
const anchorText = (analysis: Analysis, e: ChronicleEvent): string | undefined =>
  analysis.timexes.find((t) => t.id === e.anchor?.timexId)?.text;
/** Where the event's bounds put it against the publication day [day, day + 1). */
function dayRelation(e: ChronicleEvent, day: string): 'before' | 'after' | 'overlap' {
  const start = Date.parse(`${day}T00:00:00Z`);
  const end = start + 86_400_000;
  if (e.when.end !== null && Date.parse(e.when.end) <= start) return 'before';
  if (e.when.start !== null && Date.parse(e.when.start) >= end) return 'after';
  return 'overlap';
}

describe('a present-tense event placed only by sharing a sentence with a time keeps its present', () => {
  it.each([
    // The year modifies "resolution"; the calling-for is the resolution's standing content, now.
    ['That 1978 resolution calls for the withdrawal of the troops.', '1998-03-01', 'calls', 'overlap'],
    ['Amir is serving a life sentence for the November 1995 assassination.', '1998-02-27', 'serving', 'overlap'],
    ['Big makers are developing machines, which are expected to reach the market early next year.', '1989-10-27', 'developing', 'overlap'],
  ])('%s (%s) → %s %s the publication day', (text, date, trigger, relation) => {
    expect(dayRelation(eventOf(run(text, date), trigger), date)).toBe(relation);
  });

  it.each([
    // With a time of its own a present is placed by it: a caption's present, a scheduled future.
    ['Displaced children evacuate a neighbourhood in West Mosul on March 16, 2017.', '2017-09-02', 'evacuate', 'before'],
    ['The talks resume on September 10.', '2017-09-02', 'resume', 'after'],
  ])('but not with a time of its own: %s (%s) → %s %s the publication day', (text, date, trigger, relation) => {
    expect(dayRelation(eventOf(run(text, date), trigger), date)).toBe(relation);
  });
});
