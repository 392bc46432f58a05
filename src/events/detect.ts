/**
 * Event detection: finds verbal triggers (lexicon forms and regular -ed/-ing forms in verbal contexts) and
 * event nouns, skipping auxiliaries and copulas, and reads each verb group's tense.
 */
import type { EventKind } from '../schema.js';
import type { AnalyzedSentence, EventMention, VerbGroup } from './event-types.js';
import { DETERMINERS, GROUP_ADVERBS, MODALS, auxiliaryOfNegation } from './noun-lexicon.js';
import { TokenMark, classAt, isDigit, splitSentences, tokenize, type TextSpan, type Token, type TokenList, tokenAt } from './tokens.js';
import { guessRegularForm, isKnownVerb, kindOfVerb, type VerbReading } from './verb-lexicon.js';
import { modalBeforeAside, readVerbGroup } from './verb-group.js';
import { asPrediction } from './verb-group-values.js';
import { isAttributiveNegatedParticiple, isDegreeBeforeParticiple, isNegatedParticiple } from './participle-predicates.js';
import { markPresentsAhead } from './clauses-ahead.js';
import { BE_TENSE } from './auxiliary-lexicon.js';
import { nounTimeWord } from './noun-time-words.js';
import { isPostnominalDueBeforeDate, stateAdjectiveAfter } from './adjective-lexicon.js';
import { FormBit, PAST_FORMS, VERB_CUES, WordClass } from './lexeme.js';
import { AGENT_NOUNS, betweenNames, closesParticipleAside, followsPluralSubject, isCounted, addsAmount, isInOrganizationName, isNominalPremodifier, isNounModifier, isObjectNounHead, isPluralNounFirst, isPossessed, isPossessive, isPrepositionObject, isPrepositionalParticiple, isRankedHead, isRelativeAntecedent, namesAfterDeterminer, ORDINALS, reportsInPerson } from './noun-readings.js';

/** Determiners and prepositions: after them a word is read as a noun. */
const NOUNISH_PREV = WordClass.determiner | WordClass.preposition;

/**
 * Splits text into sentences (or uses the given spans) and finds the event triggers of each. A word inside one of
 * `timeSpans` (the time expressions, in text order) is part of a time, not an event: "fall" in "last fall", "coming"
 * in "the coming weeks", "election" in "Election Day".
 */
export function detectEvents(text: string, sentenceSpans?: readonly TextSpan[], timeSpans: readonly TextSpan[] = []): AnalyzedSentence[] {
  const spans = sentenceSpans ?? splitSentences(text);
  let t = 0;
  return spans.map((span, sentenceIndex) => {
    const tokens = tokenize(text, span.start, span.end);
    const found = detectInSentence(tokens, sentenceIndex);
    while (t < timeSpans.length && (timeSpans[t] as TextSpan).end <= span.start) t++;
    if (t >= timeSpans.length || (timeSpans[t] as TextSpan).start >= span.end) return { span, tokens, events: found };
    return { span, tokens, events: found.filter((e) => !insideSome(timeSpans, t, e)) };
  });
}

/** True when the event's trigger lies inside one of `spans` (sorted by start) from index `from` on. */
function insideSome(spans: readonly TextSpan[], from: number, e: EventMention): boolean {
  for (let k = from; k < spans.length && (spans[k] as TextSpan).start <= e.start; k++) if (e.end <= (spans[k] as TextSpan).end) return true;
  return false;
}

/**
 * What `classify` reads a word as: a verb (its reading), an event noun (its kind), or none. Not a wrapper object:
 * the answer is the reading or the kind itself, so that classifying a word allocates nothing.
 */
type Reading = VerbReading | EventKind | undefined;

const NONE: Reading = undefined;
/** An event noun of the given kind (the kind itself, see Reading). */
const nounReading = (eventKind: EventKind): Reading => eventKind;
const ONLY_CAPITAL_FIRST = /^[A-Z][a-z]+$/;
/**
 * Marks closing an appositive or aside before the main verb: a comma, a dash (AP's "_", "--", "—"), or the
 * period of an abbreviation, which inside a sentence ends a name ("Jayark Corp. agreed").
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '_', '-', '—', '–', '.']);
/** True for a text that is one quote mark (" “ ” ' ‘ ’ `). */
const isQuoteMark = (text: string): boolean => text.length === 1 && '"“”\'‘’`'.includes(text);

