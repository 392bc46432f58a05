/**
 * A present in a clause of time or condition whose main clause looks ahead speaks of what is to come: English
 * puts such a clause in the present where it means the future ("the troops will remain until Iraq complies",
 * "the rebels could harm him if they lose", "If the economy slows, the Fed will cut rates", "will retire soon
 * after he reaches 65"; Quirk et al. 14.11, the present for future time in adverbial clauses). The verb keeps its
 * present tense; its group is marked `ahead`, which gives it the frame of a future (governing-tense.ts) and puts
 * it after a report that tells of it (event-links.ts).
 */
import { BE_TENSE } from './auxiliary-lexicon.js';
import type { EventMention, VerbGroup } from './event-types.js';
import { isPresentModal } from './governing-tense.js';
import { isDigit, tokenAt, type Token, type TokenList } from './tokens.js';
import { participleForm } from './verb-group.js';
import { markedAhead } from './verb-group-values.js';
import { CONDITION_OPENERS, TIME_OPENERS } from './clause-openers.js';
import { WordClass } from './lexeme.js';

/** Words that may join a fronted clause to what comes before it ("…, but if prices rise, it will recover"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'then', 'or']);
/** How far back (in words) from its verb a clause's opener may stand ("once the holiday ends", "if a court edict fails"). */
const OPENER_REACH = 5;

/** The opener of the clause of time or condition holding the verb at token `index`, else −1. */
function openerBefore(tokens: TokenList, index: number): number {
  for (let k = index - 1; k >= 0 && k >= index - OPENER_REACH; k--) {
    const t = tokens[k] as Token;
    // The full stop of an abbreviation stands inside the clause ("soon after Mr. Davison reaches 65").
    if (!t.isWord && t.text !== '.') return -1;
    // (Only a word of CLAUSE_OPENER_WORDS can open the clause: its class bit spares the other words the set lookups.)
    if (((tokens.classes[k] as number) & WordClass.clauseOpener) === 0) continue;
    const w = t.lower;
    if (TIME_OPENERS.has(w) || CONDITION_OPENERS.has(w)) return k;
    // "as soon as the market opens", "in case the conflict drags on".
    if ((w === 'as' && tokenAt(tokens, k - 1)?.lower === 'soon') || (w === 'case' && tokenAt(tokens, k - 1)?.lower === 'in')) return k;
  }
  return -1;
}

/** True for a verb group that looks ahead: a future, a future infinitive, or a modal of what may come ("could harm"). */
function looksAhead(e: EventMention): boolean {
  const g = e.group;
  if (g === undefined) return false;
  if (g.form === 'finite' || g.form === 'infinitive') return g.tense === 'future';
  return g.form === 'modal' && g.aspect === undefined && g.negatedPast !== true && !isPresentModal(e);
}

/** True for a verb with a tense or a modal of its own (the head of a clause), not a noun or participle. */
const headsClause = (e: EventMention): boolean => e.pos === 'verb' && e.group !== undefined && e.group.form !== 'participle';

/**
 * True when the main clause of the clause opened at `opener` (holding event `k`) looks ahead: a clause head before
 * the opener does ("will be convertible, but the company has the option to redeem them before a conversion takes
 * place"), or, for a clause that comes first ("If the economy slows, the Fed will cut rates"), the
 * first one after the comma that closes it.
 */
function mainClauseAhead(tokens: TokenList, events: readonly EventMention[], k: number, opener: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const before = events[j] as EventMention;
    if (before.tokenIndex < opener && headsClause(before) && looksAhead(before)) return true;
  }
  const previous = tokenAt(tokens, opener - 1);
  if (previous !== undefined && previous.isWord && !CLAUSE_JOINERS.has(previous.lower)) return false;
  const at = (events[k] as EventMention).tokenIndex;
  let comma = at + 1;
  while (comma < tokens.length && (tokens[comma] as Token).text !== ',') comma++;
  for (let j = k + 1; j < events.length; j++) {
    const after = events[j] as EventMention;
    if (after.tokenIndex > comma && headsClause(after)) return looksAhead(after);
  }
  return false;
}

