/**
 * Finding time expressions: every rule runs over the text; overlapping candidates are settled by length
 * (longest wins, then earliest, then rule order); modifiers before a winner are folded in.
 */
import { applyModifiers } from './modifiers.js';
import { COMPILED_RULES, RULES_BY_FIRST_WORD } from './rules/index.js';
import type { CompiledRule } from './rule.js';
import type { Candidate } from './spec.js';

type Found = Candidate & { order: number };

const RULE_ORDER = new Map(COMPILED_RULES.map((rule, index) => [rule, index]));

/** Words, digit runs and the apostrophe of "'80s": the places a time expression can begin. */
const WORD_STARTS = /[A-Za-z]+|\d+|['’](?=\d)/g;

function tryRule(rule: CompiledRule, at: number, text: string, found: Found[]): void {
  const regex = rule.sticky;
  regex.lastIndex = at;
  const match = regex.exec(text);
  if (!match || match[0].length === 0) return;
  const end = at + match[0].length;
  const reading = rule.read(match.groups ?? {}, match[0], { text, start: at, end });
  if (reading) found.push({ start: at, end, rule: rule.name, reading, order: RULE_ORDER.get(rule)! });
}

/** The rules that may begin at a word, and one pattern that matches there exactly when one of them does. */
interface Dispatch {
  readonly rules: readonly CompiledRule[];
  /** The rules' patterns as one alternation (named groups made plain), or undefined for a single rule. */
  readonly anyOf: RegExp | undefined;
}

/** `(?<name>` → `(?:`, leaving lookbehinds `(?<=` / `(?<!` alone: alternatives may repeat a group name. */
const NAMED_GROUP = /\(\?<(?![=!])[A-Za-z_$][\w$]*>/g;

/**
 * Most words that can begin an expression begin none ("the", a number): one sticky alternation of all their
 * rules fails there in a single regex run, where trying each rule would run one regex per rule. A failing
 * alternation means every rule fails at that position, so the candidates found are the same.
 */
function dispatchOf(rules: readonly CompiledRule[]): Dispatch {
  if (rules.length < 2) return { rules, anyOf: undefined };
  const alternatives = rules.map((rule) => `(?:${rule.sticky.source.replace(NAMED_GROUP, '(?:')})`);
  return { rules, anyOf: new RegExp(alternatives.join('|'), 'iy') };
}

const DISPATCH = new Map([...RULES_BY_FIRST_WORD].map(([word, rules]) => [word, dispatchOf(rules)]));

function tryDispatch(dispatch: Dispatch, at: number, text: string, found: Found[]): void {
  const anyOf = dispatch.anyOf;
  if (anyOf !== undefined) {
    anyOf.lastIndex = at;
    if (!anyOf.test(text)) return;
  }
  for (const rule of dispatch.rules) tryRule(rule, at, text, found);
}

/** Every candidate of every rule, trying each rule only at the words it can begin with. */
export function dispatchedCandidates(text: string): Found[] {
  const found: Found[] = [];
  WORD_STARTS.lastIndex = 0;
  for (let word = WORD_STARTS.exec(text); word; word = WORD_STARTS.exec(text)) {
    const first = word[0].charCodeAt(0);
    const key = first >= 48 && first <= 57 ? '#digit' : first === 39 || first === 0x2019 ? "'" : word[0].toLowerCase();
    const dispatch = DISPATCH.get(key);
    if (dispatch) tryDispatch(dispatch, word.index, text, found);
  }
  return found;
}

/** Every candidate of every rule by running each rule over the whole text: the slow reference for tests. */
export function fullScanCandidates(text: string): Found[] {
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
  const phrase = text.slice(start, end);
  if (/['’]s$/.test(phrase)) return end - 2;
  if (/[a-z]{4,}\.$/i.test(phrase) && !/\b(?:Sept|Febr?|Janu?|Augu?|Octo?|Nove?|Dece?)\.$/i.test(phrase)) return end - 1;
  return end;
}

/** All time expressions of `text`, non-overlapping, in text order. */
export function scan(text: string): Candidate[] {
  const found = dispatchedCandidates(text);
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(text.length);
  for (const candidate of found) {
    if (occupied.subarray(candidate.start, candidate.end).includes(1)) continue;
    occupied.fill(1, candidate.start, candidate.end);
    taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  let floor = 0;
  return taken.map((found) => {
    const candidate = { ...found, end: trimmedEnd(text, found.start, found.end) };
    const widened = applyModifiers(text, candidate, floor);
    floor = widened.end;
    return { start: widened.start, end: widened.end, rule: widened.rule, reading: widened.reading };
  });
}
