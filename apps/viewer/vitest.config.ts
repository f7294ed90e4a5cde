import { defineConfig } from 'vitest/config';

// One project for `pnpm test`: unit tests of the view-model, and end-to-end tests in headless Chromium against the
// built app (the global setup builds it, builds the seed graph with core, and serves both on a free port).
// scripts/test.mjs runs it by its name, beside the other projects: renaming it means renaming it there.
export default defineConfig({
  test: {
    name: 'viewer',
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
