/**
 * Where a verb form reads as a noun or a preposition, told from the words around it: after a possessive or a
 * number ("Meridian's shares", "in five states"), after "<preposition> <adjective>" ("for deeper cuts"), before
 * ", which"; plurals news writes as nouns ("forces", "funds"); participles that work as prepositions ("including",
 * "compared with", "based in"); an -ing form after "the", a year and names ("the 1996 Olympic bombing"), after a
 * possessive, an amount or a measure of time ("the company's restructuring", "a three hour meeting"); and, the
 * other way, a base form after a clause opener and a plural subject ("while negotiators work"), an -s form between a
 * name and a named object ("Kofi Annan visits Baghdad") or after a participle clause set off by commas. Read by
 * detect.ts.
 */
import { DETERMINERS, SUBJECT_PRONOUNS } from './noun-lexicon.js';
import { FormBit, PAST_FORMS, WordClass } from './lexeme.js';
import { isDigit, type Token, tokenAt } from './tokens.js';
import { SUPERLATIVES } from './governed-events.js';
import { guessRegularForm, kindOfVerb, type VerbReading } from './verb-lexicon.js';

/** True when a lowercase word ends in a possessive "'s". */
export const isPossessive = (word: string): boolean => word.endsWith("'s") || word.endsWith('’s');

/** Words whose "'s" is "is" or "us" ("what's happening", "let's go"), not a possessive. */
export const CONTRACTED_IS: ReadonlySet<string> = new Set(['what', 'where', 'here', 'how', 'when', 'why', 'let', 'that', 'there', 'who']);

/**
 * True when a determiner comes before the word across one to three numbers and capitalised words, a number among
 * them: "the 1996 Olympic bombing", "the January 1998 bombing" (not "the Parque Central chanting slogans").
 */
export function namesAfterDeterminer(tokens: readonly Token[], i: number): boolean {
  let number = false;
  for (let k = i - 1; k >= i - 3 && k > 0; k--) {
    const t = tokens[k] as Token;
    const digit = !t.isWord && isDigit(t.text.charCodeAt(0));
    if (!digit && !(t.isWord && t.capitalized)) return false;
    number ||= digit;
    const before = tokenAt(tokens, k - 1) as Token;
    if (number && before.isWord && (before.lexeme.classes & WordClass.determiner) !== 0) return true;
  }
  return false;
}

/** Words opening an adverbial clause, whose subject comes next: "while negotiators work on a bill". */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['while', 'as', 'when', 'because', 'although', 'though', 'if', 'unless', 'after', 'before', 'until', 'once', 'whenever']);

/**
 * True when the word after a clause opener and a plain plural is the clause's verb, not a compound noun: "while
 * negotiators work on", "as prices rise", "when workers return" (a base form that the noun lexicon also lists).
 */
export function followsPluralSubject(tokens: readonly Token[], i: number): boolean {
  const subject = tokenAt(tokens, i - 1);
  const opener = tokenAt(tokens, i - 2);
  if (subject === undefined || opener === undefined || !subject.isWord || !opener.isWord || subject.capitalized) return false;
  if (!CLAUSE_SUBJECT_OPENERS.has(opener.lower) || !subject.lower.endsWith('s') || subject.lower.endsWith('ss')) return false;
  return subject.lexeme.nounKind === undefined && subject.lexeme.readings.length === 0;
}

/**
 * Participles that work as prepositions when no auxiliary (nor "to") comes before them, so TimeML tags no event: "including",
 * "compared with" (an object between the two makes the verb: "Granma compared Elian with Guevara"), "based in" /
 * "based on" ("a group based in Montgomery", "a Kearny, N.J.-based maker"; "will be based in Addis Ababa" and
 * "based its projections on" keep the verb).
 */
export function isPrepositionalParticiple(reading: VerbReading, tokens: readonly Token[], i: number, prevClasses: number): boolean {
  const { lemma } = reading;
  // "can register starting Monday", "beginning Jan. 1": the start of what the clause tells, no event of its own.
  if ((lemma === 'start' || lemma === 'begin') && reading.form === 'gerund') return (prevClasses & WordClass.chainWord) === 0 && startsTime(tokens, i + 1);
  if (lemma !== 'include' && lemma !== 'compare' && lemma !== 'base') return false;
  if ((prevClasses & WordClass.chainWord) !== 0) return false;
  if (lemma === 'include') return reading.form === 'gerund';
  if (reading.form === 'gerund') return false;
  if (lemma === 'base' && tokenAt(tokens, i - 1)?.text === '-') return true;
  const next = tokens[i + 1]?.lower;
  return lemma === 'compare' ? next === 'with' || next === 'to' : next === 'in' || next === 'on' || next === 'upon' || next === 'at' || next === 'near' || next === 'outside';
}

