/** The generic checker of the timex example tables: phrase in a sentence, publication date, expected type and value. */
import { expect, it } from 'vitest';
import { analyze } from '../src/index.js';

export interface Example {
  sentence: string;
  /** The expression expected, exactly as it appears in the sentence. */
  phrase: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod?: string;
  on?: string;
  /** Whether the expression has a real interval (false: a length counted from nothing the text dates). */
  spans?: boolean;
  timeZone?: string;
}


export const ON = '2017-09-02'; // a Saturday

export function check(examples: Example[]) {
  for (const example of examples) {
    it(`${example.phrase} (in "${example.sentence}") → ${example.value}`, () => {
      const analysis = analyze({ text: example.sentence, publicationDate: example.on ?? ON, timeZone: example.timeZone ?? 'Asia/Beirut' });
      const found = analysis.timexes.find((t) => t.text === example.phrase);
      expect(found, `found: ${analysis.timexes.map((t) => `"${t.text}"=${t.value}`).join(', ') || 'nothing'}`).toBeDefined();
      expect({ type: found!.type, value: found!.value, ...(example.mod && { mod: found!.mod }) }).toEqual({ type: example.type, value: example.value, ...(example.mod && { mod: example.mod }) });
      expect(found!.text).toBe(example.sentence.slice(found!.start, found!.end));
      expect(found!.explanation.length).toBeGreaterThan(10);
      if (example.spans !== undefined) expect(found!.interval !== undefined, 'has an interval').toBe(example.spans);
    });
  }
}

