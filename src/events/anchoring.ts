/**
 * The link of an event to a time expression that the anchoring passes (anchor.ts, clause-anchor.ts,
 * offset-anchor.ts, range-anchor.ts, phase-links.ts) make and the sequencing reads.
 */
import type { TLinkType, Timex } from '../schema.js';
import type { EventMention } from './event-types.js';

/** An event–time link: `event` happens in relation `relation` to the timex. */
export interface Anchoring {
  readonly event: EventMention;
  readonly timex: Timex;
  readonly relation: TLinkType;
  /** The signal word that decided the relation ("before", "since"), if any. */
  readonly signal?: string;
  /**
   * `direct`: the time expression modifies this event ("left … six days ago", "the 1996 campaign");
   * `clause`: the event shares a sentence with it and is placed against it by tense (see clause-anchor.ts).
   */
  readonly scope: 'direct' | 'clause';
}

/**
 * An anchoring, made here and only here, with all its keys in one order (`signal` undefined when there is none):
 * the passes reading anchorings then see one hidden class, where the ten literals that made them had made seven, and
 * V8 reads a property megamorphically (a global-cache lookup) at a site that has seen more than four.
 */
export function anchoringOf(event: EventMention, timex: Timex, relation: TLinkType, scope: Anchoring['scope'], signal?: string): Anchoring {
  return { event, timex, relation, scope, signal };
}
