/** The shape every `chronicle` subcommand has. */
import type { CliIO, ExitCode } from './io.js';

export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The synopsis printed with usage errors, e.g. `chronicle resolve PHRASE --on DATE [...]`. */
  synopsis: string;
  /** The full `--help` text (synopsis, options, examples). */
  help: string;
  /** Runs the command; throws UsageError for command-line mistakes, ChronicleInputError for bad input. */
  run(args: string[], io: CliIO): Promise<ExitCode>;
}
