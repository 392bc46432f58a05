/**
 * `chronicle eval DIR...`: scores the engine against TempEval-3 TimeML gold folders (the scorer lives in
 * `src/eval/`).
 */
import { ChronicleInputError } from '../errors.js';
import type { Command } from './command.js';
import { parseCommandLine, expectPositionals } from './usage.js';

const synopsis = 'chronicle eval DIR... [--json]';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the engine against TempEval-3 TimeML gold folders',
  synopsis,
  help: `Usage: ${synopsis}

Analyses every .tml document in the given folders (their TEXT, with the DCT as publication date) and
scores the time expressions found against the gold TIMEX3 annotations, TempEval-3 style.

Options:
  --json          print the scores as JSON
  -h, --help      show this help

Exit codes: 0 scored, 1 a folder or document could not be read, 2 usage.
`,
  async run(args) {
    const { positionals } = parseCommandLine<{ json?: boolean }>(args, { json: { type: 'boolean' } });
    expectPositionals(positionals, 1, Infinity, 'DIR (a folder of TimeML .tml files)');
    throw new ChronicleInputError([{ field: '', message: 'is not yet available: the TempEval-3 scorer (src/eval/) has not landed' }], 'chronicle eval');
  },
};
