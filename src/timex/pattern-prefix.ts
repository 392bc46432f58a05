/**
 * A rule's pattern read into a small automaton (Thompson's construction) that over-approximates it: lookarounds,
 * anchors and word boundaries are taken as always true, so the automaton accepts every string the regex
 * matches, and more. What is worked out from it (rule-prefilter.ts: which rules can still match after a word)
 * may be too large (which only costs time), never too small. A construct it does not know (a backreference)
 * makes it refuse the pattern: the rule is then always tried.
 */

/** A test of one character code. */
type CharTest = (code: number) => boolean;

type Node =
  /** A character step; `code` when it reads one code only (a literal), whose ASCII set is then known without testing. */
  | { kind: 'char'; test: CharTest; code?: number }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  /** A positive lookahead `(?=X)`: read as always true, except where it ends the pattern (see `readingLookaheadAtEnd`). */
  | { kind: 'ahead'; node: Node };

const EMPTY: Node = { kind: 'seq', items: [] };

/** JavaScript's \s. */
const SPACE = /\s/;
const isRegexSpace = (code: number): boolean => SPACE.test(String.fromCharCode(code));
const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isWordChar: CharTest = (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

const ESCAPE_CLASSES: Record<string, CharTest> = {
  d: isDigit, D: (c) => !isDigit(c), w: isWordChar, W: (c) => !isWordChar(c), s: isRegexSpace, S: (c) => !isRegexSpace(c),
};
const ESCAPE_CHARS: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };

class PatternReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(node: Node): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const c = s[this.at];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!bounds) return node;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
      this.at += bounds[0].length - 1;
    } else return node;
    this.at++;
    if (s[this.at] === '?') this.at++; // lazy: the same strings
    return { kind: 'repeat', node, min, max };
  }

  private atom(): Node {
    const s = this.source;
    const c = s[this.at++]!;
    if (c === '(') {
      let lookaround = false;
      let ahead = false;
      if (s.startsWith('?:', this.at)) this.at += 2;
      else if (s.startsWith('?=', this.at)) [this.at, ahead] = [this.at + 2, true];
      else if (s.startsWith('?!', this.at)) [this.at, lookaround] = [this.at + 2, true];
      else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) [this.at, lookaround] = [this.at + 3, true];
      else if (s.startsWith('?<', this.at)) this.at = s.indexOf('>', this.at) + 1;
      else if (s[this.at] === '?') throw new Error(`unknown group at ${this.at}`);
      const inner = this.alternation();
      if (s[this.at++] !== ')') throw new Error('unclosed group');
      return ahead ? { kind: 'ahead', node: inner } : lookaround ? EMPTY : inner;
    }
    if (c === '[') return { kind: 'char', test: this.charClass() };
    if (c === '.') return { kind: 'char', test: () => true };
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') {
      const e = s[this.at++]!;
      if (e === 'b' || e === 'B') return EMPTY;
      return { kind: 'char', test: this.escape(e) };
    }
    if (c === ')' || c === '*' || c === '+' || c === '?') throw new Error(`unexpected ${c}`);
    const code = c.charCodeAt(0);
    return { kind: 'char', test: (x) => x === code, code };
  }

  /** The test of an escape after its backslash (already read). */
  private escape(e: string): CharTest {
    const named = ESCAPE_CLASSES[e];
    if (named) return named;
    if (/[1-9k]/.test(e)) throw new Error('backreference');
    const code = e === 'u' || e === 'x' ? this.hexCode(e) : ESCAPE_CHARS[e] ?? e.charCodeAt(0);
    return (x) => x === code;
  }

  /** The code of a \uXXXX or \xXX escape whose letter was just read. */
  private hexCode(e: 'u' | 'x'): number {
    const digits = e === 'u' ? 4 : 2;
    const code = Number.parseInt(this.source.slice(this.at, this.at + digits), 16);
    if (Number.isNaN(code)) throw new Error('bad escape');
    this.at += digits;
    return code;
  }

  private charClass(): CharTest {
    const s = this.source;
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    const parts: CharTest[] = [];
    let first = true;
    while (s[this.at] !== ']' || first) {
      if (this.at >= s.length) throw new Error('unclosed class');
      first = false;
      const low = this.classChar();
      if (typeof low === 'number' && s[this.at] === '-' && s[this.at + 1] !== ']') {
        this.at++;
        const high = this.classChar();
        if (typeof high !== 'number') throw new Error('bad range');
        parts.push((x) => x >= low && x <= high);
      } else parts.push(typeof low === 'number' ? (x) => x === low : low);
    }
    this.at++;
    return negated ? (x) => !parts.some((p) => p(x)) : (x) => parts.some((p) => p(x));
  }

  /** One character of a class (a code), or a class escape (\d, \s…). */
  private classChar(): number | CharTest {
    const c = this.source[this.at++]!;
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.source[this.at++]!;
    if (e === 'b') return 8;
    const test = ESCAPE_CLASSES[e];
    if (test) return test;
    if (e === 'u' || e === 'x') return this.hexCode(e);
    return ESCAPE_CHARS[e] ?? e.charCodeAt(0);
  }
}

