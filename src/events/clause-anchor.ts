/**
 * Clause-level anchoring: an event with no time expression of its own, in a sentence that has one, is placed
 * against the nearest time expression of its sentence (as TimeML annotators relate every event of a sentence
 * to its times), with a relation read from the tenses:
 *   - the event's frame against that of the event the expression modifies ("said Thursday he has sent a
 *     team": the sending is BEFORE Thursday; "said today its troops would join": AFTER; "told a conference on
 *     Tuesday that commerce flows": OVERLAP);
 *   - same frame: inside the expression's time (IS_INCLUDED), except under a reporting verb, where a past
 *     event is reported as already over (BEFORE);
 *   - an untensed infinitive or modal: AFTER an expression that precedes it (its governor's time), inside one
 *     that follows it ("plans to travel next week").
 */
import type { TLinkType, Timex } from '../schema.js';
import { anchoringOf, type Anchoring } from './anchoring.js';
import { agedAfter, firstFiniteFrom, isWholeAfterOf, tokenIndexAt, whenClauseAfter } from './adverbial-frames.js';
import { TimeReadings } from './time-readings.js';
import { SIGNAL_RELATION, coordinatedClauseStart } from './governed-events.js';
import { firstEventFrom, isCoordinatePredicate, type AnalyzedSentence, type EventMention } from './event-types.js';
import { TokenMark, tokenAt, type Token } from './tokens.js';
import { isPresentModal, subjectVerbAfter, tenseFrames, type TenseFrame } from './governing-tense.js';
import { quotationOf } from './quotations.js';
import { closedRelativeBefore, insideRelativeClause, outsideReducedRelative } from './relative-clauses.js';
import { UNPLACED, isPassive, structuralReading } from './structural-readings.js';
import { isClosingReport, outsideReportedComplement, reportsTimedEvent } from './report-scope.js';
import { rankedSince, signalledNounRelation, signalledVerbRelation, subordinateClauseRelation } from './clause-signals.js';

/** Where a frame lies relative to the reference point of its sentence: earlier, same, later. */
type Step = -1 | 0 | 1;

/** A frame's position on a coarse time line: past perfect < past ≈ present perfect < present < future. */
function rank(f: TenseFrame): number {
  if (f.tense === 'future') return 3;
  if (f.tense === 'present') return f.aspect === 'perfective' ? 1 : 2;
  return f.aspect === 'perfective' ? 0 : 1;
}

