/**
 * Which events a time inside a relative clause dates: the clause's own, not the main clause's ("Smith, who was
 * elected in 2019, resigned"; "breaking a record set in 1916"; "the convoy that left six days ago is stranded").
 */
import { eventAtToken, wordBefore, type AnalyzedSentence, type EventMention } from './event-types.js';
import { TokenMark, type TextSpan, type Token, classAt, tokenAt } from './tokens.js';
import { WordClass } from './lexeme.js';

/**
 * True when `governor` is the participle of a reduced relative clause after an object noun phrase — a verb or
 * preposition, a determiner or number, a noun, the participle, then a preposition or the time at token `timeAt`:
 * "breaking a record set in 1916", "criticized the law passed in 1994", "received a fraction of the weapons promised
 * last year" — and `event` comes before its noun: the time dates the clause only
 * (the events after it may still be in the clause: "a rifle found in April buried near the house").
 */
export function outsideReducedRelative(sentence: AnalyzedSentence, governor: EventMention, event: EventMention, timeAt = -1): boolean {
  const g = governor.tokenIndex;
  if (event.tokenIndex >= g - 1 || governor.pos !== 'verb' || governor.group?.form === 'infinitive') return false;
  const { tokens } = sentence;
  const { classes } = tokens;
  const word = tokens[g];
  const noun = tokenAt(tokens, g - 1);
  if (word === undefined || noun === undefined || !noun.isWord) return false;
  if (!word.lexeme.readings.some((r) => r.form === 'participle' || r.form === 'pastOrParticiple') && !/ed$/.test(word.lower)) return false;
  // The noun: a plain word, not an auxiliary, pronoun, adverb or preposition, and not itself a verb of the sentence.
  const nounClasses = classAt(classes, g - 1);
  if ((nounClasses & (WordClass.auxiliaryForm | WordClass.subjectPronoun | WordClass.groupAdverb | WordClass.preposition | WordClass.modal | WordClass.determiner)) !== 0) return false;
  if (eventAtToken(sentence, g - 1)?.pos === 'verb') return false;
  const opener = tokenAt(tokens, g - 2);
  const opensPhrase = opener !== undefined && ((classAt(classes, g - 2) & WordClass.determiner) !== 0 || (!opener.isWord && /^\d/.test(opener.text)));
  // (The participle goes on with a preposition, or with the time itself: "the weapons promised last year".)
  if (!opensPhrase || (((classes[g + 1] ?? 0) & WordClass.preposition) === 0 && timeAt !== g + 1)) return false;
  // The noun phrase is an object or a preposition's: a verb or preposition comes right before it (else it may be
  // the subject and the -ed form its verb: "During the quarter, the company charged about $46 million").
  const before = tokenAt(tokens, g - 3);
  return before !== undefined && before.lower !== 'than' && (eventAtToken(sentence, g - 3)?.pos === 'verb' || (classAt(classes, g - 3) & WordClass.preposition) !== 0);
}

/**
 * True when `event` sits in a relative clause on the subject that a comma closes before `governor`, the main verb the
 * time dates: "Ruth Adler, a computer scientist who helped build the first compilers, died on Sunday" (the helping
 * was not on Sunday).
 */
export function inClosedRelative(sentence: AnalyzedSentence, event: EventMention, governor: EventMention): boolean {
  if (event.tokenIndex >= governor.tokenIndex || event.pos !== 'verb') return false;
  if (wordBefore(sentence.tokens, event.tokenIndex, 4, SUBJECT_RELATIVES) < 0) return false;
  const { tokens } = sentence;
  for (let i = event.tokenIndex + 1; i < governor.tokenIndex; i++) {
    if ((tokens[i] as Token).text === ',' && eventAtToken(sentence, i + 1) === governor) return true;
  }
  return false;
}

/** Relative pronouns of a clause on a person or a thing: "Adler, who …", "MindSpring, which …". */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * True when `governor` sits in a relative clause that `event` lies outside of: a relative pronoun
 * (WordClass.relativizer: "the families that left", "the deal, which expires") after a word
 * (not after a verb: "said that …" opens a complement) comes between them, and `event` is not the clause's
 * antecedent — a verb, or a noun with a verb between it and the pronoun. The antecedent keeps the clause's time:
 * in "the revolution that brought Castro to power 41 years ago" the revolution is that time's event.
 */
