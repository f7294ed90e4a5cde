import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { buildKnowledgeGraph, toGEXF, toGraphJSON, toGraphML } from '@papergraph/core';
import { VIEWER_DIST_VARIABLE } from '../../src/serve/viewer-app.ts';
import { MAIN, REPO, runCli, runInProcess, TSX_NODE } from '../run-cli.ts';

const START = join(REPO, 'apps/viewer/scripts/start.mjs');
const SEED = join(REPO, 'seeds/llama-2-7b.txt');

/** A stand-in for the built viewer: these tests are about serving, not about the app (its e2e tests are). */
function fakeViewer(): string {
  const dist = mkdtempSync(join(tmpdir(), 'papergraph-fake-viewer-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>fake viewer</title><script src="./assets/app.js"></script>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'fetch("./graph.json");');
  return dist;
}

interface Running {
  url: string;
  stdout: () => string;
  /** Ctrl+C: resolves to the exit code and everything printed. */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const leftovers = new Set<() => void>();
afterAll(() => {
  for (const kill of leftovers) kill();
});

/**
 * Starts a command that serves (`node --import <tsx loader> <script> …` by default) and waits for the URL it prints. With `group`, it runs
 * in a process group of its own and Ctrl+C reaches the whole group, as a terminal sends it (npx, pnpm, tsx, node).
 */
function serve(command: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; program?: string; group?: boolean } = {}): Promise<Running> {
  const [program, ...args] = options.program ? [options.program, ...command] : [...TSX_NODE, ...command];
  const child = spawn(program, args, {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.group ?? false,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // A test that fails before stopping its server must not leave it running.
  const kill = () => (options.group ? process.kill(-child.pid!, 'SIGKILL') : child.kill('SIGKILL'));
  leftovers.add(kill);
  void exited.then(() => leftovers.delete(kill));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /^papergraph viewer: (http:\/\/\S+)/m.exec(stdout);
      if (!match) return;
      clearInterval(timer);
      resolve({
        url: match[1]!,
        stdout: () => stdout,
        stop: async () => {
          if (options.group) process.kill(-child.pid!, 'SIGINT');
          else child.kill('SIGINT');
          return { ...(await exited), stdout, stderr };
        },
      });
    }, 50);
    void exited.then(({ code }) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code} before serving:\n${stdout}\n${stderr}`));
    });
  });
}

async function fetched(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The address `?graph=<value>` makes the viewer fetch: the value resolved against the page. */
function graphParamTarget(pageUrl: string): string {
  const value = new URL(pageUrl).searchParams.get('graph');
  return new URL(value ?? './graph.json', pageUrl).href;
}

const seedGraph = () => buildKnowledgeGraph([{ name: 'seed.txt', text: readFileSync(SEED, 'utf8') }]).graph;

describe('papergraph view', () => {
  const viewer = fakeViewer();
  const env = { [VIEWER_DIST_VARIABLE]: viewer };

  it('serves a graph.json as it is at /graph.json and /graphs/<name>, the files of --serve-dir at /files/…, and stops on Ctrl+C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-'));
    const graphPath = join(dir, 'llm-graph.json');
    const graphText = toGraphJSON(seedGraph());
    writeFileSync(graphPath, graphText);
    mkdirSync(join(dir, 'maps', 'vision'), { recursive: true });
    writeFileSync(join(dir, 'maps', 'vision', 'graph.graphml'), toGraphML(seedGraph()));
    const running = await serve([MAIN, 'view', graphPath, '--port', '0', '--no-open', '--serve-dir', join(dir, 'maps')], { env });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(running.stdout()).toContain(`\n  /graph.json${' '.repeat(13)}${graphPath} (opened by default)\n`);
    expect(running.stdout()).toContain(`\n  /graphs/llm-graph.json  ${graphPath}\n`);
    expect(running.stdout()).toContain(`the files under ${join(dir, 'maps')}: open one with ${running.url}?graph=/files/<path>`);

    const page = await fetched(running.url);
    expect([page.status, page.type]).toEqual([200, 'text/html; charset=utf-8']);
    expect(page.text).toContain('fake viewer');
    expect((await fetched(`${running.url}assets/app.js`)).type).toBe('text/javascript; charset=utf-8');
    // What the page opens by default, and the same graph under its own name
    const byDefault = await fetched(graphParamTarget(running.url));
    expect([byDefault.status, byDefault.type, byDefault.text === graphText]).toEqual([200, 'application/json; charset=utf-8', true]);
    const named = await fetched(graphParamTarget(`${running.url}?graph=/graphs/llm-graph.json`));
    expect([named.status, named.text === graphText]).toEqual([200, true]);
    const shared = await fetched(graphParamTarget(`${running.url}?graph=/files/vision/graph.graphml`));
    expect([shared.status, shared.type]).toEqual([200, 'application/graphml+xml']);
    expect(shared.text).toContain('<graphml');
    expect((await fetched(graphParamTarget(`${running.url}?graph=/files/nothing.json`))).status).toBe(404);

    const stopped = await running.stop();
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.stdout).toMatch(/stopped\n$/);
    await expect(fetch(running.url)).rejects.toThrow();
  }, 60_000);

  it('serves the folder `build` wrote as its graph.json, not as inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-out-'));
    const out = join(dir, 'out');
    expect(runCli(['build', SEED, '-o', out, '--no-progress']).status).toBe(0);
    const running = await serve([MAIN, 'view', out, '--port', '0', '--no-open'], { env });
    expect(running.stdout()).toContain(`\n  /graph.json${' '.repeat(9)}${join(out, 'graph.json')} (opened by default)\n`);
    const byDefault = await fetched(graphParamTarget(running.url));
    expect(byDefault.text === readFileSync(join(out, 'graph.json'), 'utf8')).toBe(true);
    expect((await running.stop()).code).toBe(0);
  }, 60_000);

  it('builds inputs in memory as build does (graph.json byte for byte) and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-inputs-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'listing.txt'), readFileSync(SEED, 'utf8'));
    writeFileSync(join(dir, 'in', 'broken.jsonl'), '{"title": broken\n');
    const built = runCli(['build', 'in', '--out', 'out', '--formats', 'json'], dir);
    expect(built.status).toBe(0);
    const before = readdirSync(dir, { recursive: true }).sort();

    const running = await serve([MAIN, 'view', 'in', '--port', '0', '--no-open'], { cwd: dir, env });
    // The summary as build prints it; what could not be read on stderr, as every command lists it.
    expect(running.stdout()).toMatch(/^built in in memory \(nothing written to disk\):\npapers {4}10\nauthors {3}\d+\n[\s\S]*^communities \d+ \(modularity [\d.]+\)$[\s\S]*^rejected {2}1$/m);
    // (stats on the graph.json build wrote prints build's summary)
    expect(running.stdout()).toContain(`built in in memory (nothing written to disk):\n${runCli(['stats', join('out', 'graph.json')], dir).stdout}papergraph viewer: `);
    const graph = await fetch(graphParamTarget(running.url));
    expect(graph.status).toBe(200);
    expect(graph.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Buffer.from(await graph.arrayBuffer()).equals(readFileSync(join(dir, 'out', 'graph.json')))).toBe(true);
    const stopped = await running.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toMatch(new RegExp(`^rejected: ${join('in', 'broken.jsonl')}:1: `, 'm'));
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  }, 90_000);

  it('opens a GraphML or GEXF file under its own name (?graph=/graphs/<name>)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-graphml-'));
    const graphml = join(dir, 'field.graphml');
    writeFileSync(graphml, toGraphML(seedGraph()));
    const running = await serve([MAIN, 'view', graphml, '--port', '0', '--no-open'], { env });
    expect(running.url).toMatch(/\/\?graph=\/graphs\/field\.graphml$/);
    const target = await fetched(graphParamTarget(running.url));
    expect([target.status, target.type]).toEqual([200, 'application/graphml+xml']);
    expect((await fetched(new URL('/graph.json', running.url).href)).type).toBe('application/graphml+xml');
    await running.stop();
  }, 60_000);

  it('takes the next port when the one asked for is taken, and says so', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      // (the port from $PORT, as `--port` would give it)
      const running = await serve([MAIN, 'view', SEED, '--no-open'], { env: { ...env, PORT: String(taken) } });
      expect(running.url).not.toContain(`:${taken}/`);
      expect(running.stdout()).toContain(`(port ${taken} was taken: using ${new URL(running.url).port})`);
      expect((await fetched(running.url)).status).toBe(200);
      await running.stop();
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('refuses graph files mixed with inputs, build options with a graph file, a missing input or --serve-dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-usage-'));
    const graphPath = join(dir, 'graph.json');
    writeFileSync(graphPath, toGraphJSON(seedGraph()));
    // (in this process, but for PORT, an environment variable, and --help, whose layout follows the real stdout)
    const mixed = await runInProcess(['view', graphPath, SEED, '--no-open']);
    expect([mixed.status, mixed.stderr]).toEqual([1, `papergraph: ${graphPath} is a graph file: give graph files to serve, or inputs to build, not both\n`]);
    const seeded = await runInProcess(['view', graphPath, '--seed', '7', '--no-open']);
    expect([seeded.status, seeded.stderr]).toEqual([1, `papergraph: --seed applies when building from inputs; ${graphPath} is a graph already\n`]);
    expect(await runInProcess(['view', join(dir, 'nothing.json'), '--no-open'])).toMatchObject({ status: 2, stderr: `papergraph: input not found: ${join(dir, 'nothing.json')}\n` });
    expect(await runInProcess(['view', graphPath, '--serve-dir', graphPath, '--no-open'])).toMatchObject({ status: 2, stderr: `papergraph: --serve-dir ${graphPath}: not a folder\n` });
    expect(await runInProcess(['view', '--port', '70000'])).toMatchObject({ status: 1 });
    const badPort = spawnSync(TSX_NODE[0], [...TSX_NODE.slice(1), MAIN, 'view', graphPath, '--no-open'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, PORT: 'abc' } });
    expect([badPort.status, badPort.stderr]).toEqual([1, 'papergraph: PORT=abc: expected an integer from 0 to 65535\n']);
    const help = runCli(['view', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: papergraph view .*\n[\s\S]*--serve-dir <dir>[\s\S]*built in memory \(nothing is written to disk\)/);
  }, 60_000);

  it('lists why nothing could be read, then the one error line (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-empty-'));
    writeFileSync(join(dir, 'notes.md'), '# notes\n');
    const run = runCli(['view', join(dir, 'notes.md'), '--no-open']);
    expect(run.status).toBe(2);
    // (before building the viewer: nothing else on stderr)
    expect(run.stderr).toMatch(new RegExp(`^rejected: ${join(dir, 'notes.md')}:1: unrecognised format \\(expected [^\\n]+\\)\\npapergraph: no paper records could be read from ${join(dir, 'notes.md')}\\n$`));
    // (in a folder, a file in no input format is skipped, and said so)
    const folder = runCli(['view', dir, '--no-open']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe(`warning: ${join(dir, 'notes.md')}: not paper records (no input format recognised): skipped\npapergraph: no paper records could be read from ${dir}\n`);
  }, 30_000);

  it('serves the real viewer (building apps/viewer/dist first when missing or stale), which opens the graph and ?graph= addresses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-real-'));
    writeFileSync(join(dir, 'graph.json'), toGraphJSON(seedGraph()));
    writeFileSync(join(dir, 'seed.gexf'), toGEXF(seedGraph()));
    const running = await serve([MAIN, 'view', join(dir, 'graph.json'), join(dir, 'seed.gexf'), '--port', '0', '--no-open'], { env: { [VIEWER_DIST_VARIABLE]: '' } });
    const page = await fetched(running.url);
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="graph-container"');
    const script = /<script[^>]+src="\.\/([^"]+)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    expect((await fetched(`${running.url}${script}`)).type).toBe('text/javascript; charset=utf-8');
    expect(statSync(join(REPO, 'apps/viewer/dist/index.html')).isFile()).toBe(true);

    // In a browser: the default graph, and the GEXF file through ?graph=, open without a question
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (const address of [running.url, `${running.url}?graph=/graphs/seed.gexf`]) {
        const tab = await browser.newPage();
        await tab.goto(address);
        await tab.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: 30_000 });
        expect(await tab.getAttribute('body', 'data-status'), address).toBe('ready');
        expect(await tab.textContent('#graph-source'), address).toContain(address.endsWith('.gexf') ? 'seed.gexf' : 'graph.json');
        await tab.close();
      }
    } finally {
      await browser.close();
      await running.stop();
    }
  }, 180_000);
});

describe('pnpm start (apps/viewer/scripts/start.mjs)', () => {
  const viewer = fakeViewer();

  it('serves the seeds built in memory and leaves a graph built in out/ alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-start-'));
    mkdirSync(join(dir, 'out'));
    const foreign = toGraphJSON(buildKnowledgeGraph([{ name: 'mine.txt', text: readFileSync(SEED, 'utf8').split('\n\n').slice(0, 2).join('\n\n') }]).graph);
    writeFileSync(join(dir, 'out', 'graph.json'), foreign);
    const before = statSync(join(dir, 'out', 'graph.json')).mtimeMs;
    // pnpm runs the script in apps/viewer and names the folder it was started in INIT_CWD
    const running = await serve([START, '--port', '0', '--no-open'], { cwd: join(REPO, 'apps/viewer'), env: { [VIEWER_DIST_VARIABLE]: viewer, INIT_CWD: dir } });
    expect(running.stdout()).toMatch(/^built \S*seeds in memory \(nothing written to disk\):\npapers {4}10$/m);
    // (the seeds named from where pnpm was started)
    const served = JSON.parse(await (await fetch(graphParamTarget(running.url))).text()) as { attributes: { inputs: string[] } };
    expect(served.attributes.inputs).toEqual([join(relative(dir, join(REPO, 'seeds')), 'llama-2-7b.txt')]);
    // With its view file, built in memory too and named by graph.json's response (the viewer reads it first).
    const graphUrl = graphParamTarget(running.url);
    expect((await fetch(graphUrl)).headers.get('link')).toBe('<graph.view.json>; rel="alternate"; type="application/vnd.papergraph.view+json"');
    const view = (await (await fetch(new URL('graph.view.json', graphUrl))).json()) as { format: string; nodes: { keys: string[] } };
    expect(view.format).toBe('papergraph-view');
    expect(view.nodes.keys.length).toBeGreaterThan(10);
    expect((await running.stop()).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')).toBe(foreign);
    expect(statSync(join(dir, 'out', 'graph.json')).mtimeMs).toBe(before);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(['out', join('out', 'graph.json')]);
  }, 90_000);

  it('is what the README runs: `npx -y pnpm@10 start` (options passed on)', async () => {
    const running = await serve(['-y', 'pnpm@10', 'start', '--port', '0', '--no-open'], { program: 'npx', group: true, env: { [VIEWER_DIST_VARIABLE]: viewer } });
    expect(running.stdout()).toContain('built seeds in memory (nothing written to disk):\npapers    10\n');
    const served = JSON.parse(await (await fetch(graphParamTarget(running.url))).text()) as { attributes: { inputs: string[] } };
    expect(served.attributes.inputs).toEqual(['seeds/llama-2-7b.txt']);
    // (pnpm itself reports a script ended by Ctrl+C as failed, whatever the script does: only the server's word counts)
    expect((await running.stop()).stdout).toMatch(/^stopped$/m);
  }, 120_000);
});
