/**
 * The lexical entry of a word, looked up once per token: its verb readings, its event-noun kind and the word
 * classes event detection asks about (determiner, preposition, modal, …) as bits, so that classifying a token
 * and its neighbours tests bits instead of looking the same string up in a dozen sets.
 *
 * Every entry is exactly what the lexicons answer for the word (`entryOfWord`); the table holds the entries of
 * every word some lexicon lists (each computed when first looked up), and a word outside it gets the shared entry of an unknown word — except the
 * words whose answers do not come from a list (a negated auxiliary such as "weren't", an -ly adverb), which get
 * their entry computed.
 */
import type { EventKind } from '../schema.js';
import { POSTNOMINAL_BEFORE_DATE } from './adjective-lexicon.js';
import {
  DETERMINERS, GROUP_ADVERBS, HELP_FORMS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS, auxiliaryOfNegation, eventNounWords,
  isGroupAdverb, kindOfEventNoun,
} from './noun-lexicon.js';
import { verbFormWords, verbReadings, type VerbForm, type VerbReading } from './verb-lexicon.js';
import { WordTable } from './word-table.js';
import { CHAIN_WORDS } from './auxiliary-lexicon.js';
import { CLAUSE_OPENER_WORDS } from './clause-openers.js';

/** Words after which a base or third-person form is a verb (looked up by the cue word detection derives). */
export const VERB_CUES: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...MODALS, 'to', 'do', 'does', 'did', "n't", 'not', 'never', 'also', 'and', 'or', 'who', 'which']);
/** Finite forms of be, have and do. */
const AUXILIARY_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']);
/** Object pronouns and particles that follow a transitive or phrasal verb ("to hand them over", "to track down"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['him', 'them', 'it', 'us', 'me', 'up', 'down', 'out', 'off', 'over', 'back']);
/** Words that open the object of a verb ("owns about 11%", "believes the custody…", "wants to buy"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, 'to', 'about', 'more', 'less', 'only', 'him', 'them', 'it', 'us', 'me', 'that']);

/** Word classes of a lexeme, as bits. */
export const WordClass = {
  determiner: 1 << 0,
  preposition: 1 << 1,
  subjectPronoun: 1 << 2,
  modal: 1 << 3,
  /** Listed in GROUP_ADVERBS. */
  listedGroupAdverb: 1 << 4,
  /** `isGroupAdverb`: the listed ones, "well", and -ly manner adverbs that are not verbs. */
  groupAdverb: 1 << 5,
  helpForm: 1 << 6,
  auxiliaryForm: 1 << 7,
  objectStart: 1 << 8,
  objectOpener: 1 << 9,
  postnominalBeforeDate: 1 << 10,
  /** A signal between two events: after, before, since, until, till ("days after they left"). */
  eventSignal: 1 << 11,
  /** An adverb placing an event against the previous sentence's: later, afterwards, earlier, meanwhile. */
  sequenceAdverb: 1 << 12,
  /** A relative pronoun, which opens a clause after a noun: that, which, who, whom, whose. */
  relativizer: 1 << 13,
  /** A word with verb readings (its own or, negated, its auxiliary's) or an event-noun kind. */
  lexicalEvent: 1 << 14,
  /** The word "to". */
  to: 1 << 15,
  /** A word of a chain of auxiliaries (auxiliary-lexicon.ts CHAIN_WORDS). Class bits stay below bit 20, where tokens.ts's marks start. */
  chainWord: 1 << 16,
  /** A word that opens a subordinate clause (that, because, although, though, if, unless, whether): a time after one belongs to that clause's verb. */
  subordinator: 1 << 17,
  /**
   * A word whose cue (its negation's auxiliary, else itself: "didn't" → "did") is in VERB_CUES or GROUP_ADVERBS,
   * tested before detect.ts looks the cue up in those sets.
   */
  cue: 1 << 18,
  /** A word that may open a clause of time or condition (clauses-ahead.ts CLAUSE_OPENER_WORDS), tested before its sets. */
  clauseOpener: 1 << 19,
} as const;

