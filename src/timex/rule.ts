/**
 * A rule: a named pattern with named groups and a function reading its match into an underspecified value.
 * The name is the provenance stamped on every result; `examples` document it and are tested.
 */
import type { Reading } from './spec.js';

export type Groups = Record<string, string | undefined>;

export interface Rule {
  name: string;
  /** Source of a regular expression with named groups; compiled case-insensitively, sticky. */
  pattern: string;
  /**
   * Every word a match can begin with, lower case, or a class: `#digit`, `#number`, `#month`, `#weekday`,
   * `#season`, `#ordinal`. The scanner tries a rule only where one of these words starts, so the list must be
   * complete (listing too many only costs time); test/timex-dispatch.test.ts checks it against a full scan.
   */
  firstWords: readonly string[];
  examples: string[];
  /** Reads a match; `null` rejects it (e.g. "May" as a modal verb). */
  read(groups: Groups, match: string, context: MatchContext): Reading | null;
}

/** What a rule may look at around its match. */
export interface MatchContext {
  text: string;
  start: number;
  end: number;
}

/**
 * Word boundaries that treat hyphens as part of a word ("17-bus" is one token), except after "mid-", "early-",
 * "late-", "end-" ("end-June", Reuters' end of June) and a digit ("Sept. 1-3", "2001-2005": the far end of a range; the rules that may begin there check it).
 */
export const WORD_START = "(?<![\\w'’])(?<!(?<!(?:[Mm]id|[Ee]arly|[Ll]ate|(?<![\\w-])[Ee]nd|\\d|\\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?))-)";
export const WORD_END = '(?![\\w])';

export function isCapitalized(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}

/** A rule's pattern compiled once: `sticky` for the dispatching scanner, `global` for a reference full scan. */
export interface CompiledRule extends Rule {
  sticky: RegExp;
  global: RegExp;
}

/**
 * Compiles a rule into one literal with its keys in one order: the rules are written as literals of several
 * orders (and a spread keeps each one's), and the scanner reads `sticky`, `read` and `name` of every rule it
 * tries at one site, which V8 reads megamorphically (a global-cache lookup) once it has seen more than four
 * hidden classes.
 */
export function compile(rule: Rule): CompiledRule {
  const source = `${WORD_START}(?:${rule.pattern})${WORD_END}`;
  // (No rule reads `this`: its read function is called on the compiled rule.)
  return { name: rule.name, pattern: rule.pattern, firstWords: rule.firstWords, examples: rule.examples, read: rule.read, sticky: new RegExp(source, 'iy'), global: new RegExp(source, 'gi') };
}
