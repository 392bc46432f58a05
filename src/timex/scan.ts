/**
 * Finding time expressions: every rule runs over the text; overlapping candidates are settled by length
 * (longest wins, then earliest, then rule order); modifiers before a winner are folded in.
 */
import { applyModifiers } from './modifiers.js';
import { COMPILED_RULES, RULES_BY_FIRST_WORD } from './rules/index.js';
import { WORD_END, WORD_START, type CompiledRule } from './rule.js';
import type { Candidate } from './spec.js';
import { WordTrie } from './word-trie.js';
import { RulePrefilter, type PrefilterState } from './rule-prefilter.js';
import { charactersBefore, isAsciiSpace, type PrecedingCharacters } from './pattern-prefix.js';
import { isQuotedTitle } from './quoted-title.js';

/**
 * A match of a rule, not read yet: most matches a longer one overlaps are never read (see `scan`).
 * `order` is the rule's place in the rule order.
 */
interface Found {
  start: number;
  end: number;
  rule: CompiledRule;
  order: number;
  match: RegExpExecArray;
}

const RULE_ORDER = new Map(COMPILED_RULES.map((rule, index) => [rule, index]));

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

function tryRule(rule: CompiledRule, at: number, text: string, found: Found[]): void {
  const regex = rule.sticky;
  regex.lastIndex = at;
  const match = regex.exec(text);
  if (!match || match[0].length === 0) return;
  const end = at + match[0].length;
  if (isQuotedTitle(text, at, end)) return;
  found.push({ start: at, end, rule, order: RULE_ORDER.get(rule)!, match });
}

/** The candidate a match reads as, or null when its rule rejects it ("May" as a modal verb). */
function candidateOf(found: Found, text: string): Candidate | null {
  const { start, end, rule, match } = found;
  const reading = rule.read(match.groups ?? {}, match[0], { text, start, end });
  if (!reading) return null;
  // One literal for every rule's reading (rules write { spec }, { spec, tense }, { ...r, mod } …): the passes after
  // the scan read `reading.spec`, `.mod`, `.tense` at sites that had seen more than four hidden classes (megamorphic).
  return { start, end, rule: rule.name, reading: { spec: reading.spec, mod: reading.mod, type: reading.type, tense: reading.tense } };
}

/** The rules that may begin at a word, and one pattern that matches there exactly when one of them does. */
interface Dispatch {
  readonly rules: readonly CompiledRule[];
  /**
   * The rules' patterns as one alternation (named groups made plain), or undefined for a single rule. The
   * alternative that matched is marked by an empty capturing group after it, at `markers[k]` in the match.
   */
  readonly anyOf: RegExp | undefined;
  /** The match index of the empty group closing each alternative. */
  readonly markers: readonly number[];
  /** The dispatches of the rules after each one (`rest[k]` for rules k+1…), built when first needed. */
  readonly rest: Array<Dispatch | undefined>;
}

/** `(?<name>` → `(?:`, leaving lookbehinds `(?<=` / `(?<!` alone: alternatives may repeat a group name. */
const NAMED_GROUP = /\(\?<(?![=!])[A-Za-z_$][\w$]*>/g;

/** How many capturing groups a regex source has: the length of its match of the empty string, minus one. */
const captureCount = (source: string): number => new RegExp(`(?:${source})|`).exec('')!.length - 1;

if (captureCount(WORD_START) + captureCount(WORD_END) !== 0) throw new Error('scan: the word boundaries must not capture');

/** Each rule's pattern with its groups made plain, and how many groups still capture (counted once per rule). */
const PLAIN_PATTERNS = new Map<CompiledRule, { source: string; groups: number }>();
function plainPattern(rule: CompiledRule): { source: string; groups: number } {
  let plain = PLAIN_PATTERNS.get(rule);
  if (plain === undefined) {
    const source = rule.pattern.replace(NAMED_GROUP, '(?:');
    plain = { source, groups: captureCount(source) };
    PLAIN_PATTERNS.set(rule, plain);
  }
  return plain;
}

/**
 * Most words that can begin an expression begin none ("the", a number): one sticky alternation of all their
 * rules fails there in a single regex run, where trying each rule would run one regex per rule. A failing
 * alternation means every rule fails at that position, so the candidates found are the same. The alternatives
 * are marked by unnamed empty groups: a match with named groups also builds a `groups` object of every name,
 * which cost as much as the regex run itself.
 */
function dispatchOf(rules: readonly CompiledRule[]): Dispatch {
  if (rules.length < 2) return { rules, anyOf: undefined, markers: [], rest: [] };
  // Every rule is WORD_START(?:pattern)WORD_END (compile in rule.ts): the boundaries are tested once, around
  // the alternation of the patterns, which matches exactly where one of the rules does.
  const markers: number[] = [];
  let groups = 0;
  const alternatives = rules.map((rule) => {
    const plain = plainPattern(rule);
    groups += plain.groups + 1;
    markers.push(groups);
    return `(?:${plain.source})()`;
  });
  return { rules, anyOf: new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, 'iy'), markers, rest: [] };
}

