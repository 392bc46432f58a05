/**
 * Reporting frames and infinitive complements within a sentence: what a report tells is placed against the report
 * by the told event's tense ("said the convoy crossed the border": before the saying; "said it would": after it), and
 * an infinitive against its governor. Read by event-links.ts.
 */
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { isCoordinatePredicate, tenseOf } from './event-types.js';
import type { EventLink } from './event-links.js';
import { WordClass } from './lexeme.js';
import { quotationOf } from './quotations.js';
import { subjectVerbAfter } from './governing-tense.js';
import { isParticipleAside } from './relative-clauses.js';
import { TokenMark, type Token, type TokenList, tokenAt } from './tokens.js';

/** True for a text that is one comma or closing quote mark: , ” " ’ ' (what closes a quotation before its report). */
const isCommaOrClosingQuote = (text: string): boolean => text.length === 1 && ',”"’\''.includes(text);

/** True for a reporting -ing form ("…, citing problems with the heat shield"): it tells of what follows it only. */
function isParticipleReport(report: EventMention): boolean {
  const g = report.group;
  return g?.form === 'participle' && g.participle === 'present';
}

/** True when "than" and a subject of at most two words stand right before the report at token `at` ("than it had said"). */
function isComparedReport(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord) return false;
    if (t.lower === 'than') return true;
  }
  return false;
}

/** The list of a sentence without reports (most): one shared empty list. */
const NO_REPORTS: readonly EventMention[] = [];

/**
 * The reporting verbs of a sentence, in order; a participle in an aside frames nothing ("The policy, announced in April
 * 2022, has cost …"). A loop that makes a list only for a sentence with a report (a filter per sentence was a tenth
 * of finding the event links).
 */
function reportsOf(sentence: AnalyzedSentence): readonly EventMention[] {
  let reports: EventMention[] | undefined;
  for (const e of sentence.events) if (e.kind === 'reporting' && e.pos === 'verb' && !isParticipleAside(sentence.tokens, e)) (reports ??= []).push(e);
  return reports ?? NO_REPORTS;
}

/** Reporting frames and infinitive complements within a sentence. */
export function frameLinks(sentence: AnalyzedSentence, out: EventLink[]): void {
  const { events, tokens } = sentence;
  const reports = reportsOf(sentence);
  // Whether every report before the current one lies inside a quotation.
  let onlyQuotedBefore = true;
  for (let r = 0; r < reports.length; r++) {
    const report = reports[r] as EventMention;
    const at = report.tokenIndex;
    const prevText = tokenAt(tokens, at - 2)?.text ?? '';
    const quoted = isCommaOrClosingQuote(tokenAt(tokens, at - 1)?.text ?? '') || isCommaOrClosingQuote(prevText) || isCommaOrClosingQuote(tokenAt(tokens, at - 3)?.text ?? '');
    const nextReport = reports[r + 1];
    // (A modal after it is what it reports too: "cut its forecast and said it would recall 400,000 vehicles".)
    let finalReport = true;
    for (const e of events) if (e.tokenIndex > at && (e.group?.form === 'finite' || e.group?.form === 'modal')) { finalReport = false; break; }
    // What the report frames: the events before it, when it is the sentence's first report after a quotation or
    // at its end with events well before it; else the events after it, up to the next report.
    // (Reports inside a quotation before it do not count: '"… people were saying we were finished," Emery said'.)
    // (A "that" right after it opens what it reports, after a comma too: "Kenji Sato, who took over in April, told reporters
    // on Monday evening that the company would cut 5,000 jobs".)
    // (…but not after a quotation: '"…!" said a message that was read Wednesday night' — that "that" is a relative.)
    const framesBefore = (quoted || finalReport) && !(thatClauseAfter(tokens, at) && !closesQuotation(tokens, at)) && (events[0] as EventMention).tokenIndex < at - 3 && onlyQuotedBefore && !isParticipleReport(report);
    // A report in a comparison frames nothing of its sentence: "a year later than it had said in January".
    if (isComparedReport(tokens, at)) continue;
    // A report inside a quotation frames that quotation only, not the verb that reports the quotation.
    const quotation = quotationOf(sentence, at);
    onlyQuotedBefore &&= quotation !== 0;
    // A report closing the sentence from inside a subordinate or relative clause ("recalled the heaters on Tuesday,
    // two months after the first fire was reported") frames that clause only.
    const from = framesBefore && !quoted ? clauseOpenerBefore(sentence, at) : -1;
    // A noun there with no verb before it is the report's subject, told of in the report's tense ("the fire was reported").
    let context: EventMention | undefined = from >= 0 ? report : undefined;
    // Framing forward, a report stops at a signal that opens an adverbial clause after its object: in "reported a
    // fault four minutes before the plane vanished" the vanishing is not reported.
    const signalStop = framesBefore ? tokens.length : adverbialSignalAfter(sentence, at);
    // One string for all the links of this report.
    let via: string | undefined;
    for (let k = 0; k < events.length; k++) {
      const event = events[k] as EventMention;
      if (event.tokenIndex > signalStop) break;
      if (framesBefore ? event.tokenIndex >= at || event.tokenIndex < from : event.tokenIndex <= at || (nextReport !== undefined && event.tokenIndex >= nextReport.tokenIndex)) continue;
      if (quotation !== 0 && quotationOf(sentence, event.tokenIndex) !== quotation) continue;
      // A second predicate of the report's subject is told, not reported ("disclosed a 5% stake and called for a
      // review"): it and what follows it are outside the report.
      if (!framesBefore && isCoordinatePredicate(sentence, report, event)) break;
      // …nor is the predicate a report closing its sentence is joined to ("called a snap election on Wednesday and said").
      if (framesBefore && event.pos === 'verb' && isCoordinatePredicate(sentence, event, report)) continue;
      // A non-restrictive relative clause (", which ends in January", ", who heads the group") describes its noun in
      // the writer's words, at no time the report sets.
      if (opensAside(tokens, event.tokenIndex)) continue;
      // A noun takes the tense of the verb before it; after an infinitive or participle, none ("planned to spend
      // on a new plant over the next three years": the plant is not over before the telling).
      if (event.pos === 'verb') context = event;
      // A noun right before a future verb of its own takes no tense from a verb before it ("production began in the
      // summer and shipments will ramp up, he said": the shipments are not over before the telling).
      const own = event.pos === 'noun' ? subjectVerbAfter(event, events[k + 1]) : undefined;
      if (own !== undefined && tenseOf(own) === 'future') continue;
      const when = reportedTiming(event, context);
      if (when !== undefined) out.push({ kind: 'reported', report, event, when, via: (via ??= `reported by "${report.text}"`) });
    }
  }
  for (let k = 0; k < events.length; k++) {
    const event = events[k] as EventMention;
    if (event.group?.form !== 'infinitive') continue;
    // The nearest event before it that is not itself an infinitive.
    let governor: EventMention | undefined;
    for (let j = k - 1; j >= 0 && governor === undefined; j--) if ((events[j] as EventMention).group?.form !== 'infinitive') governor = events[j];
    if (governor !== undefined && event.tokenIndex - governor.tokenIndex <= 4) {
      out.push({ kind: 'complement', governor, event, via: `"${governor.text} to ${event.text}"` });
    }
  }
}

