import { readFileSync } from 'node:fs';
import { buildKnowledgeGraph, readGraphJSON } from '@papergraph/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIEWER_SETTINGS } from '../../src/settings.ts';
import { manyLinksGraph } from '../fixtures/many-links-graph.ts';
import { openViewer, viewerSession } from './browser.ts';
import { serveWithViewFile } from './view-file-server.ts';

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
  server = await serveWithViewFile(artifacts, 'view-file', built);
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

/*
 * A graph with more links than the viewer adds before the first frame (the 75k-paper corpus's path, on a generated
 * graph of 6k nodes and 160k links): the first frame comes without authors and links, which are then added a slice
 * per task, and what depends on them (sizes, the search index) is derived again in slices too. Counts and order are
 * asserted, not times (the machine is shared).
 */
describe('a view file whose links come after the first frame', () => {
  const serialized = manyLinksGraph();
  const authorKey = serialized.nodes.find((node) => node.attributes?.kind === 'author')!.key;
  let big: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    big = await serveWithViewFile(artifacts, 'many-links', readGraphJSON(serialized));
  }, 60_000);

  afterAll(async () => {
    await big?.close();
  });

  it('draws the first frame before the authors and links, then adds them in slices and derives sizes and the search index again', async () => {
    expect(serialized.edges.length).toBeGreaterThan(VIEWER_SETTINGS.linksAfterFirstFrameFrom);
    const { page, log } = await openViewer(session.browser, big.url);
    session.pages.push(page);
    session.logs.push(log);
    await page.waitForSelector('body[data-background="done"]', { timeout: 120_000 });
    const seen = await page.evaluate((author) => {
      const firstFrame = performance.getEntriesByName('papergraph:first-frame', 'mark')[0]!.startTime;
      const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('papergraph:'));
      const after = (name: string) => measures.filter((m) => m.name === `papergraph:${name}` && m.startTime >= firstFrame).length;
      const graph = window.papergraph.app.getGraph()!;
      return {
        linkSlicesBefore: measures.filter((m) => m.name === 'papergraph:links' && m.startTime < firstFrame).length,
        linkSlicesAfter: after('links'),
        appearanceAfter: after('appearance'),
        searchIndexAfter: after('search-index'),
        order: graph.order,
        size: graph.size,
        author: { color: graph.getNodeAttribute(author, 'color'), size: graph.getNodeAttribute(author, 'displaySize') },
      };
    }, authorKey);
    expect(seen.linkSlicesBefore).toBe(0);
    // 160k links take more than one 40 ms slice on any machine.
    expect(seen.linkSlicesAfter).toBeGreaterThan(1);
    expect(seen.appearanceAfter).toBeGreaterThan(0);
    expect(seen.searchIndexAfter).toBeGreaterThan(0);
    expect({ order: seen.order, size: seen.size }).toEqual({ order: serialized.nodes.length, size: serialized.edges.length });
    // An author (added after the first frame) got its colour and size, and the search finds it.
    expect(seen.author.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(seen.author.size).toBeGreaterThan(0);
    const label = String(serialized.nodes.find((node) => node.key === authorKey)!.attributes!.label);
    await page.fill('#search-input', label);
    await expect.poll(() => page.locator('#search-results').textContent(), { timeout: 10_000 }).toContain(label);
    expect(log.consoleErrors).toEqual([]);
  }, 180_000);
});