/** Automaton states: a character step to `next`, or a split into several states, or the accepting state. */
type State = { kind: 'char'; test: CharTest; code: number | undefined; next: number } | { kind: 'split'; next: number[] } | { kind: 'accept' };

export class Automaton {
  readonly states: State[] = [{ kind: 'accept' }];
  readonly start: number;

  constructor(node: Node) {
    this.start = this.build(node, 0);
  }

  /** The start state of `node` followed by the state `next`. */
  private build(node: Node, next: number): number {
    switch (node.kind) {
      case 'char':
        return this.add({ kind: 'char', test: node.test, code: node.code, next });
      case 'ahead':
        return next;
      case 'seq': {
        let at = next;
        for (let i = node.items.length - 1; i >= 0; i--) at = this.build(node.items[i]!, at);
        return at;
      }
      case 'alt':
        return this.add({ kind: 'split', next: node.options.map((o) => this.build(o, next)) });
      case 'repeat': {
        let at = next;
        if (node.max === Infinity) {
          const loop = this.add({ kind: 'split', next: [] });
          (this.states[loop] as { next: number[] }).next.push(this.build(node.node, loop), next);
          at = loop;
        } else {
          for (let i = node.min; i < node.max; i++) at = this.add({ kind: 'split', next: [this.build(node.node, at), next] });
        }
        for (let i = 0; i < node.min; i++) at = this.build(node.node, at);
        return at;
      }
    }
  }

  private add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  /** The states reachable from `from` without reading a character. */
  closure(from: Iterable<number>): Set<number> {
    const seen = new Set<number>();
    const stack = [...from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const state = this.states[s]!;
      if (state.kind === 'split') stack.push(...state.next);
    }
    return seen;
  }

  /** The states after reading `code` (case-insensitively for ASCII letters) from `from`. */
  step(from: Set<number>, code: number): Set<number> {
    const isLetter = (code | 32) >= 97 && (code | 32) <= 122;
    const next: number[] = [];
    for (const s of from) {
      const state = this.states[s]!;
      if (state.kind === 'char' && (state.test(code) || (isLetter && state.test(code ^ 32)))) next.push(state.next);
    }
    return this.closure(next);
  }

  /** The states after reading a character of which nothing is known: every character step is taken. */
  stepAny(from: Set<number>): Set<number> {
    const next: number[] = [];
    for (const s of from) {
      const state = this.states[s]!;
      if (state.kind === 'char') next.push(state.next);
    }
    return this.closure(next);
  }

  accepts(states: Set<number>): boolean {
    return states.has(0);
  }

  private sets: ReadonlyArray<readonly number[]> | undefined;

  /**
   * The sets of ASCII codes its character steps take (a letter in either case, as `step` reads them), each as four
   * 32-bit words of a 128-bit mask, without repeats: two codes that no set tells apart are stepped alike from
   * every set of states.
   */
  asciiSets(): ReadonlyArray<readonly number[]> {
    if (this.sets === undefined) {
      const unique = new Map<string, readonly number[]>();
      for (const state of this.states) {
        if (state.kind !== 'char') continue;
        const mask = [0, 0, 0, 0];
        const add = (code: number): void => {
          mask[code >> 5]! |= 1 << (code & 31);
        };
        if (state.code !== undefined) {
          // A literal takes its code and, for a letter, the other case: no need to test the 128 codes.
          if (state.code < 128) add(state.code);
          if (state.code < 128 && isAsciiLetter(state.code)) add(state.code ^ 32);
        } else {
          for (let code = 0; code < 128; code++) if (state.test(code) || (isAsciiLetter(code) && state.test(code ^ 32))) add(code);
        }
        unique.set(mask.join(','), mask);
      }
      this.sets = [...unique.values()];
    }
    return this.sets;
  }
}