/** How far after a report its "that" may stand: an object and a time between ("told reporters on Monday evening that"). */
const THAT_REACH = 6;

/** True when a quote mark stands among the three tokens before the report at token `at` (a quotation closes there). */
function closesQuotation(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (((tokens.classes[k] as number) & TokenMark.quoteMark) !== 0) return true;
  return false;
}

/** True when "that" follows the report at token `at` within a few words, no punctuation between. */
function thatClauseAfter(tokens: TokenList, at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + THAT_REACH; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord) return false;
    if (t.lower === 'that') return true;
  }
  return false;
}

/** True when the verb at token `at` follows ", which" / ", who" (up to two words between: ", which already ends"). */
function opensAside(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 3; k--) {
    const w = (tokens[k] as Token).lower;
    if ((w === 'which' || w === 'who') && tokens[k - 1]?.text === ',') return true;
    if (!(tokens[k] as Token).isWord) return false;
  }
  return false;
}

/**
 * The first event signal ("before", "after", "when", "until" …) after the object of the report at token `at`, not
 * right after the report; else past the sentence's end. A clause the report tells of comes first ("said that after
 * the storm passed, crews …", "said Thursday the troops will remain until …"): a "that" or a finite verb before
 * the signal, and the signal is inside what is reported.
 */
function adverbialSignalAfter(sentence: AnalyzedSentence, at: number): number {
  const { tokens, events } = sentence;
  let e = 0;
  while (e < events.length && (events[e] as EventMention).tokenIndex <= at) e++;
  for (let k = at + 1; k < tokens.length; k++) {
    if (tokens[k]?.lower === 'that') return tokens.length;
    while (e < events.length && (events[e] as EventMention).tokenIndex < k) {
      if ((events[e] as EventMention).group?.form === 'finite') return tokens.length;
      e++;
    }
    if (k >= at + 2 && ((tokens.classes[k] as number) & WordClass.eventSignal) !== 0) return k;
  }
  return tokens.length;
}

/**
 * The signal, subordinator or relative word opening the clause of the report at token `at` ("after the first fire
 * was reported", "because the company reported"), else -1: the nearest one before it with no comma or other verb
 * between (in "days after they left the border, activists said" the report is the main clause's).
 */
function clauseOpenerBefore(sentence: AnalyzedSentence, at: number): number {
  const { tokens, events } = sentence;
  let e = events.length - 1;
  for (let i = at - 1; i >= 0; i--) {
    if ((tokens[i] as Token).text === ',') return -1;
    while (e >= 0 && (events[e] as EventMention).tokenIndex > i) e--;
    if (e >= 0 && (events[e] as EventMention).tokenIndex === i && (events[e] as EventMention).pos === 'verb') return -1;
    if (((tokens.classes[i] as number) & (WordClass.eventSignal | WordClass.subordinator | WordClass.relativizer)) !== 0) return i;
  }
  return -1;
}

/** How a reported event stands to its report, from its own tense (or, for a noun, the tense of its clause). */
function reportedTiming(event: EventMention, context: EventMention | undefined): 'before' | 'overlap' | 'after' | undefined {
  // A state named by a noun or an adjective ("debentures due March 15, 2007") may outlast its clause's verb.
  if (event.group === undefined && event.kind === 'state') return undefined;
  const g = event.group ?? context?.group;
  if (g === undefined) return undefined;
  if (g.form === 'modal') return g.modal === 'would' ? 'after' : undefined;
  if (g.form !== 'finite') return undefined;
  // A present after "once", "when", "until" … in a clause that looks ahead is to come: "said the talks would
  // resume once the holiday ends in April" (the ending is after the saying, not at it; clauses-ahead.ts).
  if (g.tense === 'future' || (g.ahead === true && event.group !== undefined)) return 'after';
  // What "has been falling" or "still hasn't been obtained" tells of goes on at the telling.
  if (event.group !== undefined && g.tense === 'present' && (g.continuing === true || g.notYet === true)) return 'overlap';
  if (g.tense === 'past' || g.aspect === 'perfective') return 'before';
  return event.group === undefined ? undefined : 'overlap';
}
