import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'viewer',
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
