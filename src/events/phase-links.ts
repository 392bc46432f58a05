/**
 * Phases of events (TimeML's aspectual links): an aspectual verb begins or ends the event it is about — its subject
 * noun ("the war began", "the strike ended"), its object noun ("launched an offensive", "ended the talks") or its
 * -ing complement ("began shelling", "stopped asking"). The beginning of the war is when the war starts.
 */
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
    if (verb.pos !== 'verb' || verb.kind !== 'aspectual') continue;
    const phase = PHASE_OF_LEMMA.get(verb.lemma);
    if (phase === undefined) continue;
    const event = phasedEvent(sentence, verb);
    if (event !== undefined) out.push({ kind: 'phase', verb, event, phase, via: `"${event.text} … ${verb.text}"` });
  }
}

/** What the aspectual verb phases: the -ing form or object noun after it, else the subject noun right before it. */
function phasedEvent(sentence: AnalyzedSentence, verb: EventMention): EventMention | undefined {
  const { tokens } = sentence;
  const next = eventAtToken(sentence, verb.tokenIndex + 1);
  if (next !== undefined && next.pos === 'verb' && next.group?.form === 'participle' && next.group.participle === 'present') return next;
  for (let k = verb.tokenIndex + 1; k < tokens.length && k <= verb.tokenIndex + OBJECT_REACH; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || (t.lexeme.classes & WordClass.preposition) !== 0) break;
    const e = eventAtToken(sentence, k);
    if (e !== undefined) return e.pos === 'noun' ? e : undefined;
  }
  const subject = eventAtToken(sentence, verb.tokenIndex - 1);
  return subject !== undefined && subject.pos === 'noun' ? subject : undefined;
}
