import { readFileSync } from 'node:fs';

/** What /proc says of a process: its parent and process group. */
interface ProcessEntry {
  ppid: number;
  pgrp: number;
}

/** Reads /proc/<pid>/stat ("pid (name) state ppid pgrp …"; the name may hold spaces and parentheses). */
export function parseStat(stat: string): ProcessEntry | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  const pgrp = Number(fields[2]);
  return Number.isInteger(ppid) && Number.isInteger(pgrp) ? { ppid, pgrp } : undefined;
}

function entry(pid: number | 'self'): ProcessEntry | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The processes that started this one within its process group, nearest first: `npx pnpm kg view` runs
 * npm → sh → pnpm → sh → tsx → node, all in the group the terminal (or a script) started. Empty where there is no
 * /proc (macOS, Windows).
 */
export function startingProcesses(read: (pid: number | 'self') => ProcessEntry | undefined = entry): number[] {
  const self = read('self');
  if (!self) return [];
  const chain: number[] = [];
  for (let pid = self.ppid; pid > 1 && chain.length < 64; ) {
    const parent = read(pid);
    if (!parent || parent.pgrp !== self.pgrp) break;
    chain.push(pid);
    pid = parent.ppid;
  }
  return chain;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Calls `gone` once when a process that started this one (in its process group) ends. A SIGTERM sent to `npx` or
 * `pnpm` ends them without passing it on: their children live on, and a server among them would keep its port with
 * nobody left to stop it. Checks every `everyMs` without keeping the process alive; returns the function that stops
 * watching.
 */
export function whenStarterEnds(gone: () => void, everyMs = 1000, starters: number[] = startingProcesses()): () => void {
  if (starters.length === 0) return () => {};
  const timer = setInterval(() => {
    if (starters.every(alive)) return;
    clearInterval(timer);
    gone();
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
