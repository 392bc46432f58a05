/**
 * The rule prefilter: which rules can still match after a word, read from the text after it through the rules'
 * over-approximating automata. The answer may be too large, never too small: every example of every rule is let
 * through, in lower and sentence case.
 */
import { describe, expect, it } from 'vitest';
import { charactersBefore } from '../src/timex/pattern-prefix.js';
import { MAX_LOOKAHEAD, RulePrefilter } from '../src/timex/rule-prefilter.js';
import { COMPILED_RULES, RULES_BY_FIRST_WORD } from '../src/timex/rules/index.js';

/** The indices of the rules (patterns) that may match `rest`, the text right after `word`. */
function mayMatch(patterns: readonly string[], word: string, rest: string): readonly number[] {
  const prefilter = new RulePrefilter<readonly number[]>((rules) => rules);
  return prefilter.run(prefilter.start(patterns.map((pattern, index) => ({ index, pattern })), word), rest, 0);
}

describe('rule prefilter', () => {
  it.each([
    // pattern, first word, text after it, whether the rule may match
    ['(?:the\\s+)?(?:fiscal\\s+)?quarter', 'the', ' fiscal quarter ended', true],
    ['(?:the\\s+)?(?:fiscal\\s+)?quarter', 'the', ' quarterback', true], // the word boundary is not read: too large
    ['(?:the\\s+)?(?:fiscal\\s+)?quarter', 'the', ' company said', false],
    ['the\\s+(?:19|20)\\d\\d', 'the', ' 1990s', true],
    ['the\\s+(?:19|20)\\d\\d', 'the', ' 1890s', false],
    ['(?:the|this)\\s+week', 'this', '\n  week', true],
    ['(?:the|this)\\s+week', 'this', ' weak link', false],
    ['the\\s+[a-z]+\\s+century', 'the', ' twentieth century', true],
    ['the\\s+[a-z]+\\s+century', 'the', ' twentieth year', false],
    // Read case-insensitively, as the rules are compiled.
    ['THE\\s+Year', 'the', ' yEAR', true],
    // A hyphen or a comma right after the word, without spaces.
    ['mid-(?:year|month)', 'mid', '-year', true],
    ['mid-(?:year|month)', 'mid', ' year', false],
    ['(?:monday|tuesday),?\\s+\\d', 'monday', ', 3 p.m.', true],
    ['(?:monday|tuesday),?\\s+\\d', 'monday', ' at 3', false],
    // Lookarounds are taken as true: the answer can only grow.
    ['the(?=\\s+day)\\s+(?:day|week)(?!s)', 'the', ' weeks', true],
    ['the(?=\\s+day)\\s+(?:day|week)(?!s)', 'the', ' month', false],
    // A lookahead that ends the pattern is read as text that must follow ("two (to three weeks)").
    ['\\d+(?=\\s+to\\s+\\d+\\s+weeks)', '', '2 to 3 weeks', true],
    ['\\d+(?=\\s+to\\s+\\d+\\s+weeks)', '', '2 people', false],
    ['\\d+(?:(?=\\s+to)|\\s+days)', '', '2 days', true],
    ['\\d+(?:(?=\\s+to)|\\s+days)', '', '2 people', false],
    // One followed by more of the pattern stays true: "2 weeks" may match though "to" does not follow.
    ['\\d+(?=\\s+to)\\s*\\w*', '', '2 weeks', true],
    // A letter's other case passes a negated class: too large, never too small.
    ['the\\s+[^a-z\\s]', 'the', ' A', true],
    ['the\\s+[^a-z\\s]', 'the', ' 9', true],
    // A letter outside ASCII stands for its other cases too (the regex reads "CAFÉ" as "café").
    ['the\\s+caf\\u00e9', 'the', ' CAF\u00c9', true],
    ['the\\s+\\u2019\\d0s', 'the', ' \u201990s', true],
    ['the\\s+\\u2019\\d0s', 'the', ' \u201c90s', false],
    // A match that may end within the word.
    ['now(?:adays)?', 'now', ' anything', true],
    // A word the pattern cannot begin with.
    ['last\\s+week', 'next', ' week', false],
    // What it cannot read (a backreference) is always let through.
    ['(the)\\s+\\1', 'the', ' xyz', true],
  ])('%s after "%s" then %j: %s', (pattern, word, rest, expected) => {
    expect(mayMatch([pattern], word, rest).includes(0)).toBe(expected);
  });

  it('tells the rules of one word apart, and answers in rule order', () => {
    const rules = ['last\\s+week', 'last\\s+month', 'last\\s+(?:\\d+|few)\\s+(?:days|months)', 'last\\s+[a-z]+'];
    expect(mayMatch(rules, 'last', ' month')).toEqual([1, 3]);
    expect(mayMatch(rules, 'last', ' 3 months')).toEqual([2]);
    expect(mayMatch(rules, 'last', ' few days')).toEqual([2, 3]);
    expect(mayMatch(rules, 'last', ', he said')).toEqual([]);
  });

  it(`stops reading after ${MAX_LOOKAHEAD} characters and lets the rules still undecided through`, () => {
    const long = `the\\s+a{${MAX_LOOKAHEAD + 10}}b`;
    expect(mayMatch([long], 'the', ` ${'a'.repeat(MAX_LOOKAHEAD + 10)}c`)).toEqual([0]);
    expect(mayMatch([long], 'the', ` ${'a'.repeat(5)}c`)).toEqual([]);
  });

  it('gives the same states to the same words again, and makes them anew once it has dropped them', () => {
    const prefilter = new RulePrefilter<readonly number[]>((rules) => rules, 3);
    const rules = [{ index: 0, pattern: 'last\\s+week' }];
    const start = prefilter.start(rules, 'last');
    expect(prefilter.start(rules, 'last')).toBe(start);
    expect(prefilter.run(start, ' week', 0)).toEqual([0]);
    expect(prefilter.generation).toBeGreaterThan(0);
    expect(prefilter.run(prefilter.start(rules, 'last'), ' week', 0)).toEqual([0]);
  });

  it('tells apart the codes of rules met later: their columns split and the states made before are dropped', () => {
    const prefilter = new RulePrefilter<readonly number[]>((rules) => rules);
    const week = [{ index: 0, pattern: 'last\\s+week' }];
    // "week" alone reads every digit alike (and the letters outside "week"): one column for all of them.
    expect(prefilter.run(prefilter.start(week, 'last'), ' 3 weeks', 0)).toEqual([]);
    const generation = prefilter.generation;
    const digit = [{ index: 1, pattern: 'last\\s+3\\s+weeks' }];
    const start = prefilter.start(digit, 'last');
    expect(prefilter.generation).toBeGreaterThan(generation);
    expect(prefilter.run(start, ' 3 weeks', 0)).toEqual([1]);
    expect(prefilter.run(prefilter.start(digit, 'last'), ' 4 weeks', 0)).toEqual([]);
    expect(prefilter.run(prefilter.start(week, 'last'), ' week', 0)).toEqual([0]);
  });

  it("lets every rule through on its every example, in lower and sentence case, among the rules of the example's first word", () => {
    const prefilter = new RulePrefilter<readonly number[]>((rules) => rules);
    const missed: string[] = [];
    for (const [index, rule] of COMPILED_RULES.entries()) {
      for (const example of rule.examples.flatMap((e) => [e, `${e[0]!.toUpperCase()}${e.slice(1)}`])) {
        const text = `${example} and more.`;
        rule.sticky.lastIndex = 0;
        if (!rule.sticky.exec(text)) continue;
        const word = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
        const key = word !== '' ? word.toLowerCase() : /^\d/.test(text) ? '#digit' : "'";
        const rules = (RULES_BY_FIRST_WORD.get(key) ?? []).map((r) => ({ index: COMPILED_RULES.indexOf(r), pattern: r.pattern }));
        if (!prefilter.run(prefilter.start(rules, word.toLowerCase()), text, word.length).includes(index)) missed.push(`${rule.name}: ${example}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

/** The characters of `candidates` that may stand last before a match of `pattern`, or 'any'. */
function allowedBefore(pattern: string, candidates = 'abcdefghijklmnopqrstuvwxyz0123456789-,.\'"'): string {
  const before = charactersBefore(pattern);
  return before.any ? 'any' : [...candidates].filter((c) => before.ascii[c.charCodeAt(0)] === 1).join('');
}

describe('charactersBefore', () => {
  it.each([
    // pattern, the characters (among a-z, 0-9, - , . ' ") that may come last before its match, once the spaces are passed
    ['(?<=\\d\\s*-\\s*)\\d+', '-'],
    ['(?<=\\b(?:to|and)\\s+)\\d+', 'do'],
    ['(?<=(?:March|May)\\.?\\s+)\\d+', 'hy.'],
    // Read case-insensitively, as the rules are compiled.
    ['(?<=TO\\s)\\d+', 'o'],
    // No lookbehind at the start, or one that may be empty or only spaces: anything.
    ['\\d+(?<=5)', 'any'],
    ['(?<=\\s*)\\d+', 'any'],
    ['(?<=(?:to)?)\\d+', 'any'],
    // A lookbehind that guards only the first alternative: the second may match after anything.
    ['(?<=-)\\d+|mid\\d+', 'any'],
    ['(?<=-)(?:\\d+|x)', '-'],
  ])('%s: %s', (pattern, expected) => {
    expect(allowedBefore(pattern)).toBe(expected);
  });

  it("allows the character before every example of every rule that begins with a lookbehind", () => {
    const missed: string[] = [];
    for (const rule of COMPILED_RULES) {
      const before = charactersBefore(rule.pattern);
      if (before.any) continue;
      for (const example of rule.examples) {
        // "(Sept. 1-)3": the text in parentheses is what the lookbehind reads.
        const lead = /^\(([^)]*)\)/.exec(example)?.[1];
        if (lead === undefined) continue;
        const last = lead.replace(/[ \t\n]+$/, '').slice(-1);
        if (last !== '' && last.charCodeAt(0) < 128 && before.ascii[last.charCodeAt(0)] !== 1) missed.push(`${rule.name}: ${example}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
