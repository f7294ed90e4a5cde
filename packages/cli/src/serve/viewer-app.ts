/**
 * The built viewer that `papergraph view` serves: `apps/viewer/dist`, built with the viewer's own Vite when it is
 * missing or older than the sources it is built from (the viewer's and core's, which it bundles).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT } from '../errors.ts';

/** The viewer app of this checkout. */
export const VIEWER_APP_DIR = fileURLToPath(new URL('../../../../apps/viewer/', import.meta.url));

/** A built app to serve as it is, without looking at sources (tests, or a viewer built elsewhere). */
export const VIEWER_DIST_VARIABLE = 'PAPERGRAPH_VIEWER_DIST';

/** What the built app depends on, relative to the viewer's folder: its sources, its config and core's sources. */
const SOURCES = ['index.html', 'src', 'public', 'vite.config.ts', 'package.json', 'tsconfig.json', '../../packages/core/src', '../../packages/core/package.json'];

/** The newest modification time among files (folders walked, hidden entries skipped), with the file that has it. */
export function newestModification(paths: readonly string[]): { time: number; path?: string } {
  let newest: { time: number; path?: string } = { time: 0 };
  const visit = (path: string) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) if (!entry.startsWith('.')) visit(join(path, entry));
    } else if (stats.mtimeMs > newest.time) {
      newest = { time: stats.mtimeMs, path };
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

export type BuildState = { state: 'fresh' } | { state: 'missing' } | { state: 'stale'; changed: string };

/** Whether `appDir/dist` is there and at least as new as every source (its index.html is written last). */
export function viewerBuildState(appDir: string = VIEWER_APP_DIR): BuildState {
  const index = join(appDir, 'dist', 'index.html');
  if (!existsSync(index)) return { state: 'missing' };
  const built = statSync(index).mtimeMs;
  const newest = newestModification(SOURCES.map((source) => resolve(appDir, source)));
  return newest.time > built && newest.path !== undefined ? { state: 'stale', changed: newest.path } : { state: 'fresh' };
}

/** The command that builds the viewer by hand, for messages. */
export const BUILD_BY_HAND = 'npx -y pnpm@10 install && npx -y pnpm@10 --filter @papergraph/viewer build';

/** Builds the app into `outDir` with the viewer's own Vite, its output on our stderr (stdout is for the URL). */
export type ViewerBuilder = (appDir: string, outDir: string) => Promise<void>;

export const viteBuild: ViewerBuilder = async (appDir, outDir) => {
  let viteBin: string;
  try {
    const require = createRequire(join(appDir, 'package.json'));
    const manifestPath = require.resolve('vite/package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.vite;
    if (bin === undefined) throw new Error('vite has no bin');
    viteBin = join(dirname(manifestPath), bin);
  } catch {
    throw new CliError(`cannot build the viewer: Vite is not installed in ${appDir} (run ${BUILD_BY_HAND})`, EXIT.input);
  }
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: appDir,
      stdio: ['ignore', 2, 2],
    });
    child.once('error', fail);
    child.once('exit', (exitCode) => done(exitCode));
  });
  if (code !== 0) throw new CliError(`building the viewer failed (vite build exited with ${code}; its messages are above)`, EXIT.input);
};

export interface EnsureOptions {
  appDir?: string;
  build?: ViewerBuilder;
  /** Progress lines ("building the viewer…"), on stderr by default. */
  log?: (line: string) => void;
  /** The environment to read VIEWER_DIST_VARIABLE from. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The folder of a built viewer, built first if missing or stale. The build goes to a folder of its own and replaces
 * `dist/` only once complete, so a failed build leaves the previous one (then served, with a warning) and a server
 * running on `dist/` never sees it half written.
 */
export async function ensureViewerBuilt(options: EnsureOptions = {}): Promise<string> {
  const { appDir = VIEWER_APP_DIR, build = viteBuild, log = (line) => process.stderr.write(`${line}\n`), env = process.env } = options;
  const given = env[VIEWER_DIST_VARIABLE];
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new CliError(`${VIEWER_DIST_VARIABLE}=${given}: no index.html there`, EXIT.input);
    return resolve(given);
  }
  const dist = join(appDir, 'dist');
  const state = viewerBuildState(appDir);
  if (state.state === 'fresh') return dist;
  log(state.state === 'missing' ? `building the viewer (no ${dist} yet)…` : `building the viewer (${state.changed} is newer than ${dist})…`);
  const started = Date.now();
  const staging = join(appDir, 'node_modules', '.cache', `papergraph-viewer-${process.pid}-${started}`);
  mkdirSync(dirname(staging), { recursive: true });
  try {
    await build(appDir, staging);
    if (!existsSync(join(staging, 'index.html'))) throw new CliError('building the viewer wrote no index.html', EXIT.input);
    // Dated to the start of the build: a source saved while it ran is newer, so the next start builds again.
    utimesSync(join(staging, 'index.html'), started / 1000, started / 1000);
    rmSync(dist, { recursive: true, force: true });
    renameSync(staging, dist);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (state.state === 'stale') {
      const why = error instanceof Error ? error.message : String(error);
      log(`warning: ${why}; serving the previous build in ${dist} (to build by hand: ${BUILD_BY_HAND})`);
      return dist;
    }
    throw error;
  }
  log(`built the viewer in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dist;
}
