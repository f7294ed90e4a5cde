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
  /** With `profile`: every long task after the first frame, with what ran in it (see `TaskBreakdown`). */
  tasks?: TaskBreakdown[];
  error?: string;
}

/** One long task and where its time went, from a sampled CPU profile of the page (`MeasureOptions.profile`). */
export interface TaskBreakdown {
  /** Start, from navigation start, and duration (ms). */
  start: number;
  duration: number;
  /** The window it started in: `settle` or an interaction. */
  during: string;
  /** The viewer's `papergraph:*` measures that overlap it. */
  measures: string[];
  /** Functions by time spent in them and what they called (inclusive), then by own time (self), in ms, most first. */
  inclusive: Array<[string, number]>;
  self: Array<[string, number]>;
  /**
   * The browser's own work in it, from a trace of the page's main thread: own time of each kind of trace event
   * (style, layout, paint, WebGL calls, script…), in ms, most first. What the profile counts as "(program)" shows here.
   */
  trace: Array<[string, number]>;
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
export async function buildViewer(outDir: string, options: { minify?: boolean } = {}): Promise<void> {
  // Unminified for --tasks: the profile then names the viewer's own functions.
  const minify = options.minify === false ? ['--minify', 'false'] : [];
  const child = spawn(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...minify], { cwd: VIEWER_APP, stdio: ['ignore', 'pipe', 'pipe'] });
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
    // An empty page of the site (where the profiler starts, see `startProfiler`).
    if (path === '/bench-blank') return void response.writeHead(200, { 'content-type': TYPES['.html']! }).end('<!doctype html><title>bench</title>');
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

/** A sampled CPU profile as Chromium's `Profiler.stop` returns it. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  samples: number[];
  /** Microseconds since the previous sample (the first: since startTime). */
  timeDeltas: number[];
}

/**
 * Runs in the page: a busy function of a known name, started at a known `performance.now()`; its first sample in the
 * profile ties the profile's clock to the page's.
 */
const PROFILE_ANCHOR = `(() => { const start = performance.now();
  const papergraphBenchAnchor = () => { let n = 0; while (performance.now() - start < 30) n++; return n; };
  papergraphBenchAnchor(); return start; })()`;
const ANCHOR_NAME = 'papergraphBenchAnchor';
/** Pseudo-frames of the profile that are no function of the page. */
const NOT_A_FUNCTION = new Set(['(root)', '(program)', '(idle)']);