/**
 * One dispatch per set of rules (by their indices), shared by every word that tries that set:
 * its regexes are compiled once and stay warm.
 */
const DISPATCH_OF_SUBSET = new Map<string, Dispatch | null>();

/** The dispatch of the rules of these indices (in rule order), or null for none. */
function dispatchOfIndices(indices: readonly number[]): Dispatch | null {
  const key = indices.join(',');
  let dispatch = DISPATCH_OF_SUBSET.get(key);
  if (dispatch === undefined) DISPATCH_OF_SUBSET.set(key, (dispatch = indices.length === 0 ? null : dispatchOf(indices.map((k) => COMPILED_RULES[k]!))));
  return dispatch;
}

/** A rule whose pattern begins with a lookbehind ("Sept. 1-3"), and the characters that may stand before its match. */
interface GuardedRule {
  readonly rule: CompiledRule;
  readonly before: Extract<PrecedingCharacters, { any: false }>;
}

/** The characters that may precede each rule's match, by rule index (`any` for most). */
const PRECEDING = COMPILED_RULES.map((rule) => charactersBefore(rule.pattern));

/**
 * What to try at a word: the dispatch of the rules, and apart from it the rules with a lookbehind, tried only
 * where the character before allows (the candidates are sorted afterwards, so the order they are found in
 * does not matter).
 */
interface Trial {
  readonly dispatch: Dispatch | null;
  readonly guarded: readonly GuardedRule[];
}

/** The trial of these rule indices; `dispatchOfPlain` makes the dispatch of the ones without a lookbehind. */
function trialOfIndices(indices: readonly number[], dispatchOfPlain: (plain: number[]) => Dispatch | null = dispatchOfIndices): Trial | null {
  const guarded: GuardedRule[] = [];
  const plain: number[] = [];
  for (const k of indices) {
    const before = PRECEDING[k]!;
    if (before.any) plain.push(k);
    else guarded.push({ rule: COMPILED_RULES[k]!, before });
  }
  return indices.length === 0 ? null : { dispatch: dispatchOfPlain(plain), guarded };
}

/** A dispatch that tries its rules one by one, each by its own sticky regex (no alternation to compile). */
const oneByOne = (indices: readonly number[]): Dispatch | null =>
  indices.length === 0 ? null : { rules: indices.map((k) => COMPILED_RULES[k]!), anyOf: undefined, markers: [], rest: [] };

/** Whether the text before `at` allows the rule's lookbehind: the character before the ASCII spaces there. */
function mayFollow(rule: GuardedRule, text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isAsciiSpace(text.charCodeAt(j))) j--;
  if (j < 0) return true;
  const code = text.charCodeAt(j);
  return code >= 128 || rule.before.ascii[code] === 1;
}

/**
 * Which rules can match after a word, read from the text after it (rule-prefilter.ts): "the quarter" tries the
 * few rules that can read "quarter" after "the", "the company" none of the 33 that begin with "the".
 */
const PREFILTER = new RulePrefilter<Trial | null>(trialOfIndices);

/**
 * How many rule runs the words of a process spend trying all their rules one by one (a word's uses times its
 * rules) before they read the text after them with the prefilter. In a fresh process the prefilter's
 * automata, and the alternations of the rules it lets through, cost far more to build than the regex runs they
 * save on the first texts (a rule's own regex is compiled once, whichever word tries it); after a few articles
 * (the seed article takes about 1,800 runs) they pay off. The candidates found are the same either way (tests
 * lower the budget to check that the prefilter's candidates are those of a full scan).
 */
