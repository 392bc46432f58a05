/**
 * The streams a command talks to and the exit codes it returns, in one place so every command behaves alike.
 */

/** Exit codes of `chronicle` (documented in docs/cli.md). */
export const ExitCode = {
  /** Everything asked for was done. */
  ok: 0,
  /** A check found mismatches, or an input document was bad (missing, unreadable, invalid). */
  failure: 1,
  /** The command line itself was wrong: unknown command or option, missing or extra argument. */
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The process streams, passed explicitly so commands never reach for globals. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** Writes text and waits until the stream accepts more (backpressure), so big outputs stay bounded in memory. */
export function writeText(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const accepted = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (accepted) resolve();
    else stream.once('drain', () => resolve());
  });
}
