/**
 * The tense an untensed event takes from its clause: an event noun ("the attack"), a participle ("forces
 * camped in the desert") or a gerund has no tense of its own, but it happens in the time frame of the finite
 * verb that governs it — the nearest finite verb before it in its sentence, else the nearest after it.
 * Used for bounds against the publication date, never for the event's own `tense`.
 */
import type { Tense } from '../schema.js';
import type { Aspect, EventMention } from './event-types.js';

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

/**
 * An event's own frame: its finite tense and aspect; for a present modal (see above), the present; for a perfect or progressive modal, the present of that
 * aspect ("may have been buried": over by now, as a present perfect; "may be hiding": going on now); for a
 * negated past modal, the past ("wouldn't say", "couldn't be reached").
 */
function ownFrame(e: EventMention): TenseFrame | undefined {
  const g = e.group;
  if (g?.form === 'finite') return { tense: g.tense, aspect: g.aspect, inherited: false };
  if (isPresentModal(e)) return { tense: 'present', aspect: 'none', inherited: false };
  if (g?.form === 'modal' && g.aspect !== undefined) return { tense: 'present', aspect: g.aspect, inherited: false };
  if (g?.form === 'modal' && g.negatedPast === true) return { tense: 'past', aspect: 'none', inherited: false };
  return undefined;
}

/** Maps each event to its tense frame (own or inherited); events with neither are absent. */
export function tenseFrames(events: readonly EventMention[]): Map<EventMention, TenseFrame> {
  const frames = new Map<EventMention, TenseFrame>();
  const bySentence = new Map<number, EventMention[]>();
  for (const e of events) {
    const list = bySentence.get(e.sentenceIndex);
    if (list === undefined) bySentence.set(e.sentenceIndex, [e]);
    else list.push(e);
  }
  for (const list of bySentence.values()) {
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as EventMention;
      const own = ownFrame(e);
      if (own !== undefined) { frames.set(e, own); continue; }
      if (e.pos !== 'noun' && e.group?.form !== 'participle') continue;
      // A reduced relative ("soldiers massing in Saudi Arabia") describes its noun; its time is not the clause's.
      if (e.group?.form === 'participle' && e.group.postnominal === true) continue;
      let governor: TenseFrame | undefined;
      for (let j = i - 1; j >= 0 && governor === undefined; j--) governor = ownFrame(list[j] as EventMention);
      for (let j = i + 1; j < list.length && governor === undefined; j++) governor = ownFrame(list[j] as EventMention);
      if (governor !== undefined) frames.set(e, { ...governor, inherited: true });
    }
  }
  return frames;
}
