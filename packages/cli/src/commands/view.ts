import { existsSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { graphFileFormat, outputFormat, type GraphFileFormat, type PaperGraph, type Thesaurus, type ThesaurusReport } from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import { defaultSource, headOf, outputFolderGraph } from '../io/graph-source.ts';
import { buildFromPaths, withProgress } from '../pipeline.ts';
import { formatSummary, reportIssues, terminalText } from '../report.ts';
import { openBrowser } from '../serve/open-browser.ts';
import { whenStarterEnds } from '../serve/parent-watch.ts';
import { SERVE_DIR_PREFIX, startServer, type RunningServer, type ServedFile } from '../serve/server.ts';
import { ensureViewerBuilt } from '../serve/viewer-app.ts';
import { integerOption, parseResolution, parseSeed, parseWorkers } from './options.ts';
import { readThesaurusOption, thesaurusSummary } from './thesaurus-option.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

/** The port `view` (and so `pnpm start`) tries first: the one `vite preview` uses. */
export const DEFAULT_PORT = 4173;
/** The URL path of the graph the viewer opens by default (its `./graph.json`). */
export const DEFAULT_GRAPH_PATH = '/graph.json';
/** The view file of the default graph (core's `view` format), which the viewer reads first. */
export const DEFAULT_VIEW_PATH = '/graph.view.json';
/** Where each graph file given is served too, under its own name. */
export const GRAPHS_PREFIX = '/graphs/';

const parsePort = integerOption(0, 65535);

interface ViewFlags {
  port?: number;
  host: string;
  open: boolean;
  serveDir?: string;
  seed: number;
  resolution: number;
  thesaurus?: string;
  workers?: number;
  progress: boolean;
}

/** Options that only mean something when building from inputs. */
const BUILD_OPTIONS = ['seed', 'resolution', 'thesaurus', 'workers'] as const;

const CONTENT_TYPE: Record<GraphFileFormat, string> = {
  'graph-json': 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
};

export function registerView(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('view')
    .description('serve the viewer on a graph file (graph.json, GraphML, GEXF), or on inputs built in memory, and print its URL')
    .argument('[graph-or-inputs...]', 'graph files to serve as they are, the folder build wrote (its graph.json), or inputs to build (default: out/graph.json, else seeds/)')
    .option('--port <n>', `first port to try; the next free one when taken (0: any free port; default: $PORT, else ${DEFAULT_PORT})`, parsePort)
    .option('--host <host>', 'interface to listen on (0.0.0.0: every interface, so that other machines can open it)', '127.0.0.1')
    .option('--no-open', 'do not open the viewer in a browser (only print its URL)')
    .option('--serve-dir <dir>', `also serve the files under this folder at ${SERVE_DIR_PREFIX}<path> (open one with ?graph=${SERVE_DIR_PREFIX}<path>)`)
    .option('--seed <n>', 'inputs: Louvain random seed, as in build', parseSeed, 42)
    .option('--resolution <r>', 'inputs: Louvain resolution, as in build', parseResolution, 1)
    .option('--thesaurus <file>', 'inputs: merge, rename or drop entities, as in build')
    .option('--workers <n>', 'inputs: extraction worker threads besides the main thread, as in build', parseWorkers)
    .option('--no-progress', 'never show a progress bar')
    .addHelpText(
      'after',
      [
        '',
        'A graph file is served as it is; inputs are built in memory (nothing is written to disk) the way build builds.',
        'The viewer (apps/viewer/dist) is built first when it is missing or older than its sources. Ctrl+C stops.',
        '',
        'Examples:',
        '  papergraph view                          # out/graph.json, else seeds/ built in memory',
        '  papergraph view maps/llm/graph.json --port 8080 --no-open',
        '  papergraph view papers.jsonl.gz          # build in memory, then serve',
        '  papergraph view --serve-dir maps         # + http://127.0.0.1:4173/?graph=/files/llm/graph.json',
        '',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: ViewFlags, command: Command) => {
      const given = paths.length > 0 ? paths : defaultSource();
      for (const path of given) if (!existsSync(path)) throw new CliError(`input not found: ${path}`, EXIT.input);
      // The folder `build` wrote is its graph.json (served with its view file, as `view out/graph.json` serves it).
      const chosen = given.map((path) => (isFolder(path) ? (outputFolderGraph(path) ?? path) : path));
      if (flags.serveDir !== undefined && !isFolder(flags.serveDir)) throw new CliError(`--serve-dir ${flags.serveDir}: not a folder`, EXIT.input);
      const graphFiles = chosen.map((path) => ({ path, format: graphFormatOf(path) }));
      const served = graphFiles.filter((file) => file.format !== undefined).length;
      if (served > 0 && served < chosen.length) {
        const named = graphFiles.find((file) => file.format !== undefined)!.path;
        throw new CliError(`${named} is a graph file: give graph files to serve, or inputs to build, not both`, EXIT.usage);
      }
      if (served > 0) {
        const given = BUILD_OPTIONS.find((option) => command.getOptionValueSource(option) === 'cli');
        if (given) throw new CliError(`--${given} applies when building from inputs; ${chosen.join(', ')} ${served === 1 ? 'is a graph' : 'are graphs'} already`, EXIT.usage);
      }
      const thesaurus = served === 0 && flags.thesaurus !== undefined ? readThesaurusOption(flags.thesaurus, io.stderr) : undefined;
      const port = flags.port ?? defaultPort();

      // The graph first: inputs that cannot be read are told before anything else is done.
      const graphs =
        served > 0 ? graphFilesServed(graphFiles as Array<{ path: string; format: GraphFileFormat }>) : await builtGraphServed(chosen, flags, thesaurus, io);
      const root = await ensureViewerBuilt();
      const server = await startServer({
        root,
        files: graphs.files,
        ...(flags.serveDir !== undefined ? { serveDir: flags.serveDir } : {}),
        host: flags.host,
        port,
      });
      const base = localUrl(server, flags.host);
      const openUrl = `${base}${graphs.openPath.replace(/^\//, '')}`;
      // Listening for Ctrl+C before the URL is out: whoever reads it may stop the server at once.
      const signal = stopSignal();
      io.stdout.write(`${servingLines(server, { ...flags, port }, graphs, base, openUrl).join('\n')}\n`);
      if (flags.open && (await openBrowser(openUrl))) io.stdout.write('opened in the browser\n');
      await signal.stopped;
      await server.close();
      signal.release();
      io.stdout.write('stopped\n');
    });
}

function defaultPort(): number {
  const fromEnv = process.env.PORT;
  if (fromEnv === undefined || fromEnv === '') return DEFAULT_PORT;
  try {
    return parsePort(fromEnv);
  } catch {
    throw new CliError(`PORT=${fromEnv}: expected an integer from 0 to 65535`, EXIT.usage);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function graphFormatOf(path: string): GraphFileFormat | undefined {
  return statSync(path).isFile() ? graphFileFormat(path, headOf(path)) : undefined;
}

interface ServedGraphs {
  files: Record<string, ServedFile>;
  /** What the printed URL opens: `/` for the default graph.json, `/?graph=/graphs/<name>` for another format. */
  openPath: string;
  /** One line per URL path for the terminal: [path, what it is]. */
  lines: Array<[string, string]>;
}

/** Graph files as they are: the first at /graph.json (what the viewer opens), each at /graphs/<its name> too. */
function graphFilesServed(files: Array<{ path: string; format: GraphFileFormat }>): ServedGraphs {
  const served: ServedGraphs = { files: {}, openPath: '/', lines: [] };
  const taken = new Set<string>();
  files.forEach(({ path, format }, index) => {
    const file: ServedFile = { path, type: CONTENT_TYPE[format] };
    const urlPath = `${GRAPHS_PREFIX}${uniqueName(basename(path), taken)}`;
    served.files[urlPath] = file;
    if (index === 0) {
      served.files[DEFAULT_GRAPH_PATH] = file;
      // The viewer names a graph after its URL: a GraphML or GEXF file opens under its own name.
      if (format !== 'graph-json') served.openPath = `/?graph=${encodeURI(urlPath)}`;
      served.lines.push([DEFAULT_GRAPH_PATH, `${path} (opened by default)`]);
    }
    served.lines.push([urlPath, path]);
  });
  return served;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${basename(name, extname(name))}-${n}${extname(name)}`;
  taken.add(candidate);
  return candidate;
}

/** Inputs built as `build` builds them, written to memory as `build --formats json` writes graph.json. */
async function builtGraphServed(paths: string[], flags: ViewFlags, thesaurus: Thesaurus | undefined, io: CommandOutput): Promise<ServedGraphs> {
  const progress = withProgress(
    {
      seed: flags.seed,
      resolution: flags.resolution,
      ...(thesaurus ? { thesaurus } : {}),
      ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
    },
    flags.progress,
  );
  const result = await buildFromPaths(paths, progress.options);
  const bar = progress.bar();
  bar.update(result.records.length, 'serialize');
  const bytes = graphJsonBytes(result.graph);
  // Its view file too, as `build` writes it beside graph.json: the viewer draws the first frame from it.
  const viewBytes = formatBytes(result.graph, 'view');
  bar.stop();
  const named = paths.map(terminalText).join(', ');
  // The summary as `build` prints it, then what could not be read (stderr, as every command reports it).
  io.stdout.write(`built ${named} in memory (nothing written to disk):\n${formatSummary(result.graph)}\n`);
  const applied = result.graph.getAttribute('thesaurus') as ThesaurusReport | undefined;
  if (applied) io.stdout.write(`${thesaurusSummary(applied)}\n`);
  reportIssues(result, io.stderr);
  return {
    files: { [DEFAULT_GRAPH_PATH]: { bytes, type: CONTENT_TYPE['graph-json'] }, [DEFAULT_VIEW_PATH]: { bytes: viewBytes, type: CONTENT_TYPE['graph-json'] } },
    openPath: '/',
    lines: [
      [DEFAULT_GRAPH_PATH, `${named} (built in memory; opened by default)`],
      [DEFAULT_VIEW_PATH, 'its view file (what the viewer draws first)'],
    ],
  };
}

/** About this many bytes per piece held: the JSON writer's small strings gathered, its byte pieces kept. */
const PIECE_BYTES = 1 << 20;

/** graph.json in memory, byte for byte the file `build` writes (the same registry row, compact). */
export function graphJsonBytes(graph: PaperGraph): Uint8Array[] {
  return formatBytes(graph, 'json');
}

/** A format's file in memory, byte for byte the file `build` writes (the same registry row; graph.json compact). */
function formatBytes(graph: PaperGraph, format: 'json' | 'view'): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length > 0) pieces.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  for (const chunk of outputFormat(format).chunks(graph, { pretty: false })) {
    if (typeof chunk === 'string') {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= PIECE_BYTES) flush();
    } else {
      flush();
      pieces.push(chunk);
    }
  }
  flush();
  return pieces;
}

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** The address to open on this machine: a server on every interface is opened through 127.0.0.1. */
function localUrl(server: RunningServer, host: string): string {
  return ANY_ADDRESS.has(host) ? `http://127.0.0.1:${server.port}/` : server.url;
}

function servingLines(server: RunningServer, flags: ViewFlags & { port: number }, graphs: ServedGraphs, base: string, openUrl: string): string[] {
  const lines = [`papergraph viewer: ${openUrl}  (Ctrl+C to stop)`];
  if (flags.port !== 0 && server.port !== flags.port) lines.push(`  (port ${flags.port} was taken: using ${server.port})`);
  if (ANY_ADDRESS.has(flags.host)) lines.push(`  listening on every interface (${flags.host}): other machines can open it at this machine's address`);
  const rows: Array<[string, string]> = [...graphs.lines];
  if (flags.serveDir !== undefined) rows.push([`${SERVE_DIR_PREFIX}…`, `the files under ${flags.serveDir}: open one with ${base}?graph=${SERVE_DIR_PREFIX}<path>`]);
  const width = Math.max(...rows.map(([path]) => path.length));
  for (const [path, what] of rows) lines.push(`  ${terminalText(path).padEnd(width)}  ${terminalText(what)}`);
  return lines;
}

/** A signal this soon after the first is the same Ctrl+C again (tsx relays the terminal's SIGINT to its child). */
const SAME_SIGNAL_MS = 1000;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_EXIT: Record<(typeof STOP_SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Resolves on the first Ctrl+C (SIGINT), SIGTERM or SIGHUP (the terminal closed), which then stops the server
 * instead of killing the process — or when the command that started it ends (`npx`/`pnpm` killed by SIGTERM pass
 * nothing on: the server would be left holding its port). The same signal arriving twice at once is one stop; one
 * sent later, while stopping hangs, ends the process. `release` gives the signals back once stopped.
 */
function stopSignal(): { stopped: Promise<void>; release: () => void } {
  let first: number | undefined;
  let done = () => {};
  const stopped = new Promise<void>((resolve) => (done = resolve));
  const stop = (signal: NodeJS.Signals) => {
    if (first === undefined) {
      first = Date.now();
      done();
    } else if (Date.now() - first > SAME_SIGNAL_MS) {
      process.exit(SIGNAL_EXIT[signal as (typeof STOP_SIGNALS)[number]] ?? 1);
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  const unwatch = whenStarterEnds(() => {
    if (first !== undefined) return;
    first = Date.now();
    done();
  });
  // (kept a moment after stopping: the relayed copy of the same Ctrl+C must not kill the process as it exits)
  const release = () => {
    unwatch();
    setTimeout(() => {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
    }, SAME_SIGNAL_MS).unref();
  };
  return { stopped, release };
}