/**
 * False for a word `classify` reads as none whatever its context, told from the class column alone: no verb
 * readings nor event-noun kind, no ending of a regular -ed/-ing form, and not after "to" (an unlisted infinitive).
 */
function mayBeEvent(tokens: TokenList, i: number): boolean {
  const { classes } = tokens;
  if (((classes[i] as number) & (WordClass.lexicalEvent | TokenMark.endsInDOrG)) !== 0) return true;
  if (i > 0 && ((classes[i - 1] as number) & (WordClass.to | WordClass.modal)) !== 0) return true;
  // …or after a denied modal: "won't reopen", "will not reopen" (one needs "not"/"never", listed group adverbs,
  // or an apostrophe: the bits turn most words away before their token is read).
  return i > 0 && ((classes[i - 1] as number) & (WordClass.listedGroupAdverb | TokenMark.apostrophe)) !== 0 && isDeniedModal(tokens, i - 1);
}

/** True for a negated modal ending at token `k`: "won't", "can't", or "will not" / "will never". */
function isDeniedModal(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  if (w === 'not' || w === 'never') return k > 0 && ((tokenAt(tokens, k - 1) as Token).lexeme.classes & WordClass.modal) !== 0;
  const auxiliary = auxiliaryOfNegation(w);
  return auxiliary !== undefined && MODALS.has(auxiliary);
}

/**
 * Classifies each word of a sentence, left to right (the previous decision informs the next). Every mention is
 * made with the same keys in the same order (`group` undefined for a noun), so that the passes reading them see
 * one shape.
 */
function detectInSentence(tokens: TokenList, sentenceIndex: number): EventMention[] {
  const events: EventMention[] = [];
  const { classes } = tokens;
  let prevWasVerb = false;
  for (let i = 0; i < tokens.length; i++) {
    if (((classes[i] as number) & TokenMark.word) === 0) { prevWasVerb = false; continue; }
    const token = tokens[i] as Token;
    const reading = mayBeEvent(tokens, i) ? classify(tokens, i, prevWasVerb) : NONE;
    if (reading === undefined) {
      const wordClasses = classes[i] as number;
      if ((wordClasses & WordClass.postnominalBeforeDate) !== 0 && isPostnominalDueBeforeDate(tokens, i)) {
        events.push({ start: token.start, end: token.end, text: token.text, lemma: token.lower, pos: 'verb', kind: 'state', group: undefined, sentenceIndex, tokenIndex: i, timeWord: 'none' });
      }
      if ((wordClasses & WordClass.listedGroupAdverb) === 0) prevWasVerb = false;
      continue;
    }
    if (typeof reading === 'string') {
      events.push({ start: token.start, end: token.end, text: token.text, lemma: token.lower, pos: 'noun', kind: reading, group: undefined, sentenceIndex, tokenIndex: i, timeWord: nounTimeWord(tokens, i) });
      prevWasVerb = false;
      continue;
    }
    const { lemma, form } = reading;
    prevWasVerb = true;
    if ((lemma === 'be' || lemma === 'have' || lemma === 'do') && isAuxiliaryUse(tokens, i, lemma)) continue;
    const group: VerbGroup = readVerbGroup(tokens, i, form);
    // A main-verb "be" ("the lights are out", "he was part of the crew") is a state, as TimeML tags it.
    if (lemma === 'be' && !isCopulaState(tokens, i, group)) continue;
    // "is due", "are eager to": the state adjective is the event, in the copula's tense.
    const adjective = lemma === 'be' ? stateAdjectiveAfter(tokens, i) : undefined;
    if (adjective !== undefined) {
      const a = tokens[adjective.index] as Token;
      // A negated past modal on a state is a prediction, not a refusal: "wouldn't be profitable until 1994".
      const adjectiveGroup = adjective.kind === 'state' ? asPrediction(group) : group;
      events.push({ start: a.start, end: a.end, text: a.text, lemma: a.lower, pos: 'verb', kind: adjective.kind, group: adjectiveGroup, sentenceIndex, tokenIndex: adjective.index, timeWord: 'none' });
      i = adjective.index;
      prevWasVerb = false;
      continue;
    }
    events.push({ start: token.start, end: token.end, text: token.text, lemma, pos: 'verb', kind: (lemma === 'add' && addsAmount(tokens, i)) || (lemma === 'report' && reportsInPerson(tokens, i)) ? 'occurrence' : kindOfVerb(lemma), group, sentenceIndex, tokenIndex: i, timeWord: 'none' });
  }
  markPresentsAhead(tokens, events);
  return events;
}

