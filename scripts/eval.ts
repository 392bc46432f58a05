/**
 * `npm run eval -- <folder> [<folder>...] [--errors N] [--zone ZONE]`: TempEval-3 Task A scores of Chronicle on
 * folders of TimeML (`.tml`) files, plus event anchoring and event–DCT relation accuracy.
 * With no folder, evaluates ../shared/corpora/tbaq/{TimeBank,AQUAINT} when present.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChronicleInputError } from '../src/errors.js';
import { runEvaluation } from '../src/eval/index.js';

const USAGE = 'usage: npm run eval -- <folder of .tml> [<folder>...] [--errors N] [--zone IANA-zone]';

function parseArguments(argv: string[]): { folders: string[]; errors: number; zone?: string } {
  const folders: string[] = [];
  let errors = 0;
  let zone: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--errors') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) fail(`--errors needs a whole number, not ${JSON.stringify(argv[i] ?? '')}`);
      errors = n;
    } else if (arg === '--zone') {
      zone = argv[++i];
      if (!zone) fail('--zone needs an IANA zone name such as America/New_York');
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}`);
    } else {
      folders.push(arg);
    }
  }
  return zone === undefined ? { folders, errors } : { folders, errors, zone };
}

function fail(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

const args = parseArguments(process.argv.slice(2));
if (args.folders.length === 0) {
  const corpora = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/tbaq');
  if (!existsSync(corpora)) {
    console.log(`eval: no folder given and ${corpora} is absent; nothing to evaluate.\n${USAGE}`);
    process.exit(0);
  }
  args.folders.push(join(corpora, 'TimeBank'), join(corpora, 'AQUAINT'));
}
try {
  const options = args.zone === undefined ? { errors: args.errors } : { errors: args.errors, timeZone: args.zone };
  console.log(runEvaluation(args.folders, options).text);
} catch (error) {
  if (error instanceof ChronicleInputError) fail(error.message);
  throw error;
}
