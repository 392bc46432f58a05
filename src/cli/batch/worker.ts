/**
 * A `chronicle batch` worker thread: receives chunks of numbered input lines, analyses each, and posts the
 * output lines back with the chunk's sequence number (the pool restores input order).
 */
import { parentPort } from 'node:worker_threads';
import { processLine } from './record.js';
import type { ChunkRequest, ChunkResult } from './protocol.js';

if (!parentPort) throw new Error('batch worker must run in a worker thread');
const port = parentPort;

port.on('message', (request: ChunkRequest) => {
  const outputs = request.lines.map(({ line, text }) => processLine(text, line));
  const result: ChunkResult = {
    seq: request.seq,
    output: outputs.map((output) => output.json).join(''),
    errors: outputs.filter((output) => output.failed).length,
  };
  port.postMessage(result);
});