/** Words that open a time expression after "starting" / "beginning": a weekday or month name, a number, "next", "today"… */
const TIME_OPENERS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|january|february|august|september|october|november|december|today|tomorrow|tonight|next|this|midnight|noon|\d.*)$/i;

/** True when token `j` (after "on" or "in" if any) opens a time: "starting Monday", "beginning on Jan. 1". */
function startsTime(tokens: readonly Token[], j: number): boolean {
  const at = tokens[j]?.lower === 'on' || tokens[j]?.lower === 'in' ? j + 1 : j;
  const t = tokens[at];
  return t !== undefined && TIME_OPENERS.test(t.text) && (!t.isWord || t.capitalized || !/^[a-z]/.test(t.text) || /^(?:today|tomorrow|tonight|next|this|midnight|noon)$/.test(t.lower));
}

/** Adjectives of size and degree that premodify a plural noun in news copy ("deeper cuts", "big gains", "new taxes"). */
const PREMODIFYING_ADJECTIVES: ReadonlySet<string> = new Set(('deep deeper deepest big bigger biggest large larger largest small smaller '
  + 'high higher low lower great greater further more fewer new major minor sharp sharper steep steeper heavy heavier '
  + 'modest additional possible future fresh broad broader sweeping massive huge').split(' '));

/** Token `i` follows "<preposition> <adjective>": the end of the preposition's object, not a verb. */
export function isPrepositionObject(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const before = tokenAt(tokens, i - 2);
  if (prev?.isWord !== true || before?.isWord !== true) return false;
  return (before.lexeme.classes & WordClass.preposition) !== 0 && PREMODIFYING_ADJECTIVES.has(prev.lower);
}

/** Token `i` (an -s form) follows a possessive: the possessed plural noun ("Meridian's shares", "the bank's funds"). */
export function isPossessed(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  if (prev === undefined || ((tokens[i] as Token).lexeme.classes & WordClass.auxiliaryForm) !== 0) return false;
  // A store or firm named with its "'s" may be a subject: "the acquisition of Weisfield's raises Ratners's presence"
  // (an object follows), "Labatt's has no bids".
  const next = tokens[i + 1];
  if (next !== undefined && (next.capitalized || isDigit(next.text.charCodeAt(0)) || (next.lexeme.classes & (WordClass.determiner | WordClass.objectOpener)) !== 0)) return false;
  if (prev.isWord) return isPossessive(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower.slice(0, -2)) && !CONTRACTED_IS.has(prev.lower.slice(0, -2));
  // "the partners' shares": a plural's possessive apostrophe stands alone.
  return (prev.text === "'" || prev.text === '’') && tokenAt(tokens, i - 2)?.isWord === true && (tokenAt(tokens, i - 2) as Token).lower.endsWith('s');
}

/** Prepositions whose object a determiner opens, never a clause: "in its growth forecast", "for the tax cut". */
const OBJECT_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'into', 'onto', 'over', 'under', 'about', 'against', 'despite', 'without', 'amid', 'toward', 'towards']);

/**
 * True when a past form that is also its base ("forecast", "cut", "hit", "bid") heads a noun phrase, its object's:
 * after a determiner and a noun, where what comes before the determiner takes no clause — a preposition, or a verb
 * of doing or of intent ("cut its growth forecast", "approved the budget cut", "in the tax cut", "in the long run"; not before a
 * preposition, which a participle takes: "in a statement read on television"). After a report or a verb of
 * thinking the clause stays ("said its growth forecast a recovery"), and after a clause opener ("after the
 * government cut taxes").
 */
