/**
 * One line of a `chronicle batch` run: a JSON Lines document in, one JSON line out — the analysis, or an error
 * record naming the line and what is wrong. Pure and synchronous, so a worker thread can call it in a loop.
 */
import { z } from 'zod';
import { analyze } from '../../analyze.js';
import { ChronicleInputError, issuesFromZod, renderIssues } from '../../errors.js';
import { AnalyzeInput } from '../../schema.js';

/** A batch input line: an analysis input plus an optional id that is copied to the output. Other fields are ignored. */
export const BatchDocument = AnalyzeInput.extend({
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }).optional(),
});
export type BatchDocument = z.infer<typeof BatchDocument>;

/** Output record of a document that was analysed. */
export interface BatchSuccess {
  line: number;
  id?: string | number;
  analysis: ReturnType<typeof analyze>;
}

/** Output record of a line that could not be analysed. */
export interface BatchFailure {
  line: number;
  id?: string | number;
  error: string;
}

/** One output line (JSON ending in "\n") and whether it is an error record. */
export interface LineOutput {
  json: string;
  failed: boolean;
}

/** Analyses one input line (1-based `line`) and returns its output record as one JSON line. */
export function processLine(raw: string, line: number): LineOutput {
  const record = recordFor(raw, line);
  return { json: `${JSON.stringify(record)}\n`, failed: 'error' in record };
}

/** The error record of a line that never reached analysis (too long, or its worker failed). */
export function failureLine(line: number, error: string): string {
  const record: BatchFailure = { line, error };
  return `${JSON.stringify(record)}\n`;
}

function recordFor(raw: string, line: number): BatchSuccess | BatchFailure {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { line, error: `is not valid JSON (${firstClause(error)})` };
  }
  const parsed = BatchDocument.safeParse(value, { reportInput: true });
  const id = idOf(value);
  const withId = id === undefined ? {} : { id };
  if (!parsed.success) return { line, ...withId, error: renderIssues(issuesFromZod(parsed.error)).replace(/\n/g, '; ') };
  const { id: _ignored, ...input } = parsed.data;
  void _ignored;
  try {
    return { line, ...withId, analysis: analyze(input) };
  } catch (error) {
    if (error instanceof ChronicleInputError) return { line, ...withId, error: error.message.replace(/\n/g, '; ') };
    return { line, ...withId, error: `analysis failed: ${firstClause(error)}` };
  }
}

/** The id of a record, if it has a usable one, so even error records can be matched to their input. */
function idOf(value: unknown): string | number | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

function firstClause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).split(/, (?:"|\.\.\.)/)[0] ?? message;
}
