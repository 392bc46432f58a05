/**
 * Readings a news reader would check, from batteries of realistic sentences: each table is one fix, with the phrases
 * that must stay as they were. Publication Saturday 2017-09-02 unless stated.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

/** The expressions `analyze` finds in `text`, as "text=value". */
function readings(text: string, publicationDate = '2017-09-02'): string[] {
  return analyze({ text, publicationDate, timeZone: 'America/New_York' }).timexes.map((t) => `${t.text}=${t.value}`);
}

function stays(cases: { text: string; timexes: string[]; on?: string }[]): void {
  for (const { text, timexes, on } of cases) {
    it(`"${text}" → ${timexes.join(', ') || 'nothing'}`, () => expect(readings(text, on)).toEqual(timexes));
  }
}

// A midnight still to come on the publication day ends it (T24:00, as "midnight tonight"); it was the 00:00 that
// began the day, already behind the article.
describe('a coming midnight ends the day', () => check([
  { sentence: 'The curfew begins at midnight.', phrase: 'midnight', type: 'TIME', value: '2017-09-02T24:00' },
  { sentence: 'The law will take effect at midnight.', phrase: 'midnight', type: 'TIME', value: '2017-09-02T24:00' },
  { sentence: 'Stores will close at midnight, officials said.', phrase: 'midnight', type: 'TIME', value: '2017-09-02T24:00' },
]));
describe('midnights that stay as they were', () => stays([
  { text: 'He was killed shortly after midnight.', timexes: ['midnight=2017-09-02T00:00'] },
  { text: 'The deadline expires at midnight tonight.', timexes: ['midnight tonight=2017-09-02T24:00'] },
  { text: 'Polls close at midnight Sunday.', timexes: ['midnight Sunday=2017-09-03T24:00'] },
  { text: 'The strike will begin at 12:01 a.m.', timexes: ['12:01 a.m.=2017-09-02T00:01'] },
]));
