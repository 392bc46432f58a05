/**
 * Loading input documents for the command line: article documents as stored in `events/` (JSON checked
 * against `ArticleDocument`) and plain text. Every failure is a ChronicleInputError whose message names the
 * file, the field and what is wrong ("events/a.json: publicationDate is missing") — never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { ArticleDocument, type AnalyzeInput } from './schema.js';
import { ChronicleInputError, issuesFromZod } from './errors.js';
import { parseReference } from './reference.js';

/** What a loaded document contributes to an analysis, plus where it came from. */
export interface LoadedDocument {
  /** `article` for an events/ JSON document, `text` for plain text, `timeml` for a TimeML document. */
  kind: 'article' | 'text' | 'timeml';
  /** The file name (or `stdin`), used in messages. */
  source: string;
  /** The title, when the document has one. */
  title?: string;
  input: AnalyzeInput;
}

/** The name used for standard input in messages. */
export const STDIN_SOURCE = 'stdin';

/**
 * Reads a whole file (or standard input for `-`) as UTF-8 text.
 * A missing file, a directory or an unreadable file is a ChronicleInputError naming the path.
 */
export async function readDocumentText(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if (path === '-') return readStream(stdin);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ChronicleInputError([{ field: '', message: describeReadError(error) }], path);
  }
}

/** Reads a stream to its end as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses an `events/` article document from its JSON text and checks it: the shape (`ArticleDocument`), a
 * real publication date and a known IANA zone. Errors name `source` and the offending field.
 */
export function parseArticleDocument(json: string, source: string): ArticleDocument {
  rejectEmpty(json, source);
  const value = parseJson(json, source);
  // reportInput lets the messages tell a wrong type ("must be a string, not number 3") from a missing field.
  const parsed = ArticleDocument.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const shape = issuesFromZod(parsed.error);
    const reference = referenceIssuesOf(value).filter((issue) => !shape.some((s) => s.field === issue.field));
    throw new ChronicleInputError([...shape, ...reference], source);
  }
  checkReference(parsed.data.publicationDate, parsed.data.timeZone, source);
  return parsed.data;
}

/**
 * What is wrong with a document's publication date and zone, when both are at least strings: reported beside
 * the shape's issues, so that one run names every problem of the file ("text must be a string" and an
 * impossible date), not one per attempt.
 */
function referenceIssuesOf(value: unknown): ChronicleInputError['issues'] {
  if (typeof value !== 'object' || value === null) return [];
  const { publicationDate, timeZone } = value as { publicationDate?: unknown; timeZone?: unknown };
  if (typeof publicationDate !== 'string' || (timeZone !== undefined && typeof timeZone !== 'string')) return [];
  try {
    parseReference(publicationDate, timeZone);
    return [];
  } catch (error) {
    if (error instanceof ChronicleInputError) return error.issues;
    throw error;
  }
}

/** Reads and checks an `events/` article document file (see `parseArticleDocument`). */
export async function loadArticleDocument(path: string): Promise<ArticleDocument> {
  return parseArticleDocument(await readDocumentText(path), path);
}

/** The analysis input of an article document. */
export function articleInput(document: ArticleDocument): AnalyzeInput {
  return { text: document.text, publicationDate: document.publicationDate, timeZone: document.timeZone };
}

/** Options that plain text needs, since it carries no date of its own. */
export interface PlainTextOptions {
  /** The publication date (`--on`), required. */
  publicationDate: string | undefined;
  /** The article's IANA zone (`--zone`); UTC when absent. */
  timeZone?: string | undefined;
}

/**
 * Turns plain text into an analysis input. The publication date is required (plain text has none); the date
 * and zone are checked here so the error names the option rather than failing later.
 */
export function plainTextInput(text: string, source: string, options: PlainTextOptions): AnalyzeInput {
  rejectEmpty(text, source);
  if (options.publicationDate === undefined) {
    throw new ChronicleInputError(
      [{ field: '', message: 'is plain text, which has no publication date: give one with --on YYYY-MM-DD' }],
      source,
    );
  }
  checkReference(options.publicationDate, options.timeZone, source);
  return {
    text,
    publicationDate: options.publicationDate,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  };
}

/**
 * Loads any supported document: an `events/` JSON document (a `.json` file, or input starting with `{`) or plain
 * text. TimeML is recognised (`.tml`/`.xml`, or input starting with `<`) and handed to `readTimeML`, which the
 * caller supplies so that this module does not depend on the TimeML reader. `--on`/`--zone` override the
 * document's own date and zone when given.
 */
export async function loadDocument(
  path: string,
  overrides: PlainTextOptions,
  readTimeML?: (xml: string, source: string) => LoadedDocument,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<LoadedDocument> {
  const source = path === '-' ? STDIN_SOURCE : path;
  const raw = await readDocumentText(path, stdin);
  const kind = sniffKind(path, raw);
  if (kind === 'article') {
    const document = parseArticleDocument(raw, source);
    const input = withOverrides(articleInput(document), overrides, source);
    return { kind, source, title: document.title, input };
  }
  if (kind === 'timeml') {
    rejectEmpty(raw, source);
    if (!readTimeML) {
      throw new ChronicleInputError([{ field: '', message: 'is a TimeML document, and reading TimeML is not yet available' }], source);
    }
    const loaded = readTimeML(raw, source);
    return { ...loaded, input: withOverrides(loaded.input, overrides, source) };
  }
  return { kind, source, input: plainTextInput(raw, source, overrides) };
}

/** Which kind of document a file holds: by extension first, then by its first non-blank character. */
export function sniffKind(path: string, content: string): LoadedDocument['kind'] {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'article';
  if (lower.endsWith('.tml') || lower.endsWith('.xml')) return 'timeml';
  if (lower.endsWith('.txt')) return 'text';
  const first = content.trimStart()[0];
  if (first === '{') return 'article';
  if (first === '<') return 'timeml';
  return 'text';
}

function withOverrides(input: AnalyzeInput, overrides: PlainTextOptions, source: string): AnalyzeInput {
  const publicationDate = overrides.publicationDate ?? input.publicationDate;
  const timeZone = overrides.timeZone ?? input.timeZone;
  checkReference(publicationDate, timeZone, source);
  return { ...input, publicationDate, ...(timeZone === undefined ? {} : { timeZone }) };
}

/** Rejects a document with nothing but white space in it. */
export function rejectEmpty(content: string, source: string): void {
  if (content.trim() === '') throw new ChronicleInputError([{ field: '', message: 'is empty: there is no text to analyse' }], source);
}

/** Checks a publication date and zone; the error has the document's name in front. */
export function checkReference(publicationDate: string, timeZone: string | undefined, source: string): void {
  try {
    parseReference(publicationDate, timeZone);
  } catch (error) {
    if (error instanceof ChronicleInputError) throw new ChronicleInputError(error.issues, source);
    throw error;
  }
}

/** Parses JSON text; a syntax error becomes a ChronicleInputError naming `source`, the line and the column. */
export function parseJson(json: string, source: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ChronicleInputError([{ field: '', message: `is not valid JSON (${locateJsonError(json, reason)})` }], source);
  }
}

/** Rewrites V8's "at position N" into a line and column, which people can find in an editor. */
function locateJsonError(json: string, reason: string): string {
  const position = /position (\d+)/.exec(reason);
  const firstClause = reason.split(/, (?:"|\.\.\.)|\n/)[0] ?? reason;
  const offset = position?.[1] === undefined ? undefined : Number(position[1]);
  if (offset === undefined) return reason.includes('Unexpected end') ? 'it ends too early' : firstClause;
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${firstClause.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a document file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
