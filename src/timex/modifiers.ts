/**
 * Modifiers written before a time expression ("early", "mid-", "late", "the end of", "nearly", "more than")
 * set its `mod`. As in TimeBank and AQUAINT, most become part of the span; approximations ("about", "around")
 * stay outside it.
 */
import type { TimexMod } from '../schema.js';
import type { Candidate } from './spec.js';

interface Modifier {
  pattern: RegExp;
  mod: TimexMod;
  /** Whether the words become part of the expression's text. */
  inside: boolean;
  /** Which kinds of value it may modify: calendar dates, or counted quantities ("two years", "two years ago"). */
  appliesTo: 'date' | 'quantity';
}

const MODIFIERS: Modifier[] = [
  { pattern: /(?:^|[^\w])((?:the\s+)?(?:very\s+)?early\s+(?:on\s+)?|early-)$/i, mod: 'START', inside: true, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:the\s+)?mid-?\s*)$/i, mod: 'MID', inside: true, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:the\s+)?late\s+(?:on\s+)?|late-)$/i, mod: 'END', inside: true, appliesTo: 'date' },
  // "by end-June", "at end-2018": financial copy's end of the month or year.
  { pattern: /(?:^|[^\w])(end-)$/i, mod: 'END', inside: true, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:the\s+)?(?:end|close)\s+of\s+)$/i, mod: 'END', inside: true, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:the\s+)?(?:beginning|start|dawn)\s+of\s+)$/i, mod: 'START', inside: true, appliesTo: 'date' },
  // "in the early hours of Sunday", "the small hours of Saturday morning": the start of that day, as "early Sunday";
  // the words stay outside the expression, as AQUAINT leaves them ("in the early hours of <Thursday morning>").
  { pattern: /(?:^|[^\w])((?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+)$/i, mod: 'START', inside: false, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:the\s+)?middle\s+of\s+)$/i, mod: 'MID', inside: true, appliesTo: 'date' },
  // A deadline or an earliest date (TIDES: ON_OR_BEFORE, ON_OR_AFTER): "no later than Friday", "no earlier than April 2026".
  { pattern: /(?:^|[^\w])((?:no|not)\s+later\s+than\s+)$/i, mod: 'ON_OR_BEFORE', inside: true, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:no|not)\s+(?:earlier|sooner)\s+than\s+)$/i, mod: 'ON_OR_AFTER', inside: true, appliesTo: 'date' },
  { pattern: /(?:^|[^\w])((?:about|around|roughly|approximately|some|more\s+or\s+less)\s+)$/i, mod: 'APPROX', inside: false, appliesTo: 'quantity' },
  // "born circa 1850": an approximate date, the word outside the expression as "about" is ("c." and "ca." are left
  // alone: "Vitamin C. 2000 people").
  { pattern: /(?:^|[^\w])(circa\s+)$/i, mod: 'APPROX', inside: false, appliesTo: 'date' },
  // "no more than" / "no less than" before "more than" / "less than", which their last words would match.
  { pattern: /(?:^|[^\w])((?:at\s+most|up\s+to|(?:no|not)\s+more\s+than)\s+)$/i, mod: 'EQUAL_OR_LESS', inside: true, appliesTo: 'quantity' },
  { pattern: /(?:^|[^\w])((?:at\s+least|(?:no|not)\s+(?:less|fewer)\s+than)\s+)$/i, mod: 'EQUAL_OR_MORE', inside: true, appliesTo: 'quantity' },
  { pattern: /(?:^|[^\w])((?:more\s+than|over|upwards\s+of)\s+)$/i, mod: 'MORE_THAN', inside: true, appliesTo: 'quantity' },
  { pattern: /(?:^|[^\w])((?:less\s+than|under|fewer\s+than|nearly|almost)\s+)$/i, mod: 'LESS_THAN', inside: true, appliesTo: 'quantity' },
];

/**
 * The word each modifier ends with, before the spaces or hyphen that join it to the expression: a modifier can
 * only be written where the last word before the expression is one of these (test/timex-modifiers.test.ts tries
 * every modifier).
 */
const LAST_WORDS = new Set(['early', 'mid', 'late', 'end', 'circa', 'of', 'on', 'about', 'around', 'roughly', 'approximately', 'some', 'less', 'than', 'over', 'under', 'nearly', 'almost', 'least', 'most', 'to']);

const LATE_OR_EARLY_ON = /\b(?:late|early)\s+on\s+$/i;

/**
 * Words before "over" that make it "across", not "more than": an amount or an object ("cost investors $200 million
 * over a decade", "paid it back over five years") or a verb of change or spread ("can be used over three years",
 * "has evolved over several years": TimeBank marks the length alone, no mod). After a length verb, a copula or a
 * preposition it stays "more than" ("likely to last over a week", "for over a decade": TimeBank MORE_THAN).
 */
const ACROSS_BEFORE_OVER = /(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|percent|points?|dollars|euros|pounds|cents|it|them|used|spread|evolved|developed|changed|grew|grown|rose|risen|fell|fallen|increased|declined|dropped|paid|repaid|back|phased|amortized|depreciated|accumulated|invested))\s+over\s+$/i;

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The last word of `before` (ASCII letters, lower case) once the spaces and hyphens ending it are skipped. */
function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 45 || /\s/.test(before[end - 1]!))) end--;
  let start = end;
  while (start > 0 && isLetter(before.charCodeAt(start - 1))) start--;
  return before.slice(start, end).toLowerCase();
}

/** Applies the modifier written just before a candidate, if any; returns the (possibly widened) candidate. */
export function applyModifiers(text: string, candidate: Candidate, floor: number): Candidate {
  if (candidate.reading.mod) return candidate;
  const kind = candidate.reading.spec.kind;
  const isQuantity = kind === 'duration' || candidate.rule === 'units-ago';
  if (kind === 'set' || kind === 'reference') return candidate;
  const before = text.slice(Math.max(floor, candidate.start - 24), candidate.start);
  const last = lastWord(before);
  if (!LAST_WORDS.has(last)) return candidate;
  // "on" ends a modifier only in "late on" / "early on": most "on Monday" need not try the patterns.
  if (last === 'on' && !LATE_OR_EARLY_ON.test(before)) return candidate;
  // "over the past two years": "over" is a preposition there, not an approximation.
  const definite = /^the\s/i.test(text.slice(candidate.start, candidate.end));
  for (const modifier of MODIFIERS) {
    if ((modifier.appliesTo === 'quantity') !== isQuantity) continue;
    if (modifier.appliesTo === 'quantity' && definite) continue;
    const match = modifier.pattern.exec(before);
    if (!match) continue;
    const words = match[1]!;
    if (modifier.mod === 'MORE_THAN' && /^over\s+$/i.test(words) && candidate.reading.spec.kind === 'duration' && ACROSS_BEFORE_OVER.test(before)) return candidate;
    const start = modifier.inside ? candidate.start - words.length : candidate.start;
    return { ...candidate, start, reading: { ...candidate.reading, mod: modifier.mod } };
  }
  return candidate;
}
