/**
 * Which of the rules that may begin at a word can match there, read from the text after the word by one
 * deterministic automaton, built lazily from the rules' over-approximating automata (pattern-prefix.ts): a rule
 * whose automaton dies on the text before accepting cannot match, so its regex need not run ("the" begins 33
 * rules, "the company" none of them; a number begins 21, "100 people" none).
 *
 * A state holds, for each rule still undecided, the set of its automaton's states, and the rules already
 * known to be possible (their automaton accepted a prefix of the text, or could not be read). Reading a
 * character moves every undecided rule's set; a rule whose set empties is dropped, one that accepts becomes
 * possible. When no rule is undecided the possible rules are the answer; the automata accept every string the
 * regexes match and more, so the answer may be too large (which only costs a regex run), never too small.
 * States are shared by every word and cached with their transitions, so after the first texts a character
 * costs one array lookup.
 */
import { automatonOf, type Automaton } from './pattern-prefix.js';

/** A rule as the prefilter knows it: its place in the rule order, and its pattern. */
export interface PrefilterRule {
  readonly index: number;
  readonly pattern: string;
}

interface Undecided {
  readonly rule: number;
  readonly automaton: Automaton;
  readonly states: Set<number>;
}

/** How many characters after the word are read at most; the rules still undecided then are tried. */
export const MAX_LOOKAHEAD = 40;

/** What a state knows besides its transitions. */
interface StateInfo<T> {
  readonly undecided: readonly Undecided[];
  /** The rules known to be possible, in rule order. */
  readonly possible: readonly number[];
  /** The next state of characters outside ASCII, once computed. */
  other: Map<number, number> | undefined;
  /** What the user makes of the rules that may match when the reading stops here, once asked. */
  answer: T | undefined;
}

/** A state of the automaton, by its number (from 1), valid in the generation of the prefilter that made it. */
export type PrefilterState = number;

function keyOf(undecided: readonly Undecided[], possible: readonly number[]): string {
  return `${undecided.map((u) => `${u.rule}:${[...u.states].sort((a, b) => a - b).join(',')}`).join(';')}|${possible.join(',')}`;
}

/** Adds a rule to a sorted list of possible ones. */
function withPossible(possible: readonly number[], rule: number): readonly number[] {
  if (possible.includes(rule)) return possible;
  return [...possible, rule].sort((a, b) => a - b);
}

/** A character whose other cases a case-insensitive regex would also read. */
function hasOtherCase(code: number): boolean {
  const c = String.fromCharCode(code);
  return c.toLowerCase() !== c || c.toUpperCase() !== c;
}

export class RulePrefilter<T> {
  private states = new Map<string, PrefilterState>();
  private infos: Array<StateInfo<T> | undefined> = [undefined];
  /**
   * The next state of state s by ASCII code c at s * columns + columnOf[c] (0: not computed yet), and whether each
   * state is decided: typed arrays, so that a step reads one number instead of an object and its array of
   * transitions (when a text begins, the resolution of the one before has pushed the scanner's data out of the
   * caches). The codes that every automaton met so far steps alike share a column (the rules' 128 ASCII codes
   * fall into 47 columns), and states are 16-bit: the corpora's 3,000 states take 385 KB instead of the 2 MB of a
   * 32-bit cell per code, which the resolution between two texts had pushed out of the caches (the timex stage
   * measured 0.89–0.93x with the smaller table, in paired runs).
   */
  private next = new Uint16Array(256);
  private decided = new Uint8Array(256);
  private columns = 1;
  private readonly columnOf = new Uint8Array(128);
  /** The automata the columns tell apart the codes of. */
  private readonly known = new Set<Automaton>();
  /** Bumped when the states are dropped: start states kept by callers from before are then made again. */
  generation = 0;

  /**
   * @param answerOf what the user makes of a list of rule indices (called once per state where a reading stops)
   * @param maxStates more states than this and all are dropped, so that arbitrary text cannot grow them without bound
   */
  constructor(private readonly answerOf: (rules: readonly number[]) => T, private readonly maxStates = 20_000) {
    // States are numbered from 1 and a 16-bit table cell holds one.
    this.maxStates = Math.min(maxStates, 65_000);
  }

  /**
   * The state of `rules` after reading `word` (lower case; '' for none): rules whose automaton accepts within
   * the word, or cannot be read, are possible; rules it kills are gone.
   */
  start(rules: readonly PrefilterRule[], word: string): PrefilterState {
    for (const rule of rules) this.tellApart(automatonOf(rule.pattern));
    const undecided: Undecided[] = [];
    let possible: readonly number[] = [];
    for (const rule of [...rules].sort((a, b) => a.index - b.index)) {
      const automaton = automatonOf(rule.pattern);
      if (automaton === undefined) {
        possible = withPossible(possible, rule.index);
        continue;
      }
      let states = automaton.closure([automaton.start]);
      let accepted = automaton.accepts(states);
      for (let i = 0; i < word.length && !accepted && states.size > 0; i++) {
        states = automaton.step(states, word.charCodeAt(i));
        accepted = automaton.accepts(states);
      }
      if (accepted) possible = withPossible(possible, rule.index);
      else if (states.size > 0) undecided.push({ rule: rule.index, automaton, states });
    }
    return this.stateOf(undecided, possible);
  }

