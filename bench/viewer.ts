/**
 * Viewer at scale: builds the viewer from its current sources (vite, into the bench's work folder), serves it and a
 * graph.json on a localhost static server, opens it in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core) with `?graph=<url>`, and records the time from navigation start until the viewer says it is
 * ready (`body[data-status="ready"]`) and two more animation frames have been drawn — the first render of the graph
 * (in overview mode, above 15k visible nodes, the community overview). The time of `ready` itself and the viewer's
 * own `papergraph:*` User Timing measures say where that time went.
 *
 * The code run in the page is passed as a string: the root tsconfig has no DOM library (it typechecks Node code).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const VIEWER_APP = join(REPO, 'apps/viewer');
const VITE = join(VIEWER_APP, 'node_modules/.bin/vite');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ViewerResult {
  /** From navigation start to the second animation frame after the viewer reported ready (ms). */
  firstRenderMs: number;
  /** From navigation start to the viewer's `data-status="ready"` (graph loaded, renderer created) (ms). */
  readyMs: number;
  /** From navigation start to DOMContentLoaded (the app's script loaded) (ms). */
  domContentLoadedMs: number;
  /** Wall time from page.goto to that frame, seen from Node (ms). */
  wallMs: number;
  graphBytes: number;
  nodes: number;
  edges: number;
  /** Overview mode (communities as super-nodes) or the whole graph drawn. */
  overview: boolean;
  /** Nodes and edges sigma draws. */
  renderedNodes: number;
  renderedEdges: number;
  /** The viewer's `papergraph:*` User Timing measures (ms), summed per name. */
  phases: Record<string, number>;
  error?: string;
}

/** Why the viewer cannot be measured here, or undefined when it can. */
export function viewerUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;
  if (!existsSync(VITE)) return `no vite at ${VITE} (run pnpm install)`;
  return undefined;
}

/** `vite build` of apps/viewer into outDir (its current sources; apps/viewer/dist is left alone). */
export async function buildViewer(outDir: string): Promise<void> {
  const child = spawn(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: VIEWER_APP, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  if (code !== 0 || !existsSync(join(outDir, 'index.html'))) throw new Error(`vite build of the viewer failed (exit ${code}):\n${output.slice(-4000)}`);
}

function serve(root: string, graphJson: string): Promise<Server> {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path === '/bench-graph.json' ? graphJson : normalize(join(rootDir, path === '/' ? 'index.html' : path));
    if (file !== graphJson && !file.startsWith(rootDir + sep)) return void response.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

interface PageMeasure {
  ms: number;
  readyMs: number;
  domContentLoadedMs: number;
  status: string;
  nodes: number;
  edges: number;
  overview: { active: boolean; renderedNodes: number; renderedEdges: number } | null;
  phases: Record<string, number>;
}

/** Runs in the page before its scripts: notes when body's data-status first takes each value. */
const WATCH_STATUS = `window.__papergraphBench = {};
new MutationObserver(() => {
  const status = document.body && document.body.dataset.status;
  if (status && !(status in window.__papergraphBench)) window.__papergraphBench[status] = performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] });`;

/** Runs in the page: waits two frames, then reads the clock, the viewer's handle and its User Timing measures. */
const MEASURE_IN_PAGE = `new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const ms = performance.now();
    const app = window.papergraph && window.papergraph.app;
    const graph = app ? app.getGraph() : null;
    const overview = app && typeof app.getOverviewState === 'function' ? app.getOverviewState() : null;
    const phases = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('papergraph:')) phases[entry.name.slice(11)] = (phases[entry.name.slice(11)] || 0) + entry.duration;
    }
    const navigation = performance.getEntriesByType('navigation')[0];
    resolve({ ms, readyMs: (window.__papergraphBench || {}).ready || 0, domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : 0,
      status: document.body.dataset.status || '', nodes: graph ? graph.order : 0, edges: graph ? graph.size : 0, overview, phases });
  }));
})`;

export async function measureViewer(distDir: string, graphJson: string, timeoutMs = 300_000): Promise<ViewerResult> {
  const graphBytes = statSync(graphJson).size;
  const failed = (error: string, wallMs = 0): ViewerResult => ({
    firstRenderMs: 0,
    readyMs: 0,
    domContentLoadedMs: 0,
    wallMs,
    graphBytes,
    nodes: 0,
    edges: 0,
    overview: false,
    renderedNodes: 0,
    renderedEdges: 0,
    phases: {},
    error,
  });
  const unavailable = viewerUnavailable();
  if (unavailable) return failed(unavailable);
  const { chromium } = await import('playwright-core');
  const server = await serve(distDir, graphJson);
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const started = performance.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('crash', () => errors.push('the page crashed'));
    await page.addInitScript(WATCH_STATUS);
    await page.goto(`http://127.0.0.1:${port}/?graph=/bench-graph.json`, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: timeoutMs });
    const m = (await page.evaluate(MEASURE_IN_PAGE)) as PageMeasure;
    const wallMs = performance.now() - started;
    if (m.status !== 'ready') {
      const message = await page.locator('#message').textContent().catch(() => null);
      return failed(`viewer reported an error: ${message ?? errors[0] ?? 'unknown'}`, wallMs);
    }
    return {
      firstRenderMs: m.ms,
      readyMs: m.readyMs,
      domContentLoadedMs: m.domContentLoadedMs,
      wallMs,
      graphBytes,
      nodes: m.nodes,
      edges: m.edges,
      overview: m.overview?.active ?? false,
      renderedNodes: m.overview?.renderedNodes ?? m.nodes,
      renderedEdges: m.overview?.renderedEdges ?? m.edges,
      phases: m.phases,
      ...(errors.length ? { error: `page error: ${errors[0]}` } : {}),
    };
  } catch (error) {
    return failed((error as Error).message.split('\n')[0]!, performance.now() - started);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
