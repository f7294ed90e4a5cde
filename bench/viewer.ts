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
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
/** core's `view` output format's file name (kept literal: the bench must run against older checkouts too). */
const VIEW_FILE_NAME = 'graph.view.json';
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
  /** From navigation start to the viewer's `papergraph:first-frame` mark (the graph's first frame on screen) (ms). */
  firstFrameMs: number;
  /**
   * Longest main-thread task (PerformanceObserver 'longtask', over 50 ms) that started after the first frame: while the
   * page settles (background loading) and during the scripted interactions (expand, select, clear) (ms; 0: none).
   */
  longestTaskMs: number;
  /** Long tasks over 200 ms after the first frame (the issue's bound). */
  tasksOver200: number;
  /** What the longest task overlapped: `settle` or the interaction running then. */
  longestTaskDuring: string;
  /** From navigation start to the second animation frame after the viewer reported ready (ms). */
  firstRenderMs: number;
  /** From navigation start to the viewer's `data-status="ready"` (graph loaded, renderer created) (ms). */
  readyMs: number;
  /** From navigation start to DOMContentLoaded (the app's script loaded) (ms). */
  domContentLoadedMs: number;
  /** Wall time from page.goto to that frame, seen from Node (ms). */
  wallMs: number;
  graphBytes: number;
  /** Size of the compact view file served next to graph.json (0: none, the viewer read graph.json first). */
  viewBytes: number;
  nodes: number;
  edges: number;
  /** Overview mode (communities as super-nodes) or the whole graph drawn. */
  overview: boolean;
  /** Nodes and edges sigma draws. */
  renderedNodes: number;
  renderedEdges: number;
  /** The viewer's `papergraph:*` User Timing measures (ms), summed per name. */
  phases: Record<string, number>;
  /**
   * Layout quality of the graph's positions (layout-quality.ts): share of each node's 10 nearest neighbours in its own
   * community against the best achievable, and the same by sub-community inside split communities (not always measured).
   */
  layoutQuality?: { community: number; subcommunity?: number };
  error?: string;
}

/** The layout quality of a graph.json's positions, as `ViewerResult.layoutQuality` holds it. */
export async function layoutQualityOf(graphJson: string): Promise<NonNullable<ViewerResult['layoutQuality']>> {
  const { graphLayoutQuality } = await import('./layout-quality.ts');
  const measured = graphLayoutQuality(graphJson);
  return { community: measured.community.ratio, ...(measured.subcommunity ? { subcommunity: measured.subcommunity.ratio } : {}) };
}

/** The compact view file `build` writes next to a graph.json (core's `view` output format), when there is one. */
export function viewFileOf(graphJson: string): string | undefined {
  const candidate = join(dirname(graphJson), VIEW_FILE_NAME);
  return existsSync(candidate) ? candidate : undefined;
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

function serve(root: string, graphJson: string, viewFile: string | undefined): Promise<Server> {
  const rootDir = resolve(root);
  const fixed: Record<string, string> = { '/bench-graph.json': graphJson, ...(viewFile ? { '/bench-graph.view.json': viewFile } : {}) };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mapped = Object.hasOwn(fixed, path) ? fixed[path] : undefined;
    const file = mapped ?? normalize(join(rootDir, path === '/' ? 'index.html' : path));
    if (mapped === undefined && !file.startsWith(rootDir + sep)) return void response.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    // As papergraph's server does: a graph.json with a view file names it (the viewer reads that first).
    const link = path === '/bench-graph.json' && viewFile ? { link: '<bench-graph.view.json>; rel="alternate"; type="application/vnd.papergraph.view+json"' } : {};
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'no-store', ...link });
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

/**
 * Runs in the page before its scripts: notes when body's data-status first takes each value, and every long task
 * (Chromium's 'longtask' entries: main-thread tasks over 50 ms) with its start and duration.
 */