function step(event: TenseFrame, governor: TenseFrame): Step {
  const d = rank(event) - rank(governor);
  // A present perfect under a past verb is still earlier than it ("said he has sent").
  if (d === 0 && event.aspect === 'perfective' && governor.aspect !== 'perfective') return -1;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Verbs whose infinitive is done by their own act, at its time: "voted on Thursday to pass the bill". */
const DONE_BY_ACT: ReadonlySet<string> = new Set(['vote']);

/** Words before a time that make it a deadline for an infinitive after it ("until Friday to comply", "by Friday"). */
const DEADLINE_SIGNALS: ReadonlySet<string> = new Set(['until', 'till', 'by']);

/**
 * What the sentence says of an event and the governor of the time it is placed against, beside their tense frames:
 * each fact read only when the tense reading asks for it (most readings return before asking for all five, which
 * had been computed for every clause anchor). One instance, set for each reading (readings never nest).
 */
class ClauseLinks {
  sentence!: AnalyzedSentence;
  event!: EventMention;
  governor: EventMention | undefined;
  timex!: Timex;
  /** The token of the time. */
  timeAt = 0;
  /** The relation of a deadline signal before the time ("until Friday to comply", "by Friday"). */
  deadline: TLinkType | undefined;

  /** The event is a report of what the governor tells ("officials said the storm hit on Thursday"). */
  reportsGovernor(): boolean {
    return this.governor !== undefined && reportsTimedEvent(this.sentence, this.event, this.governor, this.timeAt);
  }

  /** The time opens its sentence ("Over the next decade, …"). */
  fronted(): boolean {
    return frontsSentence(this.sentence, this.timeAt, this.timex);
  }

  /** The event is a second predicate of the governor's subject ("called a snap election … and said"). */
  coordinated(): boolean {
    return this.governor !== undefined && isCoordinatePredicate(this.sentence, this.governor, this.event);
  }

  /** The governor is a report closing the sentence after the event ("They plan to appeal, a spokesman said Wednesday"). */
  closingReport(): boolean {
    return this.governor !== undefined && isClosingReport(this.sentence, this.governor, this.event);
  }

  /** The event is a report closing the sentence after the governor ("…, months before he turned 19, investigators said"). */
  closesOver(): boolean {
    return this.governor !== undefined && isClosingReport(this.sentence, this.event, this.governor);
  }
}

const CLAUSE_LINKS = new ClauseLinks();

/** The relation of an event to a timex it shares a sentence with, given the events the timex modifies. */
function clauseRelation(event: EventMention, frame: TenseFrame | undefined, timex: Timex, governor: EventMention | undefined, governorFrame: TenseFrame | undefined, links: ClauseLinks): TLinkType {
  const { deadline } = links;
  const g = event.group;
  if (frame === undefined || (g?.form === 'infinitive' && g.tense === undefined)) {
    const later = g?.form === 'infinitive' || g?.form === 'modal';
    // "gave the family until Friday to comply": what is to be done by a deadline ends by it ("until": ENDED_BY,
    // "by": BEFORE-OR-OVERLAP, as the signal gives them). After it, a deadline still bounds it: "must file the report
    // by Friday", "can stay until May".
    // A time fronting its sentence is the time of the whole clause, the infinitive's too ("Over the next decade,
    // member states will have to phase out coal").
    // The time of a report closing the sentence is not that of an infinitive it reports: "They plan to appeal, a
    // spokesman said Wednesday" (the appeal is to come after it).
    if (later && deadline === undefined && timex.start > event.start && links.closingReport()) return 'AFTER';
    // What a vote is to do it does by being cast: "voted 68-31 on Thursday to pass the bill" passes it then.
    if (g?.form === 'infinitive' && deadline === undefined && governor !== undefined && DONE_BY_ACT.has(governor.lemma) && governor.pos === 'verb' && governor.tokenIndex < event.tokenIndex) return 'IS_INCLUDED';
    return later && timex.start < event.start && !links.fronted() ? (deadline ?? 'AFTER') : (deadline ?? 'IS_INCLUDED');
  }
  if (g?.form === 'modal' && g.aspect === undefined && g.negatedPast !== true && !isPresentModal(event)) return 'AFTER';
  // (An event that takes its future from another event shares the time of what has none: "is expected to make landfall
  // on Saturday, bringing winds"; one with a future of its own, "will be necessary", is still after it.)
  // (A report of what is to come is at or before its time, not in it: "said the government would restart the flights
  // by the end of the year".)
  if (governorFrame === undefined && governor !== undefined && governor.tokenIndex > event.tokenIndex && frame.tense !== 'future' && links.reportsGovernor()) return 'BEFORE-OR-OVERLAP';
  if (governorFrame === undefined) return frame.tense === 'future' && !frame.inherited ? 'AFTER' : 'IS_INCLUDED';
  const s = step(frame, governorFrame);
  // A report is not dated by the time of what it reports: it comes at or after it — so does one closing its sentence
  // over what it tells, signals between or not ("had bought the rifle in 2021, months before he turned 19,
  // investigators said").
  if (s >= 0 && frame.tense !== 'future' && (links.reportsGovernor() || links.closesOver())) return 'OVERLAP-OR-AFTER';
  if (s > 0) return frame.tense === 'future' ? 'AFTER' : 'OVERLAP';
  // A present under a future verb is not earlier than it: it holds then ("will exhibit a decline in the fourth
  // quarter as the automotive sector remains weak").
  if (s < 0 && governorFrame.tense === 'future' && frame.tense === 'present' && frame.aspect !== 'perfective') return 'OVERLAP';
  if (s < 0) return 'BEFORE';
  // (A passive report — "the results were declared over the weekend" — reports nothing of the events beside it.)
  // (Nor does a report tell of its subject's second predicate: "disclosed a 5% stake and called for a review".)
  const reported = governor !== undefined && governor.kind === 'reporting' && governor.pos === 'verb' && governor !== event && !isPassive(governor) && governor.tokenIndex < event.tokenIndex && !links.coordinated();
  return reported && frame.tense === 'past' && !frame.inherited ? 'BEFORE' : 'IS_INCLUDED';
}

/** Signals opening a phrase whose noun the verb before them is placed against: "died after a short illness". */
const PHRASE_SIGNALS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'since']);
/** How many words may stand between such a signal and its noun ("after a short illness"). */
const PHRASE_REACH = 3;

