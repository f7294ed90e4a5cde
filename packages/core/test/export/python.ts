import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's python3 carries python3-networkx / python3-igraph (installed by `.ci/run` / scripts/ensure-test-deps). */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export interface NetworkxPython {
  python: string;
  /** networkx's version, e.g. "2.8.8". */
  networkx: string;
}

/**
 * Every python3 here that has networkx, each interpreter once: Debian's (networkx 2.8 on bookworm) and the one first
 * on PATH (often a newer networkx), so a file is checked with more than one reader version where there is more.
 */
export function networkxPythons(): NetworkxPython[] {
  const found = new Map<string, NetworkxPython>();
  for (const python of [PYTHON, 'python3']) {
    try {
      const [executable, networkx] = execFileSync(python, ['-c', 'import sys, networkx; print(sys.executable); print(networkx.__version__)'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .trim()
        .split('\n');
      if (executable && networkx && !found.has(executable)) found.set(executable, { python, networkx });
    } catch {
      // no such interpreter, or no networkx in it
    }
  }
  return [...found.values()];
}

/** networkx's major.minor as a number (3.6 → 3.6), to tell which versions read what. */
export function networkxVersion(reader: NetworkxPython): number {
  const [major = '0', minor = '0'] = reader.networkx.split('.');
  return Number(major) + Number(minor) / 100;
}
