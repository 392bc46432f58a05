/**
 * `chronicle resolve PHRASE --on DATE [--zone ZONE] [--tense T] [--json]`: how Chronicle reads one phrase.
 */
import { analyze, resolve, type ResolvedPhrase } from '../analyze.js';
import { Tense } from '../schema.js';
import type { Command } from './command.js';
import { ExitCode, writeText } from './io.js';
import { expectChoice, expectPositionals, parseCommandLine, UsageError } from './usage.js';
import { intervalText } from '../format/span-text.js';

interface ResolveValues {
  on?: string;
  zone?: string;
  tense?: string;
  json?: boolean;
}

const synopsis = 'chronicle resolve PHRASE --on DATE [--zone ZONE] [--tense past|present|future] [--json]';

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'show how one phrase resolves against a reference date',
  synopsis,
  help: `Usage: ${synopsis}

Resolves one time expression against a reference (publication) date and prints its TIMEX3 value, type,
interval in the zone, the rule that matched, its explanation and any alternatives.

Options:
  --on DATE       reference date, ISO 8601 (2017-09-02 or 2017-09-02T10:00+03:00)   (required)
  --zone ZONE     IANA time zone of the article (default UTC), e.g. Asia/Beirut
  --tense T       tense of the clause: past, present or future (affects "Saturday", "in May", ...)
  --json          print the result in its schema form (JSON); null when the phrase is not understood
  -h, --help      show this help

Exit codes: 0 resolved, 1 not understood or invalid date/zone, 2 usage error.

Example:
  chronicle resolve "six days ago" --on 2017-09-02 --zone Asia/Beirut
`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine<ResolveValues>(args, {
      on: { type: 'string' },
      zone: { type: 'string' },
      tense: { type: 'string' },
      json: { type: 'boolean' },
    });
    expectPositionals(positionals, 1, 1, 'PHRASE (the time expression to resolve, in quotes)');
    if (values.on === undefined) throw new UsageError('missing --on DATE (the reference date, e.g. --on 2017-09-02)');
    const tense = expectChoice('tense', values.tense, Tense.options);
    const phrase = positionals[0] ?? '';
    const result = resolve(phrase, {
      reference: values.on,
      ...(values.zone === undefined ? {} : { timeZone: values.zone }),
      ...(tense === undefined ? {} : { tense }),
    });
    if (values.json) {
      await writeText(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
      return result ? ExitCode.ok : ExitCode.failure;
    }
    if (!result) {
      // A phrase recognised but impossible ("Feb. 30, 2017") has a diagnostic saying why: show it.
      const why = analyze({ text: phrase, publicationDate: values.on, ...(values.zone === undefined ? {} : { timeZone: values.zone }) }).diagnostics[0];
      const reason = why ? `: ${why.message}` : ` as a time expression (reference ${values.on})`;
      await writeText(io.stderr, `chronicle resolve: "${phrase}" was not understood${reason}\n`);
      return ExitCode.failure;
    }
    await writeText(io.stdout, describeResolution(phrase, result, values.zone ?? 'UTC'));
    return ExitCode.ok;
  },
};

/** The human form of a resolved phrase. */
export function describeResolution(phrase: string, result: ResolvedPhrase, zone: string): string {
  const lines = [
    `${phrase} → ${result.value}${result.mod ? ` (${result.mod})` : ''}`,
    `  type         ${result.type}`,
    `  interval     ${result.interval ? `${intervalText(result.interval)} (${zone})` : '—'}`,
    `  anchor       ${anchorText(result.anchor)}`,
    `  rule         ${result.rule}`,
    `  explanation  ${result.explanation}`,
  ];
  for (const alternative of result.alternatives ?? []) {
    lines.push(`  or           ${alternative.value}: ${alternative.explanation}`);
  }
  return `${lines.join('\n')}\n`;
}

function anchorText(anchor: ResolvedPhrase['anchor']): string {
  if (anchor.kind === 'publicationDate') return 'the publication date';
  if (anchor.kind === 'timex') return `time expression ${anchor.timexId}`;
  return 'none (absolute)';
}