/** The signal phrase `noun` heads and the verb right before it ("died … after a short illness"), else undefined. */
function signalPhraseOf(sentence: AnalyzedSentence, noun: EventMention): { verb: EventMention; signal: string; at: number } | undefined {
  const { tokens } = sentence;
  for (let k = noun.tokenIndex - 1; k >= 0 && k >= noun.tokenIndex - 1 - PHRASE_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord) return undefined;
    if (!PHRASE_SIGNALS.has(t.lower)) continue;
    for (let j = firstEventFrom(sentence.events, k) - 1; j >= 0; j--) {
      const e = sentence.events[j] as EventMention;
      if (e.pos === 'verb') return { verb: e, signal: t.lower, at: k };
    }
    return undefined;
  }
  return undefined;
}

/** True when the time at token `at` opens its sentence (after at most a preposition and "the") and a comma closes it. */
function frontsSentence(sentence: AnalyzedSentence, at: number, timex: Timex): boolean {
  return at <= 2 && sentence.tokens[tokenIndexAt(sentence.tokens, timex.end)]?.text === ',';
}

/** What a clause boundary (TokenMark.clauseBoundary) between a time and an event adds to their distance in tokens. */
const BOUNDARY_TOKENS = 2;

/** The counts `countBoundaries` gives, one buffer reused from sentence to sentence (read before the next sentence's). */
let boundaryCounts = new Int32Array(64);

/**
 * The clause-boundary tokens among tokens[0..i) for every i up to the sentence's length (so that the count between
 * two tokens is a difference), for the sentence being anchored.
 */
function countBoundaries(classes: readonly number[]): Int32Array {
  if (boundaryCounts.length <= classes.length) boundaryCounts = new Int32Array(2 * classes.length + 1);
  const counts = boundaryCounts;
  counts[0] = 0;
  for (let i = 0; i < classes.length; i++) counts[i + 1] = (counts[i] as number) + (((classes[i] as number) & TokenMark.clauseBoundary) !== 0 ? 1 : 0);
  return counts;
}

/**
 * Clause anchors for every event of a sentence with an anchorable time expression that `direct` leaves
 * unanchored: the nearest such expression (in tokens, a clause boundary between counting extra), with the relation
 * from the tenses (`frames`, the events' tense frames, computed per sentence when not given).
 */
