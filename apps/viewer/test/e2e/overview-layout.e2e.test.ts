import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';
import type { OverviewState } from '../../src/app.ts';
import { clusteredGraph } from '../fixtures/clustered-graph.ts';
import { cameraAtRest, nodeOnPage, viewerSession } from './browser.ts';

/*
 * A graph laid out by core (every node placed, big communities split into sub-communities) opens as an overview that
 * keeps that map: super-nodes at their communities' centres; expanding a big community shows its sub-communities
 * first, and a click on one draws its members where the layout put them.
 */
const artifacts = inject('artifactsDir');
const session = viewerSession();
let server: { url: string; close: () => Promise<void> };

/** The generated clustered graph, placed as core places it: each community a disc, each of its three sub-communities a part of it. */
function placedGraph() {
  const graph = clusteredGraph({ communities: 40, papersPerCommunity: 300, crossShare: 0.05, seed: 11 });
  const seen = new Map<number, number>();
  for (const node of graph.nodes) {
    const attributes = node.attributes as Record<string, unknown> & { community: number };
    const i = seen.get(attributes.community) ?? 0;
    seen.set(attributes.community, i + 1);
    const sub = i % 3;
    const centre = { x: (attributes.community % 8) * 1000, y: Math.floor(attributes.community / 8) * 1000 };
    const angle = (sub * 2 * Math.PI) / 3 + (i % 7) * 0.1;
    const radius = 150 + (i % 11) * 5;
    attributes.x = Number((centre.x + Math.cos(angle) * radius).toFixed(3));
    attributes.y = Number((centre.y + Math.sin(angle) * radius).toFixed(3));
    attributes.subcommunity = sub;
  }
  const attributes = graph.attributes as Record<string, unknown>;
  attributes.subcommunities = [...seen.keys()].flatMap((community) => [0, 1, 2].map((id) => ({ community, id, label: `Part ${id} of ${community}`, size: 1 })));
  return graph;
}

beforeAll(async () => {
  const dir = join(artifacts, 'placed-graph');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(placedGraph()));
  server = (await startServer({ root: join(artifacts, 'dist'), graphFile: join(dir, 'graph.json'), port: 0 })) as typeof server;
});

afterAll(async () => {
  await server?.close();
});

describe('the overview of a graph laid out by core', () => {
  it('keeps the map, and opens a big community by its sub-communities', async () => {
    const page = await session.open(`${server.url}?view=graph`);
    const overview = () => page.evaluate(() => window.papergraph.app.getOverviewState()) as Promise<OverviewState>;
    expect((await overview()).active).toBe(true);
    // A super-node sits at the mean position of its community's members: no layout ran in the page.
    const placed = await page.evaluate(() => {
      const app = window.papergraph.app;
      const graph = app.getGraph()!;
      const drawn = app.getRenderer()!.getGraph();
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNode((_key, a) => {
        if (a.community !== 3) return;
        sx += a.x as number;
        sy += a.y as number;
        n += 1;
      });
      return { mean: { x: sx / n, y: sy / n }, drawn: { x: drawn.getNodeAttribute('#community:3', 'x'), y: drawn.getNodeAttribute('#community:3', 'y') } };
    });
    expect(placed.drawn.x).toBeCloseTo(placed.mean.x, 3);
    expect(placed.drawn.y).toBeCloseTo(placed.mean.y, 3);
    expect(await page.evaluate(() => performance.getEntriesByName('papergraph:overview-layout').length)).toBe(1);

    await page.evaluate(() => window.papergraph.app.expandCommunity(3));
    await expect.poll(async () => (await overview()).expanded).toEqual([3]);
    const drawnKeys = () => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
    const subs = (await drawnKeys()).filter((key) => key.startsWith('#sub:3:'));
    expect(subs.sort()).toEqual(['#sub:3:0', '#sub:3:1', '#sub:3:2']);
    expect(await page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().getNodeAttribute('#sub:3:1', 'label'))).toBe('Part 1 of 3');
    // A click on a sub-community draws its members, where the layout put them (once the camera has framed them).
    await cameraAtRest(page);
    await page.evaluate(() => window.papergraph.app.getRenderer()!.refresh());
    const target = await nodeOnPage(page, '#sub:3:1');
    await page.mouse.click(target.x, target.y);
    await expect.poll(async () => (await drawnKeys()).includes('#sub:3:1'), { timeout: 15_000 }).toBe(false);
    const members = await page.evaluate(() => {
      const app = window.papergraph.app;
      const graph = app.getGraph()!;
      const drawn = app.getRenderer()!.getGraph();
      return drawn
        .filterNodes((key) => !key.startsWith('#'))
        .map((key) => ({ sub: graph.getNodeAttribute(key, 'subcommunity'), same: drawn.getNodeAttribute(key, 'x') === graph.getNodeAttribute(key, 'x') }));
    });
    expect(members.length).toBeGreaterThan(50);
    expect(members.every((member) => member.sub === 1 && member.same)).toBe(true);
  });
});
