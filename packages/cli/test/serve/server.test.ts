import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentTypeOf, graphRoutes, hostForUrl, startServer, type RunningServer } from '../../src/serve/server.ts';

/** A built app, a graph file beside it, a folder of graphs with a hidden file and a link leading out of it. */
function fixtures() {
  const root = mkdtempSync(join(tmpdir(), 'papergraph-server-'));
  const app = join(root, 'dist');
  mkdirSync(join(app, 'assets'), { recursive: true });
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(app, 'assets', 'app.js'), 'console.log(1);');
  const graph = join(root, 'my-graph.json');
  writeFileSync(graph, '{"nodes":[]}');
  const shared = join(root, 'maps');
  mkdirSync(join(shared, 'llm'), { recursive: true });
  mkdirSync(join(shared, '.secret'));
  writeFileSync(join(shared, 'llm', 'graph.json'), '{"nodes":[1]}');
  writeFileSync(join(shared, 'llm', 'graph.gexf'), '<gexf/>');
  writeFileSync(join(shared, '.env'), 'TOKEN=1');
  writeFileSync(join(shared, '.secret', 'graph.json'), '{}');
  writeFileSync(join(root, 'outside.json'), '{"outside":true}');
  symlinkSync(join(root, 'outside.json'), join(shared, 'link.json'));
  return { root, app, graph, shared };
}

