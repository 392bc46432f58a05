/** The seed article (AP, Beirut, Saturday 2017-09-02): every time expression found, with the values of issue 2. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, ArticleDocument } from '../src/index.js';

const document = ArticleDocument.parse(JSON.parse(readFileSync(new URL('../events/ap-2017-09-02-islamic-state-convoy.json', import.meta.url), 'utf8')));
const analysis = analyze(document);
const summary = analysis.timexes.map((t) => ({ text: t.text, type: t.type, value: t.value }));

describe('seed article time expressions', () => {
  it('finds exactly the expected expressions, in text order, with their values', () => {
    expect(summary).toEqual([
      { text: 'March 16, 2017', type: 'DATE', value: '2017-03-16' },
      { text: 'days', type: 'DURATION', value: 'PXD' },
      { text: 'Saturday', type: 'DATE', value: '2017-09-02' },
      { text: 'six days ago', type: 'DATE', value: '2017-08-27' },
      { text: 'Saturday', type: 'DATE', value: '2017-09-02' },
      { text: 'Friday', type: 'DATE', value: '2017-09-01' },
      { text: 'Earlier this week', type: 'DATE', value: '2017-W35' },
      { text: 'currently', type: 'DATE', value: 'PRESENT_REF' },
      { text: 'Saturday', type: 'DATE', value: '2017-09-02' },
    ]);
  });

  it('gives "Earlier this week" the part of ISO week 35 before the publication day, in Beirut time', () => {
    const earlier = analysis.timexes.find((t) => t.text === 'Earlier this week')!;
    expect(earlier.interval).toEqual({ start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00' });
    expect(earlier.anchor).toEqual({ kind: 'publicationDate' });
  });

  it('reads "days" in "days after they left" as an unspecified number of days', () => {
    const days = analysis.timexes.find((t) => t.text === 'days')!;
    expect(document.text.slice(days.start - 5, days.end + 6)).toBe('nvoy days after');
    expect(days.interval).toBeUndefined();
  });

  it('keeps text equal to the slice of the input at its offsets, and explains every value', () => {
    for (const timex of analysis.timexes) {
      expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
      expect(timex.explanation).toMatch(new RegExp(`^${timex.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → `));
    }
    expect(analysis.diagnostics.filter((d) => d.code === 'UNRESOLVED_EXPRESSION')).toEqual([]);
  });
});
