/**
 * The format of `chronicle check` case files — a user's own regression suite of expected resolutions — and
 * the comparison of the engine's output against it. The schema is exported so other tools can write or
 * validate case files; docs/cli.md documents it with an example (events/cases.example.json).
 */
import { z } from 'zod';
import { analyze, resolve } from '../analyze.js';
import { checkReference, parseJson, readDocumentText, rejectEmpty } from '../documents.js';
import { ChronicleInputError, issuesFromZod } from '../errors.js';
import { Tense, TimexType, type Timex } from '../schema.js';

/** One expected resolution: the phrase as it appears in the text, and the TIMEX3 value it should get. */
export const ExpectedResolution = z
  .object({
    phrase: z.string().min(1),
    value: z.string().min(1),
    type: TimexType.optional(),
    /** Which occurrence of the phrase in the text (1 = first), when it occurs more than once. */
    occurrence: z.number().int().min(1).optional(),
  })
  .strict();
export type ExpectedResolution = z.infer<typeof ExpectedResolution>;

/**
 * One case: a text with its publication date and the resolutions expected in it. Without `text`, each phrase
 * is resolved on its own (as `chronicle resolve` does), with `tense` if given.
 */
export const CheckCase = z
  .object({
    id: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    publicationDate: z.string(),
    timeZone: z.string().optional(),
    tense: Tense.optional(),
    expected: z.array(ExpectedResolution).min(1),
  })
  .strict();
export type CheckCase = z.infer<typeof CheckCase>;

/** A case file: `{ "cases": [ ... ] }`. */
export const CheckCases = z.object({ cases: z.array(CheckCase).min(1) }).strict();
export type CheckCases = z.infer<typeof CheckCases>;

/** What the engine produced for an expected phrase. */
export interface Found {
  text: string;
  type: string;
  value: string;
  rule: string;
  explanation: string;
}

/** One expectation compared: `problem` is absent when it passed. */
export interface CheckOutcome {
  /** `id` of the case, or its 1-based number. */
  caseLabel: string;
  expected: ExpectedResolution;
  found?: Found;
  problem?: 'value' | 'type' | 'extent' | 'not-found' | 'unresolved' | 'not-in-text';
}

/** Reads and validates a case file; errors name the file and the field (`cases.2.expected.0.value is missing`). */
export async function loadCheckCases(path: string): Promise<CheckCases> {
  const raw = await readDocumentText(path);
  rejectEmpty(raw, path);
  const parsed = CheckCases.safeParse(parseJson(raw, path), { reportInput: true });
  if (!parsed.success) throw new ChronicleInputError(issuesFromZod(parsed.error), path);
  parsed.data.cases.forEach((checkCase, index) => {
    try {
      checkReference(checkCase.publicationDate, checkCase.timeZone, path);
    } catch (error) {
      if (!(error instanceof ChronicleInputError)) throw error;
      const issues = error.issues.map((issue) => ({ ...issue, field: `cases.${index}.${issue.field}` }));
      throw new ChronicleInputError(issues, path);
    }
  });
  return parsed.data;
}

/** Runs every case and compares each expectation; outcomes come in file order. */
export function runCheckCases(cases: CheckCases): CheckOutcome[] {
  return cases.cases.flatMap((checkCase, index) => {
    const caseLabel = checkCase.id ?? String(index + 1);
    return checkCase.text === undefined
      ? checkPhrases(checkCase, caseLabel)
      : checkText(checkCase, checkCase.text, caseLabel);
  });
}

function checkPhrases(checkCase: CheckCase, caseLabel: string): CheckOutcome[] {
  return checkCase.expected.map((expected) => {
    const result = resolve(expected.phrase, {
      reference: checkCase.publicationDate,
      ...(checkCase.timeZone === undefined ? {} : { timeZone: checkCase.timeZone }),
      ...(checkCase.tense === undefined ? {} : { tense: checkCase.tense }),
    });
    if (!result) return { caseLabel, expected, problem: 'unresolved' };
    return compare(caseLabel, expected, { ...result, text: result.text || expected.phrase }, true);
  });
}

function checkText(checkCase: CheckCase, text: string, caseLabel: string): CheckOutcome[] {
  const analysis = analyze({
    text,
    publicationDate: checkCase.publicationDate,
    ...(checkCase.timeZone === undefined ? {} : { timeZone: checkCase.timeZone }),
  });
  return checkCase.expected.map((expected) => {
    const span = locate(text, expected.phrase, expected.occurrence ?? 1);
    if (!span) return { caseLabel, expected, problem: 'not-in-text' };
    const exact = analysis.timexes.find((timex) => timex.start === span.start && timex.end === span.end);
    if (exact) return compare(caseLabel, expected, exact, true);
    const overlapping = analysis.timexes.find((timex) => timex.start < span.end && timex.end > span.start);
    if (overlapping) return compare(caseLabel, expected, overlapping, false);
    return { caseLabel, expected, problem: 'not-found' };
  });
}

function compare(caseLabel: string, expected: ExpectedResolution, timex: Found | Timex, sameExtent: boolean): CheckOutcome {
  const found: Found = { text: timex.text, type: timex.type, value: timex.value, rule: timex.rule, explanation: timex.explanation };
  if (!sameExtent) return { caseLabel, expected, found, problem: 'extent' };
  if (found.value !== expected.value) return { caseLabel, expected, found, problem: 'value' };
  if (expected.type !== undefined && found.type !== expected.type) return { caseLabel, expected, found, problem: 'type' };
  return { caseLabel, expected, found };
}

/** The span of the n-th occurrence of `phrase` in `text`, ignoring case. */
export function locate(text: string, phrase: string, occurrence: number): { start: number; end: number } | undefined {
  const haystack = text.toLowerCase();
  const needle = phrase.toLowerCase();
  let from = 0;
  for (let seen = 1; ; seen++) {
    const start = haystack.indexOf(needle, from);
    if (start < 0) return undefined;
    if (seen === occurrence) return { start, end: start + needle.length };
    from = start + 1;
  }
}
