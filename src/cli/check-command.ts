/**
 * `chronicle check CASES.json`: runs a user's own expected resolutions, prints each mismatch with the engine's
 * explanation and a summary, and exits 1 on any mismatch.
 */
import type { Command } from './command.js';
import { loadCheckCases, runCheckCases, type CheckOutcome } from './cases.js';
import { ExitCode, writeText } from './io.js';
import { expectPositionals, parseCommandLine } from './usage.js';

const synopsis = 'chronicle check CASES.json';

export const checkCommand: Command = {
  name: 'check',
  summary: "run your own expected resolutions (a regression suite) and report mismatches",
  synopsis,
  help: `Usage: ${synopsis}

Runs a case file of expected resolutions and prints every mismatch (phrase, expected vs got, the engine's
explanation) and a summary. The file is JSON:

  { "cases": [
      { "id": "convoy", "text": "...", "publicationDate": "2017-09-02", "timeZone": "Asia/Beirut",
        "expected": [ { "phrase": "six days ago", "value": "2017-08-27", "type": "DATE" } ] },
      { "publicationDate": "2017-09-02", "tense": "past",
        "expected": [ { "phrase": "last week", "value": "2017-W34" } ] } ] }

id, timeZone, tense, type and occurrence (which occurrence of the phrase, 1 = first) are optional. Without
"text" each phrase is resolved on its own. See docs/cli.md and events/cases.example.json.

Options:
  -h, --help      show this help

Exit codes: 0 all expectations met, 1 a mismatch or a bad case file, 2 usage.
`,
  async run(args, io) {
    const { positionals } = parseCommandLine<object>(args, {});
    expectPositionals(positionals, 1, 1, 'CASES.json (a case file)');
    const path = positionals[0] ?? '';
    const cases = await loadCheckCases(path);
    const outcomes = runCheckCases(cases);
    const failures = outcomes.filter((outcome) => outcome.problem !== undefined);
    const report = failures.map(describeMismatch).join('');
    const summary =
      `check: ${outcomes.length - failures.length} of ${outcomes.length} expectations met in ${cases.cases.length} case(s)` +
      (failures.length > 0 ? `; ${failures.length} mismatch(es)` : '') +
      '\n';
    await writeText(io.stdout, report + summary);
    return failures.length > 0 ? ExitCode.failure : ExitCode.ok;
  },
};

/** One mismatch, on a line of its own plus the engine's explanation. */
export function describeMismatch(outcome: CheckOutcome): string {
  const { expected, found } = outcome;
  const wanted = `${expected.value}${expected.type ? ` (${expected.type})` : ''}`;
  const head = `MISMATCH case ${outcome.caseLabel}: "${expected.phrase}" expected ${wanted}, `;
  const got = found ? `${found.value} (${found.type})` : '';
  switch (outcome.problem) {
    case 'not-in-text':
      return `${head}but the phrase does not occur${expected.occurrence ? ` ${expected.occurrence} time(s)` : ''} in the case's text\n`;
    case 'not-found':
      return `${head}got nothing: the engine found no time expression there\n`;
    case 'unresolved':
      return `${head}got nothing: the engine could not resolve the phrase on its own\n`;
    case 'extent':
      return `${head}got "${found?.text}" = ${got} (the engine marked a different extent)\n${explain(found)}`;
    case 'value':
    case 'type':
      return `${head}got ${got}\n${explain(found)}`;
    case undefined:
      return '';
  }
}

function explain(found: CheckOutcome['found']): string {
  return found ? `    engine: ${found.explanation} [rule ${found.rule}]\n` : '';
}
