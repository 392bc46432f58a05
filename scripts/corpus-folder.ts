/**
 * The development scripts' reading of a TimeML folder: a folder that cannot be read (absent, not a folder, a
 * malformed file) ends the script with the reader's plain message and exit code 2, not a stack trace.
 */
import { ChronicleInputError } from '../src/errors.js';
import type { TimemlDocument } from '../src/timeml/document.js';
import { readTimemlFolder } from '../src/timeml/files.js';

/** The documents of `folder`, or the script (named `script` in the message) ends with the reason it cannot read them. */
export function readCorpusFolder(folder: string, script: string): TimemlDocument[] {
  try {
    return readTimemlFolder(folder);
  } catch (error) {
    if (!(error instanceof ChronicleInputError)) throw error;
    console.error(`${script}: ${error.message}`);
    process.exit(2);
  }
}