export function clauseAnchors(
  sentences: readonly AnalyzedSentence[],
  timexes: readonly Timex[],
  direct: readonly Anchoring[],
  anchorable: (sentences: readonly AnalyzedSentence[], timex: Timex) => boolean,
  remoteness: (sentence: AnalyzedSentence, timex: Timex, inSentence: readonly Timex[]) => number = () => 0,
  givenFrames?: ReadonlyMap<EventMention, TenseFrame>,
  readings: TimeReadings = new TimeReadings(),
): Anchoring[] {
  const anchoredEvents = new Set(direct.map((a) => a.event));
  const governorOf = new Map<Timex, EventMention>();
  const governing = new Map<Timex, Anchoring>();
  for (const a of direct) {
    if (!governorOf.has(a.timex) || a.event.pos === 'verb') { governorOf.set(a.timex, a.event); governing.set(a.timex, a); }
  }
  const usable = timexes.filter((t) => anchorable(sentences, t)).sort((a, b) => a.start - b.start);
  const out: Anchoring[] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < usable.length && (usable[k] as Timex).start < sentence.span.start) k++;
    // (Most sentences have no time: their list is not made.)
    if (k === usable.length || (usable[k] as Timex).start >= sentence.span.end) continue;
    const inSentence: Timex[] = [];
    for (let j = k; j < usable.length && (usable[j] as Timex).start < sentence.span.end; j++) inSentence.push(usable[j] as Timex);
    const frames = givenFrames ?? tenseFrames(sentence.events);
    const positions = inSentence.map((t) => tokenIndexAt(sentence.tokens, t.start));
    // Each time's governor and its anchoring, looked up once per sentence rather than per event and time.
    const governors = inSentence.map((t) => governorOf.get(t));
    const penalties = inSentence.map((t) => remoteness(sentence, t, inSentence));
    const quotations = inSentence.map((t) => readings.quotedTimeScope(sentence, t));
    // A time opening a coordinated clause (", and in April clerks staged …") dates nothing before its conjunction.
    const clauseStarts = inSentence.map((t) => coordinatedClauseStart(sentence.tokens, t));
    // The standard of a comparison ("lower than in 2019", "the worst flood since 2002") does not hold its clause:
    // what is compared with it comes after it (TimeBank: "left wages 3.8 percent higher than a year earlier", AFTER).
    // Only a "when" clause right after it (", when the river burst its banks") is in it: where that clause starts,
    // or past the sentence's end.
    const whenClauses = inSentence.map((t) => whenClauseAfter(sentence.tokens, t));
    const whenVerbs = whenClauses.map((at) => firstFiniteFrom(sentence, at));
    const standards = inSentence.map((t, j) => (readings.comparisonStandardAt(sentence, t) >= 0 || rankedSince(sentence.tokens, positions[j] as number) ? whenClauses[j] as number : -1));
    const boundariesBefore = countBoundaries(sentence.tokens.classes);
    const boundariesBetween = (a: number, b: number): number => (boundariesBefore[Math.max(a, b)] as number) - (boundariesBefore[Math.min(a, b)] as number);
    const distance = (j: number, event: EventMention): number =>
      Math.abs((positions[j] as number) - event.tokenIndex) + (penalties[j] as number) + BOUNDARY_TOKENS * boundariesBetween(positions[j] as number, event.tokenIndex);
    for (const event of sentence.events) {
      if (anchoredEvents.has(event)) continue;
      // "won a scholarship at 17 and completed her doctorate in 1959": an age is the event's own time.
      if (event.pos === 'verb' && agedAfter(sentence.tokens, event.tokenIndex)) continue;
      // A time inside a relative clause dates that clause only: "the convoy that left the border six days ago
      // is still stranded" says nothing of when an event outside it happened; the next nearest time may.
      let best = -1;
      let bestDistance = Infinity;
      // A noun right before its own verb stands in that verb's time ("said Tuesday that its profit rose 18% in the
      // third quarter": the profit is the quarter's).
      const predicate = event.pos === 'noun' ? subjectVerbAfter(event, sentence.events[firstEventFrom(sentence.events, event.tokenIndex + 1)]) : undefined;
      // A noun in a signal phrase after a verb stands by that verb's time ("died Monday night … after a short illness,
      // her publisher said Tuesday": the illness is not Tuesday's).
      const opened = event.pos === 'noun' && predicate === undefined ? signalPhraseOf(sentence, event) : undefined;
      // (Not a phrase with its own time: "achieved profitability after several quarters of losses".)
      const phrase = opened !== undefined && !inSentence.some((t, j) => (positions[j] as number) > opened.at && t.start < event.start) ? opened : undefined;
      const signalHead = phrase?.verb;
      for (let j = 0; j < inSentence.length; j++) {
        // The subject and verb of a "when" clause right after a time are in that time, whatever other time stands
        // nearer ("from Oct. 13, when Wall Street's plunge helped spark the current weakness").
        const d = (event.tokenIndex > (whenClauses[j] as number) && event.tokenIndex <= (whenVerbs[j] as number)) || (predicate !== undefined && governors[j] === predicate) || (signalHead !== undefined && governors[j] === signalHead) ? 0 : distance(j, event);
        if (d >= bestDistance) continue;
        if (event.tokenIndex < (clauseStarts[j] as number)) continue;
        // A length in what a report tells is not the report's, nor that of what comes before the report ("said he would
        // take a day off", "told analysts on a conference call that demand would exceed supply for several quarters").
        if ((inSentence[j] as Timex).type === 'DURATION' && outsideReportedComplement(sentence, event.tokenIndex, positions[j] as number)) continue;
        const quotation = quotations[j] as number;
        if (quotation !== 0 && quotationOf(sentence, event.tokenIndex) !== quotation) continue;
        const governor = governors[j];
        if (governor !== undefined && (insideRelativeClause(sentence, governor, event) || outsideReducedRelative(sentence, governor, event, positions[j] as number) || closedRelativeBefore(sentence, governor, event))) continue;
        best = j;
        bestDistance = d;
      }
      if (best < 0) continue;
      const timex = inSentence[best] as Timex;
      if (event.tokenIndex < (standards[best] as number)) {
        out.push(anchoringOf(event, timex, 'AFTER', 'clause'));
        continue;
      }
      // A "when" clause right after a time happens in it: "has not flooded since 2010, when the dam opened". The time
      // is the clause's own, as a direct anchor: "was brought home today when tons of earth cascaded down a hillside"
      // is on the publication day, not before it as a past that only shares a sentence with "today".
      if (event.tokenIndex > (whenClauses[best] as number)) {
        out.push(anchoringOf(event, timex, 'IS_INCLUDED', 'direct'));
        continue;
      }
      const governor = governors[best];
      const signal = tokenAt(sentence.tokens, (positions[best] as number) - 1)?.lower ?? '';
      const deadline = DEADLINE_SIGNALS.has(signal) ? SIGNAL_RELATION.get(signal) : undefined;
      const structural = governor === undefined ? undefined : structuralReading(sentence, event, governor, frames.get(event), governing.get(timex));
      if (structural === UNPLACED) continue;
      if (structural !== undefined) {
        out.push(anchoringOf(event, timex, structural.relation, 'clause', structural.signal));
        continue;
      }
      // An event heading a clause of time after the time ("to stay indoors until the storm passes") is not in the
      // main clause's time: it comes at or after it, or at or before it, as its signal says.
      const subordinate = subordinateClauseRelation(sentence.tokens, event, positions[best] as number);
      if (subordinate !== undefined) {
        out.push(anchoringOf(event, timex, subordinate.relation, 'clause', subordinate.signal));
        continue;
      }
      // (Events after the noun describe it: "the January 1998 bombing of a clinic that killed an officer".)
      const signalled = governor === undefined ? undefined
        : event.tokenIndex > (positions[best] as number) ? undefined
        : signalledNounRelation(sentence, governor, positions[best] as number) ?? signalledVerbRelation(sentence, event, governor);
      if (signalled !== undefined) {
        out.push(anchoringOf(event, timex, signalled.relation, 'clause', signalled.signal));
        continue;
      }
      const links = CLAUSE_LINKS;
      links.sentence = sentence;
      links.event = event;
      links.governor = governor;
      links.timex = timex;
      links.timeAt = positions[best] as number;
      links.deadline = deadline;
      const read = timex.type === 'DURATION' ? (isWholeAfterOf(sentence.tokens, timex, event) ? 'INCLUDES' : 'DURING') : clauseRelation(event, frames.get(event), timex, governor, governor === undefined ? undefined : frames.get(governor), links);
      // (The phrase's event comes before its verb after "after", "following", "since", after it after "before": at or
      // before the verb's time, or at or after it, not inside it.)
      const phrased = phrase !== undefined && governor === phrase.verb ? (phrase.signal === 'before' ? 'OVERLAP-OR-AFTER' : 'BEFORE-OR-OVERLAP') : undefined;
      const relation = phrased ?? (read === 'IS_INCLUDED' ? withinSpanOf(governing.get(timex)) : read);
      out.push(anchoringOf(event, timex, relation, 'clause', deadline !== undefined ? signal : undefined));
    }
  }
  return out;
}

/**
 * What sharing the clause of a time its governor spans from or to says of an event: "had received 87 reports since
 * January 2025, including 19 fires" puts the fires at or after January, not in it (OVERLAP-OR-AFTER, TempEval-2's
 * vague relation); "until" ends the span, so the event is at or before the time (BEFORE-OR-OVERLAP).
 */
function withinSpanOf(governing: Anchoring | undefined): TLinkType {
  if (governing?.relation === 'BEGUN_BY') return 'OVERLAP-OR-AFTER';
  if (governing?.relation === 'ENDED_BY') return 'BEFORE-OR-OVERLAP';
  return 'IS_INCLUDED';
}