export function isObjectNounHead(tokens: readonly Token[], i: number, reading: VerbReading): boolean {
  const token = tokens[i] as Token;
  if (reading.lemma !== token.lower || !NOUN_LIKE_PASTS.has(token.lower)) return false;
  const noun = tokenAt(tokens, i - 1);
  const determiner = tokenAt(tokens, i - 2);
  const before = tokenAt(tokens, i - 3);
  if (noun === undefined || determiner === undefined || before === undefined || !noun.isWord || !determiner.isWord || !before.isWord) return false;
  if (noun.capitalized || (noun.lexeme.classes & (WordClass.determiner | WordClass.preposition | WordClass.subjectPronoun)) !== 0 || (noun.lexeme.forms & PAST_OR_GERUND) !== 0) return false;
  if ((determiner.lexeme.classes & WordClass.determiner) === 0 && !isPossessive(determiner.lower)) return false;
  // After a preposition, a participle may still follow its noun: "in a statement read on Cuban television".
  if (OBJECT_ONLY_PREPOSITIONS.has(before.lower)) return ((tokenAt(tokens, i + 1)?.lexeme.classes ?? 0) & WordClass.preposition) === 0;
  const verb = before.lexeme.firstPast ?? before.lexeme.firstFinite;
  if (verb === undefined || (before.lexeme.classes & (WordClass.determiner | WordClass.preposition | WordClass.auxiliaryForm | WordClass.modal)) !== 0) return false;
  const kind = kindOfVerb(verb.lemma);
  return kind === 'occurrence' || kind === 'aspectual' || kind === 'intention';
}

/**
 * Past forms, the same as their base, that news writes as the head of a compound noun ("its growth forecast", "a
 * budget cut", "a takeover bid", "a direct hit"); not those mostly a participle there ("a record set in 1916", "a
 * statement read on television", "the lid put on").
 */
const NOUN_LIKE_PASTS: ReadonlySet<string> = new Set(['forecast', 'cut', 'bid', 'hit', 'spread', 'cost', 'run', 'bet', 'split', 'broadcast', 'thrust', 'upset']);

/** Past, participle and -ing forms, which a noun before a verb head does not have ("growth", "tax", "sales"). */
const PAST_OR_GERUND = PAST_FORMS | FormBit.gerund;

/**
 * -s forms that news text writes as plural nouns far more than as verbs ("common shares outstanding", "U.S.
 * forces", "financial services"); the verb after a subject pronoun or relative ("they share", "which funds"), or before
 * an object or complement.
 */
const PLURAL_NOUNS_FIRST: ReadonlySet<string> = new Set(['shares', 'forces', 'services', 'funds', 'supplies', 'figures', 'benefits', 'flights', 'troops', 'rates', 'values', 'issues', 'states', 'bids', 'points', 'interests', 'securities', 'assets', 'goods', 'units', 'stocks', 'bonds', 'prices', 'taxes', 'loans', 'orders', 'markets', 'officials', 'products', 'operations', 'plants', 'rules']);

export function isPluralNounFirst(tokens: readonly Token[], i: number, word: string): boolean {
  if (!PLURAL_NOUNS_FIRST.has(word)) return false;
  const prev = tokenAt(tokens, i - 1);
  if (prev?.isWord === true && (SUBJECT_PRONOUNS.has(prev.lower) || (prev.lexeme.classes & WordClass.relativizer) !== 0)) return false;
  // An object or a complement after it makes it the verb ("the report states that", "the agency issues a ruling").
  const next = tokens[i + 1];
  return next === undefined || !(isDigit(next.text.charCodeAt(0)) || (next.lexeme.classes & (WordClass.determiner | WordClass.objectOpener | WordClass.objectStart | WordClass.subordinator | WordClass.to)) !== 0);
}

/**
 * Nouns news sets before another noun as its modifier ("most train services", "some power lines", "many water
 * supplies"), whose verb reading ("to train", "to power") needs a subject and an object of its own.
 */
const MODIFYING_NOUNS: ReadonlySet<string> = new Set(['train', 'rail', 'bus', 'ferry', 'power', 'water', 'fuel', 'oil', 'gas', 'trade', 'price', 'stock', 'border', 'air', 'road', 'food', 'tax', 'market', 'police', 'truck', 'ship']);

/** Quantifiers that open a noun phrase as a determiner does ("most train services"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'some', 'many', 'few', 'all', 'both', 'several', 'more', 'fewer', 'no']);

/** Token `i`, a base form in MODIFYING_NOUNS, opens a noun phrase before one of the plural nouns of PLURAL_NOUNS_FIRST: "most train services were halted". */
export function isNounModifier(tokens: readonly Token[], i: number, word: string): boolean {
  if (!MODIFYING_NOUNS.has(word)) return false;
  // Only where a noun phrase opens: after a determiner, a quantifier or a preposition ("the unions trade shares" keeps its verb).
  const prev = tokenAt(tokens, i - 1);
  if (prev === undefined || !prev.isWord || !((prev.lexeme.classes & (WordClass.determiner | WordClass.preposition)) !== 0 || QUANTIFIERS.has(prev.lower))) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.isWord && isPluralNounFirst(tokens, i + 1, next.lower);
}

