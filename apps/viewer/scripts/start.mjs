// `pnpm --filter @papergraph/viewer start`: builds the viewer, serves it with <repo>/out/graph.json, prints the URL.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from './serve.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const graphFile = process.env.PAPERGRAPH_GRAPH ?? `${repoRoot}out/graph.json`;
const port = Number(process.env.PORT ?? 4173);

await build({ root: appDir, logLevel: 'warn' });
if (!existsSync(graphFile)) {
  console.warn(`No graph at ${graphFile}: run \`pnpm kg build\` first (the viewer still opens and accepts dropped files).`);
}
const server = await startServer({ root: `${appDir}dist`, graphFile, port });
console.log(`papergraph viewer: ${server.url}  (graph: ${graphFile}; Ctrl+C to stop)`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
