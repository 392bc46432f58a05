/**
 * The words that open a clause of time or condition (clauses-ahead.ts), kept apart so that lexeme.ts can give
 * them a class bit without importing the clause reader.
 */

/** Openers of a clause of time: a present after them is as ahead as its main clause. */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['once', 'when', 'whenever', 'until', 'till', 'after', 'before']);
/**
 * Openers of a clause of condition. A state there may be one of now ("if the report is true, he will resign"), so
 * only an event is read as to come.
 */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless']);
/** Every word an opener may be: the openers, and the "as" of "as soon as" and the "case" of "in case". */
export const CLAUSE_OPENER_WORDS: ReadonlySet<string> = new Set([...TIME_OPENERS, ...CONDITION_OPENERS, 'as', 'case']);