export const coldStart = { ruleRuns: 10_000 };
/** The rule runs spent one by one so far. */
let coldRuleRuns = 0;

/** The rules that may begin at a word (or a digit, an apostrophe), and the prefilter's state after the word. */
class WordDispatch {
  private start: PrefilterState | undefined;
  private generation = -1;
  private coldTrial: Trial | null | undefined;

  constructor(private readonly word: string, private readonly rules: readonly CompiledRule[]) {}

  /** What to try of the rules that can match text from `from` on (`from` right after the word). */
  after(text: string, from: number): Trial | null {
    if (coldRuleRuns < coldStart.ruleRuns) {
      coldRuleRuns += this.rules.length;
      if (this.coldTrial === undefined) this.coldTrial = trialOfIndices(this.rules.map((rule) => RULE_ORDER.get(rule)!).sort((a, b) => a - b), oneByOne);
      return this.coldTrial;
    }
    if (this.start === undefined || this.generation !== PREFILTER.generation) {
      this.start = PREFILTER.start(this.rules.map((rule) => ({ index: RULE_ORDER.get(rule)!, pattern: rule.pattern })), this.word);
      this.generation = PREFILTER.generation;
    }
    return PREFILTER.run(this.start, text, from);
  }
}

/** Dispatch of the words (a–z keys), of digit runs (`#digit`) and of an apostrophe before a digit (`'`). */
const WORD_DISPATCH = new WordTrie<WordDispatch>();
let DIGIT_DISPATCH: WordDispatch | undefined;
let APOSTROPHE_DISPATCH: WordDispatch | undefined;
for (const [word, rules] of RULES_BY_FIRST_WORD) {
  if (word === '#digit') DIGIT_DISPATCH = new WordDispatch('', rules);
  else if (word === "'") APOSTROPHE_DISPATCH = new WordDispatch('', rules);
  else if (/^[a-z]+$/.test(word)) WORD_DISPATCH.set(word, new WordDispatch(word, rules));
  // Any other key cannot be the first word of a match: words begin at runs of ASCII letters.
}

/**
 * Tries the rules of a dispatch at `at`. An alternation matches with its first alternative that can match there,
 * so every rule before the one it reports fails at `at`: that rule is run (for its groups), then the same is done
 * with the rules after it, until an alternation fails.
 */
function tryDispatch(dispatch: Dispatch, at: number, text: string, found: Found[]): void {
  for (let current: Dispatch | undefined = dispatch; current !== undefined;) {
    const anyOf: RegExp | undefined = current.anyOf;
    if (anyOf === undefined) {
      for (const rule of current.rules) tryRule(rule, at, text, found);
      return;
    }
    anyOf.lastIndex = at;
    const match = anyOf.exec(text);
    if (match === null) return;
    const markers = current.markers;
    let matched = 0;
    while (match[markers[matched]!] === undefined) matched++;
    tryRule(current.rules[matched]!, at, text, found);
    current = restAfter(current, matched);
  }
}

/** The dispatch of the rules after the `index`th one, or undefined when it was the last. */
function restAfter(dispatch: Dispatch, index: number): Dispatch | undefined {
  if (index + 1 >= dispatch.rules.length) return undefined;
  return (dispatch.rest[index] ??= dispatchOf(dispatch.rules.slice(index + 1)));
}

/**
 * Every match of every rule, trying each rule only at the words it can begin with. The places a time
 * expression can begin are those of /[A-Za-z]+|\d+|['’](?=\d)/g: runs of ASCII letters, runs of digits, and an
 * apostrophe before a digit ("'80s"), read here from the character codes.
 */
function dispatchedMatches(text: string): Found[] {
  const found: Found[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    let trial: Trial | null | undefined;
    if (isAsciiLetter(code)) {
      // The word is looked up in the trie as its letters are read.
      let node = WORD_DISPATCH.step(WordTrie.ROOT, code);
      while (end < n) {
        const letter = text.charCodeAt(end);
        if (!isAsciiLetter(letter)) break;
        if (node !== 0) node = WORD_DISPATCH.step(node, letter);
        end++;
      }
      trial = node === 0 ? undefined : WORD_DISPATCH.valueAt(node)?.after(text, end);
    } else if (isDigit(code)) {
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      trial = DIGIT_DISPATCH?.after(text, i);
    } else if (isApostrophe(code) && end < n && isDigit(text.charCodeAt(end))) {
      trial = APOSTROPHE_DISPATCH?.after(text, i);
    }
    if (trial) {
      if (trial.dispatch) tryDispatch(trial.dispatch, i, text, found);
      for (const guarded of trial.guarded) if (mayFollow(guarded, text, i)) tryRule(guarded.rule, i, text, found);
    }
    i = end;
  }
  return found;
}

