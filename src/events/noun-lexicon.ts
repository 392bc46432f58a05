/**
 * Event nouns: nominal triggers of events in news text ("airstrike", "election", "deal"), with their kind, and
 * the word classes the detector needs to tell a noun use from a verb use.
 */
import type { EventKind } from '../schema.js';
import { verbReadings } from './verb-lexicon.js';

const NOUNS_BY_KIND: Readonly<Partial<Record<EventKind, string>>> = {
  occurrence: `
airstrike airstrikes strike strikes attack attacks offensive offensives election elections deal deals war wars
meeting meetings talks visit visits crash crashes bombing bombings explosion explosions blast blasts shooting
shootings killing killings fighting battle battles clash clashes raid raids invasion assault assaults war
siege ceasefire truce agreement agreements accord treaty negotiations summit conference vote votes referendum
protest protests demonstration demonstrations rally riot riots uprising revolt coup evacuation withdrawal
retreat advance capture arrest arrests trial verdict sentence execution release merger acquisition takeover sale
purchase investment deficit loss losses gain gains rise fall drop decline increase growth crisis recession
collapse earthquake quake storm hurricane flood floods fire fires disaster accident incident operation operations
campaign mission shelling bombardment massacre genocide siege ambush kidnapping hijacking crackdown election
inauguration funeral ceremony celebration hearing hearings investigation inquiry probe trip tour journey flight
departure arrival return escape transfer payment crossing evacuation negotiation dispute conflict
fighting violence unrest sanctions embargo resignation appointment nomination victory defeat win
slaying slayings accession speech speeches entry murder murders expansion death deaths boom search manhunt
interview interviews disaster disasters tragedy rallies revolution move moves assassination assassinations
violation violations broadcast turnaround construction discussion discussions recapitalization setback setbacks
founding discovery breakthrough cutback cutbacks buildup cease-fire showdown conversation conversations lecture
movement inspection inspections glut revision gunfire bloodletting declines usage parole crime crimes payments
sales earnings income results profit profits reduction reductions aftermath completion creation culmination
beginning beginnings restructuring downturn slump rebound recovery reform reforms layoffs merger mergers
work proceedings transaction shipment offering approval impact ruling activity performance introduction
service resolution action assistance sabotage event response anniversary race debate act homicide admission hunt
lawsuit suit conviction indictment prosecution triumph repatriation rescue encounter wreck condemnation appearance
fight terrorism arson procedure signing hijack killing burial funeral deportation detention occupation liberation
bankruptcy default buyout buy-out write-down write-off takeover offer bid auction closing opening launch expansion
charge charges trend trends redemption squeeze outflow outflows inflow inflows pricing establishment use
lunch dinner breakfast luncheon banquet ordeal voyage fiasco disappointment challenge twist
retirement birth marriage graduation wedding divorce decision decisions recall recalls outage outages derailment
takeoff takeoffs liftoff kickoff birthday birthdays recess parade parades appeal appeals plunge plunges scrape illness illnesses
`,
  reporting: 'statement statements announcement announcements report reports remarks comment comments testimony interview briefing declaration message claims',
  intention: 'threat threats plan plans proposal proposals demand demands request offer promise bid effort efforts attempt warning warnings speculation hope hopes desire willingness commitment',
  state: 'presence occupation control tension tensions tenure weakness difficulties',
};

const NOUN_KIND = new Map<string, EventKind>();
for (const [kind, words] of Object.entries(NOUNS_BY_KIND) as Array<[EventKind, string]>) {
  for (const w of words.trim().split(/\s+/)) if (!NOUN_KIND.has(w)) NOUN_KIND.set(w, kind);
}
// Regular plurals of the listed singulars ("invasions", "purchases", "celebrations", "rulings", "offerings").
for (const [w, kind] of [...NOUN_KIND]) {
  const plural = /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  if (!NOUN_KIND.has(plural)) NOUN_KIND.set(plural, kind);
}

/** The kind of an event noun, or undefined when the word is not an event noun. */
export function kindOfEventNoun(word: string): EventKind | undefined {
  return NOUN_KIND.get(word);
}

/** Every event noun of the lexicon. */
export function eventNounWords(): Iterable<string> {
  return NOUN_KIND.keys();
}

/** Determiners, possessives and quantifiers: a following word is read as a noun. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those its their his her our my your whose every each some any no another such'.split(' '),
);

/** Prepositions (a following base form is a noun, a following -ing form a gerund). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'of in on at by for with from into onto over under after before since until during despite against about among between through without within across toward towards near amid upon via per like than'.split(' '),
);

/** Subject pronouns: a following base/third/past form is a finite verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('i we you they he she it who which that there'.split(' '));

/** Forms of "help", which takes a bare infinitive ("helped end the war", "help turn this wish into reality"). */
export const HELP_FORMS: ReadonlySet<string> = new Set(['help', 'helps', 'helped', 'helping']);

/** Negated auxiliaries the tokenizer keeps whole, and the auxiliary each carries ("didn't" → "did"). */
const IRREGULAR_NEGATIONS: ReadonlyMap<string, string> = new Map([["won't", 'will'], ["can't", 'can'], ["shan't", 'shall'], ["ain't", 'is']]);

/** The auxiliary in a negated contraction ("weren't" → "were", "won't" → "will"), or undefined. */
export function auxiliaryOfNegation(word: string): string | undefined {
  // Read for most words of a text: the last two codes first ("t" and an apostrophe), before endsWith.
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 116 || word.charCodeAt(n - 2) !== 39 || !word.endsWith("n't")) return undefined;
  return IRREGULAR_NEGATIONS.get(word) ?? word.slice(0, -3);
}

/** Modal auxiliaries. */
export const MODALS: ReadonlySet<string> = new Set("will would shall should can could may might must 'll 'd wo".split(' '));

/** Adverbs that may stand inside a verb group ("has still not crossed", "have always taken", "has long been rumored"). */
export const GROUP_ADVERBS: ReadonlySet<string> = new Set(
  "not n't never also still already just only now then recently reportedly allegedly currently really even ever again since yet soon later earlier quickly finally largely mostly partly nearly almost further apparently initially previously subsequently always often sometimes usually long".split(' '),
);

/** -ly words that are not manner adverbs (nouns, adjectives, months and countries). */
const NOT_LY_ADVERBS: ReadonlySet<string> = new Set(
  'family italy july assembly anomaly monopoly homily lily belly jelly holy ugly silly friendly elderly costly orderly likely unlikely deadly lonely lovely timely untimely unruly unseemly sickly chilly cowardly'.split(' '),
);

/**
 * True for an adverb that may stand inside a verb group: the listed ones, "well" ("is well positioned"), and
 * manner adverbs in -ly that are not verbs themselves ("will formally take", "has quietly asked"; not "supply").
 */
export function isGroupAdverb(word: string): boolean {
  if (GROUP_ADVERBS.has(word) || word === 'well') return true;
  return word.length > 4 && word.endsWith('ly') && !NOT_LY_ADVERBS.has(word) && verbReadings(word).length === 0;
}
