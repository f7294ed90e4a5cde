// The viewer's test server is the `papergraph view` server (packages/cli/src/serve/server.ts), through the options
// the end-to-end setup passes. Loaded by a TypeScript-aware runner (vitest, tsx): there is one server implementation.
import { startServer as startViewerServer } from '../../../packages/cli/src/serve/server.ts';

/**
 * @param {{ root: string, graphFile?: string, extraFiles?: Record<string, string>, crossOriginFiles?: boolean, host?: string, port?: number, portAttempts?: number }} options
 *   root: the built app; graphFile: served at /graph.json; extraFiles: more URL path → file mappings (tests);
 *   crossOriginFiles: let pages of any origin fetch the extraFiles (tests of opening a graph from another site). Off
 *   by default, and never for the app or /graph.json: any site's scripts could otherwise read the local graph.
 */
export function startServer({ graphFile, extraFiles = {}, crossOriginFiles = false, ...options }) {
  const files = Object.fromEntries(Object.entries(extraFiles).map(([path, file]) => [path, { path: file, crossOrigin: crossOriginFiles }]));
  if (graphFile) files['/graph.json'] = { path: graphFile };
  return startViewerServer({ ...options, files });
}
