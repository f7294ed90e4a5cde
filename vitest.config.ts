import { defineConfig } from 'vitest/config';

// One `pnpm test` runs every project: each folder below may carry its own vitest.config.ts
// (the viewer's e2e tests need a build step and longer timeouts).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', '{eval,bench}'],
  },
});