const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/** The automaton of each pattern read (undefined for a pattern it could not read). */
const AUTOMATA = new Map<string, Automaton | undefined>();

export function automatonOf(pattern: string): Automaton | undefined {
  if (!AUTOMATA.has(pattern)) {
    let automaton: Automaton | undefined;
    try {
      automaton = new Automaton(readingLookaheadAtEnd(new PatternReader(pattern).read()));
    } catch {
      automaton = undefined;
    }
    AUTOMATA.set(pattern, automaton);
  }
  return AUTOMATA.get(pattern);
}

/**
 * The pattern with a positive lookahead that ends it read as text it consumes: a match is followed by text the
 * lookahead matches, so the text from the match's start begins with a string of the pattern so read ("two (to
 * three weeks)" for range-near-count, whose automaton otherwise accepts at any number). Only a lookahead nothing
 * comes after is read so; any other stays always true.
 */
function readingLookaheadAtEnd(node: Node): Node {
  switch (node.kind) {
    case 'ahead': return node.node;
    case 'alt': return { kind: 'alt', options: node.options.map(readingLookaheadAtEnd) };
    case 'seq': {
      const last = node.items.at(-1);
      return last === undefined ? node : { kind: 'seq', items: [...node.items.slice(0, -1), readingLookaheadAtEnd(last)] };
    }
    default: return node;
  }
}

/** The same pattern read backwards: what it matches, each string reversed. */
function reversed(node: Node): Node {
  switch (node.kind) {
    case 'char': return node;
    case 'seq': return { kind: 'seq', items: node.items.map(reversed).reverse() };
    case 'alt': return { kind: 'alt', options: node.options.map(reversed) };
    case 'repeat': return { ...node, node: reversed(node.node) };
    case 'ahead': return node;
  }
}

/** Where each top-level `|` of a regex source is, and where a group opened at `from` (depth 1) closes. */
function scanGroups(pattern: string, from: number, depth: number): { close: number; bars: number[] } {
  let inClass = false;
  const bars: number[] = [];
  let close = -1;
  for (let i = from; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && close === -1) close = i;
    else if (c === '|' && depth === 0) bars.push(i);
  }
  return { close, bars };
}

/**
 * The source X of a lookbehind `(?<=X)` that `pattern` begins with and that guards all of it, or undefined: in
 * `(?<=X)A|B` the lookbehind guards only the first alternative, and B may match anywhere.
 */
function leadingLookbehind(pattern: string): string | undefined {
  if (!pattern.startsWith('(?<=')) return undefined;
  const { close, bars } = scanGroups(pattern, 4, 1);
  return close === -1 || bars.length > 0 ? undefined : pattern.slice(4, close);
}

/** ASCII spaces, which `charactersBefore` reads through (a space outside ASCII is let through as any character). */
const ASCII_SPACES = [9, 10, 11, 12, 13, 32];
export const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * What may stand before a match of `pattern`, when it begins with a lookbehind `(?<=X)`: `any`, or the ASCII
 * codes that may come last before the match once the ASCII spaces right before it are passed over (other
 * characters are always let through by callers, and so is anything when no character is left). The
 * lookbehind is read backwards by the same over-approximating automaton: the sets may be too large, never too
 * small ("Sept. 1-3": a hyphen, a dash or the last letter of "to", "through", "thru", "until", "till", "and").
 */
export type PrecedingCharacters = { readonly any: true } | { readonly any: false; readonly ascii: Uint8Array };

export function charactersBefore(pattern: string): PrecedingCharacters {
  const lookbehind = leadingLookbehind(pattern);
  if (lookbehind === undefined) return { any: true };
  let automaton: Automaton;
  try {
    automaton = new Automaton(reversed(new PatternReader(lookbehind).read()));
  } catch {
    return { any: true };
  }
  const afterSpaces = automaton.closure([automaton.start]);
  for (let frontier = afterSpaces; frontier.size > 0;) {
    const next = new Set<number>();
    for (const space of ASCII_SPACES) for (const s of automaton.step(frontier, space)) if (!afterSpaces.has(s)) next.add(s);
    for (const s of next) afterSpaces.add(s);
    frontier = next;
  }
  if (automaton.accepts(afterSpaces)) return { any: true };
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) if (automaton.step(afterSpaces, code).size > 0) ascii[code] = 1;
  return { any: false, ascii };
}
