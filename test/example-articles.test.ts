/**
 * Held-out articles: two example articles the engine was not developed on, with the TIMEX3 value a careful
 * human reading gives each time expression (not the engine's output). `context` is a stretch of the article that
 * contains the expression once, to tell repeated words apart ("said Friday" from "5 p.m. JST on Friday").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

interface Expected {
  phrase: string;
  context: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** Omitted for vague durations whose unit a reading does not fix ("decades"). */
  value?: string;
  mod?: 'START' | 'MID' | 'END';
}

function checkArticle(file: string, expectations: Expected[]) {
  const article = JSON.parse(readFileSync(new URL(`../events/${file}`, import.meta.url), 'utf8')) as { text: string; publicationDate: string; timeZone: string };
  const { timexes } = analyze({ text: article.text, publicationDate: article.publicationDate, timeZone: article.timeZone });
  for (const { phrase, context, type, value, mod } of expectations) {
    it(`"${phrase}" in "…${context}…" → ${type} ${value ?? ''}${mod ? ` ${mod}` : ''}`, () => {
      const at = article.text.indexOf(context);
      expect(at, 'context is in the article').toBeGreaterThanOrEqual(0);
      const start = at + context.indexOf(phrase);
      const found = timexes.find((t) => t.start === start && t.text === phrase);
      expect(found, `at ${start}: ${timexes.filter((t) => t.end > start - 20 && t.start < start + 40).map((t) => `"${t.text}"=${t.value}`).join(', ') || 'nothing'}`).toBeDefined();
      expect({ type: found!.type, ...(value !== undefined && { value: found!.value }), mod: found!.mod }).toEqual({ type, ...(value !== undefined && { value }), mod });
    });
  }
}

describe('Tokyo, Friday 2019-10-11 (Asia/Tokyo)', () => checkArticle('example-2019-10-11-tokyo-typhoon-rail.json', [
  { phrase: 'Friday', context: 'said Friday they would', type: 'DATE', value: '2019-10-11' },
  { phrase: 'Saturday morning', context: 'from Saturday morning', type: 'TIME', value: '2019-10-12TMO' },
  { phrase: 'two weeks', context: 'in two weeks', type: 'DURATION', value: 'P2W' },
  { phrase: 'late Saturday', context: 'landfall late Saturday', type: 'DATE', value: '2019-10-12', mod: 'END' },
  { phrase: 'early Sunday', context: 'or early Sunday', type: 'DATE', value: '2019-10-13', mod: 'START' },
  { phrase: '5 p.m. JST on Friday', context: 'at 5 p.m. JST on Friday', type: 'TIME', value: '2019-10-11T17:00+09:00' },
  { phrase: 'the weekend', context: 'scheduled for the weekend', type: 'DATE', value: '2019-W41-WE' },
  { phrase: 'Saturday night', context: 'match set for Saturday night', type: 'TIME', value: '2019-10-12TNI' },
  { phrase: 'Monday', context: 'played on Monday', type: 'DATE', value: '2019-10-14' },
  { phrase: 'Earlier this month', context: 'Earlier this month, a smaller storm', type: 'DATE', value: '2019-10', mod: 'START' },
  { phrase: 'several days', context: 'for several days', type: 'DURATION', value: 'PXD' },
  { phrase: 'last week', context: 'only last week', type: 'DATE', value: '2019-W40' },
  { phrase: 'Friday night', context: 'by Friday night', type: 'TIME', value: '2019-10-11TNI' },
  { phrase: 'Sunday afternoon', context: 'on Sunday afternoon', type: 'TIME', value: '2019-10-13TAF' },
  { phrase: 'Tuesday', context: 'could take until Tuesday', type: 'DATE', value: '2019-10-15' },
]));

