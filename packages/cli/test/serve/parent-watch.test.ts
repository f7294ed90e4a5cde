import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStat, startingProcesses, whenStarterEnds } from '../../src/serve/parent-watch.ts';

describe('parseStat', () => {
  it('reads the parent and group after a name holding spaces and parentheses', () => {
    expect(parseStat('4242 (node (tsx) x) S 4200 4100 4100 34816 4100 4194560')).toEqual({ ppid: 4200, pgrp: 4100 });
    expect(parseStat('17 (sh) R 1 17 17 0 -1')).toEqual({ ppid: 1, pgrp: 17 });
  });

  it('gives nothing for a line it cannot read', () => {
    expect(parseStat('garbage')).toBeUndefined();
  });
});

describe('startingProcesses', () => {
  // npm (10) → sh (11) → tsx (12) → node (self, 13), all in group 10; npm's parent is the shell (5, its own group)
  const table: Record<string, { ppid: number; pgrp: number }> = {
    self: { ppid: 12, pgrp: 10 },
    12: { ppid: 11, pgrp: 10 },
    11: { ppid: 10, pgrp: 10 },
    10: { ppid: 5, pgrp: 10 },
    5: { ppid: 1, pgrp: 5 },
  };
  const read = (pid: number | 'self') => table[String(pid)];

  it('lists the starters within the process group, nearest first, stopping at the group leader’s parent', () => {
    expect(startingProcesses(read)).toEqual([12, 11, 10]);
  });

  it('is empty where /proc cannot be read', () => {
    expect(startingProcesses(() => undefined)).toEqual([]);
  });

  it.runIf(existsSync('/proc/self/stat'))('finds this test process’s own starters on Linux: its parent first when in its group', () => {
    const starters = startingProcesses();
    expect(starters).not.toContain(process.pid);
    for (const pid of starters) expect(pid).toBeGreaterThan(1);
    const group = (pid: number | 'self') => parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))!.pgrp;
    // (vitest's worker and the runner that forked it share a group: the list is not empty, it starts at the parent)
    if (group(process.ppid) === group('self')) expect(starters[0]).toBe(process.ppid);
    else expect(starters).toEqual([]);
  });
});

describe('whenStarterEnds', () => {
  it('calls back once a watched starter has ended, and never while all live', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const pid = child.pid!;
    let calls = 0;
    const stop = whenStarterEnds(() => calls++, 20, [process.pid, pid]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(0);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(1);
    stop();
  });

  it('does nothing with no starters, and stops watching when asked', async () => {
    let calls = 0;
    whenStarterEnds(() => calls++, 10, [])();
    const stop = whenStarterEnds(() => calls++, 10, [2 ** 22 + 12345]);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(0);
  });
});
