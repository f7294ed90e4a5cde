import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeGraph, outputFormat, toGraphJSON } from '@papergraph/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';
import { openViewer, viewerSession } from './browser.ts';

/*
 * A graph built by the CLI opens from its view file (graph.view.json beside graph.json, named by the server in a Link
 * header): the first frame from the view file, the details (abstracts, evidence) read from graph.json in a worker
 * afterwards and merged into the graph shown, the side panel drawn again with them.
 */
const artifacts = inject('artifactsDir');
const session = viewerSession();
const built = buildKnowledgeGraph([{ name: 'seeds/llama-2-7b.txt', text: readFileSync(inject('seedListingPath'), 'utf8') }]).graph;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const dir = join(artifacts, 'view-file');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'graph.json'), toGraphJSON(built));
  writeFileSync(join(dir, 'graph.view.json'), [...outputFormat('view').chunks(built)].join(''));
  server = (await startServer({ root: join(artifacts, 'dist'), graphFile: join(dir, 'graph.json'), port: 0 })) as typeof server;
});

afterAll(async () => {
  await server?.close();
});

describe('a graph with its view file', () => {
  it('draws the first frame from the view file, then merges the details of graph.json', async () => {
    const paper = built.findNode((_key, attributes) => attributes.kind === 'paper' && typeof attributes.abstract === 'string' && attributes.abstract.length > 80 && !/[\\$]/.test(attributes.abstract))!;
    const edge = built.findEdge((_key, attributes) => typeof attributes.evidence === 'string')!;
    const { page, log } = await openViewer(session.browser, server.url);
    session.pages.push(page);
    session.logs.push(log);
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    expect(measures).toContain('papergraph:view-import');
    expect(measures).not.toContain('papergraph:json-parse');
    await page.waitForSelector('body[data-background="done"]', { timeout: 30_000 });
    expect(await page.evaluate(() => performance.getEntriesByName('papergraph:first-frame', 'mark').length)).toBe(1);
    const shown = await page.evaluate(
      ([key, link]) => {
        const graph = window.papergraph.app.getGraph()!;
        return { order: graph.order, size: graph.size, abstract: graph.getNodeAttribute(key, 'abstract'), evidence: graph.getEdgeAttribute(link, 'evidence') };
      },
      [paper, edge] as const,
    );
    expect(shown).toEqual({ order: built.order, size: built.size, abstract: built.getNodeAttribute(paper, 'abstract'), evidence: built.getEdgeAttribute(edge, 'evidence') });
    // The side panel shows the abstract that came with the details.
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), paper);
    await expect.poll(() => page.locator('#details').textContent(), { timeout: 10_000 }).toContain(String(built.getNodeAttribute(paper, 'abstract')).slice(0, 60));
    // No request failed on the way (the view file is named by the server, never guessed).
    expect(log.consoleErrors).toEqual([]);
  });
});
