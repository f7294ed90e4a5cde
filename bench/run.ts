/**
 * papergraph benchmark (issue 5): `pnpm bench [options]`, options below (`pnpm bench --help`).
 *
 * For each nested subset of the corpus (its first N records; `all` = the whole file), each in fresh processes:
 *   1. the floor: gunzip + JSON.parse of every record + one regex pass over each title+abstract (best of three);
 *   2. papergraph's stages one by one with the functions `papergraph build` calls (wall time, peak RSS per stage);
 *   3. the real `papergraph build` end to end (wall time from spawn to exit, peak RSS of the process), whose three
 *      files must be byte-identical to the stage-by-stage ones;
 *   4. igraph's Leiden on the GraphML papergraph wrote (when /usr/bin/python3 has igraph);
 *   5. the viewer's first render in headless Chromium (5k, 20k and the whole corpus by default).
 * Then per-stage growth exponents between the two largest sizes and the issue-5 targets, as a table or JSON.
 * A step that fails is reported with its exit status and the end of its stderr; the run goes on with the next steps
 * and sizes and exits 1 at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';
import { checkTargets, formatReport, type BenchReport, type LeidenResult, type SizeResult } from './report.ts';
import type { StageRun } from './stages.ts';
import { copyBuild, folderBytes, splitRecords, UPDATE_SHARE, type UpdateResult } from './update.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
export const DEFAULT_CORPUS = resolve(REPO, '../shared/corpus/arxiv-2025-26.jsonl.gz');
// Each child is `node --import <tsx loader> script.ts`: the tsx binary (what `pnpm kg` runs) would start a second
// node process first, about 0.5 s of every spawn that the end-to-end wall times would count.
const TSX_IMPORT = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
const PYTHON = process.env['PAPERGRAPH_BENCH_PYTHON'] ?? '/usr/bin/python3';

const USAGE = `usage: pnpm bench [options]
  --corpus FILE         JSON Lines corpus, .gz or not (default: ${DEFAULT_CORPUS})
  --sizes LIST          nested subsets, first N records or "all" (default: 1000,5000,20000,all)
  --json                print the report as JSON instead of the table
  --save-json FILE      also write the JSON report to FILE
  --save-table FILE     also write the table to FILE
  --workers N           worker threads for the workers stage and papergraph build (default: as the CLI chooses)
  --no-cli              do not run the real papergraph build (end to end = sum of the stages)
  --no-leiden           do not run igraph's Leiden
  --no-viewer           do not time the viewer in headless Chromium
  --viewer-sizes LIST   sizes whose graph the viewer opens (default: 5000,20000,all)
  --update-sizes LIST   sizes where papergraph update is timed against a full build (default: the largest)
  --no-update           do not time papergraph update
  --update-only         time papergraph update only (no floor, stages, builds, Leiden or viewer)
  --repeat N            run the stages and papergraph build N times per size, keep the fastest (default: 1)
  --timeout-min N       kill a step that runs longer than N minutes (default: 30)
  --keep DIR            work in DIR and keep subsets and outputs there (default: a temporary folder, removed)
  --quiet               no progress lines on stderr
`;

interface Flags {
  corpus: string;
  sizes: string[];
  json: boolean;
  saveJson?: string;
  saveTable?: string;
  leiden: boolean;
  cli: boolean;
  viewer: boolean;
  viewerSizes: string[];
  /** Sizes where the update row is measured (undefined: the largest). */
  updateSizes?: string[];
  update: boolean;
  updateOnly: boolean;
  workers?: number;
  timeoutMs: number;
  repeat: number;
  keep?: string;
  quiet: boolean;
}

class UsageError extends Error {}

