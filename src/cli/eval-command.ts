/**
 * `chronicle eval DIR... [--errors N] [--zone ZONE] [--json]`: scores the engine against TempEval-3 TimeML
 * gold folders with the scorer of `src/eval/`.
 */
import { runEvaluation } from '../eval/index.js';
import type { Command } from './command.js';
import { ExitCode, writeText } from './io.js';
import { expectPositionals, parseCommandLine, UsageError } from './usage.js';
import { isKnownZone } from '../zone.js';

interface EvalValues {
  errors?: string;
  zone?: string;
  json?: boolean;
}

const synopsis = 'chronicle eval DIR... [--errors N] [--zone ZONE] [--json]';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the engine against TempEval-3 TimeML gold folders',
  synopsis,
  help: `Usage: ${synopsis}

Analyses every .tml document in each folder (its TEXT, with the DCT day as publication date) and scores the
time expressions found against the gold TIMEX3 annotations (TempEval-3 Task A: strict and relaxed extent
P/R/F1, value and type F1), plus event anchoring and DCT relations. One row per folder.

Options:
  --errors N      also list the N commonest errors of each kind per folder (default 0)
  --zone ZONE     IANA zone the documents are analysed in (TimeML DCTs carry none; default UTC)
  --json          print the evaluations as JSON instead of the table
  -h, --help      show this help

Exit codes: 0 scored, 1 a folder or document could not be read, 2 usage.

Example:
  chronicle eval ../shared/corpora/tbaq/TimeBank ../shared/corpora/tbaq/AQUAINT --errors 5
`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine<EvalValues>(args, {
      errors: { type: 'string' },
      zone: { type: 'string' },
      json: { type: 'boolean' },
    });
    expectPositionals(positionals, 1, Infinity, 'DIR (a folder of TimeML .tml files)');
    const errors = values.errors === undefined ? 0 : Number(values.errors);
    if (!Number.isInteger(errors) || errors < 0) throw new UsageError(`--errors must be a whole number, not "${values.errors}"`);
    if (values.zone !== undefined && !isKnownZone(values.zone)) {
      throw new UsageError(`--zone "${values.zone}" is not a known IANA time zone (for example Asia/Beirut)`);
    }
    const { evaluations, text } = runEvaluation(positionals, {
      errors,
      ...(values.zone === undefined ? {} : { timeZone: values.zone }),
    });
    await writeText(io.stdout, values.json ? `${JSON.stringify(evaluations, null, 2)}\n` : `${text.trimEnd()}\n`);
    for (const evaluation of evaluations) {
      for (const failure of evaluation.failures) {
        io.stderr.write(`chronicle eval: ${evaluation.name}/${failure.docId}: analysis failed (${failure.message.split('\n')[0]})\n`);
      }
    }
    return ExitCode.ok;
  },
};
