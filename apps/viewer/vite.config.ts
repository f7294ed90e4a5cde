import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { graphRoutes } from '../../packages/cli/src/serve/server.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * In `vite dev`, the graph routes of `papergraph view` (the same code): the graph written by `pnpm kg build`
 * (out/graph.json, or the file named by PAPERGRAPH_GRAPH) at /graph.json, and the files under PAPERGRAPH_SERVE_DIR
 * at /files/… for `?graph=/files/<path>`.
 */
function serveGraphs(): Plugin {
  const graphFile = process.env.PAPERGRAPH_GRAPH || `${repoRoot}out/graph.json`;
  const serveDir = process.env.PAPERGRAPH_SERVE_DIR;
  const routes = graphRoutes({ files: { '/graph.json': { path: graphFile } }, ...(serveDir ? { serveDir } : {}) });
  return {
    name: 'papergraph-serve-graphs',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] === '/graph.json' && !existsSync(graphFile)) {
          response.statusCode = 404;
          response.end(`No ${graphFile}: run \`pnpm kg build\` first.`);
          return;
        }
        if (!routes(request, response)) next();
      });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built app works from any path it is served under.
  base: './',
  plugins: [serveGraphs()],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Core's modules have no effect but their exports (none runs code at load but to fill its own tables): said so,
      // what the app does not use is left out of its chunk — above all the extraction pipeline with its lexicons and
      // the learned step's weights, two thirds of the 3 MB every page load parsed before it could fetch a graph — and
      // goes in the chunk that builds dropped paper listings (src/graph/build-raw.ts).
      treeshake: { moduleSideEffects: (id) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id) },
    },
  },
  worker: { format: 'es' },
});