function parseFlags(argv: string[]): Flags | undefined {
  const flags: Flags = {
    corpus: DEFAULT_CORPUS,
    sizes: ['1000', '5000', '20000', 'all'],
    json: false,
    leiden: true,
    cli: true,
    viewer: true,
    viewerSizes: ['5000', '20000', 'all'],
    update: true,
    updateOnly: false,
    timeoutMs: 30 * 60_000,
    repeat: 1,
    quiet: false,
  };
  const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const count = (v: string, min: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new UsageError(`${arg}: "${v}" is not an integer ≥ ${min}`);
      return n;
    };
    if (arg === '--') continue; // `pnpm bench -- --flag`
    else if (arg === '--corpus') flags.corpus = resolve(value());
    else if (arg === '--sizes') flags.sizes = list(value());
    else if (arg === '--json') flags.json = true;
    else if (arg === '--save-json') flags.saveJson = resolve(value());
    else if (arg === '--save-table') flags.saveTable = resolve(value());
    else if (arg === '--no-leiden') flags.leiden = false;
    else if (arg === '--no-cli') flags.cli = false;
    else if (arg === '--viewer') flags.viewer = true;
    else if (arg === '--no-viewer') flags.viewer = false;
    else if (arg === '--viewer-sizes') flags.viewerSizes = list(value());
    else if (arg === '--update-sizes') flags.updateSizes = list(value());
    else if (arg === '--no-update') flags.update = false;
    else if (arg === '--update-only') flags.updateOnly = true;
    else if (arg === '--workers') flags.workers = count(value(), 0);
    else if (arg === '--repeat') flags.repeat = count(value(), 1);
    else if (arg === '--timeout-min') flags.timeoutMs = count(value(), 1) * 60_000;
    else if (arg === '--keep') flags.keep = resolve(value());
    else if (arg === '--quiet') flags.quiet = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      return undefined;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  if (flags.sizes.length === 0) throw new UsageError('--sizes: no size given');
  if (flags.updateOnly) {
    if (!flags.update) throw new UsageError('--update-only and --no-update contradict each other');
    Object.assign(flags, { cli: false, leiden: false, viewer: false });
  }
  for (const size of [...flags.sizes, ...flags.viewerSizes, ...(flags.updateSizes ?? [])]) {
    if (size !== 'all' && !/^[1-9]\d*$/.test(size)) throw new UsageError(`"${size}" is neither a positive number of papers nor "all"`);
  }
  // Nested subsets, smallest first, `all` last.
  const order = (s: string) => (s === 'all' ? Infinity : Number(s));
  flags.sizes = [...new Set(flags.sizes)].sort((a, b) => order(a) - order(b));
  return flags;
}

