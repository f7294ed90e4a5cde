/**
 * The one HTTP server of the viewer: `papergraph view`, `pnpm start` (which runs `view` on the seeds), the viewer's
 * end-to-end tests and `vite dev` (through `graphRoutes`) all serve through here. It serves the built app, the
 * graph(s) it was given at fixed paths (`/graph.json`, the one the viewer opens by default; `/graphs/<name>`), and,
 * when asked, every file under one folder at `/files/<path>`, so that `?graph=/files/…` opens them.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.graphml': 'application/graphml+xml',
  '.gexf': 'application/gexf+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.gz': 'application/gzip',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A file at a fixed URL path: on disk, or bytes held in memory (a graph built by `view` and never written). */
export type ServedFile =
  | { path: string; type?: string; crossOrigin?: boolean }
  | { bytes: readonly Uint8Array[]; type: string; crossOrigin?: boolean };

export interface RouteOptions {
  /** URL path (`/graph.json`, `/graphs/x.gexf`) → the file it answers with. */
  files?: Readonly<Record<string, ServedFile>>;
  /** Every file under this folder at `/files/<path under it>` (hidden files and folders excepted). */
  serveDir?: string;
}

export interface ServerOptions extends RouteOptions {
  /** The built viewer (its `dist/` folder), served at `/`. */
  root: string;
  /** Interface to listen on; `127.0.0.1` by default (this machine only). */
  host?: string;
  /** First port tried; when taken, the next ones (up to `portAttempts`), then any free port. 0: any free port. */
  port?: number;
  portAttempts?: number;
}

export interface RunningServer {
  /** The app's address, `http://host:port/`. */
  url: string;
  port: number;
  /** Stops listening and ends open connections (a browser's keep-alive ones would hold `close` for seconds). */
  close(): Promise<void>;
}

/** URL prefix of `serveDir`'s files. */
export const SERVE_DIR_PREFIX = '/files/';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || host.startsWith('127.');
}

/** Whether `path` is `folder` or inside it (both absolute and resolved). */
function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

type Found = { file: ServedFile } | { status: 403 | 404 };