/** Starts Chromium's sampling profiler on `page` (after showing it `blankUrl`, a page of the viewer's site). */
async function startProfiler(page: import('playwright-core').Page, blankUrl: string) {
  await page.goto(blankUrl, { waitUntil: 'commit' });
  const browser = page.context().browser()!;
  await browser.startTracing(undefined, { categories: ['devtools.timeline', 'toplevel', 'blink.user_timing', 'v8', 'gpu', 'cc', 'blink'] });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    /** Stops the profiler and says, for each task, which functions its samples were in. */
    async tasks(tasks: ReadonlyArray<{ start: number; duration: number }>, windowOf: (task: { start: number }) => string): Promise<TaskBreakdown[]> {
      const anchoredAt = (await page.evaluate(PROFILE_ANCHOR)) as number;
      const measures = (await page.evaluate(
        `performance.getEntriesByType('measure').filter((e) => e.name.startsWith('papergraph:')).map((e) => ({ name: e.name.slice(11), start: e.startTime, end: e.startTime + e.duration }))`,
      )) as Array<{ name: string; start: number; end: number }>;
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const firstFrame = (await page.evaluate(FIRST_FRAME_IN_PAGE)) as number;
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const traced = traceBreakdown(trace.traceEvents, firstFrame, tasks);
      return tasksOfProfile(profile, anchoredAt, tasks, windowOf, measures).map((task, i) => ({ ...task, trace: traced[i] ?? [] }));
    },
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

/**
 * Own time of each kind of event on the page's main thread in each task (`TaskBreakdown.trace`). The thread is the
 * one that set the first-frame mark, whose time in the trace ties the trace's clock to the page's.
 */
export function traceBreakdown(events: readonly TraceEvent[], firstFrameMs: number, tasks: ReadonlyArray<{ start: number; duration: number }>): Array<Array<[string, number]>> {
  const mark = events.find((e) => e.name === 'papergraph:first-frame' && e.cat?.includes('user_timing'));
  if (!mark) return [];
  const offset = firstFrameMs - mark.ts / 1000;
  const thread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  return tasks.map((task) => {
    const from = (task.start - offset) * 1000;
    const to = from + task.duration * 1000;
    const own = new Map<string, number>();
    const open: Array<{ end: number; name: string }> = [];
    for (const event of thread) {
      if (event.ts + event.dur! <= from || event.ts >= to) continue;
      while (open.length > 0 && open.at(-1)!.end <= event.ts) open.pop();
      const parent = open.at(-1);
      // Own time: the event's, less what the events inside it took.
      if (parent) own.set(parent.name, (own.get(parent.name) ?? 0) - event.dur!);
      own.set(event.name, (own.get(event.name) ?? 0) + event.dur!);
      open.push({ end: event.ts + event.dur!, name: event.name });
    }
    return [...own]
      .filter(([, us]) => us >= 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => [name, Math.round(us / 1000)]);
  });
}

/** Attributes each task's samples to the functions on their stacks (see `TaskBreakdown`). */
export function tasksOfProfile(
  profile: CpuProfile,
  anchoredAt: number,
  tasks: ReadonlyArray<{ start: number; duration: number }>,
  windowOf: (task: { start: number }) => string,
  measures: ReadonlyArray<{ name: string; start: number; end: number }>,
): Array<Omit<TaskBreakdown, 'trace'>> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return url ? `${functionName || '(anonymous)'} ${url.slice(url.lastIndexOf('/') + 1)}:${lineNumber + 1}` : functionName;
  };
  // Sample times in profile milliseconds; each sample stands for the time until the next one.
  const times: number[] = [];
  let clock = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((clock += delta) / 1000);
  const stackOf = (id: number) => {
    const stack: number[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(at);
    return stack;
  };
  const anchorSample = profile.samples.findIndex((id) => stackOf(id).some((at) => byId.get(at)!.callFrame.functionName === ANCHOR_NAME));
  if (anchorSample < 0) return [];
  const offset = anchoredAt - times[anchorSample]!;
  const top = (counts: Map<string, number>, n: number): Array<[string, number]> =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => [name, Math.round(ms)]);
  return tasks.map((task) => {
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const at = times[i]! + offset;
      if (at < task.start || at >= task.start + task.duration) continue;
      const weight = (times[i + 1] ?? times[i]!) - times[i]!;
      const stack = stackOf(profile.samples[i]!);
      const leaf = nameOf(stack[0]!);
      self.set(leaf, (self.get(leaf) ?? 0) + weight);
      for (const name of new Set(stack.map(nameOf))) if (!NOT_A_FUNCTION.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
    }
    const overlapping = measures.filter((m) => m.start < task.start + task.duration && m.end > task.start).map((m) => `${m.name} ${Math.round(m.end - m.start)}`);
    return { start: Math.round(task.start), duration: Math.round(task.duration), during: windowOf(task), measures: overlapping, inclusive: top(inclusive, 14), self: top(self, 8) };
  });
}

export interface MeasureOptions {
  timeoutMs?: number;
  /** Longest wait for the page to settle after the first frame (ms). */
  settleMs?: number;
  /** Serve no view file even when one sits next to graph.json (the viewer then reads graph.json first). */
  noViewFile?: boolean;
  /**
   * Sample the page's CPU (Chromium's profiler, every 0.5 ms) and attribute each long task after the first frame to the
   * functions that ran in it (`ViewerResult.tasks`). Profiling slows the page: timings are then for reading only.
   */
  profile?: boolean;
}

