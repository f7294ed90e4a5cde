import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCommand } from '../src/program.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/**
 * tsx's loader, as an absolute URL: `--import tsx` would be resolved from the child's cwd, and many cases run in
 * temporary folders.
 */
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * `node --import <tsx loader>`: what the tsx binary runs, without the wrapper process it starts first (about 0.6 s of
 * each start). Followed by a script: `[...TSX_NODE, MAIN, 'stats']`.
 */
export const TSX_NODE: readonly [string, ...string[]] = [process.execPath, '--import', TSX_LOADER];

/** uid/gid of "nobody": file permissions bind it, as they do not bind root. */
export const NOBODY = 65534;

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /**
   * Run as an unprivileged user (NOBODY) when the tests run as root, so that a folder without read or write
   * permission is one for the command too; folders it must use need to be open to others.
   */
  unprivileged?: boolean;
}

/** Runs the real `papergraph` command (as `pnpm kg` does) in a child process. */
export function runCli(args: string[], options: string | RunOptions = {}): CliRun {
  const { cwd = REPO, unprivileged = false } = typeof options === 'string' ? { cwd: options } : options;
  const drop = unprivileged && process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  const [node, ...loader] = TSX_NODE;
  const result = spawnSync(node, [...loader, MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...drop });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `papergraph …` in this process, as main.ts does (runCommand: the same parser, commands and error handler), its
 * stdout and stderr collected: no process start, which costs more than most commands. In the workspace root, as
 * runCli runs by default. What only a process shows (main.ts's exit code, a closed or full stdout, file permissions,
 * environment variables, signals) is for runCli.
 */
export async function runInProcess(args: string[]): Promise<CliRun> {
  // (relative paths such as `seeds` are read from the cwd)
  if (resolve(process.cwd()) !== resolve(REPO)) throw new Error(`runInProcess runs in ${REPO}, not in ${process.cwd()}`);
  let stdout = '';
  let stderr = '';
  const status = await runCommand(args, { write: (text: string) => (stderr += text) }, { write: (text: string) => (stdout += text) });
  return { status, stdout, stderr };
}
