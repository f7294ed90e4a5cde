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
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