export async function measureViewer(distDir: string, graphJson: string, options: MeasureOptions | number = {}): Promise<ViewerResult> {
  const { timeoutMs = 300_000, settleMs = 120_000, noViewFile = false, profile = false } = typeof options === 'number' ? { timeoutMs: options } : options;
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
    // The profiler is started on a page of the same site first: the viewer's page then runs in the same process, and
    // the profile holds it from its first task.
    const profiler = profile ? await startProfiler(page, `http://127.0.0.1:${port}/bench-blank`) : null;
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
      // Run as a task of the page's own, as a click would be: work done inside a DevTools evaluation is not reported
      // as a long task, so the interactions' own work went unmeasured (only the frames after it were).
      await page.evaluate(`new Promise((resolve) => setTimeout(() => { ${script}; resolve(); }, 0))`);
      const end = (await page.evaluate(NEXT_FRAMES)) as number;
      windows.push({ name, start, end });
    }
    const tasks = ((await page.evaluate('window.__papergraphBench.tasks')) as Array<{ start: number; duration: number }>).filter((t) => t.start >= firstFrameMs && !(t.start >= settled && t.start < chosen));
    const longest = tasks.reduce<{ start: number; duration: number } | null>((a, t) => (!a || t.duration > a.duration ? t : a), null);
    const windowOf = (task: { start: number }) => [...windows].reverse().find((w) => task.start >= w.start)?.name ?? 'settle';
    const during = longest ? windowOf(longest) : '';
    const breakdown = profiler ? await profiler.tasks(tasks, windowOf) : undefined;
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
      ...(breakdown ? { tasks: breakdown } : {}),
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
  --tasks          profile the page (unminified build) and list each long task after the first frame with the
                   functions it ran (profiling slows the page: its timings are for reading, not for the record)
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

/** Each long task of a profiled run (`--tasks`) with the measures and functions it overlapped. */
export function tasksText({ graph, result }: BenchRow): string {
  if (!result.tasks) return '';
  const lines = [`\n${graph}: ${result.tasks.length} long task(s) after the first frame`];
  for (const task of result.tasks) {
    lines.push(`  at ${task.start} ms, ${task.duration} ms (${task.during})${task.measures.length ? ` — ${task.measures.join(', ')}` : ''}`);
    lines.push(`    inclusive: ${task.inclusive.map(([name, ms]) => `${name} ${ms}`).join(' · ')}`);
    lines.push(`    self: ${task.self.map(([name, ms]) => `${name} ${ms}`).join(' · ')}`);
    lines.push(`    browser: ${task.trace.map(([name, ms]) => `${name} ${ms}`).join(' · ')}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<void> {
  const graphs: string[] = [];
  let dist: string | undefined;
  let noViewFile = false;
  let quality = true;
  let json = false;
  let profile = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? (() => { throw new Error(`${arg} needs a value\n${USAGE}`); })();
    if (arg === '--graph') graphs.push(resolve(value()));
    else if (arg === '--dist') dist = resolve(value());
    else if (arg === '--no-view-file') noViewFile = true;
    else if (arg === '--no-quality') quality = false;
    else if (arg === '--json') json = true;
    else if (arg === '--tasks') profile = true;
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
      await buildViewer(join(work, 'dist'), { minify: !profile });
    }
    const rows: BenchRow[] = [];
    for (const graph of graphs) {
      process.stderr.write(`${graph}: viewer in headless Chromium…\n`);
      const row: BenchRow = { graph, result: await measureViewer(dist ?? join(work!, 'dist'), graph, { noViewFile, profile }) };
      if (quality) row.result.layoutQuality = await layoutQualityOf(graph);
      rows.push(row);
    }
    process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : viewerTable(rows) + rows.map(tasksText).join(''));
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
