/**
 * Finding time expressions: every rule runs over the text; overlapping candidates are settled by length
 * (longest wins, then earliest, then rule order); modifiers before a winner are folded in.
 */
import { applyModifiers } from './modifiers.js';
import { COMPILED_RULES } from './rules/index.js';
import type { CompiledRule } from './rule.js';
import type { Candidate } from './spec.js';

function candidatesOf(rule: CompiledRule, order: number, text: string, found: (Candidate & { order: number })[]): void {
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      regex.lastIndex++;
      continue;
    }
    const reading = rule.read(match.groups ?? {}, match[0], { text, start, end });
    if (reading) found.push({ start, end, rule: rule.name, reading, order });
  }
}

/** TimeML leaves a possessive "'s" and a sentence's full stop outside the expression ("Friday's", "in September."). */
function trimmedEnd(text: string, start: number, end: number): number {
  const phrase = text.slice(start, end);
  if (/['’]s$/.test(phrase)) return end - 2;
  if (/[a-z]{4,}\.$/i.test(phrase) && !/\b(?:Sept|Febr?|Janu?|Augu?|Octo?|Nove?|Dece?)\.$/i.test(phrase)) return end - 1;
  return end;
}

/** All time expressions of `text`, non-overlapping, in text order. */
export function scan(text: string): Candidate[] {
  const found: (Candidate & { order: number })[] = [];
  COMPILED_RULES.forEach((rule, order) => candidatesOf(rule, order, text, found));
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(text.length);
  for (const candidate of found) {
    if (occupied.subarray(candidate.start, candidate.end).includes(1)) continue;
    occupied.fill(1, candidate.start, candidate.end);
    taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  let floor = 0;
  return taken.map((found) => {
    const candidate = { ...found, end: trimmedEnd(text, found.start, found.end) };
    const widened = applyModifiers(text, candidate, floor);
    floor = widened.end;
    return { start: widened.start, end: widened.end, rule: widened.rule, reading: widened.reading };
  });
}
