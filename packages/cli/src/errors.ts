import { accessSync, constants, statSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { getSystemErrorMap } from 'node:util';

/**
 * Exit codes of the `papergraph` command. `internal` is a bug in papergraph (the only case that prints a stack
 * trace); 70 is sysexits' EX_SOFTWARE, kept apart from 1 so a script can tell misuse from a crash.
 */
export const EXIT = { ok: 0, usage: 1, input: 2, output: 3, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one line on stderr and turns into an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

/** What Node throws when a system call fails (fs, …): an error with `code` and `syscall` (and often `path`). */
export interface SystemError extends Error {
  code: string;
  syscall: string;
  errno?: number;
  path?: string;
  dest?: string;
}

export function isSystemError(error: unknown): error is SystemError {
  return (
    error instanceof Error &&
    typeof (error as Partial<SystemError>).code === 'string' &&
    typeof (error as Partial<SystemError>).syscall === 'string'
  );
}

// System calls that only ever change the file system: their failure means an output cannot be written.
const WRITING_CALLS = new Set(['mkdir', 'write', 'rename', 'unlink', 'rm', 'rmdir', 'copyfile', 'symlink', 'link', 'chmod', 'ftruncate', 'fsync', 'utime']);
// Failures that only writing meets, whatever the call.
const WRITING_CODES = new Set(['ENOSPC', 'EROFS', 'EDQUOT', 'EFBIG']);

/** The system's words for an error code ("permission denied"), without Node's "EACCES: …, open '…'" wrapping. */
function reason(error: SystemError): string {
  const words = error.errno !== undefined ? getSystemErrorMap().get(error.errno)?.[1] : undefined;
  return `${words ?? error.message} (${error.code})`;
}

/**
 * A failed system call as the one-line error the user sees: a write-only call or a write-only failure is an output
 * that cannot be written (exit 3); anything else met on the way (open, stat, scandir, read) is an input that cannot
 * be read (exit 2). Commands that know which paths they write map those themselves (asOutputError).
 */
export function systemCliError(error: SystemError): CliError {
  const path = error.path ?? error.dest;
  const writing = WRITING_CALLS.has(error.syscall) || WRITING_CODES.has(error.code);
  const what = path === undefined ? '' : ` ${path}`;
  return writing
    ? new CliError(`cannot write${what}: ${reason(error)}`, EXIT.output)
    : new CliError(`cannot read${what}: ${reason(error)}`, EXIT.input);
}

function isInside(path: string, folder: string): boolean {
  const rest = relative(resolve(folder), resolve(path));
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * For commands that write into a folder: a system error on a path inside `folder` (or on the folder itself) is an
 * output that cannot be written (exit 3), whatever the call (opening `graph.json` for writing fails in `open`).
 * Returns the error to throw: that CliError, or the error itself.
 */
export function asOutputError(error: unknown, folder: string): unknown {
  const path = isSystemError(error) ? (error.path ?? error.dest) : undefined;
  if (isSystemError(error) && path !== undefined && isInside(path, folder)) {
    return new CliError(`cannot write ${path}: ${reason(error)}`, EXIT.output);
  }
  return error;
}

/** Runs `write`, which writes into `folder`, turning its failures there into exit-3 errors (asOutputError). */
export function writingInto<T>(folder: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw asOutputError(error, folder);
  }
}

/**
 * Checks, before any work, that `folder` is (or can become) a writable folder, so a long build does not fail at
 * its end: it must be a folder if it exists, its nearest existing ancestor must be a folder, and that one must be
 * writable. Throws a CliError with exit code 3 naming the problem; creates nothing.
 */
export function checkOutputFolder(folder: string, option = '--out'): void {
  const fail = (problem: string) => {
    throw new CliError(`cannot write ${option} ${folder}: ${problem}`, EXIT.output);
  };
  let existing = resolve(folder);
  let stats;
  for (;;) {
    try {
      stats = statSync(existing);
      break;
    } catch (error) {
      if (isSystemError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR') && dirname(existing) !== existing) {
        existing = dirname(existing);
        continue;
      }
      if (isSystemError(error)) fail(reason(error));
      throw error;
    }
  }
  if (!stats.isDirectory()) {
    fail(existing === resolve(folder) ? 'it is a file, not a folder' : `${existing} is a file, not a folder`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    if (isSystemError(error)) fail(existing === resolve(folder) ? reason(error) : `${existing}: ${reason(error)}`);
    throw error;
  }
}

/** The one-line error an error stands for, or undefined for an unexpected (internal) error. */
export function userError(error: unknown): CliError | undefined {
  if (error instanceof CliError) return error;
  if (isSystemError(error)) return systemCliError(error);
  return undefined;
}
