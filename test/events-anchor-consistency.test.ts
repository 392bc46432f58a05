/**
 * An event's anchor and the relations listed are what its `when` says: an anchor the tense rules out as the
 * event's container is given the relation the tense reads ("backed … said Saturday": BEFORE Saturday; a present
 * state beside a past date: OVERLAP-OR-AFTER, TempEval-2's vague relation), never a containment the bounds deny.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Analysis, ChronicleEvent, TLinkType } from '../src/schema.js';
import { generatedArticle } from './sequence-generated.js';

const millis = (iso: string | null, open: number): number => (iso === null ? open : Date.parse(iso));

/** Whether `relation` of an event with these bounds to [start, end) can hold. */
function holds(relation: TLinkType, when: ChronicleEvent['when'], start: number, end: number): boolean {
  const [from, to] = [millis(when.start, -Infinity), millis(when.end, Infinity)];
  switch (relation) {
    case 'BEFORE': return to <= start;
    case 'AFTER': return from >= end;
    case 'IS_INCLUDED': case 'DURING': return from >= start && to <= end;
    case 'OVERLAP-OR-AFTER': return to > start;
    case 'BEFORE-OR-OVERLAP': return from < end;
    default: return true;
  }
}

function inconsistentAnchors(analysis: Analysis): string[] {
  const timexes = new Map(analysis.timexes.map((t) => [t.id, t]));
  const out: string[] = [];
  for (const e of analysis.events) {
    const t = e.anchor && timexes.get(e.anchor.timexId);
    if (!e.anchor || !t?.interval) continue;
    if (!holds(e.anchor.relation, e.when, Date.parse(t.interval.start), Date.parse(t.interval.end))) {
      out.push(`${e.text} ${e.anchor.relation} "${t.text}" but when ${e.when.start}..${e.when.end}`);
    }
  }
  return out;
}

describe('anchors agree with the bounds', () => {
  const folder = join(import.meta.dirname, '..', 'events');
  // The articles of events/ (cases.example.json is a `chronicle check` file, not an article).
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json') && !f.startsWith('cases.'))) {
    it(`in ${name}`, () => {
      const document = JSON.parse(readFileSync(join(folder, name), 'utf8'));
      expect(inconsistentAnchors(analyze(document))).toEqual([]);
    });
  }
  it('in a generated 300-event article', () => {
    expect(inconsistentAnchors(analyze({ text: generatedArticle(150), publicationDate: '2017-09-02', timeZone: 'UTC' }))).toEqual([]);
  });
});

describe('relations read by tense', () => {
  const run = (text: string, publicationDate: string) => analyze({ text, publicationDate, timeZone: 'America/New_York' });
  it('a present state beside a past date is after it or still overlapping it', () => {
    const analysis = run('He is serving a sentence for the November 1995 assassination.', '1998-01-08');
    const serving = analysis.events.find((e) => e.text === 'serving')!;
    expect(serving.anchor?.relation).toBe('OVERLAP-OR-AFTER');
    expect(analysis.relations.find((r) => r.from === serving.id)?.via).toContain('read by tense');
  });
  it('a past event beside the reporting day is before it', () => {
    const analysis = run('The Russian Defense Ministry said Saturday that Syrian forces backed by Russian airstrikes liberated the town.', '2017-09-02');
    const backed = analysis.events.find((e) => e.text === 'backed')!;
    expect(backed.anchor?.relation).toBe('BEFORE');
    expect(backed.when.end).toBe('2017-09-02T00:00:00-04:00');
  });
  it('an event during an anchored duration lies within it', () => {
    const analysis = run('Prices plunged during the past three months.', '1998-01-08');
    const plunged = analysis.events.find((e) => e.text === 'plunged')!;
    expect(plunged.anchor?.relation).toBe('DURING');
    expect([plunged.when.start, plunged.when.end]).toEqual(['1997-10-08T00:00:00-04:00', '1998-01-08T00:00:00-05:00']);
  });
});