export function insideRelativeClause(sentence: AnalyzedSentence, governor: EventMention, event: EventMention): boolean {
  if (event.tokenIndex >= governor.tokenIndex) return false;
  const isVerbAt = (index: number): boolean => eventAtToken(sentence, index)?.pos === 'verb';
  const { classes } = sentence.tokens;
  for (let i = governor.tokenIndex - 1; i > event.tokenIndex; i--) {
    const token = sentence.tokens[i];
    if (token === undefined) break;
    const c = classes[i] as number;
    // A comma after the clause closes it ("the bombings last year that killed 224 people, police said today").
    if ((c & TokenMark.comma) !== 0 && ((classes[i + 1] ?? 0) & WordClass.relativizer) === 0) return false;
    if ((c & WordClass.relativizer) === 0) continue;
    // ", which …" / ", who …" open a clause too (never a complement); "that" only right after its noun.
    const commaBefore = token.lower !== 'that' && tokenAt(sentence.tokens, i - 1)?.text === ',';
    const nounAt = commaBefore ? i - 2 : i - 1;
    const before = sentence.tokens[nounAt];
    if (before === undefined || !before.isWord || isVerbAt(nounAt)) return false;
    if (event.pos === 'verb') return true;
    for (let j = event.tokenIndex + 1; j < nounAt; j++) if (isVerbAt(j)) return true;
    return false;
  }
  return false;
}

/**
 * True when `governor` lies in a relative clause or a participle aside set off by commas that closes before `event`:
 * "Smith, who was elected in 2019, resigned in protest" (the year dates the electing, not the resigning), "The
 * suspect, arrested on Monday, appeared in court".
 */
export function closedRelativeBefore(sentence: AnalyzedSentence, governor: EventMention, event: EventMention): boolean {
  if (event.tokenIndex <= governor.tokenIndex) return false;
  const { tokens } = sentence;
  const { classes } = tokens;
  // (Or an aside of a participle: "The policy, announced in April 2022, has cost …".)
  let opened = isParticipleAside(tokens, governor);
  for (let i = governor.tokenIndex - 1; i > 0 && !opened; i--) {
    if (((classes[i] as number) & TokenMark.comma) !== 0) return false;
    if (((classes[i] as number) & WordClass.relativizer) !== 0 && tokens[i]?.lower !== 'that' && tokenAt(tokens, i - 1)?.text === ',') opened = true;
  }
  if (!opened) return false;
  for (let k = governor.tokenIndex + 1; k < event.tokenIndex; k++) if (((classes[k] as number) & TokenMark.comma) !== 0) return true;
  return false;
}

/**
 * True when `event` lies in a relative clause opened after `governor`, the verb a time dates: "sentenced him on
 * Tuesday for a fraud scheme that cost investors $200 million" (the costing was not on Tuesday). The clause opens at
 * a relative pronoun right after a noun that names no event (not after a verb: "said that …" is a complement; not
 * after an event noun, whose clause tells of it) and runs to the end of the sentence or its next comma.
 */
export function insideRelativeAfter(sentence: AnalyzedSentence, governor: EventMention, event: EventMention, time: TextSpan): boolean {
  if (event.tokenIndex <= governor.tokenIndex + 2 || governor.pos !== 'verb') return false;
  const { tokens } = sentence;
  const { classes } = tokens;
  for (let i = event.tokenIndex - 1; i > governor.tokenIndex + 1; i--) {
    const c = classes[i] as number;
    if ((c & TokenMark.comma) !== 0) return false;
    if ((c & WordClass.relativizer) === 0) continue;
    // (Not after the time itself: "said Friday that he would seek", "it was not until Tuesday that".)
    const before = tokens[i - 1];
    if (before === undefined || !before.isWord || (before.start >= time.start && before.end <= time.end)) return false;
    return eventAtToken(sentence, i - 1) === undefined && ((classes[i - 1] as number) & (WordClass.preposition | WordClass.subjectPronoun)) === 0;
  }
  return false;
}

/**
 * True when `governor` is the verb of a restrictive relative clause on the subject and `event` the main verb after it:
 * "Heavy rains that began in March have killed at least 169 people" (March dates the beginning, not the killing).
 * The clause opens at "that", "which" or "who" right after a word and holds no other finite verb before `event`.
 */
export function relativeBeforeMainVerb(sentence: AnalyzedSentence, governor: EventMention, event: EventMention): boolean {
  if (event.tokenIndex <= governor.tokenIndex || event.pos !== 'verb' || event.group?.form !== 'finite' || governor.pos !== 'verb') return false;
  const { tokens } = sentence;
  const relativizer = governor.tokenIndex - 1;
  if (((tokens.classes[relativizer] ?? 0) & WordClass.relativizer) === 0 || tokens[relativizer - 1]?.isWord !== true) return false;
  for (const e of sentence.events) if (e.tokenIndex > governor.tokenIndex && e.tokenIndex < event.tokenIndex && e.group?.form === 'finite') return false;
  return true;
}

/** True for a past participle right after a comma: an aside on the noun before it ("The policy, announced in April 2022,"). */
export function isParticipleAside(tokens: readonly Token[], e: EventMention): boolean {
  const g = e.group;
  return g?.form === 'participle' && g.participle === 'past' && tokenAt(tokens, e.tokenIndex - 1)?.text === ',';
}
