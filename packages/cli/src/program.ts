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
import { EXIT, isSystemError, userError, type ExitCode } from './errors.ts';
import type { CommandOutput, TextOutput } from './output.ts';
import { NoRecordsError } from './pipeline.ts';
import { reportIssues, terminalLines } from './report.ts';

/** The program, writing to the process's streams, or to a test's collectors when it runs commands in-process. */
export function createProgram(stderr: TextOutput = process.stderr, stdout: TextOutput = process.stdout): Command {
  const io: CommandOutput = { stdout, stderr };
  const program = new Command()
    .name('papergraph')
    .description('Turn listings of research papers into a clustered knowledge graph (GraphML, GEXF, JSON).')
    .version(VERSION)
    .exitOverride();
  registerBuild(program, io);
  registerUpdate(program, io);
  registerTables(program, io);
  registerStats(program, io);
  registerExport(program, io);
  registerCandidates(program, io);
  registerTrends(program, io);
  registerCitations(program, io);
  registerView(program, io);
  // Usage errors read like every other error: one line, "papergraph: …", naming the help to read; commander's
  // messages quote the arguments given, so they are escaped for the terminal like the rest.
  for (const command of [program, ...program.commands]) {
    const help = command === program ? 'papergraph --help' : `papergraph ${command.name()} --help`;
    command.configureOutput({
      writeOut: (text) => stdout.write(text),
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
export function reportError(error: unknown, stderr: TextOutput = process.stderr): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version "fail" with exit code 0; real usage errors already printed their message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const known = userError(error);
  if (known) {
    // Nothing could be read: why, file by file, before the one error line (whichever command was building).
    if (known instanceof NoRecordsError) reportIssues(known, stderr);
    stderr.write(`papergraph: ${terminalLines(known.message)}\n`);
    return known.exitCode;
  }
  stderr.write(`papergraph: internal error (a bug: please report it with this trace)\n${terminalLines(inspect(error))}\n`);
  return EXIT.internal;
}

/** What stopOnClosedOutput needs of the process (a test hands in its own). */
export interface OutputStreams {
  stdout: NodeJS.EventEmitter;
  stderr: NodeJS.EventEmitter & TextOutput;
  exit: (code: ExitCode) => void;
}

/**
 * Installed once for every command (main.ts). A reader that stops early (`papergraph models … | head -2`) closes
 * stdout: the command then stops at once, quietly and with exit 0, as Unix tools do, instead of dying on an unhandled
 * EPIPE with a stack trace. Any other failure to write stdout (a full disk under `> file`) is an output error, one
 * line, exit 3. A closed stderr is ignored: nothing could be said there anyway, and stdout may still be read.
 */
export function stopOnClosedOutput(streams: OutputStreams = { stdout: process.stdout, stderr: process.stderr, exit: (code) => process.exit(code) }): void {
  streams.stdout.on('error', (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return streams.exit(EXIT.ok);
    // (the failed write names no path: the message names the stream)
    if (isSystemError(error) && error.path === undefined) error.path = 'stdout';
    streams.exit(reportError(error, streams.stderr));
  });
  streams.stderr.on('error', () => {});
}

/**
 * The folder the user's relative paths (and the defaults `seeds`, `out`) are read from. pnpm runs a script in the
 * folder of the package.json that names it (`pnpm kg` from `docs/` runs in the workspace root) and names the folder
 * it was started in INIT_CWD; only when this process is that script (npm_lifecycle_event), so that an INIT_CWD
 * inherited from some other script (`pnpm test` spawning papergraph in a folder of its own) is not taken for it.
 */
export function userWorkingFolder(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.npm_lifecycle_event === 'kg' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/**
 * Runs the command line and resolves to its exit code; nothing here exits the process (main.ts sets the code).
 * Its output goes to process.stdout unless `stdout` is given (tests run commands in-process).
 */
export async function runCommand(argv: string[], stderr: TextOutput = process.stderr, stdout: TextOutput = process.stdout): Promise<ExitCode> {
  try {
    await createProgram(stderr, stdout).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, stderr);
  }
}
