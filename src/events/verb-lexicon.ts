/**
 * The verb lexicon: irregular inflections, common regular verbs of news text, and the TimeML-style class of
 * verbs that are not plain occurrences. Typed data, indexed once at module load.
 */
import type { EventKind } from '../schema.js';
import { WordTable } from './word-table.js';

/** [base, past, past participle] of irregular verbs (variants separated by "|"). */
const IRREGULAR: ReadonlyArray<readonly [string, string, string]> = [
  ['arise', 'arose', 'arisen'], ['awake', 'awoke', 'awoken'], ['be', 'was|were', 'been'], ['bear', 'bore', 'borne|born'],
  ['beat', 'beat', 'beaten'], ['become', 'became', 'become'], ['begin', 'began', 'begun'], ['bend', 'bent', 'bent'],
  ['bet', 'bet', 'bet'], ['bid', 'bid', 'bid'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'],
  ['bleed', 'bled', 'bled'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'], ['bring', 'brought', 'brought'],
  ['build', 'built', 'built'], ['burn', 'burnt|burned', 'burnt|burned'], ['burst', 'burst', 'burst'], ['buy', 'bought', 'bought'],
  ['cast', 'cast', 'cast'], ['catch', 'caught', 'caught'], ['choose', 'chose', 'chosen'], ['come', 'came', 'come'],
  ['cost', 'cost', 'cost'], ['creep', 'crept', 'crept'], ['cut', 'cut', 'cut'], ['deal', 'dealt', 'dealt'],
  ['dig', 'dug', 'dug'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'],
  ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'], ['feed', 'fed', 'fed'],
  ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'], ['find', 'found', 'found'], ['flee', 'fled', 'fled'],
  ['fly', 'flew', 'flown'], ['forbid', 'forbade', 'forbidden'], ['forecast', 'forecast', 'forecast'], ['foresee', 'foresaw', 'foreseen'],
  ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'], ['freeze', 'froze', 'frozen'], ['get', 'got', 'got|gotten'],
  ['give', 'gave', 'given'], ['go', 'went', 'gone'], ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'],
  ['have', 'had', 'had'], ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'], ['hit', 'hit', 'hit'],
  ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'], ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'], ['lead', 'led', 'led'], ['leave', 'left', 'left'], ['lend', 'lent', 'lent'],
  ['let', 'let', 'let'], ['lie', 'lay', 'lain'], ['light', 'lit', 'lit'], ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'], ['mislead', 'misled', 'misled'],
  ['overcome', 'overcame', 'overcome'], ['overtake', 'overtook', 'overtaken'], ['overthrow', 'overthrew', 'overthrown'],
  ['overrun', 'overran', 'overrun'], ['oversee', 'oversaw', 'overseen'], ['override', 'overrode', 'overridden'], ['overhear', 'overheard', 'overheard'],
  ['overpay', 'overpaid', 'overpaid'], ['outdo', 'outdid', 'outdone'], ['outgrow', 'outgrew', 'outgrown'], ['withstand', 'withstood', 'withstood'],
  ['retake', 'retook', 'retaken'], ['rewrite', 'rewrote', 'rewritten'], ['redo', 'redid', 'redone'], ['rerun', 'reran', 'rerun'],
  ['remake', 'remade', 'remade'], ['resell', 'resold', 'resold'], ['rethink', 'rethought', 'rethought'], ['undo', 'undid', 'undone'],
  ['dive', 'dove|dived', 'dived'], ['fling', 'flung', 'flung'], ['kneel', 'knelt', 'knelt'],
  ['leap', 'leapt', 'leapt'], ['slay', 'slew', 'slain'], ['strive', 'strove', 'striven'], ['weep', 'wept', 'wept'], ['breed', 'bred', 'bred'],
  ['pay', 'paid', 'paid'], ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'],
  ['rebuild', 'rebuilt', 'rebuilt'], ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'], ['rise', 'rose', 'risen'],
  ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'], ['seek', 'sought', 'sought'],
  ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'], ['shake', 'shook', 'shaken'],
  ['shoot', 'shot', 'shot'], ['show', 'showed', 'shown'], ['shut', 'shut', 'shut'], ['sing', 'sang', 'sung'],
  ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'], ['sleep', 'slept', 'slept'], ['slide', 'slid', 'slid'],
  ['speak', 'spoke', 'spoken'], ['spend', 'spent', 'spent'], ['spread', 'spread', 'spread'], ['stand', 'stood', 'stood'],
  ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'], ['strike', 'struck', 'struck|stricken'], ['swear', 'swore', 'sworn'],
  ['sweep', 'swept', 'swept'], ['swim', 'swam', 'swum'], ['take', 'took', 'taken'], ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'],
  ['undergo', 'underwent', 'undergone'], ['understand', 'understood', 'understood'], ['undertake', 'undertook', 'undertaken'],
  ['uphold', 'upheld', 'upheld'], ['upset', 'upset', 'upset'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'],
  ['win', 'won', 'won'], ['withdraw', 'withdrew', 'withdrawn'], ['withhold', 'withheld', 'withheld'], ['write', 'wrote', 'written'], ['underwrite', 'underwrote', 'underwritten'],
  ['split', 'split', 'split'], ['shed', 'shed', 'shed'], ['spin', 'spun', 'spun'], ['sling', 'slung', 'slung'],
  ['shrink', 'shrank', 'shrunk'], ['cling', 'clung', 'clung'], ['repay', 'repaid', 'repaid'], ['outbid', 'outbid', 'outbid'],
  ['thrust', 'thrust', 'thrust'], ['forgo', 'forwent', 'forgone'], ['outrun', 'outran', 'outrun'], ['offset', 'offset', 'offset'],
];

/** Common regular verbs of news text (base forms). Regular inflections are derived from these. */
const REGULAR = `
abandon abduct abolish absorb abuse accelerate accept accompany accuse achieve acknowledge acquire act adapt add
address adjourn adjust admit adopt advance advise advocate affect affirm agree aid aim alert allege allow alter
amend announce answer appeal appear applaud apply appoint approach approve argue arm arrange arrest arrive ask
assassinate assault assemble assert assess assign assist assume assure attach attack attempt attend attract
authorize avert avoid await back ban bar bargain base battle bear beg behave believe belong benefit besiege
block blame bolster bomb boost borrow bounce boycott breach brief broadcast bury call campaign cancel capture care
carry cause cease celebrate challenge change charge chase cheer cite claim clash clear climb close collapse collect
combine comment commit compare compete complain complete comply concede conclude condemn conduct confirm confiscate
confront connect consider consist consolidate construct consult contact contain continue contribute control convene
convict convince cooperate coordinate count cover crack crash create criticize cross crush cry cure damage
dash decide declare decline decrease defeat defend defuse delay deliver demand demolish deny depart depend deploy
deport describe deserve design destroy detain determine develop die differ disappear discover discuss dismiss divest
dispatch displace dispute dissolve distribute divide document donate double doubt drop drown earn ease elect
eliminate embrace emerge employ enable encourage end endorse endure enforce engage enjoy ensure enter equip erupt
escalate escape establish estimate evacuate evaluate examine exceed exchange execute exist expand expect expel
experience explain explode exploit export expose express extend face fail fear figure file fill finance finish fire
fix flood flow follow force form free fund gain gather govern grab grant guarantee guard halt handle happen harm
head heal help hire hope host house identify ignore imagine impact implement import impose improve include
increase indicate inform injure insist inspect install instruct intend intensify interrupt intervene interview
introduce invade invest investigate invite involve issue join judge jump kidnap kill land last launch learn
liberate lift like limit link list listen live load loan locate look loot lower maintain manage march mark marry
matter merge miss mobilize monitor mount move murder name need negotiate note notice notify obey object observe
obtain occupy occur offer open operate oppose order organize overturn owe own participate pass patrol pause
perform permit persuade phone pick place plan plant play plead please pledge plunge point poison pose possess
postpone pour praise pray predict prefer prepare present preserve press pressure prevail prevent proceed process
produce promise promote propose prosecute protect protest prove provide provoke publish pull punish purchase pursue
push question raid raise rally rank reach react realize rebel recall receive reckon recognize recommend record
recover recruit reduce refer reflect reform refuse regain register regret reinforce reject relate release rely
remain remember remove renew repair repeat replace reply report represent request require rescue resign resist
resolve respond rest restore restrict result resume retain retake retaliate retire retreat return reveal review
revise ride rob rule sail save schedule score search secure seize sentence separate serve settle share shell ship
shift shout sign signal slash slip slow smuggle solve spark spill sponsor stabilize stage start starve state stay
step stop store storm strand strengthen stress strip struggle study submit succeed suffer suggest supply support
suppose surge surprise surrender surround survive suspect suspend sustain talk target tend terminate test testify
thank threaten topple total touch tour track trade train transfer transport travel treat trigger trust try turn
urge use vacate value violate visit voice vote wait walk want warn wash watch weaken welcome widen wish witness
wonder work worry wound yield rain crumble fluctuate plummet soar tumble rebound slump climb merge acquire
accord expire rejoin redeem repatriate boast stream cosponsor outnumber accumulate drag disavow surface concentrate
repel placate dilute slash square rate liquidate specify outflow simulate divulge purport elaborate antagonize
signify underscore prohibit enhance inflame precede descend commemorate heighten exclude wave pack dismiss
date dignify distort articulate disclose reiterate resemble weigh plague favor favour respect comprise total
hasten outlast outsmart endure invigorate finance mortgage tender cede fuel risk lack raid treat block vow
downgrade upgrade rebuff revive soften stall ratify rebuke reaffirm emphasize emphasise recommend underline
seem post match direct hand rush quote stir dominate fulfill fulfil reassure acquit relinquish disqualify
trim curb tighten loosen narrow dampen spur unveil restructure downsize sue indict oust bombard ambush mediate shelve
reopen reconvene restart reconnect relaunch reinstate spell
dry worsen deepen flare spike resurface persist subside recede dwindle wane fade ebb linger
`.trim().split(/\s+/);

/** Kinds of verbs that are not plain occurrences (TimeML classes REPORTING, PERCEPTION, ASPECTUAL, I_*, STATE). */
const KIND_OF_LEMMA: Readonly<Record<Exclude<EventKind, 'occurrence'>, string>> = {
  reporting: 'say tell announce report state add warn claim confirm deny declare note explain comment insist assert allege testify describe reply respond remark disclose reveal acknowledge admit predict quote cite brief accord maintain indicate divulge purport elaborate reiterate reaffirm emphasize emphasise',
  perception: 'see hear watch observe notice witness feel view spot perceive',
  aspectual: 'begin start continue finish end stop complete cease resume halt keep initiate launch',
  intention: 'want plan intend try attempt seek hope expect decide agree promise threaten ask urge order demand request offer refuse fear believe think wish consider propose pledge vow aim schedule prepare allow permit force help call need decline prevent avoid delay postpone cancel investigate persuade invite authorize approve accuse',
  state: 'be have remain stay exist belong contain own possess seem appear know depend lie live mean matter resemble',
};

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'pastOrParticiple' | 'gerund';

export interface VerbReading {
  readonly lemma: string;
  readonly form: VerbForm;
}

const FORMS = new Map<string, VerbReading[]>();
const LEMMAS = new Set<string>();

function addForm(word: string, reading: VerbReading): void {
  const list = FORMS.get(word);
  if (list === undefined) FORMS.set(word, [reading]);
  else if (!list.some((r) => r.lemma === reading.lemma && r.form === reading.form)) list.push(reading);
}

function thirdPerson(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Words whose final consonant doubles before -ed/-ing (stressed final syllable); the short list covers news verbs. */
const DOUBLING = new Set(['ban', 'bar', 'bomb', 'commit', 'control', 'drop', 'grab', 'kidnap', 'occur', 'plan', 'plug', 'prefer', 'refer', 'regret', 'rob', 'ship', 'slip', 'step', 'stop', 'strip', 'submit', 'admit', 'permit', 'transfer', 'hit', 'cut', 'put', 'run', 'sit', 'set', 'win', 'get', 'begin', 'swim', 'shut', 'spin', 'bet', 'let', 'split', 'quit', 'dig', 'shed', 'trim', 'spur']);

function stemForSuffix(base: string): string {
  if (DOUBLING.has(base) && /[^aeiou][aeiou][bdgklmnprt]$/.test(base)) return base + base.slice(-1);
  return base;
}

function pastRegular(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${stemForSuffix(base)}ed`;
}

function gerund(base: string): string {
  if (base === 'be' || base === 'see' || base === 'flee' || base === 'agree') return `${base}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^e]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${stemForSuffix(base)}ing`;
}

for (const [base, past, participle] of IRREGULAR) {
  LEMMAS.add(base);
  addForm(base, { lemma: base, form: 'base' });
  addForm(thirdPerson(base), { lemma: base, form: 'third' });
  addForm(gerund(base), { lemma: base, form: 'gerund' });
  for (const p of past.split('|')) addForm(p, { lemma: base, form: p === participle ? 'pastOrParticiple' : 'past' });
  for (const p of participle.split('|')) if (!past.split('|').includes(p)) addForm(p, { lemma: base, form: 'participle' });
}
for (const base of REGULAR) {
  if (LEMMAS.has(base)) continue;
  LEMMAS.add(base);
  addForm(base, { lemma: base, form: 'base' });
  addForm(thirdPerson(base), { lemma: base, form: 'third' });
  addForm(pastRegular(base), { lemma: base, form: 'pastOrParticiple' });
  addForm(gerund(base), { lemma: base, form: 'gerund' });
}
addForm('is', { lemma: 'be', form: 'third' });
addForm('are', { lemma: 'be', form: 'base' });
addForm('am', { lemma: 'be', form: 'base' });
addForm('has', { lemma: 'have', form: 'third' });
addForm("'s", { lemma: 'be', form: 'third' });

const KIND = new Map<string, EventKind>();
for (const [kind, lemmas] of Object.entries(KIND_OF_LEMMA) as Array<[EventKind, string]>) {
  for (const lemma of lemmas.split(' ')) if (!KIND.has(lemma)) KIND.set(lemma, kind);
}

const NO_READINGS: readonly VerbReading[] = Object.freeze([]);
/** The forms, for lookups by fresh token strings (word-table.ts). */
const FORM_TABLE = new WordTable<readonly VerbReading[]>(FORMS);

/** The readings of a lowercase word as a known verb form (empty when it is not in the lexicon). */
export function verbReadings(word: string): readonly VerbReading[] {
  return FORM_TABLE.get(word) ?? NO_READINGS;
}

/** Every word the lexicon knows as a verb form. */
export function verbFormWords(): Iterable<string> {
  return FORMS.keys();
}

/** True when the lemma is a known verb. */
export function isKnownVerb(lemma: string): boolean {
  return LEMMAS.has(lemma);
}

/** The event kind of a verb lemma (occurrence unless listed). */
export function kindOfVerb(lemma: string): EventKind {
  return KIND.get(lemma) ?? 'occurrence';
}

/**
 * Guesses a regular -ed or -ing form of a verb missing from the lexicon (suffix heuristics), e.g. "evacuated",
 * "shelling". Returns undefined for words that are unlikely verb forms.
 */
export function guessRegularForm(word: string): VerbReading | undefined {
  // Every guess below needs an -ed or -ing ending: most words are ruled out here, before the set lookup.
  const last = word.charCodeAt(word.length - 1);
  if ((last !== 100 || !word.endsWith('ed')) && (last !== 103 || !word.endsWith('ing'))) return undefined;
  if (word.length < 5 || word.includes('-') || NOT_VERB_SUFFIXED.has(word)) return undefined;
  if (word.endsWith('ied')) return { lemma: `${word.slice(0, -3)}y`, form: 'pastOrParticiple' };
  if (word.endsWith('ed') && /[^e]ed$|[^aeiou]eed$/.test(word)) {
    const stem = word.slice(0, -2);
    const lemma = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : /(at|iz|is|ur|uc|as|iv|ag|ud|ov|nc|rg|lv|ch)$/.test(stem) ? `${stem}e` : stem;
    return { lemma, form: 'pastOrParticiple' };
  }
  if (word.endsWith('ing') && word.length >= 6) {
    const stem = word.slice(0, -3);
    const lemma = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    return { lemma, form: 'gerund' };
  }
  return undefined;
}

/** Words ending in -ed or -ing that are not verb forms. */
const NOT_VERB_SUFFIXED = new Set([
  'during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'thing', 'things', 'building',
  'buildings', 'ceiling', 'according', 'including', 'regarding', 'concerning', 'pending', 'spring', 'string', 'king',
  'wedding', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'beloved', 'wretched', 'ragged', 'crooked',
  'learned', 'aged', 'shed', 'bed', 'red', 'bred', 'sled', 'speed', 'breed', 'creed', 'greed', 'weed', 'seed', 'feed',
  'need', 'indeed', 'ceiling', 'sibling', 'darling', 'viking', 'pudding', 'herring', 'shilling', 'sterling', 'bring',
  'ring', 'sing', 'swing', 'sling', 'wing', 'ping', 'offspring', 'outstanding', 'interesting', 'boring', 'willing',
  'unwilling', 'ongoing', 'oncoming', 'upcoming', 'forthcoming', 'following', 'beijing', 'wyoming', 'reading',
]);
