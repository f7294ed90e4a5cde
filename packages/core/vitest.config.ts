import { defineConfig } from 'vitest/config';

// Core's tests that write and read whole graphs (GEXF/GraphML read back by networkx and igraph in Python, layouts,
// updates) take a few seconds each, several times that on a loaded machine: a minute each before one counts as hung,
// instead of vitest's 5 s.
export default defineConfig({
  test: {
    name: '@papergraph/core',
    testTimeout: 60_000,
  },
});
