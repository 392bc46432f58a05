/**
 * The one error type Chronicle throws: invalid input. Its message names the field and the problem in plain
 * English; `issues` keeps them as data (path + message) for programs.
 */
import type { z } from 'zod';

export interface InputIssue {
  /** Dotted path of the offending field, e.g. `publicationDate` or `cases.2.expected`. */
  field: string;
  message: string;
}

export class ChronicleInputError extends Error {
  override readonly name = 'ChronicleInputError';
  constructor(
    readonly issues: InputIssue[],
    readonly source?: string,
  ) {
    super(renderIssues(issues, source));
  }
}

export function renderIssues(issues: InputIssue[], source?: string): string {
  const where = source ? `${source}: ` : '';
  return issues.map((issue) => `${where}${issue.field ? `${issue.field} ` : ''}${issue.message}`).join('\n');
}

/** Turns zod issues into plain-English ones ("publicationDate is missing", "text must be a string"). */
export function issuesFromZod(error: z.ZodError, prefix = ''): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field: path || '(document)', message: plainMessage(issue) };
  });
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : undefined;
    return custom ?? `must be ${article(issue.expected)} ${issue.expected}, not ${describe(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  if (issue.code === 'invalid_format') return `must be a valid ${issue.format}`;
  return issue.message.replace(/^Invalid input: /, 'is invalid: ');
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
