import { defineConfig } from 'vitest/config';

// Every project of the workspace: each folder below may carry its own vitest.config.ts
// (the viewer's e2e tests need a build step and longer timeouts).
// `pnpm test` (scripts/test.mjs) runs them with `vitest run --no-isolate`, in two lanes side by side: the viewer's
// project (headless Chromium) and the others. --no-isolate: the test files of a worker share one module graph instead
// of importing core again for each of ~170 files (import time 123 s → 28 s of a 12-minute suite, on 2 cores). Tests
// therefore leave no global state behind (spies restored in afterEach, no module-level mutation); each file also
// passes alone, and `npx vitest run --no-isolate` runs them all in one run.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', '{eval,bench}'],
  },
});
