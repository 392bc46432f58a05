#!/usr/bin/env node
/**
 * `chronicle`, the command line of Chronicle: dispatches to a subcommand and turns every failure into a
 * plain message and an exit code (0 ok, 1 bad input or mismatches, 2 usage) — never a stack trace.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChronicleInputError } from '../errors.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands.js';
import { ExitCode, type CliIO } from './io.js';
import { UsageError } from './usage.js';

const OVERVIEW = `Usage: chronicle COMMAND [options]

Turns a news article into a chronology: finds time expressions, resolves them to TIMEX3 values against the
publication date in the article's zone, attaches events and orders them.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(9)} ${command.summary}`).join('\n')}

Run "chronicle COMMAND --help" for a command's options.
Exit codes: 0 ok, 1 bad input document or check mismatches, 2 usage error.
`;

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export async function runCli(args: string[], io: CliIO): Promise<ExitCode> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr.write(`chronicle: missing COMMAND\n${OVERVIEW}`);
    return ExitCode.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(OVERVIEW);
    return ExitCode.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`chronicle: unknown command "${name}"\n${OVERVIEW}`);
    return ExitCode.usage;
  }
  if (wantsHelp(rest)) {
    io.stdout.write(command.help);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return report(error, command, io);
  }
}

/** `--help` or `-h` anywhere before a `--` separator. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function report(error: unknown, command: Command, io: CliIO): ExitCode {
  if (error instanceof UsageError) {
    io.stderr.write(`chronicle ${command.name}: ${error.message}\nUsage: ${command.synopsis}\nRun "chronicle ${command.name} --help" for details.\n`);
    return ExitCode.usage;
  }
  if (error instanceof ChronicleInputError) {
    io.stderr.write(`chronicle ${command.name}: ${error.message}\n`);
    return ExitCode.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`chronicle ${command.name}: unexpected error: ${message.split('\n')[0]}\n`);
  return ExitCode.failure;
}

/** True when this module is the program being run (not imported by a test). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (`chronicle ... | head`) is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`chronicle: cannot write the output: ${error.message}\n`);
    process.exit(ExitCode.failure);
  });
  process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
