import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputFormat, toGraphJSON, type ForeignGraph } from '@papergraph/core';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';

/**
 * Writes a graph as `papergraph build` does for the viewer (graph.json and its view file, graph.view.json) into
 * `<artifacts>/<folder>` and serves the built viewer on it: the path of a big graph opened from its view file.
 */
export async function serveWithViewFile(artifacts: string, folder: string, graph: ForeignGraph): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = join(artifacts, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'graph.json'), toGraphJSON(graph));
  writeFileSync(join(dir, 'graph.view.json'), [...outputFormat('view').chunks(graph)].join(''));
  return (await startServer({ root: join(artifacts, 'dist'), graphFile: join(dir, 'graph.json'), port: 0 })) as { url: string; close: () => Promise<void> };
}
