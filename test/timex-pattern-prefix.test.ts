/**
 * charactersAfter: which characters a rule's pattern can read after its first word and the spaces after it.
 * The sets may be too large, never too small: every example of every rule goes on with an allowed character.
 */
import { describe, expect, it } from 'vitest';
import { charactersAfter } from '../src/timex/pattern-prefix.js';
import { RULES } from '../src/timex/rules/index.js';

/** The characters of `candidates` that `pattern` may read after `word`, or 'any'. */
function allowed(pattern: string, word: string, candidates = 'abcdefghijklmnopqrstuvwxyz0123456789-,.\'"'): string {
  const after = charactersAfter(pattern, word);
  if (after.any) return 'any';
  return [...candidates].filter((c) => after.ascii[c.charCodeAt(0)] === 1).join('');
}

describe('charactersAfter', () => {
  it.each([
    // pattern, first word, characters allowed after it (among a-z, 0-9, - , . ' ")
    ['(?:the\\s+)?(?:fiscal\\s+)?quarter', 'the', 'fq'],
    ['the\\s+(?:19|20)\\d\\d', 'the', '12'],
    ['(?:the|this)\\s+week', 'this', 'w'],
    ['the\\s+[a-z]+\\s+century', 'the', 'abcdefghijklmnopqrstuvwxyz'],
    // Read case-insensitively, as the rules are compiled.
    ['THE\\s+Year', 'the', 'y'],
    // A hyphen or a comma right after the word, without spaces.
    ['mid-(?:year|month)', 'mid', '-'],
    ['(?:monday|tuesday),?\\s+\\d', 'monday', '0123456789,'],
    // Lookarounds are taken as true: the set can only grow.
    ['the(?=\\s+day)\\s+(?:day|week)(?!s)', 'the', 'dw'],
    ['the\\s+\\d{1,2}(?:st|nd|rd|th)', 'the', '0123456789'],
    // Too large, never too small: a letter's other case passes the negated class, so letters are let through.
    ['the\\s+[^a-z\\s]', 'the', "abcdefghijklmnopqrstuvwxyz0123456789-,.'\""],
    ['the\\s+[^\\w\\s]', 'the', "-,.'\""],
    ['the\\s+\\u2019\\d0s|the\\s+[\'\u2019]\\d0s', 'the', "'"],
  ])('%s after "%s": %s', (pattern, word, expected) => {
    expect(allowed(pattern, word)).toBe(expected);
  });

  it('lets every character through when a match may end within the word or its spaces', () => {
    expect(allowed('now(?:adays)?', 'now')).toBe('any');
    expect(allowed('the\\s*(?:year)?', 'the')).toBe('any');
  });

  it('refuses what it cannot read (a backreference): the rule is then always tried', () => {
    expect(allowed('(the)\\s+\\1', 'the')).toBe('any');
  });

  it('allows nothing after a word the pattern cannot begin with', () => {
    expect(allowed('last\\s+week', 'next')).toBe('');
  });

  it("allows the character after the first word of every rule's every example", () => {
    const missed: string[] = [];
    for (const rule of RULES) {
      for (const example of rule.examples) {
        const first = /^[A-Za-z]+/.exec(example)?.[0];
        if (first === undefined || !new RegExp(`^(?:${rule.pattern})`, 'i').test(example)) continue;
        const next = example.slice(first.length).replace(/^\s+/, '');
        const after = charactersAfter(rule.pattern, first.toLowerCase());
        if (next === '' || after.any || next.charCodeAt(0) >= 128) continue;
        if (after.ascii[next.charCodeAt(0)] !== 1) missed.push(`${rule.name}: ${example}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
