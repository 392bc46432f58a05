/**
 * Phases of events (TimeML's aspectual links): an aspectual verb begins or ends the event it is about — its subject
 * noun ("the war began", "the strike ended"), its object noun ("launched an offensive", "ended the talks") or its
 * -ing complement ("began shelling", "stopped asking"). The beginning of the war is when the war starts.
 */
import { anchoringOf, type Anchoring } from './anchoring.js';
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { eventAtToken } from './event-types.js';
import { WordClass } from './lexeme.js';
import type { Token } from './tokens.js';

export type Phase = 'begin' | 'end';

/** An aspectual verb and the event it begins or ends. */
export interface PhaseLink {
  readonly kind: 'phase';
  readonly verb: EventMention;
  readonly event: EventMention;
  readonly phase: Phase;
  readonly via: string;
}

const PHASE_OF_LEMMA: ReadonlyMap<string, Phase> = new Map([
  ['begin', 'begin'], ['start', 'begin'], ['launch', 'begin'], ['initiate', 'begin'], ['resume', 'begin'],
  ['end', 'end'], ['finish', 'end'], ['stop', 'end'], ['complete', 'end'], ['cease', 'end'], ['halt', 'end'],
]);

/** How far (in tokens) an object noun may follow its verb: a determiner and up to two modifiers. */
const OBJECT_REACH = 4;

/** The phase links of a sentence, added to `out`. */
export function phaseLinks(sentence: AnalyzedSentence, out: Array<PhaseLink | { readonly kind: string }>): void {
  for (const verb of sentence.events) {
    const phase = phaseOf(verb);
    if (phase === undefined) continue;
    const event = phasedEvent(sentence, verb);
    if (event !== undefined) out.push({ kind: 'phase', verb, event, phase, via: `"${event.text} … ${verb.text}"` });
  }
}

/** The phase an aspectual verb marks, if it is one that begins or ends. */
export function phaseOf(verb: EventMention): Phase | undefined {
  return verb.pos === 'verb' && verb.kind === 'aspectual' ? PHASE_OF_LEMMA.get(verb.lemma) : undefined;
}

/** What the aspectual verb phases: the -ing form or object noun after it, else the subject noun right before it. */
export function phasedEvent(sentence: AnalyzedSentence, verb: EventMention): EventMention | undefined {
  const { tokens } = sentence;
  const next = eventAtToken(sentence, verb.tokenIndex + 1);
  if (next !== undefined && next.pos === 'verb' && next.group?.form === 'participle' && next.group.participle === 'present') return next;
  for (let k = verb.tokenIndex + 1; k < tokens.length && k <= verb.tokenIndex + OBJECT_REACH; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || (t.lexeme.classes & WordClass.preposition) !== 0) break;
    const e = eventAtToken(sentence, k);
    if (e !== undefined) return e.pos === 'noun' ? e : undefined;
  }
  // The subject right before it: a noun, or an -ing form named as the act that ends ("Early voting ended Friday"; one
  // that begins goes on, and reads no past from the verb's tense: "Fighting began on Monday" is left as it was).
  // …or the noun a relative "which" / "that" right before the verb stands for ("the recall, which begins next month").
  const subject = eventAtToken(sentence, verb.tokenIndex - 1) ?? relativeAntecedent(sentence, verb.tokenIndex - 1);
  const g = subject?.group;
  const endedAct = g?.form === 'participle' && g.participle === 'present' && phaseOf(verb) === 'end';
  return subject !== undefined && (subject.pos === 'noun' || endedAct) ? subject : undefined;
}

/** The noun before ", which" or "that" at token `at` (the relative word), else undefined. */
function relativeAntecedent(sentence: AnalyzedSentence, at: number): EventMention | undefined {
  const { tokens } = sentence;
  const w = tokens[at]?.lower;
  if (w !== 'which' && w !== 'that') return undefined;
  const before = tokens[at - 1]?.text === ',' ? at - 2 : w === 'that' ? at - 1 : -1;
  const noun = before < 0 ? undefined : eventAtToken(sentence, before);
  return noun?.pos === 'noun' ? noun : undefined;
}

/**
 * The direct anchorings with a time that dates an aspectual verb's -ing complement moved to the verb, and the
 * complement begun or ended by that time: "began shelling the city on Monday" is a beginning on Monday, the shelling
 * BEGUN_BY Monday (it goes on after it). `sentenceOf` finds the sentence of an event.
 */
export function withPhaseAnchors(direct: readonly Anchoring[], sentenceOf: (event: EventMention) => AnalyzedSentence | undefined): Anchoring[] {
  let out: Anchoring[] | undefined;
  const anchored = new Set(direct.map((a) => a.event));
  for (let k = 0; k < direct.length; k++) {
    const a = direct[k] as Anchoring;
    const sentence = a.relation === 'IS_INCLUDED' && a.event.group?.form === 'participle' ? sentenceOf(a.event) : undefined;
    const verb = sentence === undefined ? undefined : eventAtToken(sentence, a.event.tokenIndex - 1);
    const phase = verb === undefined ? undefined : phaseOf(verb);
    if (verb === undefined || phase === undefined || anchored.has(verb) || phasedEvent(sentence as AnalyzedSentence, verb) !== a.event) {
      out?.push(a);
      continue;
    }
    out ??= direct.slice(0, k);
    out.push(anchoringOf(verb, a.timex, a.relation, a.scope, a.signal));
    out.push(anchoringOf(a.event, a.timex, phase === 'begin' ? 'BEGUN_BY' : 'ENDED_BY', a.scope, a.signal));
    anchored.add(verb);
  }
  return out ?? (direct as Anchoring[]);
}
