import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One `pnpm test` runs every project: each folder below may carry its own vitest.config.ts
// (the viewer's e2e tests need a build step and longer timeouts).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', '{eval,bench}'],
    // At least two test files at a time. Vitest's default (one fewer than the cores) runs files one by one on a
    // 2-core machine, where much of a file's time is spent waiting on Chromium, a CLI child or Python, not on its CPU.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
