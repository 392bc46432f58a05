/**
 * Scoring events against gold TLINKs (issue 3), micro-averaged over documents:
 *   - anchoring: of the gold TLINKs between an EVENT and a TIMEX3 of the same sentence (the DCT excluded),
 *     the share where the system event with the same span has `anchor.timexId` naming a system timex that
 *     overlaps the gold timex. Each (event, timex) pair counts once.
 *   - relation to the DCT: of the gold TLINKs between an event and the DCT, mapped to BEFORE / AFTER / OVERLAP
 *     (BEFORE, IBEFORE → BEFORE; AFTER, IAFTER → AFTER; everything else → OVERLAP), the share where the system
 *     event with the same span gets the same class from its `when` bounds against the DCT's span (its day, or the
 *     moment itself when it gives a time): end ≤ span start → BEFORE; start ≥ span end → AFTER; else OVERLAP. Each event counts once (its first link).
 * A gold event the system did not find counts as a miss in both.
 *   - extraction (TempEval-3 Task B): system event triggers against gold EVENT spans, exact match, as precision,
 *     recall and F1; class F1 is the share of matched events whose kind agrees with the gold TimeML class (see
 *     `kindMatchesClass`) times that F1, as the official scorer computes attribute F1.
 */
import { DateTime } from 'luxon';
import type { Analysis, ChronicleEvent } from '../schema.js';
import type { EventClass, TimemlDocument, TimemlRelType } from '../timeml/document.js';
import { publicationDateOf } from '../timeml/reader.js';
import { overlaps } from './matching.js';
import { sentenceIndexAt, splitSentences } from './sentences.js';
import { precisionRecall, type PrecisionRecall, type ScoredDocument } from './tempeval.js';

export type DctClass = 'BEFORE' | 'AFTER' | 'OVERLAP';
export const DCT_CLASSES: readonly DctClass[] = ['BEFORE', 'AFTER', 'OVERLAP'];

/** Why a gold anchoring link was missed (or `correct`). */
export type AnchoringOutcome = 'correct' | 'noSystemEvent' | 'noAnchor' | 'otherTimex';

export interface EventCounts {
  /** System events over all documents: 0 means the figures are not applicable yet. */
  systemEvents: number;
  goldEvents: number;
  /** System events whose trigger span is exactly a gold EVENT's, and of those, the ones whose kind fits its class. */
  matchedEvents: number;
  matchedClass: number;
  anchoring: Record<AnchoringOutcome, number>;
  /** Gold DCT class → system class (or `missing` when no system event has the span) → count. */
  dctConfusion: Record<DctClass, Record<DctClass | 'missing', number>>;
}

export interface EventScores {
  counts: EventCounts;
  /** Share of gold same-sentence event–time links the system reproduces; undefined when not applicable. */
  anchoringAccuracy: number | undefined;
  anchoringLinks: number;
  /** Share of gold event–DCT links whose class the system gets; undefined when not applicable. */
  dctAccuracy: number | undefined;
  dctLinks: number;
  /** Event extraction, exact trigger spans; undefined when not applicable. */
  extraction: PrecisionRecall | undefined;
  /** Share of matched events with the right class × extraction F1; undefined when not applicable. */
  classF1: number | undefined;
}

export function emptyEventCounts(): EventCounts {
  const row = (): Record<DctClass | 'missing', number> => ({ BEFORE: 0, AFTER: 0, OVERLAP: 0, missing: 0 });
  return {
    systemEvents: 0,
    goldEvents: 0,
    matchedEvents: 0,
    matchedClass: 0,
    anchoring: { correct: 0, noSystemEvent: 0, noAnchor: 0, otherTimex: 0 },
    dctConfusion: { BEFORE: row(), AFTER: row(), OVERLAP: row() },
  };
}

/** The BEFORE / AFTER / OVERLAP class of "event relType DCT". */
export function dctClassOf(relType: TimemlRelType): DctClass {
  if (relType === 'BEFORE' || relType === 'IBEFORE') return 'BEFORE';
  if (relType === 'AFTER' || relType === 'IAFTER') return 'AFTER';
  return 'OVERLAP';
}

function invert(dctClass: DctClass): DctClass {
  return dctClass === 'BEFORE' ? 'AFTER' : dctClass === 'AFTER' ? 'BEFORE' : 'OVERLAP';
}

/** The class of the event against the DCT in a link between them, whichever way the link is written. */
export function eventDctClass(link: { from: { kind: string }; relType: TimemlRelType }): DctClass {
  const asWritten = dctClassOf(link.relType);
  return link.from.kind === 'event' ? asWritten : invert(asWritten);
}

/** The class of a system event's `when` bounds against the DCT span [spanStart, spanEnd) (a day, or a moment). */
export function systemDctClass(event: ChronicleEvent, spanStart: number, spanEnd: number): DctClass {
  const end = event.when.end === null ? undefined : DateTime.fromISO(event.when.end, { setZone: true }).toMillis();
  const start = event.when.start === null ? undefined : DateTime.fromISO(event.when.start, { setZone: true }).toMillis();
  if (end !== undefined && end <= spanStart) return 'BEFORE';
  if (start !== undefined && start >= spanEnd) return 'AFTER';
  return 'OVERLAP';
}

/**
 * True when Chronicle's kind names the TimeML class: an intention is an I_ACTION or an I_STATE ("want", "hope",
 * "try", "promise" fall on either side in TimeML); a state is a STATE.
 */
