/**
 * Anchor readings through the whole engine (`analyze`: real time expressions, tense, the network): for an event of a
 * sentence, the time expression it is anchored to and the relation — the sentences news writes, each rule with rows
 * that must not change. A row's trigger is the event's text; `nth` picks a later one with the same text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

interface Row {
  readonly text: string;
  readonly trigger: string;
  /** The anchor as `RELATION "time text"`, or null for no anchor of the event's own. */
  readonly anchor: string | null;
  readonly nth?: number;
  readonly day?: string;
}

function anchorOf(row: Row): string | null | undefined {
  const analysis = analyze({ text: row.text, publicationDate: row.day ?? '2019-10-11', timeZone: 'Asia/Tokyo' });
  const event = analysis.events.filter((e) => e.text === row.trigger)[row.nth ?? 0];
  if (event === undefined) return undefined;
  if (event.anchor === undefined) return null;
  const timex = analysis.timexes.find((t) => t.id === event.anchor?.timexId);
  return `${event.anchor.relation} "${timex?.text}"`;
}

function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    it.each(rows.map((r) => [r.trigger, r.text, r]))('%s in "%s"', (_trigger, _text, row) => {
      expect(anchorOf(row)).toBe(row.anchor);
    });
  });
}

table('an -ing form after a determiner and a ranking word is the head noun, the verb keeps its time', [
  { text: 'It issued its highest warning for 12 prefectures at 5 p.m. on Friday.', trigger: 'issued', anchor: 'IS_INCLUDED "5 p.m. on Friday"' },
  { text: 'It issued its highest warning for 12 prefectures at 5 p.m. on Friday.', trigger: 'warning', anchor: 'IS_INCLUDED "5 p.m. on Friday"' },
  { text: 'The board held its first meeting on Tuesday.', trigger: 'held', anchor: 'IS_INCLUDED "Tuesday"' },
  // Not after a ranking word: the participle stays a verb.
  { text: 'Police were warning residents on Tuesday.', trigger: 'warning', anchor: 'IS_INCLUDED "Tuesday"' },
]);
