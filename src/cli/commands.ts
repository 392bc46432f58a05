/** The list of `chronicle` subcommands, in the order `chronicle --help` shows them. */
import type { Command } from './command.js';
import { analyzeCommand } from './analyze-command.js';
import { batchCommand } from './batch-command.js';
import { checkCommand } from './check-command.js';
import { evalCommand } from './eval-command.js';
import { resolveCommand } from './resolve-command.js';

export const COMMANDS: readonly Command[] = [resolveCommand, analyzeCommand, checkCommand, evalCommand, batchCommand];