const EVENT_SIGNALS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till']);
const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set(['later', 'afterwards', 'earlier', 'meanwhile']);
const RELATIVIZERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);
const SUBORDINATORS: ReadonlySet<string> = new Set(['that', 'because', 'although', 'though', 'if', 'unless', 'whether']);

const CLASS_SETS: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [
  [WordClass.determiner, DETERMINERS], [WordClass.preposition, PREPOSITIONS], [WordClass.subjectPronoun, SUBJECT_PRONOUNS],
  [WordClass.modal, MODALS], [WordClass.listedGroupAdverb, GROUP_ADVERBS], [WordClass.helpForm, HELP_FORMS],
  [WordClass.auxiliaryForm, AUXILIARY_FORMS], [WordClass.objectStart, OBJECT_STARTS],
  [WordClass.objectOpener, OBJECT_OPENERS], [WordClass.postnominalBeforeDate, POSTNOMINAL_BEFORE_DATE],
  [WordClass.eventSignal, EVENT_SIGNALS], [WordClass.sequenceAdverb, SEQUENCE_ADVERBS], [WordClass.relativizer, RELATIVIZERS],
  [WordClass.to, new Set(['to'])], [WordClass.chainWord, CHAIN_WORDS], [WordClass.subordinator, SUBORDINATORS],
  [WordClass.clauseOpener, CLAUSE_OPENER_WORDS],
];

export interface Lexeme {
  /** The word (for a listed word, the lexicon's own string: lookups by it find a hash already computed). */
  readonly word: string;
  /** `verbReadings` of the word itself. */
  readonly readings: readonly VerbReading[];
  /** `verbReadings` of the auxiliary of a negation ("weren't" → "were"), else of the word. */
  readonly auxiliaryReadings: readonly VerbReading[];
  readonly nounKind: EventKind | undefined;
  /** WordClass bits. */
  readonly classes: number;
  /** The `FormBit`s of `readings` (the word's own forms), so that a test of its forms reads one number. */
  readonly forms: number;
  /** The first -ing reading of `auxiliaryReadings`, the first past or participle one, the first base or -s one. */
  readonly firstGerund: VerbReading | undefined;
  readonly firstPast: VerbReading | undefined;
  readonly firstFinite: VerbReading | undefined;
}

/** A bit per verb form, for `Lexeme.forms`. */
export const FormBit: Readonly<Record<VerbForm, number>> = { base: 1, third: 2, past: 4, participle: 8, pastOrParticiple: 16, gerund: 32 };
/** Forms that the classifier reads as a past: past, participle, or either. */
export const PAST_FORMS = FormBit.past | FormBit.pastOrParticiple | FormBit.participle;

/** The first of `readings` whose form has one of the `forms` bits. */
function firstOf(readings: readonly VerbReading[], forms: number): VerbReading | undefined {
  for (const r of readings) if ((FormBit[r.form] & forms) !== 0) return r;
  return undefined;
}

/** The entry of a word, computed from the lexicons. */
export function entryOfWord(word: string): Lexeme {
  let classes = 0;
  for (const [bit, set] of CLASS_SETS) if (set.has(word)) classes |= bit;
  if (isGroupAdverb(word)) classes |= WordClass.groupAdverb;
  const readings = verbReadings(word);
  const auxiliary = auxiliaryOfNegation(word);
  const cue = auxiliary ?? word;
  if (VERB_CUES.has(cue) || GROUP_ADVERBS.has(cue)) classes |= WordClass.cue;
  const auxiliaryReadings = auxiliary === undefined ? readings : verbReadings(auxiliary);
  const nounKind = kindOfEventNoun(word);
  if (readings.length > 0 || auxiliaryReadings.length > 0 || nounKind !== undefined) classes |= WordClass.lexicalEvent;
  let forms = 0;
  for (const r of readings) forms |= FormBit[r.form];
  return {
    word, readings, auxiliaryReadings, nounKind, classes, forms, firstGerund: firstOf(auxiliaryReadings, FormBit.gerund),
    firstPast: firstOf(auxiliaryReadings, PAST_FORMS), firstFinite: firstOf(auxiliaryReadings, FormBit.base | FormBit.third),
  };
}

