/**
 * Splitting a byte stream into lines with bounded memory: the stream is pulled chunk by chunk (so it pauses
 * while the consumer is busy), and a line longer than `maxLineBytes` is not kept — it is reported as too long
 * and skipped up to its end. Handles "\n" and "\r\n" and UTF-8 characters split across chunks.
 */

/** A line of input, numbered from 1; `text` is absent when the line was too long to keep. */
export interface InputLine {
  line: number;
  text?: string;
  /** Size of the line in bytes (without its line break). */
  bytes: number;
}

/** Yields the lines of `stream`, in order, each at most `maxLineBytes` bytes or marked too long. */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflowing = false;
  let line = 0;

  const finish = (tail: Buffer): InputLine => {
    line += 1;
    const bytes = pendingBytes + tail.length;
    if (overflowing || bytes > maxLineBytes) return { line, bytes };
    let text = Buffer.concat([...pending, tail]).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { line, text, bytes };
  };

  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let newline = buffer.indexOf(10); newline >= 0; newline = buffer.indexOf(10)) {
      const result = finish(buffer.subarray(0, newline));
      pending = [];
      pendingBytes = 0;
      overflowing = false;
      yield result;
      buffer = buffer.subarray(newline + 1);
    }
    pendingBytes += buffer.length;
    if (pendingBytes > maxLineBytes) {
      overflowing = true;
      pending = [];
    } else if (buffer.length > 0) {
      pending.push(Buffer.from(buffer));
    }
  }
  if (pendingBytes > 0 || overflowing) yield finish(Buffer.alloc(0));
}
