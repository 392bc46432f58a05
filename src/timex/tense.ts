/**
 * Clause tense by a lexical method: the verb-group markers nearest to a position in its sentence decide
 * whether the clause is past ("said", "was", "-ed"), present ("is", "says") or future ("will", "is scheduled to",
 * "plans to"). Fast and dependency-free; its accuracy against TimeBank's gold tense is measured in the
 * evaluation script. Used to resolve bare weekdays and month names.
 */
import type { Tense } from '../schema.js';
import { verbReadings } from '../events/verb-lexicon.js';

const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|(?:is|are|am|was|were)\s+(?:going|scheduled|set|due|expected|slated|poised|planning|to)\s+to|(?:is|are|was|were)\s+to|plans?\s+to|planned\s+to|intends?\s+to|hopes?\s+to|(?:set|due|scheduled|slated|expected)\s+to|next|upcoming|tomorrow)\b/gi;
const PAST = /\b(?:was|were|had|did|yesterday|ago|last|earlier|[a-z]{3,}ed)\b/gi;
/** Any word, to look up irregular past forms in the verb lexicon ("flew", "struck", "said"). */
const WORD = /[a-z]+/gi;
const PRESENT = /\b(?:is|are|am|has|have|does|do|says|now|currently|remains|continues)\b/gi;

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'breed', 'feed', 'bed', 'red', 'shed', 'hundred', 'embed', 'indeed', 'creed', 'greed', 'weed', 'proceed', 'exceed', 'succeed', 'steed', 'tweed', 'united', 'based', 'armed', 'related', 'alleged', 'so-called', 'called', 'limited', 'advanced', 'detailed', 'experienced', 'concerned', 'interested', 'supposed', 'used', 'planned', 'scheduled', 'expected']);

interface Marker {
  tense: Tense;
  distance: number;
}

/** The sentence around `offset`: from the previous sentence end to the next. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !endsSentence(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !endsSentence(text.charCodeAt(end))) end++;
  return { start, end };
}

/** . ! ? or a line feed (tested by character code: a regex per character cost more than the rest of the search). */
const endsSentence = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;

function collect(pattern: RegExp, tense: Tense, clause: string, from: number, to: number, markers: Marker[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
    const word = m[0].toLowerCase();
    if (tense === 'past' && NOT_PAST.has(word)) continue;
    const markerEnd = m.index + m[0].length;
    if (m.index < to && markerEnd > from) continue; // inside the expression itself
    // Verbs usually precede their time adverbial ("said Saturday"), so markers after it count as further away.
    markers.push({ tense, distance: m.index >= to ? (m.index - to) * 1.5 : from - markerEnd });
  }
}

/** Irregular simple-past verbs of the lexicon ("flew", "met", "said"), which the -ed pattern cannot see. */
function collectIrregularPasts(clause: string, from: number, to: number, markers: Marker[]): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m; m = WORD.exec(clause)) {
    const word = m[0].toLowerCase();
    if (word.endsWith('ed') || !verbReadings(word).some((r) => r.form === 'past' || r.form === 'pastOrParticiple')) continue;
    const end = m.index + m[0].length;
    if (m.index < to && end > from) continue;
    markers.push({ tense: 'past', distance: m.index >= to ? (m.index - to) * 1.5 : from - end });
  }
}

/**
 * The tense of the clause containing [start, end): the nearest marker wins; a future marker anywhere in the
 * same clause (between commas/semicolons) outranks past ones further away. `undefined` when there is no marker.
 */
export function clauseTense(text: string, start: number, end: number = start): Tense | undefined {
  const sentence = sentenceAround(text, start);
  const clause = text.slice(sentence.start, sentence.end);
  const from = start - sentence.start;
  const to = end - sentence.start;
  const outside: Marker[] = [];
  collect(FUTURE, 'future', clause, from, to, outside);
  collect(PAST, 'past', clause, from, to, outside);
  collect(PRESENT, 'present', clause, from, to, outside);
  collectIrregularPasts(clause, from, to, outside);
  if (outside.length === 0) return undefined;
  outside.sort((a, b) => a.distance - b.distance);
  const nearest = outside[0]!;
  const future = outside.find((m) => m.tense === 'future');
  if (future && future.distance < nearest.distance + 12) return 'future';
  return nearest.tense;
}
