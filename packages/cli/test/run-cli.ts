import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `papergraph` command (as `pnpm kg` does) in a child process. */
export function runCli(args: string[], cwd = REPO): CliRun {
  const result = spawnSync(TSX, [MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
