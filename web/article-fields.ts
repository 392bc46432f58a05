/**
 * Validation of what the reader types: the article text, its publication date and its time zone. Uses the
 * engine's own reference parser so the messages are the ones the library gives, attached to the field.
 */
import { ChronicleInputError } from '../src/errors.js';
import { parseReference } from '../src/reference.js';

export type FieldName = 'text' | 'publicationDate' | 'timeZone';

/** The fields as the engine takes them (date and zone trimmed). */
export interface ArticleFields {
  text: string;
  publicationDate: string;
  timeZone: string;
}

export type FieldCheck =
  | { ok: true; value: ArticleFields }
  | { ok: false; errors: Partial<Record<FieldName, string>> };

/**
 * Checks the typed fields; on failure returns one message per offending field. Each field is checked on
 * its own, so a bad zone does not hide a bad date (and the reverse).
 */
export function checkArticleFields(raw: { text: string; publicationDate: string; timeZone: string }): FieldCheck {
  const value: ArticleFields = { text: raw.text, publicationDate: raw.publicationDate.trim(), timeZone: raw.timeZone.trim() };
  const errors: Partial<Record<FieldName, string>> = {};
  if (value.text.trim() === '') errors.text = 'Paste the article text here.';
  if (value.publicationDate === '') errors.publicationDate = 'Give the publication date, for example 2017-09-02.';
  else errors.publicationDate = problem(() => parseReference(value.publicationDate, 'UTC'));
  if (value.timeZone === '') errors.timeZone = 'Give the IANA time zone of the dateline, for example Asia/Beirut.';
  else errors.timeZone = problem(() => parseReference('2000-01-01', value.timeZone));
  for (const field of ['text', 'publicationDate', 'timeZone'] as const) if (errors[field] === undefined) delete errors[field];
  return Object.keys(errors).length === 0 ? { ok: true, value } : { ok: false, errors };
}

/** The engine's message when `check` rejects the input, capitalised; undefined when it accepts it. */
function problem(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (!(error instanceof ChronicleInputError)) throw error;
    return capitalise(error.issues[0]?.message ?? 'is invalid');
  }
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