/** A finite, non-existential main-verb "be" ("there is" and participial "being"/"been" are left out). */
function isCopulaState(tokens: readonly Token[], i: number, group: VerbGroup): boolean {
  const w = tokens[i]?.lower ?? '';
  return group.form !== 'participle' && w !== 'being' && tokenAt(tokens, i - 1)?.lower !== 'there';
}

/** True when a form of be/have/do is followed (after adverbs) by a verb form it supports. */
function isAuxiliaryUse(tokens: readonly Token[], i: number, lemma: string): boolean {
  for (let j = i + 1; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j] as Token;
    const entry = t.lexeme;
    if ((entry.classes & WordClass.groupAdverb) !== 0 || isDegreeBeforeParticiple(tokens, j)) continue;
    const w = t.lower;
    // "is no longer required": the pair stands inside the group.
    if (w === 'no' && tokens[j + 1]?.lower === 'longer') { j++; continue; }
    if (w === 'to') return true;
    if (!t.isWord && isQuoteMark(t.text)) continue;
    const readings = entry.readings;
    if (readings.length === 0) return guessRegularForm(w) !== undefined && !(lemma === 'have' && isNegatedParticiple(t));
    // ("has unrealized gains": a negated participle is an adjective, "has" the main verb.) "be" supports only an -ing form or a participle: "were lower", "are back" are copulas, not verb groups;
    // "have" only a participle: "had operating profit" is the main verb with an adjectival -ing form.
    if (lemma === 'have') return (entry.forms & PAST_FORMS) !== 0;
    return lemma !== 'be' || (entry.forms & ~(FormBit.base | FormBit.third)) !== 0;
  }
  return false;
}

/**
 * A word the lexicon does not know, read as a bare infinitive: lowercase, right after "to" or a modal, and followed by
 * the start of an object ("expected to dominate a summit", "able to match the bullet", "to hand them over", "will
 * exhibit a decline"; after a modal also a preposition: "will dispose of the bonds").
 * A preposition "to" is followed by its noun phrase, which does not itself open with a determiner after a
 * plain word ("to Washington", "to the camps").
 */
function isUnlistedInfinitive(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const prev = tokenAt(tokens, i - 1);
  if (prev === undefined || token.capitalized || token.lower.length < 3) return false;
  // …or after a denied modal: "will not reopen", "won't reopen".
  if ((prev.lexeme.classes & (WordClass.to | WordClass.modal)) === 0 && !isDeniedModal(tokens, i - 1)) return false;
  if (((tokens[i] as Token).lexeme.classes & (WordClass.determiner | WordClass.preposition | WordClass.subjectPronoun | WordClass.objectStart | WordClass.objectOpener | WordClass.groupAdverb)) !== 0) return false;
  const next = nextWord(tokens, i);
  // After a modal the object may also be a prepositional one ("will dispose of the bonds").
  const opensObject = WordClass.determiner | WordClass.objectStart | (prev.lower === 'to' ? 0 : WordClass.preposition);
  return next !== undefined && ((tokens[i + 1] as Token).lexeme.classes & opensObject) !== 0;
}

/** -ing forms that name a thing after a determiner ("the building"), unless an of-phrase makes them the act ("the building of the dam"). */
const THING_GERUNDS: ReadonlySet<string> = new Set(['building', 'buildings', 'painting', 'paintings', 'drawing', 'drawings', 'clothing', 'housing', 'ceiling', 'wedding']);
const isThingGerund = (tokens: readonly Token[], i: number): boolean => THING_GERUNDS.has((tokens[i] as Token).lower) && tokens[i + 1]?.lower !== 'of';

function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i + 1];
  return t?.isWord === true ? t : undefined;
}

