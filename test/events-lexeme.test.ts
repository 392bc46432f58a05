/**
 * The per-token lexical entry (src/events/lexeme.ts) is a cache of the lexicons: for every word it must answer
 * exactly what the lexicons answer (entryOfWord), whether the word is in its table, needs its entry computed
 * (negated auxiliaries, -ly words) or is unknown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryOfWord, lexemeOf, UNKNOWN_WORD, WordClass, type Lexeme } from '../src/events/lexeme.js';
import { tokenize } from '../src/events/tokens.js';
import { verbFormWords } from '../src/events/verb-lexicon.js';
import { DETERMINERS, GROUP_ADVERBS, MODALS, PREPOSITIONS, eventNounWords } from '../src/events/noun-lexicon.js';

/** What an entry answers (its `word` is the lexicon's string for a listed word, '' for an unknown one). */
const answers = ({ word: _word, ...rest }: Lexeme) => rest;
const same = (word: string): void => {
  const entry = lexemeOf(word);
  expect(answers(entry), word).toEqual(answers(entryOfWord(word)));
  if (entry !== UNKNOWN_WORD) expect(entry.word).toBe(word);
};

const folder = new URL('../events/', import.meta.url);
const articleWords = readdirSync(folder)
  .filter((name) => name.endsWith('.json') && !name.startsWith('cases.'))
  .flatMap((name) => tokenize((JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { text: string }).text).map((t) => t.lower));

describe('lexical entries', () => {
  it.each([
    ['said', 'a verb form'], ['attack', 'a verb and an event noun'], ['the', 'a determiner'], ['of', 'a preposition'],
    ["weren't", 'a negated auxiliary'], ["won't", 'an irregular negation'], ["n't", 'a bare negation'], ['formally', 'an -ly adverb'],
    ['supply', 'an -ly verb'], ['family', 'an -ly noun'], ['well', 'the adverb "well"'], ['due', 'a postnominal adjective'],
    ['xylophone', 'an unknown word'], ['', 'the empty word'], [',', 'punctuation'], ['1995', 'a number'], ['constructor', 'an Object.prototype name'],
  ])('"%s" (%s) has the entry the lexicons give', (word) => {
    same(word);
  });

  it('answers as the lexicons do for every word of the example articles', () => {
    expect(articleWords.length).toBeGreaterThan(500);
    for (const w of new Set(articleWords)) same(w);
  });

  it('finds every word the lexicons list', () => {
    const listed = [...verbFormWords(), ...eventNounWords(), ...DETERMINERS, ...PREPOSITIONS, ...MODALS, ...GROUP_ADVERBS];
    expect(listed.length).toBeGreaterThan(3000);
    for (const w of listed) same(w);
    for (const w of listed) same(`${w}x`);
  });

  it('sets the class bits of listed words and none for unknown ones', () => {
    expect(lexemeOf('the').classes & WordClass.determiner).not.toBe(0);
    expect(lexemeOf('would').classes & WordClass.modal).not.toBe(0);
    expect(lexemeOf('formally').classes & WordClass.groupAdverb).not.toBe(0);
    expect(lexemeOf('formally').classes & WordClass.listedGroupAdverb).toBe(0);
    expect(lexemeOf("weren't").auxiliaryReadings.map((r) => r.lemma)).toContain('be');
    expect(lexemeOf('xylophone')).toBe(UNKNOWN_WORD);
  });

  it.each([
    'The WEREN’T Don’t SAID Plans', 'À Über naïve İstanbul Ærø', 'co-operate O’Neill U.S. 1,000 “quoted” ’s', ...articleWords.slice(0, 200),
  ])('tokens of %j: lower is the lowercased text with ’ as \', lexeme its entry', (text) => {
    for (const t of tokenize(text)) {
      expect(t.lower).toBe(t.text.toLowerCase().replace(/’/g, "'"));
      expect(t.lexeme).toEqual(t.isWord ? lexemeOf(t.lower) : UNKNOWN_WORD);
    }
  });

  it('gives each token its entry and a listed word the lexicon\'s own lowercase string', () => {
    const [the, plans, comma] = tokenize('The plans,');
    expect(the?.lexeme).toBe(lexemeOf('the'));
    expect(the?.lower).toBe(lexemeOf('the').word);
    expect(plans?.lexeme.readings.map((r) => r.form)).toEqual(['third']);
    expect(comma?.lexeme).toBe(UNKNOWN_WORD);
    expect(comma?.lower).toBe(',');
  });
});
