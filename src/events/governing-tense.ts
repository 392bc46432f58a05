/**
 * The tense an untensed event takes from its clause: an event noun ("the attack"), a participle ("forces
 * camped in the desert") or a gerund has no tense of its own, but it happens in the time frame of the finite
 * verb that governs it — the nearest finite verb before it in its sentence, else the nearest after it.
 * Used for bounds against the publication date, never for the event's own `tense`.
 */
import type { Tense } from '../schema.js';
import { isDecreeingVerb, tenseOf, type Aspect, type EventMention } from './event-types.js';

/** A tense and aspect, from an event's own verb group or from the verb governing it. */
export interface TenseFrame {
  readonly tense: Tense;
  readonly aspect: Aspect;
  /** True when the frame was inherited from another event of the sentence. */
  readonly inherited: boolean;
}

/**
 * True for a simple modal that speaks of the time of speaking: "can" ("you can get discounts", "each note can be
 * converted", "Pak can't find buyers"), a present ability, permission or possibility; and any modal on a state
 * ("Kopp may be in Mexico", "we must be clear", "that would be an advantage"), whose time reference is the present
 * (Quirk et al. 4.50–4.58: with a stative verb a modal refers to present time, with a dynamic one to the future).
 * The other modals look ahead ("could see claims", "may yield clues").
 */
export function isPresentModal(e: EventMention): boolean {
  const g = e.group;
  return g?.form === 'modal' && g.aspect === undefined && g.negatedPast !== true && (g.modal === 'can' || e.kind === 'state');
}

const TENSES = ['past', 'present', 'future'] as const;
const ASPECTS = ['none', 'perfective', 'progressive'] as const;
/** The frame of each tense, aspect and inheritance, shared (frozen): at (tense · 3 + aspect) · 2 + inherited. */
const FRAMES: readonly TenseFrame[] = TENSES.flatMap((tense) => ASPECTS.flatMap((aspect) =>
  [false, true].map((inherited) => Object.freeze({ tense, aspect, inherited }))));

function frameOf(tense: Tense, aspect: Aspect, inherited: boolean): TenseFrame {
  // (Comparisons, not indexOf: this runs for nearly every event, and indexOf is a builtin call that compares strings.)
  const t = tense === 'past' ? 0 : tense === 'present' ? 1 : 2;
  const a = aspect === 'none' ? 0 : aspect === 'perfective' ? 1 : 2;
  return FRAMES[(t * 3 + a) * 2 + (inherited ? 1 : 0)] as TenseFrame;
}

const PRESENT = frameOf('present', 'none', false);
const PAST = frameOf('past', 'none', false);
const FUTURE = frameOf('future', 'none', false);
const PRESENT_PROGRESSIVE = frameOf('present', 'progressive', false);

const PAST_INHERITED = frameOf('past', 'none', true);
const PRESENT_INHERITED = frameOf('present', 'none', true);
const FUTURE_INHERITED = frameOf('future', 'none', true);

/**
 * The frame of a noun whose adjective gives its time (noun-time-words.ts), against `given`, the frame its governing
 * verb gives (undefined for none): one over ("the recent attacks will hurt tourism") is past; one to come ("the
 * proposed merger would create", "shareholders will vote on the planned sale") future, one going on ("the current
 * talks are stalled") present — but those two are so at their clause's time, which a past clause puts before now
 * ("the planned sale was completed Tuesday", "kept out pending meetings 10 days ago", "the ongoing strike ended"):
 * there the noun gets no frame. (Inherited, so weaker than a time of the noun's own.)
 */
function frameOfTimeWord(e: EventMention, given: TenseFrame | undefined): TenseFrame | undefined {
  if (e.timeWord === 'over') return PAST_INHERITED;
  if (given !== undefined && (given.tense === 'past' || (given.aspect === 'perfective' && given.tense !== 'future'))) return undefined;
  return e.timeWord === 'ahead' ? FUTURE_INHERITED : PRESENT_INHERITED;
}

/**
 * Verbs of a relation that stands while its noun does: their reduced passive ("a group led by …") is not over. (Not
 * "back" or "support", which news uses of events as often: "forces backed by airstrikes liberated the town".)
 */
const STANDING_RELATIONS: ReadonlySet<string> = new Set([
  'lead', 'own', 'control', 'run', 'hold', 'head', 'dominate', 'sponsor', 'fund', 'finance', 'chair',
  'manage', 'operate', 'employ', 'govern', 'rule', 'occupy', 'guard', 'staff', 'serve', 'represent', 'threaten', 'use',
  'favor', 'oppose', 'watch', 'follow', 'trap', 'surround', 'protect', 'insure', 'guarantee', 'secure', 'dog', 'plague',
  'pose',
]);

/** True for a present of what is to come ("until Iraq complies" after "will remain"; see clauses-ahead.ts). */
const isAhead = (e: EventMention): boolean => e.group?.form === 'finite' && e.group.ahead === true;

