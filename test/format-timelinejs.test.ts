/** TimelineJS output: slides in chronological order, precision respected, headline from the sentence. */
import { describe, expect, it } from 'vitest';
import { formatTimelineJS, headline } from '../src/format/timelinejs.js';
import { ANALYSIS, TEXT } from './format-fixture.js';

const { timeline, omitted } = formatTimelineJS(ANALYSIS, TEXT, 'A <test>');
const slide = (id: string) => timeline.events.find((event) => event.unique_id === id);

describe('formatTimelineJS', () => {
  it('has a title slide with the publication date, HTML-escaped', () => {
    expect(timeline.title.text).toEqual({ headline: 'A &lt;test&gt;', text: 'Published 2017-09-02 (Asia/Beirut)' });
  });

  it('orders slides as the chronology and leaves out events without a start', () => {
    expect(timeline.events.map((event) => event.unique_id)).toEqual(['e2', 'e1', 'e3']);
    expect(omitted).toEqual(['e4']);
  });

  it('a month-level event has a year and a month but no day', () => {
    expect(slide('e2')?.start_date).toEqual({ year: 2017, month: 5 });
    expect(slide('e2')?.end_date).toBeUndefined();
  });

  it('a day-level event has its day, in the article zone whatever the machine zone', () => {
    expect(slide('e1')?.start_date).toEqual({ year: 2017, month: 8, day: 27 });
  });

  it('a week-level event spans its days and says which week', () => {
    expect(slide('e3')?.start_date).toEqual({ year: 2017, month: 8, day: 28 });
    expect(slide('e3')?.end_date).toEqual({ year: 2017, month: 9, day: 3 });
    expect(slide('e3')?.display_date).toBe('Week of 2017-08-28');
  });

  it('takes the headline from the sentence and bolds the event in the escaped text', () => {
    expect(slide('e1')?.text.headline).toBe('The convoy left six days ago.');
    expect(slide('e3')?.text.text).toBe('A &lt;bridge&gt; &amp; road was <b>hit</b> earlier this week.');
  });
});

describe('headline', () => {
  it('shows the words around the event when the sentence is long, cut at word boundaries', () => {
    const before = 'word '.repeat(40);
    const text = `${before}the convoy left the border ${'more '.repeat(40)}end.`;
    const start = text.indexOf('left');
    const event = { ...ANALYSIS.events[0]!, start, end: start + 4, sentence: { start: 0, end: text.length } };
    const result = headline(text, event);
    expect(result).toMatch(/^…word( word)* the convoy left the border more( more)*…$/);
    expect(result.length).toBeLessThanOrEqual(102);
  });

  it('uses a short sentence whole', () => {
    expect(headline(TEXT, ANALYSIS.events[1]!)).toBe('Talks began in May.');
  });
});
