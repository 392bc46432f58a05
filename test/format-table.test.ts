/** The terminal table: time expressions with intervals in the zone, the chronology in order, diagnostics. */
import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/format/table.js';
import { boundsText, intervalText } from '../src/format/span-text.js';
import { clip, renderColumns } from '../src/format/columns.js';
import { ANALYSIS, TEXT } from './format-fixture.js';

describe('interval text', () => {
  it('prints whole days as inclusive dates, in the zone of the ISO string', () => {
    expect(intervalText({ start: '2017-08-27T00:00:00.000+03:00', end: '2017-08-28T00:00:00.000+03:00' })).toBe('2017-08-27');
    expect(intervalText({ start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00' })).toBe('2017-08-28 – 2017-09-01');
    // A day on which the clocks go back is still one day (its two ends carry different offsets).
    expect(intervalText({ start: '2025-11-02T00:00:00.000-04:00', end: '2025-11-03T00:00:00.000-05:00' })).toBe('2025-11-02');
    expect(intervalText({ start: '2025-03-09T00:00:00.000-05:00', end: '2025-03-10T00:00:00.000-04:00' })).toBe('2025-03-09');
  });

  it('prints clock times for finer spans', () => {
    expect(intervalText({ start: '2017-09-02T10:00:00.000+03:00', end: '2017-09-02T11:00:00.000+03:00' })).toBe('2017-09-02 10:00 – 11:00');
    expect(intervalText({ start: '2017-09-02T22:00:00.000-04:00', end: '2017-09-03T02:00:00.000-04:00' })).toBe('2017-09-02 22:00 – 2017-09-03 02:00');
  });

  it('says which bound is open', () => {
    expect(boundsText(null, '2017-09-02T10:30:00.000+03:00')).toBe('before 2017-09-02 10:30');
    expect(boundsText('2017-09-02T00:00:00.000+03:00', null)).toBe('from 2017-09-02');
    expect(boundsText(null, null)).toBe('unknown');
  });
});

describe('columns', () => {
  it('clips with an ellipsis and aligns', () => {
    expect(clip('abcdefgh', 5)).toBe('abcd…');
    expect(clip('a\n b', 5)).toBe('a b');
    expect(renderColumns([{ header: 'a' }, { header: 'bb' }], [['xyz', '1']])).toEqual(['  a    bb', '  xyz  1']);
  });
});

describe('formatTable', () => {
  const table = formatTable(ANALYSIS, { text: TEXT, title: 'A test', source: 'fixture.json' });
  const lines = table.split('\n');

  it('heads with the title, source, publication date and zone', () => {
    expect(lines.slice(0, 2)).toEqual(['A test', 'fixture.json, published 2017-09-02 (Asia/Beirut), news']);
  });

  it('lists each time expression with type, value, interval, rule, explanation and alternatives', () => {
    const row = lines.find((line) => line.startsWith('  t3 '));
    expect(row).toMatch(/^ {2}t3 +earlier this week +DATE +2017-W35 +2017-08-28 – 2017-09-01 +earlier-this-unit$/);
    expect(lines[lines.indexOf(row ?? '') + 1]).toBe('      the week of publication, before the publication day');
    expect(table).toContain('      or 2018-05: the next May');
    expect(table).toContain('interval (Asia/Beirut)');
  });

  it('shows the chronology in `order`, then events left out of it', () => {
    const chronology = lines.slice(lines.indexOf('Chronology (4 events)'));
    const events = chronology.slice(2, 6).map((line) => line.trim().split(/\s{2,}/).slice(0, 3));
    expect(events).toEqual([
      ['1', 'began', '2017-05-01 – 2017-05-31'],
      ['2', 'left', '2017-08-27'],
      ['3', 'hit', '2017-08-28 – 2017-09-03'],
      ['–', 'came', 'before 2017-09-02 10:30'],
    ]);
    expect(chronology[2]).toContain('IS_INCLUDED May');
    expect(chronology[2]).toContain('Talks began in May.');
    expect(table).toContain('(– : 1 event(s) not placed in the order)');
  });

  it('lists diagnostics', () => {
    expect(table).toMatch(/Diagnostics \(1\)\n.*\n {2}AMBIGUOUS_EXPRESSION +May +May could be the last or the next May/);
  });

  it('says when nothing was found, and leaves out an empty chronology', () => {
    const empty = formatTable({ ...ANALYSIS, timexes: [], events: [], order: [], diagnostics: [] }, { text: '' });
    expect(empty).toBe('published 2017-09-02 (Asia/Beirut), news\n\nTime expressions (0)\n  none found\n');
  });
});