/** Token `i` (an -s form) is followed by ", which" or ", who": the plural noun the clause describes ("Interest rates, which …"). */
export function isRelativeAntecedent(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  const w = tokens[i + 2]?.lower;
  return w === 'which' || w === 'who' || w === 'whose';
}

/** Cardinal numbers above one, written out: a plural noun follows them ("in five states", "two cuts"). */
const CARDINALS: ReadonlySet<string> = new Set(('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen '
  + 'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands '
  + 'million millions billion billions dozen dozens').split(' '));

/** Token `i` (an -s form) follows a number: a counted plural noun ("died in five states", "12 plans"), not a verb. */
export function isCounted(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  if (prev === undefined) return false;
  return prev.isWord ? CARDINALS.has(prev.lower) : isDigit(prev.text.charCodeAt(0)) && prev.text !== '1';
}

/**
 * True when the word before token `i` is a noun-phrase premodifier that makes an -ing form a noun: a possessive
 * ("Slepian's shooting", "the company's restructuring") or a number after a determiner ("the 1995 shooting").
 */
export function isNominalPremodifier(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  if (prev === undefined) return false;
  if (prev.isWord && isMeasureModifier(tokens, i - 1)) return true;
  // An amount before it: "a $1.2 trillion spending bill", "a $5 billion building program".
  if (prev.isWord && MAGNITUDES.has(prev.lower)) return true;
  if (prev.isWord) return isPossessive(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower.slice(0, -2)) && !CONTRACTED_IS.has(prev.lower.slice(0, -2));
  return /^\d+$/.test(prev.text) && DETERMINERS.has(tokenAt(tokens, i - 2)?.lower ?? '');
}

/** A singular unit of time, alone or in a compound ("hour", "three-hour", "10-day", "hour-long"). */
const TIME_UNIT_MODIFIER = /^(?:[\w.]+-)?(?:second|minute|hour|day|night|week|month|year|decade)(?:-long|-old)?$/;
/** How often a recurring event comes round: "the annual meeting", "a weekly briefing". */
const FREQUENCY_ADJECTIVES: ReadonlySet<string> = new Set(['annual', 'semiannual', 'biannual', 'biennial', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'nightly']);
const MAGNITUDES: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion']);

/**
 * True when the word at `m` measures or times the noun after it, so an -ing form there is a noun: a length
 * after a number or determiner ("a three hour meeting", "a 10-day visit", "a two-week trip") or a frequency
 * after a determiner or possessive ("the annual meeting", "its quarterly meeting"). A plain unit after an
 * article is a time of its own ("spent a day meeting officials"; "the year running up to the war"): not one.
 */
function isMeasureModifier(tokens: readonly Token[], m: number): boolean {
  const word = (tokens[m] as Token).lower;
  const before = tokenAt(tokens, m - 1);
  const determined = before !== undefined && before.isWord && (DETERMINERS.has(before.lower) || isPossessive(before.lower));
  if (FREQUENCY_ADJECTIVES.has(word)) return determined;
  if (!TIME_UNIT_MODIFIER.test(word)) return false;
  if (word.includes('-')) return determined || /^\d/.test(before?.text ?? '');
  return before !== undefined && (/^\d[\d,.]*$/.test(before.text) || before.lower === 'one' || CARDINALS.has(before.lower));
}

/**
 * True when token `i` stands between a name of two capitalised words or more, not opened by a determiner, a
 * possessive or a preposition (a subject), and a capitalised word (its object): "Kofi Annan visits Baghdad".
 */
export function betweenNames(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.capitalized !== true || tokens[i + 1]?.isWord !== true) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k] as Token).isWord && (tokens[k] as Token).capitalized) k--;
  if (i - 1 - k < 2 || k < 0) return false;
  const before = tokens[k] as Token;
  return before.isWord && (before.lexeme.classes & (WordClass.determiner | WordClass.preposition)) === 0 && !isPossessive(before.lower);
}

