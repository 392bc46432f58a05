/**
 * The flow of Chronicle, readable from this one file:
 *   text → sentences and clause tense → candidate time expressions (rules) → underspecified values
 *   → resolution against the publication date or the previous date → events → constraints → chronology.
 */
import { AnalyzeInput, Analysis, ResolveOptions, type Timex } from './schema.js';
import { ChronicleInputError, issuesFromZod } from './errors.js';
import { parseReference } from './reference.js';
import { findTimexes, findTimexesWithInstants } from './timex/index.js';
import { buildChronology } from './sequence/chronology.js';

/** Analyses an article: every time expression resolved, events attached and ordered. Synchronous. */
export function analyze(input: AnalyzeInput): Analysis {
  const { text, publicationDate, timeZone, documentType = 'news' } = checkedInput(input);
  const reference = parseReference(publicationDate, timeZone);
  const found = findTimexesWithInstants(text, { publication: reference.dateTime, timeZone: reference.timeZone, documentType, dateOnly: reference.dateOnly });
  const chronology = buildChronology(text, undefined, found.timexes, reference, { instants: found.instants });
  return {
    publicationDate,
    timeZone: reference.timeZone,
    documentType,
    timexes: found.timexes,
    events: chronology.events,
    relations: chronology.relations,
    order: chronology.order,
    diagnostics: [...found.diagnostics, ...chronology.diagnostics],
  };
}

/**
 * The input as zod reads it; throws ChronicleInputError naming each problem. A valid input is parsed without
 * options: zod copies an options object into its parse context per call, which cost as much as the parse.
 * An invalid one is parsed again with its values reported, for the messages.
 */
function checkedInput(input: unknown): AnalyzeInput {
  const parsed = AnalyzeInput.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ChronicleInputError(issuesFromZod(AnalyzeInput.safeParse(input, { reportInput: true }).error!));
}

export type ResolvedPhrase = Omit<Timex, 'id' | 'start' | 'end'>;

/** Resolves a single phrase against a reference date, for checking how Chronicle reads it. */
export function resolve(phrase: string, options: ResolveOptions): ResolvedPhrase | null {
  const parsed = ResolveOptions.safeParse(options, { reportInput: true });
  if (!parsed.success) throw new ChronicleInputError(issuesFromZod(parsed.error));
  if (typeof phrase !== 'string') throw new ChronicleInputError([{ field: 'phrase', message: 'must be a string' }]);
  const reference = parseReference(parsed.data.reference, parsed.data.timeZone, 'reference');
  const found = findTimexes(phrase, { publication: reference.dateTime, timeZone: reference.timeZone, tense: parsed.data.tense, dateOnly: reference.dateOnly });
  const whole = found.timexes.find((t) => t.start === 0 && t.end === phrase.trim().length) ?? found.timexes[0];
  if (!whole) return null;
  const { id: _id, start: _start, end: _end, ...rest } = whole;
  return rest;
}
