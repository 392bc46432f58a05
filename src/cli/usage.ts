/**
 * Command-line usage errors and option parsing. Options are parsed with Node's `util.parseArgs`; anything it
 * rejects (an unknown option, a missing value) becomes a UsageError with one plain line, which `main` prints
 * with the command's synopsis and exit code 2.
 */
import { parseArgs } from 'node:util';

/** A mistake in the command line itself (not in a document): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The option table `util.parseArgs` takes. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** The options every command accepts. */
const COMMON: OptionSpec = { help: { type: 'boolean', short: 'h' } };

export interface ParsedCommandLine<Values> {
  values: Values & { help?: boolean };
  positionals: string[];
}

/**
 * Parses a command's arguments strictly. Unknown options and missing option values throw a UsageError with a
 * one-line message; positional counts are checked by the command (see `expectPositionals`).
 */
export function parseCommandLine<Values>(args: string[], options: OptionSpec): ParsedCommandLine<Values> {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    return { values: values as Values & { help?: boolean }, positionals };
  } catch (error) {
    throw new UsageError(oneLine(error));
  }
}

/** Checks the number of positional arguments; `names` describes them for the error ("FILE"). */
export function expectPositionals(positionals: string[], min: number, max: number, names: string): void {
  if (positionals.length < min) throw new UsageError(`missing ${names}`);
  if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`);
}

/** Checks that a string option is one of `allowed`. */
export function expectChoice<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** Parses a positive whole number option. */
export function expectPositiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** parseArgs messages run over several lines with advice about `--`; keep the first sentence, lower-cased. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = (message.split('\n')[0] ?? message).split(/\. (?=To |Did )/)[0] ?? message;
  const cleaned = first.replace(/\.$/, '').replace(/'/g, '');
  return cleaned.charAt(0).toLowerCase() + cleaned.slice(1);
}
