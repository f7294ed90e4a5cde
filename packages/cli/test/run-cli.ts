import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

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
  const result = spawnSync(TSX, [MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...drop });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
