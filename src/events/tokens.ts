/**
 * Tokens and sentences: the only segmentation the event layer needs. Words keep their character offsets so
 * every event trigger points back into the original text.
 */
import { UNKNOWN_WORD, lexemeOf, listedClasses, listedEntry, listedPlaceHashed, listedWord, unlistedLexeme, type Lexeme } from './lexeme.js';

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

/**
 * The tokens of a sentence with a column of class bits, one per token: its lexeme's `WordClass` bits and the
 * `TokenMark` bits, so that a pass over a sentence tests one typed array instead of reading every token object.
 */
export interface TokenList extends ReadonlyArray<Token> {
  /** A plain array of small integers: V8 makes it in the young generation, where a typed array per sentence cost an off-heap buffer. */
  readonly classes: readonly number[];
  /** Each token's end offset, a column for binary searches by offset (adverbial-frames.ts `tokenIndexAt`). */
  readonly ends: readonly number[];
}

/** Bits of a token's place in `TokenList.classes` beside its lexeme's WordClass bits (which stay below bit 20). */
export const TokenMark = {
  word: 1 << 20,
  /** A comma. */
  comma: 1 << 21,
  /** Punctuation between clauses or parentheticals: , ; _ ( ). */
  clauseBoundary: 1 << 22,
  /** An opening quotation mark: ` or “. */
  openingQuote: 1 << 23,
  /** A word ending in d or g, which may be a regular -ed or -ing form (verb-lexicon.ts `guessRegularForm`). */
  endsInDOrG: 1 << 24,
  /** A word with an inner apostrophe (' or ’): a contraction, a negation, a possessive. */
  apostrophe: 1 << 25,
  /** A quotation mark that may stand inside a verb group: " “ ” ` ‘. */
  groupQuote: 1 << 26,
  /** A one-character quotation mark token: " ' ` “ ” ‘ ’ (quotations.ts reads only these tokens' texts). */
  quoteMark: 1 << 27,
} as const;

/** The mark bits of a one-character token that is not a word. */
function markOf(code: number): number {
  switch (code) {
    case 44: return TokenMark.comma | TokenMark.clauseBoundary;
    case 59: case 95: case 40: case 41: return TokenMark.clauseBoundary;
    case 96: case 0x201c: return TokenMark.openingQuote | TokenMark.groupQuote | TokenMark.quoteMark;
    case 34: case 0x201d: case 0x2018: return TokenMark.groupQuote | TokenMark.quoteMark;
    case 39: case 0x2019: return TokenMark.quoteMark;
    default: return 0;
  }
}

/**
 * The token at `index`, undefined before the first (and, as any read, past the last). The rules read the words
 * before a trigger (`tokenAt(tokens, i - 1)`) through this: V8 reads an array at a negative index as a named
 * property ("-1"), which turns that read site megamorphic for good — a lookup in a global cache on every later
 * read there, in-bounds ones too (about 4% of the instructions of a pass over the corpora, session 11). One
 * function per kind of list: a helper shared by lists of several hidden classes would be megamorphic itself.
 */
export function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return index >= 0 ? tokens[index] : undefined;
}

/** The class bits of the token at `index` in a `TokenList.classes` column, 0 outside it (see tokenAt). */
export function classAt(classes: readonly number[], index: number): number {
  return index >= 0 ? classes[index] ?? 0 : 0;
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
 * (digits with inner . , :), or any other single non-space character. A word is read in one pass that also
 * hashes its lowercase form for the lexicon's table (word-table.ts).
 */

/** True for a letter the words start with: A–Z, a–z, U+00C0–U+024F. */
function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** True for the code of an ASCII digit. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const WHITESPACE = /\s/;

/** True for a character JavaScript's \s matches. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return WHITESPACE.test(String.fromCharCode(code));
}

/** End of the number starting at `i` (a digit). */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const code = text.charCodeAt(j);
    if ((code === 46 || code === 44 || code === 58) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    } else break;
  }
  return j;
}

/**
 * What `wordEnd` read of the last word besides its end: the table hash of its lowercase form (A–Z lowercased, ’
 * as '; see word-table.ts), `folds` when that form differs from its text, `ascii` unless it has a code ≥ 0x80
 * other than ’, `apostrophe` when it has an apostrophe part; and `classes`, its entry's class bits (set by `wordToken`).
 */
const scanned = { hash: 0, folds: false, ascii: true, apostrophe: false, classes: 0 };

/** End of the letters from `j` on (ASCII ones, and U+00C0–U+024F when `wide`), hashed into `scanned`. */
function lettersEnd(text: string, j: number, wide: boolean): number {
  const n = text.length;
  let hash = scanned.hash;
  for (; j < n; j++) {
    const code = text.charCodeAt(j);
    if (code >= 97 && code <= 122) hash = (Math.imul(hash, 31) + code) | 0;
    else if (code >= 65 && code <= 90) { hash = (Math.imul(hash, 31) + code + 32) | 0; scanned.folds = true; }
    else if (wide && code >= 0xc0 && code <= 0x24f) { hash = (Math.imul(hash, 31) + code) | 0; scanned.ascii = false; }
    else break;
  }
  scanned.hash = hash;
  return j;
}

/** Adds a word's inner apostrophe (’ folded to ') or hyphen to `scanned`. */
function hashMark(code: number): void {
  if (code === 0x2019) scanned.folds = true;
  scanned.hash = (Math.imul(scanned.hash, 31) + (code === 0x2019 ? 39 : code)) | 0;
}