describe('New York, Monday 2021-11-08 (America/New_York)', () => checkArticle('example-2021-11-08-new-york-subway-vote.json', [
  { phrase: 'Monday', context: 'on Monday postponed', type: 'DATE', value: '2021-11-08' },
  { phrase: 'late Sunday', context: 'arrived late Sunday', type: 'DATE', value: '2021-11-07', mod: 'END' },
  { phrase: 'Nov. 1', context: 'scheduled for Nov. 1', type: 'DATE', value: '2021-11-01' },
  { phrase: 'The next day', context: 'The next day, the transit', type: 'DATE', value: '2021-11-02' },
  { phrase: 'two years ago', context: 'estimated two years ago', type: 'DATE', value: '2019' },
  { phrase: 'Friday', context: 'said Friday that', type: 'DATE', value: '2021-11-05' },
  { phrase: '48 hours', context: '300 pages 48 hours', type: 'DURATION', value: 'PT48H' },
  { phrase: '10 a.m. Tuesday', context: 'at 10 a.m. Tuesday', type: 'TIME', value: '2021-11-09T10:00' },
  { phrase: 'next week', context: 'another one next week', type: 'DATE', value: '2021-W46' },
  { phrase: '2016', context: 'proposed in 2016', type: 'DATE', value: '2016' },
  { phrase: 'the spring of 2019', context: 'in the spring of 2019', type: 'DATE', value: '2019-SP' },
  { phrase: 'last year', context: 'halted last year', type: 'DATE', value: '2020' },
  { phrase: 'late 2024', context: 'in late 2024', type: 'DATE', value: '2024', mod: 'END' },
  { phrase: 'a year', context: 'a year later than promised', type: 'DURATION', value: 'P1Y' },
  { phrase: 'Thanksgiving', context: 'before Thanksgiving', type: 'DATE', value: '2021-11-25' },
  { phrase: 'decades', context: 'waited decades', type: 'DURATION' },
  { phrase: 'every weekday', context: 'people every weekday', type: 'SET', value: 'XXXX-WXX-WD' },
]));

describe('San Francisco, Wednesday 2023-10-25 (America/Los_Angeles): a results story', () => checkArticle('example-2023-10-25-san-francisco-earnings.json', [
  { phrase: 'Tuesday', context: 'said Tuesday that', type: 'DATE', value: '2023-10-24' },
  { phrase: 'the third quarter', context: 'in the third quarter', type: 'DATE', value: '2023-Q3' },
  // The article states the fiscal year's end: fiscal 2024 runs February 2023 – January 2024.
  { phrase: 'the fiscal year', context: 'forecast for the fiscal year', type: 'DATE', value: '2024' },
  { phrase: 'January', context: 'ends in January', type: 'DATE', value: '2024-01' },
  { phrase: 'the quarter', context: 'in the quarter that ended', type: 'DATE', value: '2023-Q3' },
  { phrase: 'Sept. 30', context: 'ended Sept. 30', type: 'DATE', value: '2023-09-30' },
  { phrase: 'a year earlier', context: 'million a year earlier', type: 'DATE', value: '2022-Q3' },
  { phrase: 'the same quarter last year', context: 'in the same quarter last year', type: 'DATE', value: '2022-Q3' },
  { phrase: 'late Tuesday', context: 'call late Tuesday', type: 'DATE', value: '2023-10-24', mod: 'END' },
  { phrase: 'fourth-quarter', context: 'expects fourth-quarter revenue', type: 'DATE', value: '2023-Q4' },
  { phrase: 'early 2024', context: 'in early 2024', type: 'DATE', value: '2024', mod: 'START' },
  { phrase: 'this year', context: 'back twice this year', type: 'DATE', value: '2023' },
  { phrase: 'July', context: 'since July', type: 'DATE', value: '2023-07' },
  { phrase: 'the end of the year', context: 'by the end of the year', type: 'DATE', value: '2023', mod: 'END' },
  { phrase: 'next month', context: 'two offices next month', type: 'DATE', value: '2023-11' },
  { phrase: 'Dec. 14', context: 'meeting on Dec. 14', type: 'DATE', value: '2023-12-14' },
  { phrase: 'Two weeks ago', context: 'Two weeks ago, an activist', type: 'DATE', value: '2023-W41' },
]));