/** The entry of a word no list names: no readings, no kind, no class. */
export const UNKNOWN_WORD: Lexeme = entryOfWord('');

/**
 * Every listed word (each once, first listing first), and its place in the table: its entry is computed the
 * first time the word is looked up (most of the few thousand listed words never occur in a given text, and
 * computing them all cost a fresh process a third of its import time).
 */
const LISTED_WORDS: readonly string[] = [...new Set((function* listed() {
  // "well" is the one group adverb isGroupAdverb names outside its lists.
  for (const words of [verbFormWords(), eventNounWords(), ...CLASS_SETS.map(([, set]) => set), VERB_CUES, ['well']]) yield* words;
})())];
const TABLE = new WordTable<number>(LISTED_WORDS.map((word, k) => [word, k] as const));
/** The entries of the listed words computed so far, by their place in LISTED_WORDS. */
const ENTRIES: Array<Lexeme | undefined> = new Array<Lexeme | undefined>(LISTED_WORDS.length).fill(undefined);

/**
 * The class bits of each listed word's entry once computed, by place: the tokenizer reads a word's bits here, in a
 * dense array, instead of from the entry object, scattered over the heap (a cache miss on most listed tokens).
 */
const LISTED_CLASSES = new Int32Array(LISTED_WORDS.length);

/** The entry of the listed word at place k. */
export function listedEntry(k: number): Lexeme {
  let entry = ENTRIES[k];
  if (entry === undefined) {
    entry = ENTRIES[k] = entryOfWord(LISTED_WORDS[k]!);
    LISTED_CLASSES[k] = entry.classes;
  }
  return entry;
}

/** The word at place k of the listed words (its entry's `word`). */
export const listedWord = (k: number): string => LISTED_WORDS[k]!;
/** The class bits of the listed word at place k, whose entry `listedEntry` has computed. */
export const listedClasses = (k: number): number => LISTED_CLASSES[k]!;

/** The entry of a lowercase word (or any token's lowercase text): one table lookup for most words. */
export function lexemeOf(word: string): Lexeme {
  const known = TABLE.get(word);
  return known !== undefined ? listedEntry(known) : unlistedLexeme(word);
}

/**
 * The entry of a listed word written at text[start, end), given the table hash of its lowercase form (with ’
 * as '; see WordTable.getFoldedHashed), found without making its string; else undefined: then
 * `unlistedLexeme` of its lowercase form answers.
 */
export function listedLexemeHashed(hash: number, text: string, start: number, end: number): Lexeme | undefined {
  const known = listedPlaceHashed(hash, text, start, end);
  return known >= 0 ? listedEntry(known) : undefined;
}

/** The place of the listed word `listedLexemeHashed` finds, else −1. */
export function listedPlaceHashed(hash: number, text: string, start: number, end: number): number {
  // The table holds each listed word once, numbered in LISTED_WORDS's order: the number is the word's place.
  return TABLE.numberFoldedHashed(hash, text, start, end);
}

/** The entries computed for unlisted words (see below), kept up to a bound so that a long run does not grow it without end. */
const COMPUTED = new Map<string, Lexeme>();
const COMPUTED_LIMIT = 20_000;

/** The entry of a word the table does not hold. */
export function unlistedLexeme(word: string): Lexeme {
  // Answers that do not come from a list: a negated auxiliary's readings, an -ly word's adverb class.
  const last = word.charCodeAt(word.length - 1);
  if ((last !== 116 || !word.endsWith("n't")) && (last !== 121 || !word.endsWith('ly'))) return UNKNOWN_WORD;
  let entry = COMPUTED.get(word);
  if (entry === undefined) {
    if (COMPUTED.size >= COMPUTED_LIMIT) COMPUTED.clear();
    entry = entryOfWord(word);
    COMPUTED.set(word, entry);
  }
  return entry;
}