/**
 * An event's own frame: its finite tense and aspect (a negated present perfect passive: the present; a present of
 * what is to come: the future; a present perfect progressive: the present progressive); for a present modal (see above), the present; for a perfect or progressive modal, the present of that
 * aspect ("may have been buried": over by now, as a present perfect; "may be hiding": going on now); for a
 * negated past modal, the past ("wouldn't say", "couldn't be reached").
 */
function ownFrame(e: EventMention): TenseFrame | undefined {
  const g = e.group;
  // "A closing date hasn't been set" says what state things are in now (no date is set; TimeBank relates such
  // events to the DCT as OVERLAP), not that an event is over by publication. An active one ("hasn't made
  // overtures") keeps its perfect: it speaks of the time up to now.
  if (g?.form === 'finite' && g.notYet === true) return PRESENT;
  // "until Iraq complies" after "will remain": a present of what is to come (clauses-ahead.ts).
  if (isAhead(e)) return FUTURE;
  // "Oil prices have been falling", "the guard, which has been sitting north of the border": a process that has run
  // up to now and goes on (Quirk et al. 4.27, the perfect progressive of a continuing activity), not one over by
  // publication. (A past one, "had been talking", is over by its past time.)
  if (g?.form === 'finite' && g.continuing === true && g.tense === 'present') return PRESENT_PROGRESSIVE;
  if (g?.form === 'finite') return frameOf(g.tense, g.aspect, false);
  if (isPresentModal(e)) return PRESENT;
  if (g?.form === 'modal' && g.aspect !== undefined) return frameOf('present', g.aspect, false);
  if (g?.form === 'modal' && g.negatedPast === true) return PAST;
  return undefined;
}

/**
 * The frame an event with frame `own` gives the untensed events it governs: its own, but the present for a present
 * of what is to come ("if they lose their battle": the battle is going on; "to fill the gap created by blocked
 * supplies") and the perfect for a perfect progressive (what "has been addressing the slaying" deals with is not
 * going on for that).
 */
function frameGiven(e: EventMention, own: TenseFrame): TenseFrame {
  const g = e.group;
  if (g?.form !== 'finite') return own;
  if (g.ahead === true) return PRESENT;
  return g.continuing === true ? frameOf(g.tense, g.aspect, false) : own;
}

/** The infinitive that is the nearest verb before events[i] (from events[first]), when events[i] is a present participle. */
function infinitiveBefore(events: readonly EventMention[], first: number, i: number): EventMention | undefined {
  const g = (events[i] as EventMention).group;
  if (g?.form !== 'participle' || g.participle !== 'present') return undefined;
  for (let j = i - 1; j >= first; j--) {
    const verb = events[j] as EventMention;
    if (verb.pos === 'verb') return verb.group?.form === 'infinitive' ? verb : undefined;
  }
  return undefined;
}

/** How far after a modal verb its object's head may stand ("would restart the flights", "could delay the new vote"). */
const MODAL_OBJECT_REACH = 3;

/**
 * True when events[to], a noun, is the object of a modal verb ("would", "could", "may" …) among events[from…to): the
 * nearest verb before it, at most MODAL_OBJECT_REACH tokens before it.
 */
function isModalObject(events: readonly EventMention[], from: number, to: number): boolean {
  const noun = events[to] as EventMention;
  for (let j = to - 1; j >= from; j--) {
    const e = events[j] as EventMention;
    if (e.pos !== 'verb') continue;
    return e.group?.form === 'modal' && noun.tokenIndex - e.tokenIndex <= MODAL_OBJECT_REACH;
  }
  return false;
}

/** The verb right after `noun` (an auxiliary or two between) whose subject it is, finite or modal; else undefined. */
export function subjectVerbAfter(noun: EventMention, next: EventMention | undefined): EventMention | undefined {
  const g = next?.group;
  if (next === undefined || next.pos !== 'verb' || g === undefined) return undefined;
  // A modal group stands one word (its modal) after its subject; a finite one its auxiliaries.
  const between = g.form === 'finite' ? g.auxiliaries.length : g.form === 'modal' ? 1 : -1;
  return between >= 0 && next.tokenIndex - noun.tokenIndex === 1 + between ? next : undefined;
}

/** Event nouns of a happening over in a moment. */
const PUNCTUAL_NOUNS: ReadonlySet<string> = new Set(['shooting', 'shootings', 'killing', 'killings', 'death', 'deaths', 'bombing', 'bombings', 'explosion', 'explosions', 'blast', 'crash', 'slaying', 'slayings', 'murder', 'murders', 'assassination', 'ambush', 'earthquake', 'quake', 'massacre', 'kidnapping', 'hijacking', 'attack', 'attacks', 'airstrike', 'raid']);

/** Verbs whose present looks ahead to the happening it names ("fear an attack", "warn of an attack"). */
const LOOKS_AHEAD: ReadonlySet<string> = new Set(['fear', 'expect', 'plan', 'threaten', 'warn', 'predict', 'prevent', 'avert', 'prepare', 'anticipate', 'risk', 'want', 'urge', 'demand', 'vow', 'promise', 'deter']);

/** How many words may stand between a decree and the event noun it calls for ("called a snap general election"). */
const DECREED_NOUN_REACH = 4;

