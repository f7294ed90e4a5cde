// Static server for the built viewer: serves dist/ and maps /graph.json to a graph file on disk.
// Plain ESM JavaScript so `pnpm start` and the e2e global setup run it with bare Node, no TypeScript loader.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.graphml': 'application/graphml+xml',
  '.gexf': 'application/gexf+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{ root: string, graphFile?: string, extraFiles?: Record<string, string>, crossOriginFiles?: boolean, host?: string, port?: number, portAttempts?: number }} options
 *   root: the built app; graphFile: served at /graph.json; extraFiles: more URL path → file mappings (tests);
 *   crossOriginFiles: let pages of any origin fetch the extraFiles (tests of opening a graph from another site). Off
 *   by default, and never for the app or /graph.json: any site's scripts could otherwise read the local graph.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root, graphFile, extraFiles = {}, crossOriginFiles = false, host = '127.0.0.1', port = 0, portAttempts = 20 }) {
  const rootDir = resolve(root);
  const mapped = { ...extraFiles, ...(graphFile ? { '/graph.json': graphFile } : {}) };

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = mapped[path];
    if (file === undefined) {
      const candidate = normalize(join(rootDir, path === '/' ? 'index.html' : path));
      // Never serve outside the app folder.
      if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      file = candidate;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(path === '/graph.json' ? 'No graph: run `pnpm kg build` to write out/graph.json.' : 'Not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (crossOriginFiles && Object.hasOwn(extraFiles, path)) headers['Access-Control-Allow-Origin'] = '*';
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });

  const listen = (candidatePort) =>
    new Promise((resolvePort, reject) => {
      const onError = (error) => {
        server.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolvePort(server.address().port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidatePort, host);
    });

  let boundPort;
  // A fixed port is tried first, then the next ones; port 0 asks the system for any free port.
  for (let attempt = 0; boundPort === undefined; attempt += 1) {
    const candidate = port === 0 ? 0 : attempt < portAttempts ? port + attempt : 0;
    try {
      boundPort = await listen(candidate);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || candidate === 0) throw error;
    }
  }
  return {
    url: `http://${host}:${boundPort}/`,
    port: boundPort,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