/** The candidates the rules accept of `matches`, each read. */
const accepted = (matches: readonly Found[], text: string): Candidate[] =>
  matches.map((match) => candidateOf(match, text)).filter((candidate): candidate is Candidate => candidate !== null);

/** Every candidate the dispatching scanner finds, all read (for tests: `scan` reads only the ones it may take). */
export const dispatchedCandidates = (text: string): Candidate[] => accepted(dispatchedMatches(text), text);

/** Every candidate of every rule by running each rule over the whole text: the slow reference for tests. */
export const fullScanCandidates = (text: string): Candidate[] => accepted(fullScanMatches(text), text);

/** Every match of every rule by running each rule over the whole text. */
function fullScanMatches(text: string): Found[] {
  const found: Found[] = [];
  for (const rule of COMPILED_RULES) {
    const regex = rule.global;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      tryRule(rule, match.index, text, found);
    }
  }
  return found;
}

/** TimeML leaves a possessive "'s" and a sentence's full stop outside the expression ("Friday's", "in September."). */
function trimmedEnd(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  // /['’]s$/
  if (last === 115 && end - start >= 2 && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  // /[a-z]{4,}\.$/i, except an abbreviated month
  if (last === 46 && lettersBefore(text, start, end - 1, 4) >= 4 && !MONTH_ABBREVIATION_END.test(text.slice(start, end))) return end - 1;
  // "May", written in full, has no abbreviation's period: "in May." ends the sentence.
  if (last === 46 && FULL_MAY_END.test(text.slice(Math.max(start, end - 5), end))) return end - 1;
  return end;
}

const FULL_MAY_END = /(?:^|[^a-z])may\.$/i;

const MONTH_ABBREVIATION_END = /\b(?:Sept|Febr?|Janu?|Augu?|Octo?|Nove?|Dece?)\.$/i;

/** How many ASCII letters (up to `most`) come right before `at`, not before `from`. */
function lettersBefore(text: string, from: number, at: number, most: number): number {
  let count = 0;
  for (let i = at - 1; i >= from && count < most && isAsciiLetter(text.charCodeAt(i)); i--) count++;
  return count;
}

/** One buffer marking the characters already taken, reused (cleared) from text to text up to 1 MB of text. */
let occupiedBuffer = new Uint8Array(1 << 16);
function occupiedFor(length: number): Uint8Array {
  if (length > 1 << 20) return new Uint8Array(length);
  if (occupiedBuffer.length < length) occupiedBuffer = new Uint8Array(length);
  occupiedBuffer.fill(0, 0, length);
  return occupiedBuffer;
}

function isOccupied(occupied: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (occupied[i] === 1) return true;
  return false;
}

/**
 * All time expressions of `text`, non-overlapping, in text order. A match is read only when it comes up free of
 * the ones taken before it: one its rule rejects takes no place, as if it had never matched, so reading the
 * others first would take the same ones.
 */
export function scan(text: string): Candidate[] {
  const found = dispatchedMatches(text);
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken: Candidate[] = [];
  const occupied = occupiedFor(text.length);
  for (const match of found) {
    if (isOccupied(occupied, match.start, match.end)) continue;
    const candidate = candidateOf(match, text);
    if (candidate === null) continue;
    occupied.fill(1, candidate.start, candidate.end);
    taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  let floor = 0;
  return taken.map((found) => {
    // (A literal, not a spread of `found`: a spread with a key after it costs about a microsecond in V8.)
    const candidate: Candidate = { start: found.start, end: trimmedEnd(text, found.start, found.end), rule: found.rule, reading: found.reading };
    const widened = applyModifiers(text, candidate, floor);
    floor = widened.end;
    return { start: widened.start, end: widened.end, rule: widened.rule, reading: widened.reading };
  });
}