function classify(tokens: TokenList, i: number, prevWasVerb: boolean): Reading {
  const token = tokens[i] as Token;
  const w = token.lower;
  const here = token.lexeme;
  const prev = tokenAt(tokens, i - 1);
  const prevIsWord = prev?.isWord === true;
  const p = prevIsWord ? prev.lower : '';
  const prevClasses = prevIsWord ? (tokenAt(tokens, i - 1) as Token).lexeme.classes : 0;
  const nounKind = here.nounKind;
  // A negated auxiliary ("weren't available", "isn't clear") reads as its auxiliary.
  const readings = here.auxiliaryReadings;
  // A capitalised word inside a sentence that only looks like an -ed form is a name ("Khalfan Khamis Mohamed").
  const guessed = readings.length === 0 && !(token.capitalized && i > 0) ? guessRegularForm(w) : undefined;
  // The first reading of each kind: the lexeme's, computed once per word (a loop over the readings cost ~2% of detection).
  const guessedForm = guessed !== undefined ? FormBit[guessed.form] : 0;
  if (guessed === undefined && readings.length === 0) {
    // A capitalised noun before the head of an organisation's name is part of the name ("the Levant Liberation
    // Committee", "the Democratic Reform Party"); not a war ("World War II", "the Persian Gulf War").
    if (nounKind !== undefined && token.capitalized && i > 0 && isInOrganizationName(tokens, i)) return NONE;
    if (nounKind !== undefined) return nounReading(nounKind);
    return isUnlistedInfinitive(tokens, i) ? { lemma: w, form: 'base' } : NONE;
  }
  // ("more than doubled", "less than halved": after a comparison the -ed form is the verb.)
  const afterDeterminer = (prevClasses & NOUNISH_PREV) !== 0 && p !== 'that' && !isQuantifiedReport(tokens, i) && !(p === 'than' && COMPARATIVES.has(tokenAt(tokens, i - 2)?.lower ?? ''));
  // -ing forms: progressive or participle clause; a noun after a determiner or preposition.
  const gerund = guessed === undefined ? here.firstGerund : guessedForm === FormBit.gerund ? guessed : undefined;
  if (gerund !== undefined) {
    if (isPrepositionalParticiple(gerund, tokens, i, prevClasses)) return NONE;
    if (isNominalPremodifier(tokens, i)) return nounReading(nounKind ?? 'occurrence');
    // "its highest warning", "the first meeting": after a determiner and a ranking word, the head noun.
    if (isRankedHead(tokens, i)) return nounKind !== undefined || isKnownVerb(gerund.lemma) ? nounReading(nounKind ?? 'occurrence') : NONE;
    if ((prevClasses & WordClass.determiner) !== 0 || namesAfterDeterminer(tokens, i)) {
      // "the building", "her wedding dress": a thing, no event ("the building of the dam" is the act).
      if (nounKind === undefined && isThingGerund(tokens, i)) return NONE;
      return nounKind !== undefined || isKnownVerb(gerund.lemma) ? nounReading(nounKind ?? 'occurrence') : NONE;
    }
    if (token.capitalized && i > 0) return NONE;
    return gerund;
  }
  const next = nextWord(tokens, i);
  const nextClasses = next !== undefined ? (tokens[i + 1] as Token).lexeme.classes : 0;
  // past forms: verbs unless after a determiner (adjectival "the displaced children").
  const past = guessed === undefined ? here.firstPast : (guessedForm & PAST_FORMS) !== 0 ? guessed : undefined;
  if (past !== undefined && isPrepositionalParticiple(past, tokens, i, prevClasses)) return NONE;
  if (past !== undefined && !(afterDeterminer && p !== 'been')) {
    if (guessed !== undefined && isAttributiveNegatedParticiple(tokens, i)) return NONE;
    if (token.capitalized && i > 0 && !ONLY_CAPITAL_FIRST.test(token.text)) return NONE;
    // "cut its growth forecast", "approved the spending cut": the head of the object, not a second verb.
    if (isObjectNounHead(tokens, i, past)) return nounReading(nounKind ?? 'occurrence');
    // "Displaced children evacuate": an -ed form opening a clause before a bare noun is an adjective.
    // …but after an appositive or a participle clause (", founder of Magna, resigned") it is the main verb.
    const opensClause = prev === undefined || (!prev.isWord && !(CLAUSE_BREAKS.has(prev.text) && i >= 3));
    // …but one fronted before its copula is the predicate ("Arrested was a local man").
    const frontedPredicate = i === 0 && BE_TENSE.has(next?.lower ?? '');
    // ("Born Chloe Wofford in 1931, she …": a birth, not an adjective.)
    if (past.form !== 'past' && opensClause && !frontedPredicate && w !== 'born' && next !== undefined && (nextClasses & (NOUNISH_PREV | WordClass.listedGroupAdverb)) === 0
      // …except a reporting verb after a quote or comma: ", said spokesman Kenneth Bacon" (tested last: a Map lookup).
      && !(i > 0 && (kindOfVerb(past.lemma) === 'reporting' || past.lemma === 'ask'))) return NONE;
    return past;
  }
  if (past !== undefined) return nounKind !== undefined ? nounReading(nounKind) : NONE;
  const finite = guessed === undefined ? here.firstFinite : (guessedForm & (FormBit.base | FormBit.third)) !== 0 ? guessed : undefined;
  if (finite === undefined) return NONE;
  // "on a still unspecified date", "has unrealized gains": after a negated participle, its noun.
  if (prevIsWord && isAttributiveNegatedParticiple(tokens, i - 1)) return nounKind !== undefined ? nounReading(nounKind) : NONE;
  if (isPhaseNoun(tokens, i, finite)) return nounReading('aspectual');
  // "which last year accounted for 41%": "last" before a (singular) period or a day names a time, not the verb
  // "to last" ("could last weeks", "will last a year").
  if (w === 'last' && next !== undefined && ((PERIOD_WORDS.test(next.lower) && !next.lower.endsWith('s')) || WEEKDAYS.test(next.lower))) return NONE;
  // "Japan last issued such an advisory in 2011": before a past form, "last" is the adverb.
  if (w === 'last' && next !== undefined && (next.lexeme.forms & (FormBit.past | FormBit.pastOrParticiple)) !== 0) return NONE;
  if (token.capitalized && i > 0) return NONE;
  // "push for deeper cuts", "with big gains": an -s form after a preposition and an adjective is a plural noun, the
  // preposition's object ("demand for homes remains weak" keeps its verb: "homes" ends the subject).
  if (finite.form === 'third' && (isPrepositionObject(tokens, i) || isCounted(tokens, i) || isRelativeAntecedent(tokens, i) || isPossessed(tokens, i) || isPluralNounFirst(tokens, i, w) || isRankedHead(tokens, i))) return nounKind !== undefined ? nounReading(nounKind) : NONE;
  if (finite.form === 'base' && isNounModifier(tokens, i, w)) return NONE;
  // "the government's appeal": after a possessive, a base form is the noun (an event one if the lexicon has it).
  if (finite.form === 'base' && isPossessed(tokens, i)) return nounKind !== undefined ? nounReading(nounKind) : NONE;
  // "a climate target", "an arms deal": after "a" and a word, a base form cannot agree with a singular subject; it is
  // the head noun, named after its verb (TimeML tags such nouns as events).
  // (Each set lookup below is tested after the class bits that it implies: most words fail those.)
  if (finite.form === 'base' && prevIsWord && (classAt(tokens.classes, i - 2) & WordClass.determiner) !== 0 && SINGULAR_DETERMINERS.has(tokenAt(tokens, i - 2)?.lower ?? '')) return AGENT_NOUNS.has(w) ? NONE : nounReading(nounKind ?? 'occurrence');
  // "his first match", "their latest offer", "the final vote": after a determiner and an ordinal, the head noun.
  if (finite.form === 'base' && (classAt(tokens.classes, i - 2) & NOUNISH_PREV) !== 0 && ORDINALS.has(p)) return nounReading(nounKind ?? 'occurrence');
  // Quote marks do not break a verb group ("will now ``proceed with all their resources''").
  let q = i - 1;
  while (q > 0 && tokens[q]?.isWord !== true && isQuoteMark(tokens[q]?.text ?? '')) q--;
  const cueWord = q < i - 1 && tokens[q]?.isWord === true ? (tokens[q] as Token).lower : p;
  const cue = auxiliaryOfNegation(cueWord) ?? cueWord;
  // "to" cues only a base form: "to attack", not "to attacks".
  const cueClasses = q < i - 1 && tokens[q]?.isWord === true ? classAt(tokens.classes, q) : prevClasses;
  const strongCue = ((cueClasses & WordClass.cue) !== 0 && ((VERB_CUES.has(cue) && !(cue === 'to' && finite.form === 'third')) || (GROUP_ADVERBS.has(cue) && !DETERMINERS.has(tokenAt(tokens, q - 1)?.lower ?? ''))))
    || ((prevClasses & WordClass.helpForm) !== 0 && finite.form === 'base');
  // "The president plans to visit": a third-person form between its subject and "to" is the verb; after a
  // determiner or a possessive ("its plans to expand", "Iraq's threats to") it is the noun.
  // So it is after a name's abbreviation or an appositive ("Automatic Data Processing Inc. plans to redeem",
  // "Lawrence Insurance, based in Albany, N.Y., plans to use").
  // A base form there is the verb after a plural subject ("Monarchists hope to defeat", "officials plan to meet").
  const verbBeforeTo = tokens[i + 1]?.lower === 'to' && (finite.form === 'third'
    ? (prevIsWord ? (prevClasses & NOUNISH_PREV) === 0 && !isPossessive(p) : i >= 3 && prev !== undefined && (prev.text === '.' || prev.text === ','))
    : prevIsWord && (prevClasses & (NOUNISH_PREV | WordClass.subjectPronoun)) === 0 && isPlainPlural(prev));
  // "like" is mostly a preposition ("something like that", "groups like the Klan"); a verb after a subject
  // pronoun, a modal or "to", or before an infinitive ("bankers like to say", "we'd like to").
  if (finite.lemma === 'like' && !strongCue && tokens[i + 1]?.lower !== 'to') return NONE;
  // "back" is mostly a particle or an adverb ("pushed the launch back", "came back"), "rate" a noun ("its benchmark
  // rate": TimeBank tags none of 34); each a verb after a cue ("to back the plan", "will rate the stock") or before "to".
  if (!strongCue && !verbBeforeTo && VERBS_ONLY_WHEN_CUED.has(finite.lemma)) return NONE;
  // …and an -s form after a name's abbreviation, before the object's determiner ("The U.S. hopes its troops will …",
  // "Exxon Corp. demands a recount").
  // So it is after a person's name, before a named object ("until Kofi Annan visits Baghdad").
  const verbAfterName = finite.form === 'third' && ((i >= 3 && prev?.text === '.' && ((nextClasses & WordClass.determiner) !== 0)) || betweenNames(tokens, i));
  if (nounKind !== undefined && !strongCue && !verbBeforeTo && !verbAfterName && !(finite.form === 'base' && followsPluralSubject(tokens, i))) return nounReading(nounKind);
  if (verbAfterName) return finite;
  if (verbBeforeTo) return finite;
  if (strongCue || (finite.form === 'base' && modalBeforeAside(tokens, i) >= 0)) return finite;
  // A reporting verb after a quote or comma is inverted ('…," says Mr. Antolini'; ", say political consultants").
  if (i > 0 && prev !== undefined && !prev.isWord && (prev.text === ',' || isQuoteMark(prev.text) || prev.text === "''") && kindOfVerb(finite.lemma) === 'reporting') {
    return finite;
  }
  // After an appositive closed by a comma, dash or abbreviation ("Hallwood, a Cleveland merchant bank, owns
  // about 11%"), an -s form before the start of an object is the main verb; so is a base form before "that" after a
  // plural subject ("conceptual drawings, released this month, show that it may …").
  if ((finite.form === 'third' || (finite.form === 'base' && tokens[i + 1]?.lower === 'that')) && i >= 3 && prev !== undefined && CLAUSE_BREAKS.has(prev.text)) {
    const after = tokens[i + 1];
    if (after !== undefined && (((tokens[i + 1] as Token).lexeme.classes & WordClass.objectOpener) !== 0 || isDigit(after.text.charCodeAt(0)))) return finite;
    // …and an -s form after a participle clause set off by commas ("Westinghouse, capitalizing on a major
    // restructuring program, expects operating margins of 10%"), unless a verb follows it, whose subject it is
    // ("…, killing dozens of people, witnesses said").
    const verbAfter = after !== undefined && (after.lexeme.forms & ~(FormBit.gerund | FormBit.third)) !== 0;
    if (finite.form === 'third' && prev.text === ',' && !verbAfter && closesParticipleAside(tokens, i - 1)) return finite;
  }
  // "is", "are", "has", "does" are verbs wherever they stand ("Her properties, worth $130 million in October,
  // are worth half that now").
  if ((here.classes & WordClass.auxiliaryForm) !== 0 && !afterDeterminer) return finite;
  // A verb with no noun of its form is the verb wherever a noun phrase ends before it ("Steel plates recovered at the
  // Olympic park bombing appear to match", 'before most computers using the chip as their "brains" appear').
  if (i > 0 && !afterDeterminer && VERBS_WITHOUT_NOUN.has(finite.lemma)) return finite;
  if (afterDeterminer || prevWasVerb || i === 0 || prev === undefined || !prev.isWord) return NONE;
  // A third-person form directly followed by another verb form is a plural noun subject ("forces make") — not
  // before another -s form, which a plural subject does not take: that is its object ("the period includes gains").
  if (finite.form === 'third' && next !== undefined && ((tokens[i + 1] as Token).lexeme.forms & ~(FormBit.gerund | FormBit.third)) !== 0) return NONE;
  if (next !== undefined && (nextClasses & (WordClass.modal | WordClass.auxiliaryForm)) !== 0) return NONE;
  if (next !== undefined && (next.lower === 'of' || next.lower === "'s")) return NONE;
  return finite;
}

