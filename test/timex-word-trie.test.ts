/** The word trie the scanner and the clause tense read words with: case-insensitive, whole words only. */
import { describe, expect, it } from 'vitest';
import { WordTrie } from '../src/timex/word-trie.js';

describe('WordTrie', () => {
  const trie = new WordTrie<number>();
  const words = ['the', 'they', 'this', 'a', 'an', 'august', 'aug', 'zzz'];
  words.forEach((word, k) => trie.set(word, k));
  // Enough words to make it grow its table several times.
  for (let k = 0; k < 2000; k++) trie.set(`x${k.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`, 100 + k);

  it.each([
    ['The', 0], ['THEY', 1], ['this', 2], ['A', 3], ['an', 4], ['August', 5], ['aug', 6], ['zzz', 7],
    ['th', undefined], ['then', undefined], ['augusta', undefined], ['b', undefined], ['zz', undefined],
  ])('looks up %s: %s', (word, expected) => {
    expect(trie.lookup(`(${word})`, 1, word.length + 1)).toBe(expected);
  });

  it('walks a word letter by letter to the same value, and to 0 once no word goes on', () => {
    let node = WordTrie.ROOT;
    for (const c of 'Aug') node = trie.step(node, c.charCodeAt(0));
    expect(trie.valueAt(node)).toBe(6);
    expect(trie.step(node, 'x'.charCodeAt(0))).toBe(0);
  });

  it('keeps every word after growing', () => {
    expect(trie.lookup('xbc', 0, 3)).toBe(trie.lookup('XBC', 0, 3));
    expect(trie.lookup('xq', 0, 2)).toBe(100);
  });

  it('refuses words that are not lower-case a–z', () => {
    expect(() => trie.set('The', 1)).toThrow();
    expect(() => trie.set("o'clock", 1)).toThrow();
  });
});