export function kindMatchesClass(kind: ChronicleEvent['kind'], goldClass: EventClass): boolean {
  return kind === 'intention' ? goldClass === 'I_ACTION' || goldClass === 'I_STATE' : kind.toUpperCase() === goldClass;
}

/** Adds one document's extraction, anchoring and DCT outcomes to `counts`. */
export function countEvents(document: ScoredDocument, counts: EventCounts): void {
  const { gold, system } = document;
  counts.systemEvents += system.events.length;
  counts.goldEvents += gold.events.length;
  const goldEventOf = eventResolver(gold);
  const systemEventAt = new Map(system.events.map((e) => [`${e.start}:${e.end}`, e]));
  for (const event of gold.events) {
    const found = systemEventAt.get(`${event.start}:${event.end}`);
    if (found === undefined) continue;
    counts.matchedEvents++;
    if (kindMatchesClass(found.kind, event.class)) counts.matchedClass++;
  }
  const systemTimexById = new Map(system.timexes.map((t) => [t.id, t]));
  const goldTimexById = new Map(gold.timexes.map((t) => [t.tid, t]));
  const sentences = splitSentences(gold.text);
  const { spanStart, spanEnd } = dctSpan(gold, system);
  const anchoringSeen = new Set<string>();
  const dctSeen = new Set<string>();

  for (const link of gold.tlinks) {
    const eventEnd = link.from.kind === 'event' ? link.from : link.to.kind === 'event' ? link.to : undefined;
    const timeEnd = link.from.kind === 'time' ? link.from : link.to.kind === 'time' ? link.to : undefined;
    if (!eventEnd || !timeEnd || eventEnd.kind !== 'event' || timeEnd.kind !== 'time') continue;
    const event = goldEventOf(eventEnd.eiid);
    if (!event) continue;
    const systemEvent = systemEventAt.get(`${event.start}:${event.end}`);

    if (timeEnd.tid === gold.dct.tid) {
      if (dctSeen.has(event.eid)) continue;
      dctSeen.add(event.eid);
      const goldClass = eventDctClass(link);
      const systemClass = systemEvent ? systemDctClass(systemEvent, spanStart, spanEnd) : 'missing';
      counts.dctConfusion[goldClass][systemClass]++;
      continue;
    }

    const timex = goldTimexById.get(timeEnd.tid);
    if (!timex) continue;
    const sentence = sentenceIndexAt(sentences, event.start);
    if (sentence === -1 || sentence !== sentenceIndexAt(sentences, timex.start)) continue;
    const key = `${event.eid}|${timex.tid}`;
    if (anchoringSeen.has(key)) continue;
    anchoringSeen.add(key);
    const anchored = systemEvent?.anchor ? systemTimexById.get(systemEvent.anchor.timexId) : undefined;
    const outcome: AnchoringOutcome = !systemEvent
      ? 'noSystemEvent'
      : !systemEvent.anchor
        ? 'noAnchor'
        : anchored && overlaps(anchored, timex)
          ? 'correct'
          : 'otherTimex';
    counts.anchoring[outcome]++;
  }
}

/** eiid → gold EVENT, through MAKEINSTANCE. */
function eventResolver(gold: TimemlDocument): (eiid: string) => TimemlDocument['events'][number] | undefined {
  const events = new Map(gold.events.map((e) => [e.eid, e]));
  const instances = new Map(gold.instances.map((i) => [i.eiid, i.eventID]));
  return (eiid) => {
    const eventId = instances.get(eiid);
    return eventId === undefined ? undefined : events.get(eventId);
  };
}

/**
 * The DCT's own span in the zone of the analysis, as epoch milliseconds [start, end): its calendar day when it is
 * a date; the publication moment itself (start = end) when it gives a time of day, so that a gold BEFORE means
 * before that moment, not before that day, and an event starting at the moment is after it. Read as the engine
 * was given it (`publicationDateOf`).
 */
export function dctSpan(gold: TimemlDocument, system: Analysis): { spanStart: number; spanEnd: number } {
  const written = publicationDateOf(gold, system.timeZone);
  const start = DateTime.fromISO(written, { zone: system.timeZone });
  const timed = written.includes('T');
  return { spanStart: start.toMillis(), spanEnd: timed ? start.toMillis() : start.plus({ days: 1 }).toMillis() };
}

export function scoresFromEventCounts(counts: EventCounts): EventScores {
  const anchoringLinks = Object.values(counts.anchoring).reduce((a, b) => a + b, 0);
  let dctLinks = 0;
  let dctCorrect = 0;
  for (const goldClass of DCT_CLASSES) {
    for (const [systemClass, n] of Object.entries(counts.dctConfusion[goldClass])) {
      dctLinks += n;
      if (systemClass === goldClass) dctCorrect += n;
    }
  }
  const applicable = counts.systemEvents > 0;
  const extraction = applicable ? precisionRecall(counts.matchedEvents, counts.systemEvents, counts.goldEvents) : undefined;
  return {
    extraction,
    classF1: extraction && counts.matchedEvents > 0 ? (counts.matchedClass / counts.matchedEvents) * extraction.f1 : undefined,
    counts,
    anchoringLinks,
    anchoringAccuracy: applicable && anchoringLinks > 0 ? counts.anchoring.correct / anchoringLinks : undefined,
    dctLinks,
    dctAccuracy: applicable && dctLinks > 0 ? dctCorrect / dctLinks : undefined,
  };
}

/** Event scores over a set of documents. */
export function scoreEvents(documents: readonly ScoredDocument[]): EventScores {
  const counts = emptyEventCounts();
  for (const document of documents) countEvents(document, counts);
  return scoresFromEventCounts(counts);
}