const WATCH_PAGE = `window.__papergraphBench = { status: {}, tasks: [] };
new MutationObserver(() => {
  const status = document.body && document.body.dataset.status;
  if (status && !(status in window.__papergraphBench.status)) window.__papergraphBench.status[status] = performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__papergraphBench.tasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });`;

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
    resolve({ ms, readyMs: window.__papergraphBench.status.ready || 0, domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : 0,
      status: document.body.dataset.status || '', nodes: graph ? graph.order : 0, edges: graph ? graph.size : 0, overview, phases });
  }));
})`;

/** The first-frame mark's time, once set (null before). */
const FIRST_FRAME_IN_PAGE = `(() => { const mark = performance.getEntriesByName('papergraph:first-frame', 'mark')[0]; return mark ? mark.startTime : null; })()`;

/**
 * Whether the page has settled: nothing loading in the background (the viewer sets `data-background` on body while
 * it does) and no long task in the last `quietMs`.
 */
const SETTLED_IN_PAGE = (quietMs: number) => `(() => {
  const tasks = window.__papergraphBench.tasks;
  const last = tasks.length ? tasks[tasks.length - 1] : null;
  const busy = document.body.dataset.background === 'loading';
  return !busy && (!last || performance.now() - (last.start + last.duration) > ${quietMs});
})()`;

/**
 * Interactions a user makes first, each awaited until two frames after it: expand the largest community (overview
 * mode), select the entity with the most links, clear, collapse.
 */
const INTERACTIONS: Array<[string, string]> = [
  [
    'expand',
    `(() => { const app = window.papergraph.app; const first = (app.getGraph().getAttribute('communities') || [])[0];
      if (app.getOverviewState().active && first) app.expandCommunity(first.id); })()`,
  ],
  ['select', `(() => { const target = window.__papergraphBench.target; if (target) window.papergraph.app.select(target, { moveCamera: true }); })()`],
  ['clear', `window.papergraph.app.clearSelection()`],
  ['collapse', `window.papergraph.app.collapseAll()`],
];

/** Chosen before the interactions (outside their timing): the entity with the most links, the one `select` selects. */
const CHOOSE_TARGET = `(() => { const graph = window.papergraph.app.getGraph(); let best = null; let degree = -1;
  graph.forEachNode((key, a) => { if (a.kind !== 'paper' && a.kind !== 'author') { const d = graph.degree(key); if (d > degree) { degree = d; best = key; } } });
  window.__papergraphBench.target = best; })()`;

const NEXT_FRAMES = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))`;

export interface MeasureOptions {
  timeoutMs?: number;
  /** Longest wait for the page to settle after the first frame (ms). */
  settleMs?: number;
  /** Serve no view file even when one sits next to graph.json (the viewer then reads graph.json first). */
  noViewFile?: boolean;
}

