/**
 * `chronicle batch [FILE] [--workers N]`: JSON Lines documents in (a file or stdin), one analysis record per
 * line out, in input order, analysed on worker threads with bounded memory. Malformed lines become error
 * records and the run goes on. Suitable as the map step of Hadoop Streaming or Spark's `RDD.pipe`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { ChronicleInputError } from '../errors.js';
import { OrderedWorkerPool } from './batch/pool.js';
import { ProgressLine, type ProgressCounts } from './batch/progress.js';
import type { ChunkRequest } from './batch/protocol.js';
import { failureLine } from './batch/record.js';
import { readLines } from './batch/lines.js';
import type { Command } from './command.js';
import { ExitCode, writeText } from './io.js';
import { expectPositionals, expectPositiveInteger, parseCommandLine } from './usage.js';

/** Lines per message to a worker, and the most bytes a chunk gathers before it is sent. */
const CHUNK_LINES = 16;
const CHUNK_BYTES = 256 * 1024;
/** Chunks in flight (or waiting to be written) per worker. */
const CHUNKS_PER_WORKER = 4;
const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

interface BatchValues {
  workers?: string;
  'max-line-bytes'?: string;
}

const synopsis = 'chronicle batch [FILE|-] [--workers N] [--max-line-bytes N]';

export const batchCommand: Command = {
  name: 'batch',
  summary: 'analyse JSON Lines documents (stdin or a file) on all cores, one result line each',
  synopsis,
  help: `Usage: ${synopsis}

Reads JSON Lines, one document per line: {"text": ..., "publicationDate": "2017-09-02", "timeZone"?: ...,
"id"?: ...} (other fields are ignored), from FILE or standard input, and writes one JSON line per document to
standard output, in input order:
  {"line": 3, "id": "a1", "analysis": {...}}      the analysis (Analysis schema)
  {"line": 4, "id": "a2", "error": "publicationDate is missing"}   a line that could not be analysed
Blank lines are skipped. Memory stays bounded whatever the input size; a progress line is shown on stderr
when stderr is a terminal.

Options:
  --workers N          worker threads (default: the number of cores, here ${availableParallelism()})
  --max-line-bytes N   longer lines get an error record instead of being read (default ${DEFAULT_MAX_LINE_BYTES})
  -h, --help           show this help

Exit codes: 0 the run completed (error records included), 1 FILE cannot be read, 2 usage.

Example (as the map step of Hadoop Streaming: see docs/cli.md):
  chronicle batch articles.jsonl --workers 2 > analyses.jsonl
`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine<BatchValues>(args, {
      workers: { type: 'string' },
      'max-line-bytes': { type: 'string' },
    });
    expectPositionals(positionals, 0, 1, 'FILE');
    const workers = expectPositiveInteger('workers', values.workers) ?? availableParallelism();
    const maxLineBytes = expectPositiveInteger('max-line-bytes', values['max-line-bytes']) ?? DEFAULT_MAX_LINE_BYTES;
    const path = positionals[0] ?? '-';
    const { input, totalBytes } = await openInput(path, io.stdin);

    const counts: ProgressCounts = { lines: 0, errors: 0, bytes: 0 };
    const progress = io.stderr.isTTY ? new ProgressLine(io.stderr, totalBytes) : undefined;
    const pool = new OrderedWorkerPool(
      { workers, window: workers * CHUNKS_PER_WORKER, workerUrl: workerModuleUrl() },
      async (block) => {
        counts.lines += block.lines;
        counts.errors += block.errors;
        counts.bytes += block.inputBytes;
        progress?.update(counts);
        if (block.text.length > 0) await writeText(io.stdout, block.text);
      },
    );

    let chunk: ChunkRequest['lines'] = [];
    let chunkBytes = 0;
    const send = async (): Promise<void> => {
      if (chunk.length === 0) return;
      const lines = chunk;
      const bytes = chunkBytes;
      chunk = [];
      chunkBytes = 0;
      await pool.submit(lines, bytes);
    };
    try {
      for await (const line of readLines(input, maxLineBytes)) {
        if (line.text === undefined) {
          await send();
          const text = failureLine(line.line, `is longer than ${maxLineBytes} bytes (--max-line-bytes), so it was not read`);
          await pool.submitOutput({ text, lines: 1, errors: 1, inputBytes: line.bytes + 1 });
          continue;
        }
        chunkBytes += line.bytes + 1;
        if (line.text.trim() === '') continue;
        chunk.push({ line: line.line, text: line.text });
        if (chunk.length >= CHUNK_LINES || chunkBytes >= CHUNK_BYTES) await send();
      }
      await send();
    } finally {
      await pool.close();
    }
    progress?.finish(counts);
    return ExitCode.ok;
  },
};

/** The worker module beside this one: `worker.js` when built, `worker.ts` when run from source with tsx. */
function workerModuleUrl(): URL {
  const extension = extname(new URL(import.meta.url).pathname) || '.js';
  return new URL(`./batch/worker${extension}`, import.meta.url);
}

async function openInput(
  path: string,
  stdin: NodeJS.ReadableStream,
): Promise<{ input: AsyncIterable<Buffer | string>; totalBytes: number | undefined }> {
  if (path === '-') return { input: stdin as AsyncIterable<Buffer | string>, totalBytes: undefined };
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ChronicleInputError([{ field: '', message: 'is a directory, not a JSON Lines file' }], path);
    return { input: createReadStream(path), totalBytes: info.size };
  } catch (error) {
    if (error instanceof ChronicleInputError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ChronicleInputError([{ field: '', message: missing ? 'no such file' : 'cannot be read' }], path);
  }
}
