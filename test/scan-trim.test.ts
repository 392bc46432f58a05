/**
 * TimeML leaves a possessive "'s" and a sentence's full stop outside a time expression, but keeps the period of
 * an abbreviated month (scan.ts, trimmedEnd).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const texts = (text: string): string[] => analyze({ text, publicationDate: '2017-09-02', timeZone: 'UTC' }).timexes.map((t) => t.text);

describe('end of a time expression', () => {
  it.each([
    ["Friday's meeting was calm.", ['Friday']],
    ['Last week’s vote was close.', ['Last week']],
    ['It happened in September.', ['September']],
    ['The talks ended on Monday.', ['Monday']],
    ['It happened in Sept.', ['Sept.']],
    // "May" is never abbreviated: its period ends the sentence.
    ['Economists expect the first cut in May.', ['May']],
    ['It happened in Jan.', ['Jan.']],
    ['They met Dec. 1 again.', ['Dec. 1']],
    ['It rose in 1998.', ['1998']],
  ])('%s → %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
