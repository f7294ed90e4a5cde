import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One `pnpm test` runs every project: each folder below may carry its own vitest.config.ts
// (the viewer's e2e tests need a build step and longer timeouts).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', '{eval,bench}'],
    // Vitest's default (cores - 1) runs one file at a time on a 2-core machine, yet most of the suite's time is spent
    // in child processes (the CLI end to end) and headless Chromium, which wait on start-up and I/O as much as they
    // compute: two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