/** A raw GET (or another method) that keeps the path as written and may name any Host. */
function get(url: string, path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the viewer server', () => {
  const f = fixtures();
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the app, the given files (from disk and from memory) and the files under serveDir', async () => {
    server = await startServer({
      root: f.app,
      files: {
        '/graph.json': { path: f.graph },
        '/graphs/built.json': { bytes: [Buffer.from('{"nodes":'), Buffer.from('[2]}')], type: 'application/json; charset=utf-8' },
      },
      serveDir: f.shared,
      port: 0,
    });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await get(server.url, '/');
    expect([page.status, page.type, page.body]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>viewer</title>']);
    // The page names the build's scripts, which are named after their content: it is read afresh, they are kept.
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await get(server.url, '/assets/app.js');
    expect([script.type, script.headers['cache-control']]).toEqual(['text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    const graph = await get(server.url, '/graph.json');
    expect([graph.status, graph.type, graph.body, graph.headers['content-length']]).toEqual([200, 'application/json; charset=utf-8', '{"nodes":[]}', '12']);
    expect(graph.headers['cache-control']).toBe('no-store');
    expect(graph.headers['access-control-allow-origin']).toBeUndefined();
    const built = await get(server.url, '/graphs/built.json');
    expect([built.status, built.body, built.headers['content-length']]).toEqual([200, '{"nodes":[2]}', '13']);
    expect(await get(server.url, '/files/llm/graph.json')).toMatchObject({ status: 200, body: '{"nodes":[1]}', type: 'application/json; charset=utf-8' });
    expect((await get(server.url, '/files/llm/graph.json')).headers['cache-control']).toBe('no-store');
    expect(await get(server.url, '/files/llm/graph.gexf')).toMatchObject({ status: 200, type: 'application/gexf+xml' });
    expect(await get(server.url, '/files/llm/graph%2Ejson')).toMatchObject({ status: 200 });
    const head = await get(server.url, '/graph.json', { method: 'HEAD' });
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '12']);
  });

  it("serves a fixed graph.json's view file (x.view.json beside x.json on disk) at its URL path, when there is one", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-view-file-'));
    writeFileSync(join(dir, 'graph.json'), '{"nodes":[]}');
    writeFileSync(join(dir, 'graph.view.json'), '{"format":"papergraph-view"}');
    writeFileSync(join(dir, 'other.json'), '{"nodes":[]}');
    server = await startServer({
      root: f.app,
      files: {
        '/graph.json': { path: join(dir, 'graph.json') },
        '/graphs/other.json': { path: join(dir, 'other.json') },
        '/graphs/built.json': { bytes: [Buffer.from('{}')], type: 'application/json; charset=utf-8' },
      },
      port: 0,
    });
    expect(await get(server.url, '/graph.view.json')).toMatchObject({ status: 200, body: '{"format":"papergraph-view"}', type: 'application/json; charset=utf-8' });
    // graph.json names it, so the viewer asks for it without guessing (a guess would be a 404 for other graphs).
    expect((await get(server.url, '/graph.json')).headers['link']).toBe('<graph.view.json>; rel="alternate"; type="application/vnd.papergraph.view+json"');
    expect((await get(server.url, '/graphs/other.json')).headers['link']).toBeUndefined();
    // No view file beside other.json, none for a graph held in memory, none for a path no graph is at.
    expect((await get(server.url, '/graphs/other.view.json')).status).toBe(404);
    expect((await get(server.url, '/graphs/built.view.json')).status).toBe(404);
    expect((await get(server.url, '/nothing.view.json')).status).toBe(404);
  });

  it('never serves outside the app or the shared folder, hidden files, links leading out, or other methods', async () => {
    server = await startServer({ root: f.app, serveDir: f.shared, port: 0 });
    const status = async (path: string, options = {}) => (await get(server!.url, path, options)).status;
    expect(await status('/files/../my-graph.json')).toBe(404); // (the URL parser drops the ..: the app has no such file)
    expect(await status('/files/%2e%2e/my-graph.json')).toBe(404);
    expect(await status('/files/..%2fmy-graph.json')).toBe(404); // (a dot segment in the shared folder: hidden)
    expect(await status('/..%2fmy-graph.json')).toBe(403);
    expect(await status('/files/.env')).toBe(404);
    expect(await status('/files/.secret/graph.json')).toBe(404);
    expect(await status('/files/link.json')).toBe(403);
    expect(await status('/files/llm')).toBe(404);
    expect(await status('/files/nothing.json')).toBe(404);
    expect(await status('/graph.json')).toBe(404); // none given
    expect(await status('/%E0%A4%A')).toBe(400);
    expect(await status('/', { method: 'POST' })).toBe(405);
  });

  it('on a loopback address, answers only requests for a loopback name (no DNS rebinding)', async () => {
    server = await startServer({ root: f.app, files: { '/graph.json': { path: f.graph } }, port: 0 });
    expect((await get(server.url, '/graph.json', { host: 'attacker.example:80' })).status).toBe(403);
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      expect((await get(server.url, '/graph.json', { host })).status, host).toBe(200);
    }
  });

  it('lets other origins fetch only the files marked crossOrigin', async () => {
    server = await startServer({ root: f.app, files: { '/graph.json': { path: f.graph }, '/open.json': { path: f.graph, crossOrigin: true } }, port: 0 });
    expect((await get(server.url, '/open.json')).headers['access-control-allow-origin']).toBe('*');
    expect((await get(server.url, '/graph.json')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('takes the next port when the one asked for is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      server = await startServer({ root: f.app, port: taken });
      expect(server.port).not.toBe(taken);
      expect((await get(server.url, '/')).status).toBe(200);
    } finally {
      blocker.close();
    }
  });

  it('close() returns at once even with a keep-alive connection open', async () => {
    server = await startServer({ root: f.app, port: 0 });
    const response = await fetch(server.url); // (fetch keeps its connection alive)
    expect(response.status).toBe(200);
    const started = Date.now();
    await server.close();
    server = undefined;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('graphRoutes leaves paths it does not know to the next handler (vite dev)', () => {
    const routes = graphRoutes({ files: { '/graph.json': { path: f.graph } } });
    const untouched = { writeHead: () => expect.unreachable() } as never;
    expect(routes({ url: '/src/main.ts', method: 'GET', headers: {} } as never, untouched)).toBe(false);
    expect(routes({ url: '/files/x.json', method: 'GET', headers: {} } as never, untouched)).toBe(false);
  });

  it('names content types and IPv6 hosts', () => {
    expect(contentTypeOf('a/graph.graphml')).toBe('application/graphml+xml');
    expect(contentTypeOf('x.JSON')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('x.bin')).toBe('application/octet-stream');
    expect(hostForUrl('::1')).toBe('[::1]');
    expect(hostForUrl('127.0.0.1')).toBe('127.0.0.1');
  });
});