export async function measureViewer(distDir: string, graphJson: string, options: MeasureOptions | number = {}): Promise<ViewerResult> {
  const { timeoutMs = 300_000, settleMs = 120_000, noViewFile = false } = typeof options === 'number' ? { timeoutMs: options } : options;
  const graphBytes = statSync(graphJson).size;
  const viewFile = noViewFile ? undefined : viewFileOf(graphJson);
  const viewBytes = viewFile ? statSync(viewFile).size : 0;
  const failed = (error: string, wallMs = 0): ViewerResult => ({
    firstFrameMs: 0,
    longestTaskMs: 0,
    tasksOver200: 0,
    longestTaskDuring: '',
    firstRenderMs: 0,
    readyMs: 0,
    domContentLoadedMs: 0,
    wallMs,
    graphBytes,
    viewBytes,
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
  const server = await serve(distDir, graphJson, viewFile);
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const started = performance.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('crash', () => errors.push('the page crashed'));
    await page.addInitScript(WATCH_PAGE);
    await page.goto(`http://127.0.0.1:${port}/?graph=/bench-graph.json`, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: timeoutMs });
    const m = (await page.evaluate(MEASURE_IN_PAGE)) as PageMeasure;
    const wallMs = performance.now() - started;
    if (m.status !== 'ready') {
      const message = await page.locator('#message').textContent().catch(() => null);
      return failed(`viewer reported an error: ${message ?? errors[0] ?? 'unknown'}`, wallMs);
    }
    await page.waitForFunction(FIRST_FRAME_IN_PAGE, undefined, { timeout: timeoutMs });
    const firstFrameMs = (await page.evaluate(FIRST_FRAME_IN_PAGE)) as number;
    // Settle: background loading, then quiet; then the first interactions, each timed to its frames.
    await page.waitForFunction(SETTLED_IN_PAGE(2000), undefined, { timeout: settleMs, polling: 250 }).catch(() => undefined);
    const settled = (await page.evaluate('performance.now()')) as number;
    await page.evaluate(CHOOSE_TARGET);
    // The bench's own pick of a node is no task of the viewer's: tasks that start while it runs are left out.
    const chosen = (await page.evaluate('performance.now()')) as number;
    const windows: Array<{ name: string; start: number; end: number }> = [{ name: 'settle', start: firstFrameMs, end: settled }];
    for (const [name, script] of INTERACTIONS) {
      const start = (await page.evaluate('performance.now()')) as number;
      await page.evaluate(script);
      const end = (await page.evaluate(NEXT_FRAMES)) as number;
      windows.push({ name, start, end });
    }
    const tasks = ((await page.evaluate('window.__papergraphBench.tasks')) as Array<{ start: number; duration: number }>).filter((t) => t.start >= firstFrameMs && !(t.start >= settled && t.start < chosen));
    const longest = tasks.reduce<{ start: number; duration: number } | null>((a, t) => (!a || t.duration > a.duration ? t : a), null);
    const during = longest ? ([...windows].reverse().find((w) => longest.start >= w.start)?.name ?? 'settle') : '';
    return {
      firstFrameMs,
      longestTaskMs: longest?.duration ?? 0,
      tasksOver200: tasks.filter((t) => t.duration > 200).length,
      longestTaskDuring: during,
      firstRenderMs: m.ms,
      readyMs: m.readyMs,
      domContentLoadedMs: m.domContentLoadedMs,
      wallMs,
      graphBytes,
      viewBytes,
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

const USAGE = `usage: npx tsx bench/viewer.ts --graph FILE [--graph FILE…] [options]
  --graph FILE     a graph.json to open (repeatable); its folder's graph.view.json is served too when present
  --dist DIR       an already built viewer (default: build the current sources into a temporary folder)
  --no-view-file   serve graph.json alone (the viewer's path for graphs without a view file)
  --no-quality     skip the layout quality of the graph's positions (reading a big graph.json in Node takes seconds)
  --json           print JSON instead of the table
`;

interface BenchRow {
  graph: string;
  result: ViewerResult;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** `community ratio / sub-community ratio`, in percent. */
export function qualityText(quality: ViewerResult['layoutQuality']): string {
  if (!quality) return '—';
  return `${(100 * quality.community).toFixed(1)}% / ${quality.subcommunity === undefined ? '—' : `${(100 * quality.subcommunity).toFixed(1)}%`}`;
}
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The table: one row per graph, first frame and longest task after it, with the layout quality of its positions. */
export function viewerTable(rows: readonly BenchRow[]): string {
  const head = ['graph', 'nodes', 'graph.json MB', 'view MB', 'first frame s', 'longest task ms (during)', 'tasks >200 ms', 'drawn', 'kNN quality (community / sub)'];
  const body = rows.map(({ graph, result: r }) => [
    graph,
    r.nodes.toLocaleString('en'),
    megabytes(r.graphBytes),
    r.viewBytes ? megabytes(r.viewBytes) : '—',
    r.error && !r.firstFrameMs ? `failed: ${r.error}` : seconds(r.firstFrameMs),
    r.longestTaskMs ? `${Math.round(r.longestTaskMs)} (${r.longestTaskDuring})` : '0',
    String(r.tasksOver200),
    `${r.overview ? 'overview' : 'whole'} ${r.renderedNodes.toLocaleString('en')} n`,
    qualityText(r.layoutQuality),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  return [head, ...body].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

async function main(argv: string[]): Promise<void> {
  const graphs: string[] = [];
  let dist: string | undefined;
  let noViewFile = false;
  let quality = true;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? (() => { throw new Error(`${arg} needs a value\n${USAGE}`); })();
    if (arg === '--graph') graphs.push(resolve(value()));
    else if (arg === '--dist') dist = resolve(value());
    else if (arg === '--no-view-file') noViewFile = true;
    else if (arg === '--no-quality') quality = false;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return void process.stdout.write(USAGE);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (graphs.length === 0) throw new Error(`no --graph given\n${USAGE}`);
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const work = dist ? undefined : mkdtempSync(join(tmpdir(), 'papergraph-viewer-bench-'));
  try {
    if (work) {
      process.stderr.write('building the viewer (vite)…\n');
      await buildViewer(join(work, 'dist'));
    }
    const rows: BenchRow[] = [];
    for (const graph of graphs) {
      process.stderr.write(`${graph}: viewer in headless Chromium…\n`);
      const row: BenchRow = { graph, result: await measureViewer(dist ?? join(work!, 'dist'), graph, { noViewFile }) };
      if (quality) row.result.layoutQuality = await layoutQualityOf(graph);
      rows.push(row);
    }
    process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : viewerTable(rows));
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
