/**
 * `chronicle batch`: the line splitter and the per-line records as units, then the real CLI as a subprocess
 * with worker threads (order kept, malformed lines as error records, the same output for 1 and 2 workers).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../src/cli/batch/lines.js';
import { OrderedWorkerPool } from '../src/cli/batch/pool.js';
import { ProgressLine } from '../src/cli/batch/progress.js';
import { processLine } from '../src/cli/batch/record.js';
import { Analysis } from '../src/schema.js';
import { buildCli, removeDir, runCli } from './cli-harness.js';

async function collect(chunks: Array<string | Buffer>, max = 1024): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
  }
  for await (const line of readLines(source(), max)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n across chunks, keeping a last line without a newline', async () => {
    const lines = await collect(['a\r\nb', 'c\n', '\nd']);
    expect(lines.map((line) => [line.line, line.text])).toEqual([[1, 'a'], [2, 'bc'], [3, ''], [4, 'd']]);
  });

  it('decodes a UTF-8 character split between chunks', async () => {
    const bytes = Buffer.from('né\n', 'utf8');
    const lines = await collect([bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(lines.map((line) => line.text)).toEqual(['né']);
  });

  it('marks a line over the limit as too long without keeping it, and goes on', async () => {
    const lines = await collect(['short\n', 'x'.repeat(6), 'y'.repeat(6), '\nok'], 10);
    expect(lines).toEqual([
      { line: 1, text: 'short', bytes: 5 },
      { line: 2, bytes: 12 },
      { line: 3, text: 'ok', bytes: 2 },
    ]);
  });

  it('yields nothing for empty input', async () => {
    expect(await collect([])).toEqual([]);
  });
});

describe('processLine', () => {
  it('analyses a valid document and copies its id', () => {
    const output = processLine(JSON.stringify({ id: 'a', text: 'He left Saturday.', publicationDate: '2017-09-02' }), 7);
    expect(output.failed).toBe(false);
    const record = JSON.parse(output.json) as { line: number; id: string; analysis: unknown };
    expect([record.line, record.id]).toEqual([7, 'a']);
    expect(Analysis.safeParse(record.analysis).success).toBe(true);
  });

  it.each([
    ['not json', /^is not valid JSON/],
    ['[1, 2]', /must be an object/],
    [JSON.stringify({ id: 3, text: 'x' }), /^publicationDate is missing$/],
    [JSON.stringify({ text: 'x', publicationDate: '2017-02-30' }), /"2017-02-30" is not a real calendar date/],
    [JSON.stringify({ text: 'x', publicationDate: '2017-09-02', timeZone: 'Moon/Base' }), /"Moon\/Base" is not a known IANA time zone/],
    [JSON.stringify({ text: 'x', publicationDate: '2017-09-02', id: { a: 1 } }), /^id must be a string or a number$/],
  ])('turns %s into an error record', (raw, message) => {
    const output = processLine(raw, 2);
    expect(output.failed).toBe(true);
    const record = JSON.parse(output.json) as { line: number; error: string };
    expect(record.line).toBe(2);
    expect(record.error).toMatch(message);
    expect(output.json.endsWith('\n') && !output.json.slice(0, -1).includes('\n')).toBe(true);
  });
});

describe('chronicle batch (subprocess)', () => {
  let main = '';
  let dir = '';
  const texts = [
    'The convoy left the border six days ago, activists said Saturday.',
    'Earlier this week an airstrike destroyed a bridge.',
    'Talks resume next Monday.',
  ];
  const input: string[] = [];
  for (let index = 0; index < 300; index++) {
    if (index % 50 === 7) input.push('{"text": "broken');
    else if (index % 50 === 8) input.push('');
    else input.push(JSON.stringify({ id: `doc-${index}`, text: texts[index % texts.length], publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' }));
  }
  const jsonl = `${input.join('\n')}\n`;

  beforeAll(() => {
    ({ main, dir } = buildCli());
  }, 120_000);
  afterAll(() => removeDir(dir));

  it('writes one record per non-blank line, in input order, with error records for malformed lines', () => {
    const result = runCli(main, ['batch', '--workers', '2'], { input: jsonl });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; id?: string; error?: string; analysis?: unknown });
    const expectedLines = input.flatMap((line, index) => (line === '' ? [] : [index + 1]));
    expect(records.map((record) => record.line)).toEqual(expectedLines);
    for (const record of records) {
      const raw = input[record.line - 1] ?? '';
      if (raw.startsWith('{"text": "broken')) {
        expect(record.error).toMatch(/^is not valid JSON/);
      } else {
        expect(record.id).toBe(`doc-${record.line - 1}`);
        expect(Analysis.safeParse(record.analysis).success).toBe(true);
      }
    }
  });

  it('gives the same output with 1 and 2 workers, and from a file or stdin', () => {
    const path = join(dir, 'docs.jsonl');
    writeFileSync(path, jsonl);
    const one = runCli(main, ['batch', path, '--workers', '1']);
    const two = runCli(main, ['batch', '--workers', '2'], { input: jsonl });
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(two.stdout);
  });

  it('a missing input file is an input error; a bad --workers is a usage error', () => {
    const missing = runCli(main, ['batch', join(dir, 'none.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/none\.jsonl: no such file/);
    const usage = runCli(main, ['batch', '--workers', 'many']);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('chronicle batch: --workers must be a whole number of at least 1, not "many"');
  });

  it('a line over --max-line-bytes becomes an error record and the run goes on', () => {
    const big = JSON.stringify({ text: 'x'.repeat(5000), publicationDate: '2017-09-02' });
    const small = JSON.stringify({ text: 'Yesterday.', publicationDate: '2017-09-02' });
    const result = runCli(main, ['batch', '--max-line-bytes', '1000'], { input: `${small}\n${big}\n${small}\n` });
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; error?: string });
    expect(records.map((record) => [record.line, record.error === undefined])).toEqual([[1, true], [2, false], [3, true]]);
    expect(records[1]?.error).toMatch(/longer than 1000 bytes/);
  });
});

describe('OrderedWorkerPool', () => {
  it('keeps input order and turns the lines of a dying worker into error records, then goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-pool-'));
    const workerPath = join(dir, 'echo-worker.mjs');
    writeFileSync(
      workerPath,
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (request) => {
         if (request.lines.some((l) => l.text === 'crash')) process.exit(3);
         setTimeout(() => parentPort.postMessage({ seq: request.seq, output: request.lines.map((l) => l.text + '\\n').join(''), errors: 0 }),
           request.seq % 2 === 0 ? 30 : 0);
       });`,
    );
    const written: string[] = [];
    const pool = new OrderedWorkerPool({ workers: 2, window: 3, workerUrl: pathToFileURL(workerPath) }, async (block) => {
      written.push(block.text);
    });
    const inputs = ['a', 'b', 'crash', 'c', 'd', 'e', 'f'];
    for (const [index, text] of inputs.entries()) await pool.submit([{ line: index + 1, text }]);
    await pool.submitOutput({ text: 'tail\n', lines: 1, errors: 1, inputBytes: 5 });
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
    expect(written.join('')).toBe(
      ['a', 'b', JSON.stringify({ line: 3, error: 'analysis failed: worker stopped with exit code 3' }), 'c', 'd', 'e', 'f', 'tail', ''].join('\n'),
    );
  });
});

describe('ProgressLine', () => {
  it('draws a bar with counts and rate, and ends the line', () => {
    let drawn = '';
    const stream = new Writable({ write(chunk: Buffer, _encoding, done) { drawn += chunk.toString(); done(); } });
    const progress = new ProgressLine(stream, 1000);
    progress.finish({ lines: 12, errors: 2, bytes: 500 });
    expect(drawn).toMatch(/^\r\x1b\[2K\[#{12}\.{12}\] {2}50% {2}12 lines, 2 error record\(s\), [\d.]+ MB\/s, \d+ lines\/s\n$/);
  });
});