  /** What `answerOf` makes of the rules that may match `text` from `from` on, reading from `state`. */
  run(state: PrefilterState, text: string, from: number): T {
    const last = Math.min(text.length, from + MAX_LOOKAHEAD);
    let next = this.next;
    const columns = this.columns;
    const columnOf = this.columnOf;
    for (let j = from; j < last && this.decided[state] === 0; j++) {
      const code = text.charCodeAt(j);
      const known = code < 128 ? next[state * columns + columnOf[code]!]! : this.infos[state]!.other?.get(code) ?? 0;
      if (known !== 0) {
        state = known;
        continue;
      }
      state = this.transition(state, code);
      next = this.next;
    }
    return this.answer(state);
  }

  /** What the user makes of the rules that may match when the reading stops at `state`: the possible and the undecided ones. */
  private answer(state: PrefilterState): T {
    const info = this.infos[state]!;
    if (info.answer === undefined) {
      const rules = [...new Set([...info.possible, ...info.undecided.map((u) => u.rule)])].sort((a, b) => a - b);
      info.answer = this.answerOf(rules);
    }
    return info.answer;
  }

  /** The one state of these undecided rules (in rule order) and possible ones (sorted). */
  private stateOf(undecided: Undecided[], possible: readonly number[]): PrefilterState {
    const key = keyOf(undecided, possible);
    let state = this.states.get(key);
    if (state === undefined) {
      if (this.states.size >= this.maxStates) this.drop();
      state = this.infos.length;
      this.infos.push({ undecided, possible, other: undefined, answer: undefined });
      if (this.decided.length <= state) this.grow();
      this.decided[state] = undecided.length === 0 ? 1 : 0;
      this.states.set(key, state);
    }
    return state;
  }

  /**
   * Gives the codes `automaton` steps differently their own columns (splitting the columns they shared); the
   * states are dropped when a column splits, as their rows were made for the columns before.
   */
  private tellApart(automaton: Automaton | undefined): void {
    if (automaton === undefined || this.known.has(automaton)) return;
    this.known.add(automaton);
    const columnOf = this.columnOf;
    let columns = this.columns;
    for (const set of automaton.asciiSets()) {
      // Column k splits into k (codes outside the set) and a new column (codes in it), when it has both.
      const inSet = new Map<number, number>();
      const outside = new Set<number>();
      for (let code = 0; code < 128; code++) if (((set[code >> 5]! >>> (code & 31)) & 1) === 0) outside.add(columnOf[code]!);
      for (let code = 0; code < 128; code++) {
        if (((set[code >> 5]! >>> (code & 31)) & 1) === 0) continue;
        const column = columnOf[code]!;
        if (!outside.has(column)) continue;
        let split = inSet.get(column);
        if (split === undefined) inSet.set(column, (split = columns++));
        columnOf[code] = split;
      }
    }
    if (columns !== this.columns) {
      this.columns = columns;
      this.drop();
    }
  }

  private drop(): void {
    this.states = new Map();
    this.infos = [undefined];
    this.next = new Uint16Array(this.columns * 256);
    this.decided = new Uint8Array(256);
    this.generation++;
  }

  private grow(): void {
    const next = new Uint16Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
    const decided = new Uint8Array(this.decided.length * 2);
    decided.set(this.decided);
    this.decided = decided;
  }

  /** The state after reading `code` from `from`, computed and kept (in the same generation). */
  private transition(from: PrefilterState, code: number): PrefilterState {
    const info = this.infos[from]!;
    const generation = this.generation;
    // A letter outside ASCII is not told apart from its other cases: every step is taken on it.
    const unknown = code >= 128 && hasOtherCase(code);
    const undecided: Undecided[] = [];
    let possible = info.possible;
    for (const u of info.undecided) {
      const states = unknown ? u.automaton.stepAny(u.states) : u.automaton.step(u.states, code);
      if (states.size === 0) continue;
      if (u.automaton.accepts(states)) possible = withPossible(possible, u.rule);
      else undecided.push({ rule: u.rule, automaton: u.automaton, states });
    }
    const next = this.stateOf(undecided, possible);
    if (this.generation === generation) {
      if (code < 128) this.next[from * this.columns + this.columnOf[code]!] = next;
      else (info.other ??= new Map()).set(code, next);
    }
    return next;
  }
}