/** The file a folder holds at a URL path, never outside the folder (nor, for `hidden: false`, a dot file). */
function fileUnder(folder: string, urlPath: string, options: { followLinks: boolean; hidden: boolean }): Found {
  const segments = urlPath.split('/').filter((segment) => segment !== '');
  if (!options.hidden && segments.some((segment) => segment.startsWith('.'))) return { status: 404 };
  const candidate = resolve(folder, ...segments);
  if (!isWithin(candidate, folder)) return { status: 403 };
  try {
    // A link inside the folder that leads out of it is refused too: the folder is what the user chose to share.
    if (!options.followLinks && !isWithin(realpathSync(candidate), realpathSync(folder))) return { status: 403 };
    if (!statSync(candidate).isFile()) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  return { file: { path: candidate } };
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

/**
 * How long a browser may keep a file: graphs and the app's page never (a graph rebuilt under the same name, a new
 * build's page naming new scripts); the app's built scripts and styles for good, as Vite names each after a hash of
 * its content (`assets/index-<hash>.js`), so that a new build's files have new names. Reopened, the viewer then reads
 * them from the browser's cache, with the scripts already compiled.
 */
type Caching = 'no-store' | 'immutable';

const CACHE_CONTROL: Record<Caching, string> = { 'no-store': 'no-store', immutable: 'public, max-age=31536000, immutable' };

/** Where Vite puts the built app's content-named files (its `build.assetsDir`). */
const APP_ASSETS_PREFIX = '/assets/';

/** `viewLink`: the URL path of the file's view file, named in a `Link` header (see viewFileBeside). */
function serveFile(request: IncomingMessage, response: ServerResponse, file: ServedFile, viewLink?: string, caching: Caching = 'no-store'): void {
  const inMemory = 'bytes' in file;
  let size: number;
  if (inMemory) {
    size = file.bytes.reduce((total, bytes) => total + bytes.length, 0);
  } else {
    try {
      const stats = statSync(file.path);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      send(response, 404, 'Not found');
      return;
    }
  }
  const headers: Record<string, string | number> = {
    'Content-Type': file.type ?? contentTypeOf(inMemory ? '' : file.path),
    'Content-Length': size,
    'Cache-Control': CACHE_CONTROL[caching],
    'X-Content-Type-Options': 'nosniff',
  };
  if (file.crossOrigin) headers['Access-Control-Allow-Origin'] = '*';
  // A graph.json with a view file names it: the viewer reads that first.
  if (viewLink !== undefined) headers['Link'] = `<${encodeURIComponent(basename(viewLink))}>; rel="alternate"; type="${VIEW_TYPE}"`;
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  if (inMemory) {
    for (const bytes of file.bytes) response.write(bytes);
    response.end();
    return;
  }
  createReadStream(file.path)
    .on('error', (error) => response.destroy(error))
    .pipe(response);
}

/** The suffix of a graph's view file (core's `view` output format) beside its graph.json: `x.json` → `x.view.json`. */
const VIEW_SUFFIX = '.view.json';

/**
 * A fixed graph.json's view file, asked for at the graph's URL path with `.view.json` for `.json`: the one `build`
 * wrote beside the file on disk, when there is one. The viewer asks for it first (it draws the first frame from it),
 * so every fixed graph file gets its view file without being named twice.
 */
function viewFileBeside(files: Readonly<Record<string, ServedFile>>, path: string): ServedFile | undefined {
  if (!path.endsWith(VIEW_SUFFIX)) return undefined;
  const graphPath = `${path.slice(0, -VIEW_SUFFIX.length)}.json`;
  const graph = Object.hasOwn(files, graphPath) ? files[graphPath] : undefined;
  if (!graph) return undefined;
  if ('bytes' in graph) {
    // A graph built in memory has its view file at the fixed path beside it, or none.
    return undefined;
  }
  const beside = viewPathBeside(graph.path);
  return beside === undefined ? undefined : { path: beside, type: 'application/json; charset=utf-8', ...(graph.crossOrigin ? { crossOrigin: true } : {}) };
}

/** Media type named in the `Link` header of a graph whose view file is served beside it. */
export const VIEW_TYPE = 'application/vnd.papergraph.view+json';

/** The view file beside a graph.json on disk (`x.json` → `x.view.json`), when there is one. */
function viewPathBeside(path: string): string | undefined {
  if (!/\.json$/i.test(path) || path.endsWith(VIEW_SUFFIX)) return undefined;
  const beside = `${path.slice(0, -'.json'.length)}${VIEW_SUFFIX}`;
  try {
    return statSync(beside).isFile() ? beside : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The graph routes alone (fixed files and `/files/…`): answers and returns true for a path it knows, else returns
 * false and leaves the response alone (so `vite dev` can serve the app itself).
 */
export function graphRoutes(options: RouteOptions): (request: IncomingMessage, response: ServerResponse) => boolean {
  const files = options.files ?? {};
  const serveDir = options.serveDir === undefined ? undefined : resolve(options.serveDir);
  return (request, response) => {
    const path = urlPath(request);
    if (path === undefined) return false;
    const fixed = Object.hasOwn(files, path) ? files[path] : viewFileBeside(files, path);
    if (fixed) {
      const viewPath = path.replace(/\.json$/i, VIEW_SUFFIX);
      const hasView = viewPath !== path && !path.endsWith(VIEW_SUFFIX) && (Object.hasOwn(files, viewPath) || viewFileBeside(files, viewPath) !== undefined);
      serveFile(request, response, fixed, hasView ? viewPath : undefined);
      return true;
    }
    if (serveDir !== undefined && path.startsWith(SERVE_DIR_PREFIX)) {
      const found = fileUnder(serveDir, path.slice(SERVE_DIR_PREFIX.length), { followLinks: false, hidden: false });
      if ('file' in found) serveFile(request, response, found.file, 'path' in found.file && viewPathBeside(found.file.path) !== undefined ? path.replace(/\.json$/i, VIEW_SUFFIX) : undefined);
      else send(response, found.status, found.status === 403 ? 'Forbidden' : 'Not found');
      return true;
    }
    return false;
  };
}

/** The decoded path of a request, or undefined for one that does not decode. */
function urlPath(request: IncomingMessage): string | undefined {
  try {
    return decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/** `host:port` as it goes in a URL (IPv6 addresses in brackets). */
export function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** Serves the app, the given files and `serveDir` until `close()`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { root, host = '127.0.0.1', port = 0, portAttempts = 20 } = options;
  const rootDir = resolve(root);
  const routes = graphRoutes(options);
  let boundPort = 0;

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      send(response, 405, 'Method not allowed');
      return;
    }
    // On a loopback address, only requests that name a loopback host: a page whose own name was re-pointed at
    // 127.0.0.1 (DNS rebinding) would otherwise be same-origin with this server and read the files it serves.
    if (isLoopback(host)) {
      const named = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      if (!isLoopback(named)) {
        send(response, 403, 'Forbidden: this server answers requests for localhost only');
        return;
      }
    }
    if (routes(request, response)) return;
    const path = urlPath(request);
    if (path === undefined) {
      send(response, 400, 'Bad request');
      return;
    }
    const found = fileUnder(rootDir, path === '/' ? 'index.html' : path, { followLinks: true, hidden: true });
    if ('file' in found) serveFile(request, response, found.file, undefined, path.startsWith(APP_ASSETS_PREFIX) ? 'immutable' : 'no-store');
    else send(response, found.status, found.status === 403 ? 'Forbidden' : 'Not found');
  });

  const listen = (candidate: number) =>
    new Promise<number>((resolvePort, reject) => {
      const onError = (error: Error) => {
        server.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        const address = server.address();
        resolvePort(typeof address === 'object' && address !== null ? address.port : candidate);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, host);
    });

  // A fixed port is tried first, then the next ones, then any free one; port 0 asks the system at once.
  for (let attempt = 0; boundPort === 0; attempt += 1) {
    const candidate = port === 0 || attempt >= portAttempts ? 0 : port + attempt;
    try {
      boundPort = await listen(candidate);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || candidate === 0) throw error;
    }
  }
  return {
    url: `http://${hostForUrl(host)}:${boundPort}/`,
    port: boundPort,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