/**
 * End of the word starting at `i` (a letter): letters, then apostrophe parts (' or ’ and ASCII letters), then
 * hyphen parts (- and letters); `scanned` describes it.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  scanned.hash = 0;
  scanned.folds = false;
  scanned.ascii = true;
  scanned.apostrophe = false;
  let j = lettersEnd(text, i, true);
  for (let code = text.charCodeAt(j); (code === 39 || code === 0x2019) && j + 1 < n && isAsciiLetter(text.charCodeAt(j + 1)); code = text.charCodeAt(j)) {
    hashMark(code);
    scanned.apostrophe = true;
    j = lettersEnd(text, j + 1, false);
  }
  while (text.charCodeAt(j) === 45 && j + 1 < n && isLetterCode(text.charCodeAt(j + 1))) {
    hashMark(45);
    j = lettersEnd(text, j + 1, true);
  }
  return j;
}

/** Splits text into word and punctuation tokens (those starting in [from, to)), with their class column. */
export function tokenize(text: string, from = 0, to = text.length): Token[] & TokenList {
  const tokens: Token[] = [];
  const classes = CLASS_SCRATCH;
  const ends = END_SCRATCH;
  for (let i = Math.max(0, from); i < to;) {
    const first = text.charCodeAt(i);
    if (Number.isNaN(first)) break;
    if (isSpaceCode(first)) { i++; continue; }
    if (isLetterCode(first)) {
      const end = wordEnd(text, i);
      const token = wordToken(text, i, end);
      const last = text.charCodeAt(end - 1) | 32;
      const marks = TokenMark.word | (last === 100 || last === 103 ? TokenMark.endsInDOrG : 0) | (scanned.apostrophe ? TokenMark.apostrophe : 0);
      classes[tokens.length] = scanned.classes | marks;
      ends[tokens.length] = end;
      tokens.push(token);
      i = end;
    } else {
      const end = isDigit(first) ? numberEnd(text, i) : i + 1;
      classes[tokens.length] = end === i + 1 ? markOf(first) : 0;
      ends[tokens.length] = end;
      tokens.push(otherToken(text, i, end));
      i = end;
    }
  }
  // A property of the array itself (set once, the same on every list), not a wrapper: callers index the tokens.
  const list = tokens as Token[] & { classes: number[]; ends: number[] };
  list.classes = classes.slice(0, tokens.length);
  list.ends = ends.slice(0, tokens.length);
  return list;
}

/**
 * The class and end columns as `tokenize` fills them, reused from sentence to sentence (they keep the length they
 * grew to; small integers, which an old array takes without a write barrier), then copied at their length: one
 * array each per sentence instead of one per growth step.
 */
const CLASS_SCRATCH: number[] = [];
const END_SCRATCH: number[] = [];

/**
 * The token of the word at text[start, end) that `wordEnd` just read. Its lowercase form is the word lowercased
 * with ’ read as '; a listed word takes the lexicon's own string for it (whose hash V8 has already computed for
 * every later lookup), found by the hash `wordEnd` computed, without slicing the text, when the word is ASCII
 * but for ’ — and, written in lowercase, as its text too.
 */
function wordToken(text: string, start: number, end: number): Token {
  const { folds, ascii } = scanned;
  const capitalized = text.charCodeAt(start) <= 90;
  const place = ascii ? listedPlaceHashed(scanned.hash, text, start, end) : -1;
  if (place >= 0) {
    // The word and its class bits come from dense arrays by place, not from the entry object (see listedClasses).
    const lexeme = listedEntry(place);
    const listedText = listedWord(place);
    scanned.classes = listedClasses(place);
    return { text: folds ? text.slice(start, end) : listedText, lower: listedText, start, end, isWord: true, capitalized, lexeme };
  }
  const word = text.slice(start, end);
  const lower = ascii && !folds ? word : lowerOf(word);
  const lexeme = ascii ? unlistedLexeme(lower) : lexemeOf(lower);
  scanned.classes = lexeme.classes;
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
      const word = wordBeforePeriod(text, m.index);
      // A single letter is an initial ("John F. Kennedy"), unless it ends a word ("Young's.", "Ks.").
      const initial = word.length === 1 && word !== '.' && !(m.index >= 2 && isWordEndCode(text.charCodeAt(m.index - 2)));
      if (ABBREVIATIONS.has(word) || initial || DOTTED_LETTERS.test(word)) continue;
      pushTrimmed(text, start, m.index + m[1].length, spans);
    } else {
      pushTrimmed(text, start, m.index, spans);
    }
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Letters with dots between them ("u.s", "a.m"), an abbreviation of its own. */
const DOTTED_LETTERS = /^([a-z]\.)+[a-z]$/;
const isLetterOrDot = (code: number): boolean => isAsciiLetter(code) || code === 46;
/** A letter or an apostrophe (' or ’): the end of a word before a single letter. */
const isWordEndCode = (code: number): boolean => isAsciiLetter(code) || code === 39 || code === 0x2019;

/** The letters and dots right before `end` (at most 12 characters back), lowercased: the word a period follows. */
function wordBeforePeriod(text: string, end: number): string {
  const limit = Math.max(0, end - 12);
  let k = end;
  while (k > limit && isLetterOrDot(text.charCodeAt(k - 1))) k--;
  return k === end ? '' : text.slice(k, end).toLowerCase();
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Words that deny what their verb group says: "not", "never", "unlikely", the "n't" of "won't", "isn't". */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'unlikely', 'cannot', "n't"]);
/** How far before its verb a negation may stand ("is not expected to rule", "is unlikely to vote"). */
const NEGATION_REACH = 4;

/**
 * True when a negation stands before token `at` within a few words, no punctuation between ("is not expected to rule",
 * "is unlikely to vote"): looser than verb-group.ts's reading of a negated verb group.
 */
export function deniedBefore(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord) return false;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) return true;
  }
  return false;
}
