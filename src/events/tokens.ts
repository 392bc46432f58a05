/**
 * Tokens and sentences: the only segmentation the event layer needs. Words keep their character offsets so
 * every event trigger points back into the original text.
 */
import { UNKNOWN_WORD, lexemeOf, listedLexemeAt, unlistedLexeme, type Lexeme } from './lexeme.js';

/** A word or punctuation mark of the text, with its offsets and lowercase form. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** True for a word (letters, possibly with inner apostrophes or hyphens), false for digits and punctuation. */
  readonly isWord: boolean;
  /** True when the word starts with a capital letter. */
  readonly capitalized: boolean;
  /** The word's lexical entry (lexeme.ts), looked up once here; the unknown entry for numbers and punctuation. */
  readonly lexeme: Lexeme;
}

/** A half-open character span [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/*
 * Tokens, as the pattern /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*(?:-[A-Za-z\u00C0-\u024F]+)*|\d+(?:[.,:]\d+)*|[^\s]/g
 * would match them, read by a hand-written scanner over character codes (the regex cost most of the
 * tokenising): a word (letters, then apostrophe + ASCII-letter parts, then hyphen + letter parts), a number
 * (digits with inner . , :), or any other single non-space character.
 */

/** True for a letter the words start with: A–Z, a–z, U+00C0–U+024F. */
function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const WHITESPACE = /\s/;

/** True for a character JavaScript's \s matches. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return WHITESPACE.test(String.fromCharCode(code));
}

/** End of the token starting at `i` (which is not whitespace). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  let code = text.charCodeAt(i);
  if (isLetterCode(code)) {
    let j = i + 1;
    while (j < n && isLetterCode(text.charCodeAt(j))) j++;
    // Apostrophe parts: ' or ’ followed by ASCII letters.
    for (;;) {
      code = text.charCodeAt(j);
      if ((code === 39 || code === 0x2019) && j + 1 < n && isAsciiLetter(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
      } else break;
    }
    // Hyphen parts: - followed by letters.
    while (text.charCodeAt(j) === 45 && j + 1 < n && isLetterCode(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isLetterCode(text.charCodeAt(j))) j++;
    }
    return j;
  }
  if (isDigit(code)) {
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      code = text.charCodeAt(j);
      if ((code === 46 || code === 44 || code === 58) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      } else break;
    }
    return j;
  }
  return i + 1;
}

/** Splits text into word and punctuation tokens (those starting in [from, to)). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (let i = Math.max(0, from); i < to;) {
    const first = text.charCodeAt(i);
    if (Number.isNaN(first)) break;
    if (isSpaceCode(first)) { i++; continue; }
    const end = tokenEnd(text, i);
    tokens.push(isLetterCode(first) ? wordToken(text, i, end) : otherToken(text, i, end));
    i = end;
  }
  return tokens;
}

/**
 * The token of the word at text[start, end). Its lowercase form is the word lowercased with ’ read as '; a
 * listed word takes the lexicon's own string for it (whose hash V8 has already computed for every later lookup),
 * found without slicing the text when the word is ASCII but for ’ — and, written in lowercase, as its text too.
 */
function wordToken(text: string, start: number, end: number): Token {
  let folds = false;
  let ascii = true;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code === 0x2019) folds = true;
    else if (code >= 0x80) ascii = false;
  }
  const capitalized = text.charCodeAt(start) <= 90;
  const listed = ascii ? listedLexemeAt(text, start, end) : undefined;
  if (listed !== undefined) return { text: folds ? text.slice(start, end) : listed.word, lower: listed.word, start, end, isWord: true, capitalized, lexeme: listed };
  const word = text.slice(start, end);
  const lower = ascii && !folds ? word : lowerOf(word);
  const lexeme = ascii ? unlistedLexeme(lower) : lexemeOf(lower);
  return { text: word, lower: lexeme === UNKNOWN_WORD ? lower : lexeme.word, start, end, isWord: true, capitalized, lexeme };
}

/** The token of a number or other mark at text[start, end): an ASCII one is its own lowercase form. */
function otherToken(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const lower = end - start > 1 || text.charCodeAt(start) < 0x80 ? word : lowerOf(word);
  return { text: word, lower, start, end, isWord: false, capitalized: false, lexeme: UNKNOWN_WORD };
}

/** A token's lowercase form: lowercased, ’ read as '. */
function lowerOf(word: string): string {
  const folded = word.toLowerCase();
  return folded.includes('’') ? folded.replace(/’/g, "'") : folded;
}

/** Abbreviations after which a period does not end a sentence (also read by the scorer's splitter, src/eval/sentences.ts). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.n', 'a.m', 'p.m', 'e.g', 'i.e', 'etc', 'mt', 'ft', 'calif', 'fla', 'mass',
  'messrs', 'mmes', 'maj', 'cmdr', 'adm', 'pres', 'rev', 'bros', 'ave', 'blvd', 'u.k', 'wash', 'ill', 'n.y', 'd.c',
]);

/** The sentences of the last text split: the time-expression layer and event detection split the same text. */
let lastSplit: { readonly text: string; readonly spans: readonly TextSpan[] } | undefined;

/**
 * Splits text into sentences: at ., ! or ? followed by space and an uppercase letter, digit or quote (not after
 * a known abbreviation or a single initial), and at blank lines. Spans exclude surrounding whitespace.
 * The answer for the last text is remembered (the spans are shared: callers do not change them).
 */
export function splitSentences(text: string): readonly TextSpan[] {
  if (lastSplit?.text !== text) lastSplit = { text, spans: sentenceSpans(text) };
  return lastSplit.spans;
}

function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const boundary = /([.!?]+["'”’)]*)(\s+)(?=["“'‘(]?[A-Z0-9])|\n\s*\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    if (m[1] !== undefined) {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1]?.toLowerCase() ?? '';
      // A single letter is an initial ("John F. Kennedy"), unless it ends a word ("Young's.", "Ks.").
      const initial = /^[a-z]$/.test(word) && !/[A-Za-z'’]$/.test(text.slice(Math.max(0, m.index - 2), m.index - 1));
      if (ABBREVIATIONS.has(word) || initial || /^([a-z]\.)+[a-z]$/.test(word)) continue;
      pushTrimmed(text, start, m.index + m[1].length, spans);
    } else {
      pushTrimmed(text, start, m.index, spans);
    }
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
