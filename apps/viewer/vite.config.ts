import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const builtGraph = `${repoRoot}out/graph.json`;

/** In `vite dev`, serve the graph written by `pnpm kg build` at /graph.json, as the start server does. */
function serveBuiltGraph(): Plugin {
  return {
    name: 'papergraph-serve-built-graph',
    configureServer(server) {
      server.middlewares.use('/graph.json', (_req, res) => {
        if (!existsSync(builtGraph)) {
          res.statusCode = 404;
          res.end(`No ${builtGraph}: run \`pnpm kg build\` first.`);
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        createReadStream(builtGraph).pipe(res);
      });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built app works from any path it is served under.
  base: './',
  plugins: [serveBuiltGraph()],
  server: { host: '127.0.0.1', port: 5173 },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
