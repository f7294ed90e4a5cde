import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.ts';
import { ensureViewerBuilt, viewerBuildState, VIEWER_DIST_VARIABLE, type ViewerBuilder } from '../../src/serve/viewer-app.ts';

const HOUR = 3600;

/** A checkout in miniature: apps/viewer with sources, packages/core/src beside it. */
function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'papergraph-app-'));
  const app = join(root, 'apps', 'viewer');
  mkdirSync(join(app, 'src'), { recursive: true });
  mkdirSync(join(root, 'packages', 'core', 'src'), { recursive: true });
  writeFileSync(join(app, 'index.html'), '<!doctype html>');
  writeFileSync(join(app, 'src', 'main.ts'), 'export {};');
  writeFileSync(join(root, 'packages', 'core', 'src', 'index.ts'), 'export {};');
  const past = Date.now() / 1000 - 2 * HOUR;
  for (const file of [join(app, 'index.html'), join(app, 'src', 'main.ts'), join(root, 'packages', 'core', 'src', 'index.ts')]) utimesSync(file, past, past);
  return { root, app };
}

/** A builder that writes an index.html naming its build, and counts its calls. */
function fakeBuilder(fail = false) {
  const calls: string[] = [];
  const build: ViewerBuilder = async (_appDir, outDir) => {
    calls.push(outDir);
    if (fail) throw new CliError('vite failed', 2);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), `build ${calls.length}`);
  };
  return { build, calls };
}

const quiet = { log: () => {}, env: {} };

describe('the built viewer', () => {
  it('is built when dist/ is missing, then reused while no source is newer', async () => {
    const { app } = checkout();
    expect(viewerBuildState(app)).toEqual({ state: 'missing' });
    const { build, calls } = fakeBuilder();
    const dist = await ensureViewerBuilt({ appDir: app, build, ...quiet });
    expect(dist).toBe(join(app, 'dist'));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('build 1');
    // (built in a folder of its own, which became dist/)
    expect(calls[0]).not.toBe(dist);
    expect(existsSync(calls[0]!)).toBe(false);
    expect(viewerBuildState(app)).toEqual({ state: 'fresh' });
    await ensureViewerBuilt({ appDir: app, build, ...quiet });
    expect(calls).toHaveLength(1);
  });

  it('is built again when a viewer or core source is newer than dist/', async () => {
    const { root, app } = checkout();
    const { build, calls } = fakeBuilder();
    await ensureViewerBuilt({ appDir: app, build, ...quiet });
    // dist/ is dated to the start of its build
    expect(statSync(join(app, 'dist', 'index.html')).mtimeMs).toBeLessThanOrEqual(Date.now());
    const coreFile = join(root, 'packages', 'core', 'src', 'index.ts');
    const future = Date.now() / 1000 + HOUR;
    utimesSync(coreFile, future, future);
    expect(viewerBuildState(app)).toEqual({ state: 'stale', changed: coreFile });
    const lines: string[] = [];
    await ensureViewerBuilt({ appDir: app, build, log: (line) => lines.push(line), env: {} });
    expect(calls).toHaveLength(2);
    expect(lines[0]).toContain(`building the viewer (${coreFile} is newer than`);
    expect(readFileSync(join(app, 'dist', 'index.html'), 'utf8')).toBe('build 2');
  });

  it('keeps and serves the previous build when building again fails, and says so', async () => {
    const { app } = checkout();
    await ensureViewerBuilt({ appDir: app, build: fakeBuilder().build, ...quiet });
    const future = Date.now() / 1000 + HOUR;
    utimesSync(join(app, 'src', 'main.ts'), future, future);
    const lines: string[] = [];
    const dist = await ensureViewerBuilt({ appDir: app, build: fakeBuilder(true).build, log: (line) => lines.push(line), env: {} });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('build 1');
    expect(lines.at(-1)).toMatch(/^warning: vite failed; serving the previous build in .*dist \(to build by hand: .*--filter @papergraph\/viewer build\)$/);
  });

  it('fails when there is no build and none can be made', async () => {
    const { app } = checkout();
    await expect(ensureViewerBuilt({ appDir: app, build: fakeBuilder(true).build, ...quiet })).rejects.toThrow('vite failed');
    expect(existsSync(join(app, 'dist'))).toBe(false);
  });

  it(`serves ${VIEWER_DIST_VARIABLE} as it is, without building`, async () => {
    const { app } = checkout();
    const given = mkdtempSync(join(tmpdir(), 'papergraph-dist-'));
    const { build, calls } = fakeBuilder();
    await expect(ensureViewerBuilt({ appDir: app, build, log: () => {}, env: { [VIEWER_DIST_VARIABLE]: given } })).rejects.toThrow('no index.html');
    writeFileSync(join(given, 'index.html'), 'given');
    expect(await ensureViewerBuilt({ appDir: app, build, log: () => {}, env: { [VIEWER_DIST_VARIABLE]: given } })).toBe(given);
    expect(calls).toHaveLength(0);
  });
});
