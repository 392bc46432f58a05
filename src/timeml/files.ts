/**
 * TimeML from the file system (Node only): one file, or every `.tml` file of a folder in name order.
 * Errors name the file or folder and what is wrong, as ChronicleInputError.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ChronicleInputError } from '../errors.js';
import type { AnalyzeInput } from '../schema.js';
import type { TimemlDocument } from './document.js';
import { parseTimeml, timemlToAnalyzeInput } from './reader.js';

/** Reads and parses one `.tml` file. */
export function readTimemlFile(path: string): TimemlDocument {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ChronicleInputError([{ field: '', message: `cannot be read (${describeFsError(error)})` }], path);
  }
  return parseTimeml(xml, path);
}

/** Reads every `*.tml` file directly inside `folder`, sorted by file name. Throws if there are none. */
export function readTimemlFolder(folder: string): TimemlDocument[] {
  return listTimemlFiles(folder).map(readTimemlFile);
}

/** The `*.tml` files directly inside `folder`, sorted by name (macOS `._*` resource forks skipped). */
export function listTimemlFiles(folder: string): string[] {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) {
      throw new ChronicleInputError([{ field: '', message: 'is not a folder (expected a folder of .tml files)' }], folder);
    }
    names = readdirSync(folder);
  } catch (error) {
    if (error instanceof ChronicleInputError) throw error;
    throw new ChronicleInputError([{ field: '', message: `cannot be read (${describeFsError(error)})` }], folder);
  }
  const files = names.filter((name) => name.endsWith('.tml') && !name.startsWith('._')).sort();
  if (files.length === 0) throw new ChronicleInputError([{ field: '', message: 'contains no .tml files' }], folder);
  return files.map((name) => join(folder, name));
}

/** Loads a TimeML file as input to `analyze` (its TEXT, with the DCT day as publication date). */
export function readTimemlInput(path: string, timeZone?: string): AnalyzeInput {
  return timemlToAnalyzeInput(readTimemlFile(path), timeZone);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}
