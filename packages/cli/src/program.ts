import { inspect } from 'node:util';
import { Command, CommanderError } from 'commander';
import { VERSION } from '@papergraph/core';
import { registerBuild } from './commands/build.ts';
import { registerCandidates } from './commands/candidates.ts';
import { registerCitations } from './commands/citations.ts';
import { registerExport } from './commands/export.ts';
import { registerStats } from './commands/stats.ts';
import { registerTables } from './commands/tables.ts';
import { registerTrends } from './commands/trends.ts';
import { registerUpdate } from './commands/update.ts';
import { registerView } from './commands/view.ts';
import { EXIT, userError, type ExitCode } from './errors.ts';
import { NoRecordsError } from './pipeline.ts';
import { issueLine, terminalLines } from './report.ts';

/** Where the handler writes: process.stderr, or a test's collector. */
export interface ErrorOutput {
  write(text: string): unknown;
}

export function createProgram(stderr: ErrorOutput = process.stderr): Command {
  const program = new Command()
    .name('papergraph')
    .description('Turn listings of research papers into a clustered knowledge graph (GraphML, GEXF, JSON).')
    .version(VERSION)
    .exitOverride();
  registerBuild(program);
  registerUpdate(program);
  registerTables(program);
  registerStats(program);
  registerExport(program);
  registerCandidates(program);
  registerTrends(program);
  registerCitations(program);
  registerView(program);
  // Usage errors read like every other error: one line, "papergraph: …", naming the help to read; commander's
  // messages quote the arguments given, so they are escaped for the terminal like the rest.
  for (const command of [program, ...program.commands]) {
    const help = command === program ? 'papergraph --help' : `papergraph ${command.name()} --help`;
    command.configureOutput({
      writeErr: (text) => stderr.write(terminalLines(text)),
      outputError: (text, write) => write(`${text.replace(/^error: /, 'papergraph: ').trimEnd()} (see ${help})\n`),
    });
  }
  return program;
}

/**
 * The one place a command's failure becomes an exit code, for synchronous and asynchronous commands alike:
 * usage errors (already printed by commander) exit 1; CliErrors and failed system calls (a folder that cannot be
 * read, an output that cannot be written) print one line, no stack trace; anything else is a bug in papergraph and
 * prints its stack trace.
 */
export function reportError(error: unknown, stderr: ErrorOutput = process.stderr): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version "fail" with exit code 0; real usage errors already printed their message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const known = userError(error);
  if (known) {
    // Nothing could be read: why, file by file, before the one error line (whichever command was building).
    if (known instanceof NoRecordsError) for (const issue of known.rejections) stderr.write(`rejected: ${issueLine(issue)}\n`);
    stderr.write(`papergraph: ${terminalLines(known.message)}\n`);
    return known.exitCode;
  }
  stderr.write(`papergraph: internal error (a bug: please report it with this trace)\n${terminalLines(inspect(error))}\n`);
  return EXIT.internal;
}

/** Runs the command line and resolves to its exit code; nothing here exits the process (main.ts sets the code). */
export async function runCommand(argv: string[], stderr: ErrorOutput = process.stderr): Promise<ExitCode> {
  try {
    await createProgram(stderr).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, stderr);
  }
}