/**
 * Openers of a clause of time whose backshifted past is still to come. Not "after": in "said it would close the
 * plant after sales fell" the fall may well be over by the saying.
 */
const BACKSHIFT_OPENERS: ReadonlySet<string> = new Set(['once', 'when', 'whenever', 'until', 'till', 'before']);

/**
 * True for ", when" right after a number ("the first since 2019, when federal workers went without pay", "on May 1,
 * when"): a relative adverb telling of that time, not a clause of time of the main verb.
 */
function isRelativeWhenOfNumber(tokens: TokenList, opener: number): boolean {
  const number = tokenAt(tokens, opener - 2);
  return (tokens[opener] as Token).lower === 'when' && tokenAt(tokens, opener - 1)?.text === ',' && number !== undefined && isDigit(number.text.charCodeAt(0));
}

/**
 * True for a simple past in a clause of time whose main verb is a "would" of what was to come, the present of a
 * reported future put back a tense ("said they would not vote until an audit was complete", "said talks would
 * resume once the holiday ended"): it is as ahead as its main clause. Not a condition ("would resign if he lost"
 * may be unreal) and not a "would" of refusal ("wouldn't say").
 */
function isBackshiftedAhead(tokens: TokenList, events: readonly EventMention[], k: number, g: VerbGroup): boolean {
  if (g.form !== 'finite' || g.aspect !== 'none') return false;
  const opener = openerBefore(tokens, (events[k] as EventMention).tokenIndex);
  if (opener < 0 || !BACKSHIFT_OPENERS.has((tokens[opener] as Token).lower) || isRelativeWhenOfNumber(tokens, opener)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const before = events[j] as EventMention;
    if (before.tokenIndex >= opener || !headsClause(before)) continue;
    const bg = before.group;
    return bg?.form === 'modal' && bg.modal === 'would' && bg.aspect === undefined && bg.negatedPast !== true;
  }
  return false;
}

/** The group of a finite present marked as speaking of what is to come. */
function aheadGroup(g: VerbGroup): VerbGroup {
  return g.form === 'finite' ? markedAhead(g) : g;
}

/**
 * Marks the finite presents of a sentence's events (in text order) that stand in a clause of time or condition
 * whose main clause looks ahead, and a verb joined to such a one by "and" or "or": a present ("once the storm
 * passes and the roads reopen"), or a bare participle sharing a passive ("if a suspect is caught and charged":
 * one group, not a past "charged"). Replaces those mentions in `events`.
 */
export function markPresentsAhead(tokens: TokenList, events: EventMention[]): void {
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as EventMention;
    const g = e.group;
    if (g?.form !== 'finite') continue;
    const previous = k > 0 ? events[k - 1] : undefined;
    const pg = previous?.group;
    const joined = pg?.form === 'finite' && pg.ahead === true && (previous as EventMention).tokenIndex === e.tokenIndex - 2
      && (tokenAt(tokens, e.tokenIndex - 1)?.lower === 'and' || tokenAt(tokens, e.tokenIndex - 1)?.lower === 'or');
    if (joined && g.tense === 'past' && g.auxiliaries.length === 0 && g.aspect === 'none' && participleForm(tokens[e.tokenIndex] as Token) !== undefined
      && pg.auxiliaries.some((w) => BE_TENSE.has(w))) {
      events[k] = { ...e, group: pg };
      continue;
    }
    if (g.tense === 'past' && !joined && isBackshiftedAhead(tokens, events, k, g)) {
      events[k] = { ...e, group: aheadGroup(g) };
      continue;
    }
    if (g.tense !== 'present') continue;
    if (!joined) {
      const opener = openerBefore(tokens, e.tokenIndex);
      if (opener < 0) continue;
      const word = (tokens[opener] as Token).lower;
      if ((CONDITION_OPENERS.has(word) || word === 'case') && e.kind === 'state') continue;
      // A precaution's "in case" looks ahead whatever its main clause ("is trying to woo back support in case the
      // conflict drags on"): what it guards against is to come.
      if (word !== 'case' && !mainClauseAhead(tokens, events, k, opener)) continue;
    }
    events[k] = { ...e, group: aheadGroup(g) };
  }
}
