/**
 * Validation of what the reader types: the article text, its publication date and its time zone. Uses the
 * engine's own reference parser so the messages are the ones the library gives, attached to the field.
 */
import { z } from 'zod';
import { ChronicleInputError } from '../src/errors.js';
import { parseReference } from '../src/reference.js';

export type FieldName = 'text' | 'publicationDate' | 'timeZone';

export const ArticleFields = z
  .object({
    text: z.string().refine((text) => text.trim().length > 0, 'Paste the article text here.'),
    publicationDate: z.string().trim().min(1, 'Give the publication date, for example 2017-09-02.'),
    timeZone: z.string().trim().min(1, 'Give the IANA time zone of the dateline, for example Asia/Beirut.'),
  })
  .superRefine((fields, context) => {
    // Each field is checked on its own, so a bad zone does not hide a bad date (and the reverse).
    const checks: Array<[FieldName, () => unknown]> = [
      ['publicationDate', () => parseReference(fields.publicationDate.trim(), 'UTC')],
      ['timeZone', () => parseReference('2000-01-01', fields.timeZone.trim())],
    ];
    for (const [field, check] of checks) {
      if (fields[field].trim() === '') continue;
      try {
        check();
      } catch (error) {
        if (!(error instanceof ChronicleInputError)) throw error;
        context.addIssue({ code: 'custom', path: [field], message: capitalise(error.issues[0]?.message ?? 'is invalid') });
      }
    }
  });
export type ArticleFields = z.infer<typeof ArticleFields>;

export type FieldCheck =
  | { ok: true; value: ArticleFields }
  | { ok: false; errors: Partial<Record<FieldName, string>> };

/** Checks the typed fields; on failure returns one message per offending field (the first one). */
export function checkArticleFields(raw: { text: string; publicationDate: string; timeZone: string }): FieldCheck {
  const parsed = ArticleFields.safeParse(raw);
  if (parsed.success) {
    const { text, publicationDate, timeZone } = parsed.data;
    return { ok: true, value: { text, publicationDate: publicationDate.trim(), timeZone: timeZone.trim() } };
  }
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'text' || field === 'publicationDate' || field === 'timeZone') && errors[field] === undefined) {
      errors[field] = issue.message;
    }
  }
  return { ok: false, errors };
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