/** Quantifiers that stand alone as a subject ("some say", "many believe"). */
const SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'few', 'others', 'both', 'all']);

/**
 * True for a reporting verb after a quantifier standing as its subject, before a comma, a full stop or "that"
 * ("What's really behind those objections, some say, is …", "many say that"): the verb, not a noun after a determiner.
 */
function isQuantifiedReport(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!SUBJECT_QUANTIFIERS.has(tokenAt(tokens, i - 1)?.lower ?? '')) return false;
  const next = tokens[i + 1]?.text ?? '';
  return (next === ',' || next === '.' || next === 'that') && token.lexeme.readings.some((r) => r.form === 'base' && kindOfVerb(r.lemma) === 'reporting');
}

/** Verbs whose base and -s forms are no nouns. */
const VERBS_WITHOUT_NOUN: ReadonlySet<string> = new Set(['appear', 'seem', 'become', 'happen', 'occur', 'exist', 'emerge', 'disappear']);

/** True for a plain plural noun: an -s word that is no verb form, event noun or possessive ("monarchists", "officials"). */
function isPlainPlural(token: Token): boolean {
  const w = token.lower;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith("'s") && token.lexeme.readings.length === 0 && token.lexeme.nounKind === undefined;
}

/** Verbs of a phase of an event whose bare form is also its noun: "the close of trading", "the start of talks". */
const PHASE_VERBS: ReadonlySet<string> = new Set(['close', 'start', 'finish', 'end']);

