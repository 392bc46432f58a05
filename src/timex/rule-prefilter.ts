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

/** A state of the automaton; `T` is what its user makes of the rules that may match when the reading stops there. */
export class PrefilterState<T> {
  /** The next state by ASCII code, once computed. */
  readonly next: Array<PrefilterState<T> | undefined> = new Array<PrefilterState<T> | undefined>(128).fill(undefined);
  /** The next state of other characters, once computed. */
  other: Map<number, PrefilterState<T>> | undefined;
  /** True when no rule is undecided: `possible` is then the answer, whatever comes next. */
  readonly decided: boolean;
  private answerWhenStopped: T | undefined;

  constructor(
    readonly undecided: readonly Undecided[],
    /** The rules known to be possible, in rule order. */
    readonly possible: readonly number[],
    private readonly answerOf: (rules: readonly number[]) => T,
  ) {
    this.decided = undecided.length === 0;
  }

  /** What the user makes of the rules that may match when the reading stops here: the possible and the undecided ones. */
  answer(): T {
    if (this.answerWhenStopped === undefined) {
      const rules = [...new Set([...this.possible, ...this.undecided.map((u) => u.rule)])].sort((a, b) => a - b);
      this.answerWhenStopped = this.answerOf(rules);
    }
    return this.answerWhenStopped;
  }
}

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
  private states = new Map<string, PrefilterState<T>>();
  /** Bumped when the states are dropped: start states kept by callers from before are then made again. */
  generation = 0;

  /**
   * @param answerOf what the user makes of a list of rule indices (called once per state where a reading stops)
   * @param maxStates more states than this and all are dropped, so that arbitrary text cannot grow them without bound
   */
  constructor(private readonly answerOf: (rules: readonly number[]) => T, private readonly maxStates = 50_000) {}

  /**
   * The state of `rules` after reading `word` (lower case; '' for none): rules whose automaton accepts within
   * the word, or cannot be read, are possible; rules it kills are gone.
   */
  start(rules: readonly PrefilterRule[], word: string): PrefilterState<T> {
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
  run(state: PrefilterState<T>, text: string, from: number): T {
    const last = Math.min(text.length, from + MAX_LOOKAHEAD);
    for (let j = from; j < last && !state.decided; j++) {
      const code = text.charCodeAt(j);
      state = (code < 128 ? state.next[code] : state.other?.get(code)) ?? this.transition(state, code);
    }
    return state.answer();
  }

  /** The one state of these undecided rules (in rule order) and possible ones (sorted). */
  private stateOf(undecided: Undecided[], possible: readonly number[]): PrefilterState<T> {
    const key = keyOf(undecided, possible);
    let state = this.states.get(key);
    if (state === undefined) {
      if (this.states.size >= this.maxStates) {
        this.states = new Map();
        this.generation++;
      }
      state = new PrefilterState(undecided, possible, this.answerOf);
      this.states.set(key, state);
    }
    return state;
  }

  /** The state after reading `code` from `from`, computed and kept. */
  private transition(from: PrefilterState<T>, code: number): PrefilterState<T> {
    // A letter outside ASCII is not told apart from its other cases: every step is taken on it.
    const unknown = code >= 128 && hasOtherCase(code);
    const undecided: Undecided[] = [];
    let possible = from.possible;
    for (const u of from.undecided) {
      const states = unknown ? u.automaton.stepAny(u.states) : u.automaton.step(u.states, code);
      if (states.size === 0) continue;
      if (u.automaton.accepts(states)) possible = withPossible(possible, u.rule);
      else undecided.push({ rule: u.rule, automaton: u.automaton, states });
    }
    const next = this.stateOf(undecided, possible);
    if (code < 128) from.next[code] = next;
    else (from.other ??= new Map()).set(code, next);
    return next;
  }
}