/** The first `count` non-empty lines of a JSONL(.gz) file, written gzipped (fast level) to `out`. */
async function writeSubset(corpus: string, count: number, out: string): Promise<number> {
  const input = createReadStream(corpus);
  const lines = createInterface({ input: corpus.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const gzip = createGzip({ level: 1 });
  const done = new Promise<void>((ok, fail) => gzip.pipe(createWriteStream(out)).on('finish', ok).on('error', fail));
  let written = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (!gzip.write(`${line}\n`)) await new Promise((ok) => gzip.once('drain', ok));
    if (++written >= count) break;
  }
  lines.close();
  input.destroy();
  gzip.end();
  await done;
  return written;
}

let quiet = false;
const benchStart = performance.now();
function log(message: string): void {
  if (!quiet) process.stderr.write(`[bench ${((performance.now() - benchStart) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

interface ChildResult {
  stdout: string;
  /** The last 16 KiB of stderr. */
  stderr: string;
  ms: number;
  ok: boolean;
  /** Why it failed: exit code, signal, timeout — with the end of stderr. */
  failure?: string;
}

/**
 * Newest modification time of papergraph's sources (packages/<package>/src, apps/viewer/src). The benchmark runs the working
 * tree: an edit while a step runs can make its processes (or a process and its worker threads) run different code.
 */
function sourcesStamp(): number {
  let newest = 0;
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const pkg of readdirSync(join(REPO, 'packages'))) walk(join(REPO, 'packages', pkg, 'src'));
  walk(join(REPO, 'apps/viewer/src'));
  return newest;
}
let sourcesChanged = false;

/** Runs a process to its end (or the timeout), keeping stdout and the end of stderr. Never throws. */
function runChild(label: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<ChildResult> {
  const start = performance.now();
  const stampBefore = sourcesStamp();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, ...options.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-16_384);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      const stdout = Buffer.concat(out).toString('utf8');
      const ok = !spawnError && !timedOut && code === 0;
      let failure: string | undefined;
      if (!ok) {
        const why = spawnError
          ? `could not start ${command}: ${spawnError.message}`
          : timedOut
            ? `timed out after ${Math.round(options.timeoutMs / 1000)} s (killed)`
            : signal
              ? `killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}`
              : `exit code ${code}`;
        const tail = err.trim().split('\n').slice(-25).join('\n');
        failure = `${label}: ${why}${tail ? `\n${tail}` : ''}`;
      }
      if (sourcesStamp() !== stampBefore) {
        sourcesChanged = true;
        if (failure) failure += '\n(papergraph\'s sources changed while this step ran: a concurrent edit may be the cause; run again)';
      }
      done({ stdout, stderr: err, ms, ok, ...(failure ? { failure } : {}) });
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** The last line of a child's stdout as JSON, or a failure message. */
function lastJson<T>(label: string, child: ChildResult): { value: T } | { failure: string } {
  if (!child.ok) return { failure: child.failure! };
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return { value: JSON.parse(line) as T };
  } catch {
    return { failure: `${label}: printed no JSON result (stdout ends with: ${line.slice(-300) || 'nothing'})` };
  }
}

function sha256(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => hash.update(d))
      .on('end', () => done(hash.digest('hex')))
      .on('error', fail);
  });
}

async function hasIgraph(): Promise<string | undefined> {
  if (!existsSync(PYTHON)) return `no ${PYTHON}`;
  const probe = await runChild('python3 igraph', PYTHON, ['-c', 'import igraph'], { timeoutMs: 60_000 });
  return probe.ok ? undefined : `${PYTHON} has no igraph module (apt-get install python3-igraph)`;
}

async function measureSize(size: string, file: string, papersHint: number | undefined, dir: string, flags: Flags, context: BenchContext): Promise<SizeResult> {
  const result: SizeResult = { size, papers: papersHint ?? 0, notes: [], failures: [] };
  const fail = (step: string, message: string) => {
    result.failures.push({ step, message });
    process.stderr.write(`papergraph bench: FAILED at ${size} papers, ${step}:\n  ${message.split('\n').join('\n  ')}\n`);
  };
  const timeoutMs = flags.timeoutMs;
  if (flags.updateOnly) {
    result.notes.push('--update-only: floor, stages, builds, Leiden and viewer not run');
    if (!context.updateHere) return result;
    const update = await measureUpdate(file, papersHint, dir, flags, fail);
    if (update) {
      result.update = update;
      result.papers = update.base + update.added;
    }
    return result;
  }

  log(`${size}: floor (best of 3)…`);
  const floor = lastJson<NonNullable<SizeResult['floor']>>('floor', await runChild('floor process', process.execPath, [...TSX_IMPORT, join(REPO, 'bench/child.ts'), 'floor', file], { timeoutMs }));
  if ('value' in floor) result.floor = floor.value;
  else fail('floor', floor.failure);

  const repeat = flags.repeat;
  const stagesDir = join(dir, 'stages');
  const workers = flags.workers !== undefined ? [String(flags.workers)] : [];
  const runs: StageRun[] = [];
  for (let i = 1; i <= repeat; i++) {
    log(`${size}: stages${repeat > 1 ? ` (run ${i} of ${repeat})` : ''}…`);
    const stages = lastJson<StageRun>('stages', await runChild('stages process', process.execPath, [...TSX_IMPORT, join(REPO, 'bench/child.ts'), 'stages', file, stagesDir, ...workers], { timeoutMs }));
    if ('value' in stages) runs.push(stages.value);
    else {
      fail('stages', stages.failure);
      break;
    }
  }
  if (runs.length === repeat) {
    result.run = fastestStages(runs);
    result.papers = result.run.papers;
    log(`${size}: ${result.papers} papers, ${result.run.nodes} nodes, ${result.run.edges} edges`);
  }

  if (flags.cli) {
    const rssFile = join(dir, 'cli-rss.json');
    const cliOut = join(dir, 'cli-out');
    const args = [join(REPO, 'bench/cli-child.ts'), 'build', file, '--out', cliOut, '--no-progress', '--json', ...(flags.workers !== undefined ? ['--workers', String(flags.workers)] : [])];
    // `papergraph build` with these arguments, `repeat` times: fastest wall time and process uptime, highest peak
    // RSS, the last summary's paper count; undefined (and a failure recorded) when a run fails.
    const timeBuild = async (label: string, buildArgs: string[]) => {
      let best: { ms: number; maxRss: number; processMs: number; papers: number } | undefined;
      for (let i = 1; i <= repeat; i++) {
        log(`${size}: ${label}${repeat > 1 ? ` (run ${i} of ${repeat})` : ''}…`);
        rmSync(rssFile, { force: true });
        const run = await runChild(label, process.execPath, [...TSX_IMPORT, ...buildArgs], { env: { PAPERGRAPH_BENCH_RSS: rssFile }, timeoutMs });
        if (!run.ok || !existsSync(rssFile)) {
          fail(label, run.failure ?? 'the build process wrote no peak RSS file');
          return undefined;
        }
        const rss = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRss: number; uptimeMs: number };
        best = {
          ms: Math.min(run.ms, best?.ms ?? Infinity),
          maxRss: Math.max(rss.maxRss, best?.maxRss ?? 0),
          processMs: Math.min(rss.uptimeMs, best?.processMs ?? Infinity),
          papers: lastJsonDocument<{ kinds?: { paper?: number } }>(run)?.kinds?.paper ?? -1,
        };
      }
      return best;
    };
    const cli = await timeBuild('papergraph build', args);
    if (cli) result.cli = cli;
    // The same build without the XML exports: how much of end to end they are.
    if (result.cli) {
      const jsonOut = `${cliOut}-json`;
      const jsonOnly = await timeBuild('papergraph build --formats json', [...args.map((arg) => (arg === cliOut ? jsonOut : arg)), '--formats', 'json']);
      if (jsonOnly) result.cliJsonOnly = { ms: jsonOnly.ms, maxRss: jsonOnly.maxRss };
      if (result.cliJsonOnly && (await sha256(join(cliOut, 'graph.json'))) !== (await sha256(join(jsonOut, 'graph.json')))) {
        fail('papergraph build --formats json', 'its graph.json differs from the full build\'s');
      }
    }
    if (result.cli) {
      if (result.run && result.cli.papers !== result.run.papers) {
        fail('papergraph build', `built ${result.cli.papers} papers where the stage-by-stage run read ${result.run.papers}`);
      }
      if (result.run) {
        const differ: string[] = [];
        for (const name of ['graph.json', 'graph.graphml', 'graph.gexf']) {
          const a = result.run.files[name]?.path;
          const b = join(cliOut, name);
          if (!a || !existsSync(b) || (await sha256(a)) !== (await sha256(b))) differ.push(name);
        }
        result.sameAsCli = differ.length === 0;
        if (differ.length) {
          fail(
            'stages vs papergraph build',
            `${differ.join(', ')} differ between the stage-by-stage run and papergraph build: the bench and the build no longer run the same pipeline (see packages/core/src/pipeline/ and packages/cli/src/pipeline.ts)`,
          );
        }
      }
    }
  } else result.notes.push('papergraph build not run (--no-cli): end to end is the sum of the stages');

  if (context.updateHere) {
    const update = await measureUpdate(file, papersHint ?? result.run?.papers, dir, flags, fail);
    if (update) result.update = update;
  }

  const graphml = result.run?.files['graph.graphml']?.path;
  if (flags.leiden && graphml) {
    if (context.igraphMissing) result.notes.push(`Leiden not run: ${context.igraphMissing}`);
    else {
      log(`${size}: igraph Leiden…`);
      const py = lastJson<LeidenResult>('leiden.py', await runChild('igraph Leiden (bench/leiden.py)', PYTHON, [join(REPO, 'bench/leiden.py'), graphml], { timeoutMs }));
      if ('value' in py) result.leiden = py.value;
      else fail('igraph Leiden', py.failure);
    }
  }

  const graphJson = result.run?.files['graph.json']?.path;
  if (flags.viewer && graphJson && (flags.viewerSizes.includes(size) || (size === 'all' && flags.viewerSizes.includes(String(result.papers))))) {
    const dist = await context.viewerDist();
    if (typeof dist === 'object') result.notes.push(`viewer not timed: ${dist.unavailable}`);
    else {
      log(`${size}: viewer in headless Chromium…`);
      const { measureViewer } = await import('./viewer.ts');
      result.viewer = await measureViewer(dist, graphJson, timeoutMs);
      if (result.viewer.error) fail('viewer', result.viewer.error);
      // The layout the viewer opens on: its quality next to its first frame (issue 13).
      const { layoutQualityOf } = await import('./viewer.ts');
      result.viewer.layoutQuality = await layoutQualityOf(graphJson);
    }
  }
  return result;
}

/** Several stage runs of one size → one: per stage the fastest time and the highest peak RSS. */
function fastestStages(runs: StageRun[]): StageRun {
  const first = runs[0]!;
  if (runs.length === 1) return first;
  const min = (get: (r: StageRun) => number) => Math.min(...runs.map(get));
  return {
    ...first,
    extractMs: min((r) => r.extractMs),
    docsMs: min((r) => r.docsMs),
    resolveMs: min((r) => r.resolveMs),
    maxRss: Math.max(...runs.map((r) => r.maxRss)),
    stages: first.stages.map((stage, i) => ({
      ...stage,
      ms: Math.min(...runs.map((r) => r.stages[i]!.ms)),
      peakRss: Math.max(...runs.map((r) => r.stages[i]!.peakRss)),
      maxRss: Math.max(...runs.map((r) => r.stages[i]!.maxRss)),
    })),
  };
}

/** The summary `papergraph build --json` prints (one JSON document, possibly indented). */
function lastJsonDocument<T>(child: ChildResult): T | undefined {
  const start = child.stdout.indexOf('{');
  if (start < 0) return undefined;
  try {
    return JSON.parse(child.stdout.slice(start)) as T;
  } catch {
    return undefined;
  }
}

/**
 * The update row: the size's records split into a first build and the last UPDATE_SHARE, then `papergraph update`
 * of that build and the full build of both parts, timed side by side (fastest of --repeat runs each), and the
 * updated graph checked equal to the full build's but for communities and positions (bench/update.ts).
 */
async function measureUpdate(
  file: string,
  papers: number | undefined,
  dir: string,
  flags: Flags,
  fail: (step: string, message: string) => void,
): Promise<UpdateResult | undefined> {
  const count = papers ?? Infinity;
  const work = join(dir, 'update');
  mkdirSync(work, { recursive: true });
  const first = join(work, 'first.jsonl.gz');
  const last = join(work, 'last.jsonl.gz');
  const total = Number.isFinite(count) ? count : (await splitRecords(file, Infinity, 0, first, last)).first;
  const added = Math.max(1, Math.round(total * UPDATE_SHARE));
  log(`${total}: update: splitting into ${total - added} + ${added} papers…`);
  const split = await splitRecords(file, total, added, first, last);
  const workers = flags.workers !== undefined ? ['--workers', String(flags.workers)] : [];
  const base = join(work, 'base');
  const cli = (label: string, args: string[], rss?: string) =>
    runChild(label, process.execPath, [...TSX_IMPORT, join(REPO, 'bench/cli-child.ts'), ...args], { timeoutMs: flags.timeoutMs, ...(rss ? { env: { PAPERGRAPH_BENCH_RSS: rss } } : {}) });
  log(`${total}: update: building the first ${split.first} papers…`);
  const built = await cli('papergraph build (before the update)', ['build', first, '--out', base, '--no-progress', '--json', ...workers]);
  if (!built.ok) {
    fail('update', built.failure!);
    return undefined;
  }
  const rssFile = join(work, 'rss.json');
  const timed = async (label: string, args: string[]) => {
    rmSync(rssFile, { force: true });
    const run = await cli(label, args, rssFile);
    if (!run.ok || !existsSync(rssFile)) {
      fail(label, run.failure ?? 'the process wrote no peak RSS file');
      return undefined;
    }
    const rss = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRss: number; cpuMs: number };
    return { ms: run.ms, cpuMs: rss.cpuMs, maxRss: rss.maxRss, stdout: run.stdout };
  };
  type Timed = { ms: number; cpuMs: number; maxRss: number };
  const best = (a: Timed | undefined, b: Timed): Timed =>
    a ? { ms: Math.min(a.ms, b.ms), cpuMs: Math.min(a.cpuMs, b.cpuMs), maxRss: Math.max(a.maxRss, b.maxRss) } : { ms: b.ms, cpuMs: b.cpuMs, maxRss: b.maxRss };
  const updated = join(work, 'updated');
  const full = join(work, 'full');
  let update: Timed | undefined;
  let stdout = '';
  let fullBuild: Timed | undefined;
  for (let i = 1; i <= flags.repeat; i++) {
    const run = flags.repeat > 1 ? ` (run ${i} of ${flags.repeat})` : '';
    log(`${total}: papergraph update (+${split.last} papers)${run}…`);
    copyBuild(base, updated);
    // The update gets the build's extraction threads (--workers, or the same default rule).
    const u = await timed('papergraph update', ['update', updated, last, '--json', ...workers]);
    if (!u) return undefined;
    update = best(update, u);
    stdout = u.stdout;
    log(`${total}: papergraph build of both parts${run}…`);
    const f = await timed('papergraph build (full, beside update)', ['build', first, last, '--out', full, '--no-progress', '--json', ...workers]);
    if (!f) return undefined;
    fullBuild = best(fullBuild, f);
  }
  const report = JSON.parse(stdout) as { papers: { reextracted: number }; stability: { share: number } };
  log(`${total}: update: comparing the updated graph with the full build's…`);
  const same = lastJson<{ difference: string | null }>(
    'same-graph',
    await runChild('graph comparison', process.execPath, [...TSX_IMPORT, join(REPO, 'bench/child.ts'), 'same-graph', join(updated, 'graph.json'), join(full, 'graph.json')], { timeoutMs: flags.timeoutMs }),
  );
  if ('failure' in same) fail('update', same.failure);
  const difference = 'value' in same ? same.value.difference : 'not compared';
  if (difference) fail('update', `the updated graph differs from the full build's (but for communities and positions): ${difference}`);
  return {
    base: split.first,
    added: split.last,
    update: update!,
    full: fullBuild!,
    stateBytes: folderBytes(join(base, '.papergraph')),
    extracted: report.papers.reextracted,
    keptCommunity: report.stability.share,
    sameGraph: !difference,
    ...(difference ? { difference } : {}),
  };
}

interface BenchContext {
  /** Whether the update row is measured at this size. */
  updateHere?: boolean;
  igraphMissing?: string;
  viewerDist: () => Promise<string | { unavailable: string }>;
}

/** The commit measured, and the papergraph sources changed since it (the benchmark runs the working tree). */
function gitState(): BenchReport['git'] {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return undefined;
  const status = git('status', '--porcelain', '--', 'packages', 'apps');
  const changed = status.stdout.split('\n').filter(Boolean).map((line) => line.slice(3));
  return { commit: head.stdout.trim(), changed };
}

function machine(loadAverageStart: number[]): BenchReport['machine'] {
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${platform()} ${release()}`,
    loadAverageStart,
    loadAverageEnd: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

async function main(): Promise<number> {
  let flags: Flags | undefined;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`papergraph bench: ${error.message}\n${USAGE}`);
    return 1;
  }
  if (!flags) return 0;
  quiet = flags.quiet;
  if (!existsSync(flags.corpus)) {
    process.stdout.write(
      `papergraph bench: corpus not found at ${flags.corpus}\n` +
        'Put the arXiv corpus there (../shared/corpus/arxiv-2025-26.jsonl.gz beside the repository) or pass --corpus FILE. Nothing to measure; exiting.\n',
    );
    return 0;
  }
  const loadAverageStart = loadavg().map((l) => Number(l.toFixed(2)));
  const work = flags.keep ?? mkdtempSync(join(tmpdir(), 'papergraph-bench-'));
  mkdirSync(work, { recursive: true });

  let viewerDist: Promise<string | { unavailable: string }> | undefined;
  const context: BenchContext = {
    ...(flags.leiden ? { igraphMissing: await hasIgraph() } : {}),
    viewerDist: () =>
      (viewerDist ??= (async () => {
        const { buildViewer, viewerUnavailable } = await import('./viewer.ts');
        const unavailable = viewerUnavailable();
        if (unavailable) return { unavailable };
        log('building the viewer (vite)…');
        const dist = join(work, 'viewer-dist');
        try {
          await buildViewer(dist);
          return dist;
        } catch (error) {
          return { unavailable: (error as Error).message };
        }
      })()),
  };

  const results: SizeResult[] = [];
  try {
    let wholeMeasured = false;
    for (const size of flags.sizes) {
      if (wholeMeasured) break;
      const dir = join(work, `size-${size}`);
      mkdirSync(dir, { recursive: true });
      let file = flags.corpus;
      let papersHint: number | undefined;
      let label = size;
      if (size !== 'all') {
        file = join(dir, `subset-${size}.jsonl.gz`);
        log(`${size}: writing the subset…`);
        const written = await writeSubset(flags.corpus, Number(size), file);
        papersHint = written;
        if (written < Number(size)) {
          // The corpus is smaller than this size: this subset is the whole corpus, and larger sizes would repeat it.
          log(`${size}: the corpus has only ${written} records; measuring it whole`);
          file = flags.corpus;
          label = 'all';
          wholeMeasured = true;
        }
      } else wholeMeasured = true;
      const updateHere = flags.update && (flags.updateSizes ? flags.updateSizes.includes(size) : size === flags.sizes[flags.sizes.length - 1] || label === 'all');
      const result = await measureSize(label, file, papersHint, dir, flags, { ...context, updateHere });
      if (label !== size) result.notes.push(`asked for ${size} papers; the corpus has ${result.papers}`);
      results.push(result);
      if (!flags.keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!flags.keep) rmSync(work, { recursive: true, force: true });
  }

  const failures = results.reduce((n, r) => n + r.failures.length, 0);
  const report: BenchReport = {
    corpus: flags.corpus,
    machine: machine(loadAverageStart),
    git: gitState(),
    sourcesChangedDuringRun: sourcesChanged,
    date: new Date().toISOString(),
    totalMs: performance.now() - benchStart,
    repeat: flags.repeat,
    ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
    sizes: results,
    targets: checkTargets(results),
    failures,
  };
  const table = formatReport(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (flags.saveJson) writeFileSync(flags.saveJson, json);
  if (flags.saveTable) writeFileSync(flags.saveTable, table);
  process.stdout.write(flags.json ? json : table);
  if (failures) process.stderr.write(`papergraph bench: ${failures} step(s) failed (listed above and in the report)\n`);
  return failures ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`papergraph bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