/** True when `noun` closely follows `verb`, a past decree, as what it calls for (schedule-anchors.ts reads the object exactly). */
function isDecreedNoun(noun: EventMention, verb: EventMention): boolean {
  return noun.pos === 'noun' && isDecreeingVerb(verb) && noun.tokenIndex - verb.tokenIndex <= DECREED_NOUN_REACH;
}

/**
 * Maps each event to its tense frame (own or inherited); events with neither are absent. An untensed event
 * inherits from the nearest event before it in its sentence with a frame of its own, else the nearest after it.
 */
export function tenseFrames(events: readonly EventMention[], byPosition?: Array<TenseFrame | undefined>): Map<EventMention, TenseFrame> {
  const frames = new Map<EventMention, TenseFrame>();
  // `byPosition` (when given) gets each frame at its event's index too: the network reads it by position, without a
  // map lookup per event.
  const put = (i: number, e: EventMention, frame: TenseFrame): void => {
    frames.set(e, frame);
    if (byPosition !== undefined) byPosition[i] = frame;
  };
  // Events come in text order, so a sentence's events are a run [first, end) of the list.
  const own: Array<TenseFrame | undefined> = events.map(ownFrame);
  for (let first = 0, end = 0; first < events.length; first = end) {
    const sentence = (events[first] as EventMention).sentenceIndex;
    while (end < events.length && (events[end] as EventMention).sentenceIndex === sentence) end++;
    for (let i = first; i < end; i++) {
      const e = events[i] as EventMention;
      const frame = own[i];
      if (frame !== undefined) { put(i, e, frame); continue; }
      if (e.pos !== 'noun' && e.group?.form !== 'participle') continue;
      // A reduced relative ("soldiers massing in Saudi Arabia") describes its noun; its time is not the clause's.
      if (e.group?.form === 'participle' && e.group.postnominal === true) continue;
      // So does a reduced passive with its agent: what it tells of made the noun what it is, before now ("the gap
      // created by blocked supplies", "regulations mandated by the new act", "bonds already weakened by defaults"),
      // unless it is a standing relation, which holds of the noun ("a group led by Crescott", "an academy funded by
      // the Saudi government").
      if (e.group?.form === 'participle' && e.group.byAgent === true) {
        if (!STANDING_RELATIONS.has(e.lemma)) put(i, e, PAST_INHERITED);
        continue;
      }
      // A participial clause after an infinitive to come tells of what comes with it ("is expected to make landfall on
      // Saturday, bringing winds"), not of the verb that expects it. (After an untensed one it keeps the clause's
      // frame: "tried to flee, running across the field" is past; taking none lost two AQUAINT readings.)
      const infinitive = infinitiveBefore(events, first, i);
      if (infinitive !== undefined && tenseOf(infinitive) === 'future') { put(i, e, FUTURE_INHERITED); continue; }
      // A noun right before its own verb is that verb's subject ("until the storm passes", "full service could take
      // until Tuesday"): it takes that verb's frame, or none from a modal or a future, not the frame of a verb before it.
      const verbAfter = e.pos === 'noun' && i + 1 < end ? subjectVerbAfter(e, events[i + 1] as EventMention) : undefined;
      if (verbAfter !== undefined) {
        const f = own[i + 1];
        // (A future verb's subject is no future itself: "the newly filed charges will intensify the manhunt".)
        if (f !== undefined && f.tense !== 'future' && e.timeWord === 'none') put(i, e, frameOf(f.tense, f.aspect, true));
        if (e.timeWord === 'none') continue;
      }
      let governor = -1;
      for (let j = i - 1; j >= first && governor < 0; j--) if (own[j] !== undefined) governor = j;
      // (A noun after a modal verb is what the modal speaks of, in no tense of a verb before it: "said the government
      // would restart the flights".)
      if (e.pos === 'noun' && isModalObject(events, governor < 0 ? first : governor + 1, i)) continue;
      for (let j = i + 1; j < end && governor < 0; j++) if (own[j] !== undefined) governor = j;
      // What a past decree calls for is yet to come, at the decree's time: "called a snap election" gives the election no past.
      if (governor >= 0 && governor < i && isDecreedNoun(e, events[governor] as EventMention)) continue;
      const f = governor < 0 ? undefined : frameGiven(events[governor] as EventMention, own[governor] as TenseFrame);
      if (e.pos === 'noun' && e.timeWord !== 'none') {
        const byWord = frameOfTimeWord(e, f);
        if (byWord !== undefined) put(i, e, byWord);
      } else if (f !== undefined && f.tense === 'present' && f.aspect !== 'perfective' && e.pos === 'noun' && PUNCTUAL_NOUNS.has(e.lemma) && !LOOKS_AHEAD.has((events[governor] as EventMention).lemma)) {
        // A happening over in a moment, named in a present clause, is one already past: "is being sought as a witness
        // in the shooting", "is responsible for the death of" — unless the clause looks ahead to it ("fear an attack",
        // "warn of an attack").
        put(i, e, PAST_INHERITED);
      } else if (f !== undefined) put(i, e, frameOf(f.tense, f.aspect, true));
    }
  }
  return frames;
}