/** How long (in tokens) a participle clause set off by commas may be. */
const ASIDE_REACH = 10;

/** True when the comma at `comma` closes a participle clause opened by a comma after a word (", capitalizing on …,"). */
export function closesParticipleAside(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 1 && k >= comma - ASIDE_REACH; k--) {
    if ((tokens[k] as Token).text !== ',') continue;
    const first = tokens[k + 1] as Token;
    // (After the subject's last word, or the full stop of its abbreviation: "Westinghouse Electric Corp., capitalizing".)
    const subjectEnd = tokenAt(tokens, k - 1);
    if (k + 1 >= comma || subjectEnd === undefined || !(subjectEnd.isWord || subjectEnd.text === '.')) return false;
    return first.lexeme.readings.length === 0 ? guessRegularForm(first.lower)?.form === 'gerund' : first.lexeme.readings.some((r) => r.form === 'gerund');
  }
  return false;
}

/** Ordinals and ranking words between a determiner and a head noun: "his first match", "the final vote". */
export const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'latest', 'final', 'previous', 'initial']);

/**
 * True when an ordinal or a superlative stands between a determiner (or a possessive) and the word at `i`: "its highest
 * warning", "the first meeting", "the biggest offering" — the head noun of the phrase, an -ing form there too.
 */
export function isRankedHead(tokens: readonly Token[], i: number): boolean {
  const rank = tokenAt(tokens, i - 1);
  const before = tokenAt(tokens, i - 2);
  if (rank === undefined || before === undefined || !rank.isWord || !before.isWord) return false;
  return (ORDINALS.has(rank.lower) || (SUPERLATIVES.has(rank.lower) && rank.lower !== 'most' && rank.lower !== 'least')) && ((before.lexeme.classes & WordClass.determiner) !== 0 || isPossessive(before.lower));
}

/** "add" before an amount or a noun phrase adds something ("would add four stations", "added 5 points"), not a remark ("added that"). */
export function addsAmount(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (isDigit(next.text.charCodeAt(0)) || next.text === '$' || ((next.lexeme.classes & WordClass.determiner) !== 0 && next.lower !== 'that') || CARDINALS.has(next.lower) || AMOUNT_OPENERS.has(next.lower));
}

/** Places one reports to or for in person: "must report to prison by Jan. 15", "reported for duty". */
const PLACES_OF_DUTY: ReadonlySet<string> = new Set(['prison', 'jail', 'work', 'duty', 'base', 'camp', 'court', 'barracks', 'training', 'headquarters']);

/** "report" to or for a place of duty is going there, not a report ("must report to prison by Jan. 15"). */
export function reportsInPerson(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return (next === 'to' || next === 'for') && PLACES_OF_DUTY.has(tokens[i + 2]?.lower ?? '');
}

/** Words besides the cardinals that open an amount ("added another 5%", "added about 300 jobs"). */
const AMOUNT_OPENERS: ReadonlySet<string> = new Set(['one', 'another', 'more', 'nearly', 'about', 'some']);

/** The last words of organisations' names. */
const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(['Committee', 'Front', 'Army', 'Party', 'Organization', 'Organisation', 'Movement', 'Council', 'Agency', 'Commission', 'Ministry', 'Institute', 'Foundation', 'Association', 'Union', 'League', 'Corp', 'Inc', 'Co', 'Company', 'Group', 'Board', 'Authority', 'Office', 'Department', 'Service', 'Fund', 'Bank', 'Center', 'Centre']);

/** True when the word after token `i` ends an organisation's name. */
export function isInOrganizationName(tokens: readonly Token[], i: number): boolean {
  return ORGANIZATION_HEADS.has(tokens[i + 1]?.text ?? '');
}

/**
 * Nouns of a person or an agent that are also base forms of a verb: "a federal judge", "a key witness", "a security
 * guard" — the head noun after "a" and a word names no event (an arms "deal" or a climate "target" does).
 */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(['judge', 'witness', 'guard', 'guide', 'spy', 'cook', 'host', 'coach', 'pilot', 'nurse', 'referee', 'sponsor', 'monitor', 'escort', 'partner', 'advocate', 'rival', 'suspect', 'captain', 'umpire', 'chair', 'head', 'chief', 'mentor', 'tutor', 'steward', 'ally', 'envoy', 'deputy', 'convict', 'bully', 'veteran', 'critic', 'leader']);