/**
 * True for a phase verb's base form between "the" and "of" ("at the close of business Thursday"): the noun of an
 * aspectual event, as TimeML tags it (an ASPECTUAL event noun on the event of its of-phrase).
 */
function isPhaseNoun(tokens: readonly Token[], i: number, reading: VerbReading): boolean {
  if (reading.form !== 'base' || tokens[i + 1]?.lower !== 'of' || tokenAt(tokens, i - 1)?.lower !== 'the' || !PHASE_VERBS.has(reading.lemma)) return false;
  // "the end of the month", "the close of 1969", "the start of the new year" are times (TIMEX3s), not events.
  let k = i + 2;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  while (PERIOD_MODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  const object = tokens[k];
  return object !== undefined && !/^\d/.test(object.text) && !PERIOD_WORDS.test(object.lower);
}

/** Words between a phase noun's "of" and the period it names ("the end of the next fiscal year"). */
const PERIOD_MODIFIERS: ReadonlySet<string> = new Set(['last', 'next', 'new', 'coming', 'following', 'previous', 'current', 'same', 'fiscal', 'school', 'academic', 'calendar']);

/** Words naming a period of the calendar: the object of a phase noun that makes it a time. */
const PERIOD_WORDS = /^(january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|day|night|quarter|decade|century|season|summer|winter|spring|fall|autumn|period|weekend|time)s?$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Determiners of a singular noun phrase, which a base-form verb cannot follow as its subject. */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'every', 'each']);
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'rather']);
/** Base forms read as verbs only after a verb cue or before "to" (see classify). */
const VERBS_ONLY_WHEN_CUED: ReadonlySet<string> = new Set(['back', 'rate']);

