/** The words → values table of the lexicons (src/events/word-table.ts): every word found, nothing else. */
import { describe, expect, it } from 'vitest';
import { WordTable } from '../src/events/word-table.js';

describe('WordTable', () => {
  const words = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`);
  const table = new WordTable(words.map((w, i) => [w, i] as const));

  it('finds every word with its value, and no other word', () => {
    words.forEach((w, i) => expect(table.get(w)).toBe(i));
    for (const other of ['', 'w', 'x1', 'constructor', '__proto__', `${words[5]}zzz`]) expect(table.get(other)).toBeUndefined();
  });

  it('keeps the first value of a word given twice, and answers for an empty table', () => {
    expect(new WordTable([['said', 1], ['said', 2]] as const).get('said')).toBe(1);
    expect(new WordTable<number>([]).get('said')).toBeUndefined();
  });

  it('finds a word inside a text by its lowercase form (A–Z folded, ’ as \'), without its string', () => {
    const lexicon = new WordTable([['said', 1], ["didn't", 2], ['u.s', 3]] as const);
    const text = 'He SAID it, Didn’t he? Said U.S saids';
    const at = (word: string, from = 0): number | undefined => { const i = text.indexOf(word, from); return lexicon.getFolded(text, i, i + word.length); };
    expect([at('SAID'), at('Didn’t'), at('Said'), at('U.S')]).toEqual([1, 2, 1, 3]);
    expect([at('He'), at('sai', 30), at('saids'), lexicon.getFolded(text, 3, 3)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('numbers each word by its first place among the entries, −1 for a word it does not hold', () => {
    const lexicon = new WordTable([['said', 'a'], ['told', 'b'], ['said', 'c'], ['asked', 'd']] as const);
    const text = 'Told SAID asked sai';
    const hash = (from: number, to: number): number => {
      let h = 0;
      for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.toLowerCase().charCodeAt(i)) | 0;
      return h;
    };
    const number = (from: number, to: number): number => lexicon.numberFoldedHashed(hash(from, to), text, from, to);
    expect([number(0, 4), number(5, 9), number(10, 15), number(16, 19)]).toEqual([1, 0, 2, -1]);
  });

  it('refuses a word longer than a slot can say', () => {
    expect(() => new WordTable([['x'.repeat(256), 1]] as const)).toThrow(RangeError);
  });
});
