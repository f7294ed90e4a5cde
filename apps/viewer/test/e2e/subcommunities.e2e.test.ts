import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';
import { subcommunityGraph } from '../fixtures/subcommunity-graph.ts';
import { cameraAtRest, nodeOnPage, viewerSession } from './browser.ts';

/*
 * A big community split into sub-communities by core, in the communities overview: which community is expanded and
 * which of its sub-communities are open live in the link (`expand=3&subs=3.1`) and come back from it.
 */
const artifacts = inject('artifactsDir');
const session = viewerSession();
// 8,000 nodes (7,000 visible without authors): the graph view opens as an overview; every community is split in four.
const fixture = subcommunityGraph({ communities: 24, papersPerCommunity: 220, subcommunities: 4, seed: 11 });
const communities = fixture.attributes!.communities as Array<{ id: number; size: number }>;
const biggest = communities[0]!.id;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const dir = join(artifacts, 'subcommunities');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(fixture));
  server = (await startServer({ root: join(artifacts, 'dist'), graphFile: join(dir, 'graph.json'), port: 0 })) as typeof server;
});

afterAll(async () => {
  await server?.close();
});

const open = (query: string): Promise<Page> => session.open(`${server.url}?view=graph${query}`);

const subKey = (community: number, sub: number) => `#sub:${community}:${sub}`;

describe('sub-communities in the link', () => {
  it('expanding a big community and opening one of its sub-communities is recorded in the link; the link restores both', async () => {
    const page = await open('');
    await cameraAtRest(page);
    // A click on the community's node opens it on its sub-communities.
    const superNode = await nodeOnPage(page, `#community:${biggest}`);
    await page.mouse.click(superNode.x, superNode.y);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain(`expand=${biggest}`);
    const drawn = () => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
    expect((await drawn()).filter((key) => key.startsWith(`#sub:${biggest}:`)).sort()).toEqual([0, 1, 2, 3].map((sub) => subKey(biggest, sub)));
    // The camera framed them: they spread over the view instead of sitting in one spot of the overview.
    await cameraAtRest(page);
    const spots = await Promise.all([0, 1, 2, 3].map((s) => nodeOnPage(page, subKey(biggest, s))));
    const spread = Math.max(...spots.map((p) => p.x)) - Math.min(...spots.map((p) => p.x));
    expect(spread).toBeGreaterThan(250);
    // A click on sub-community 2 draws its members in place of its node.
    const sub = await nodeOnPage(page, subKey(biggest, 2));
    await page.mouse.click(sub.x, sub.y);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('subs'))).toBe(`${biggest}.2`);
    const members = fixture.nodes.filter((node) => node.attributes!.community === biggest && node.attributes!.subcommunity === 2 && node.attributes!.kind !== 'author').map((node) => node.key);
    expect(members.length).toBeGreaterThan(20);
    const opened = await drawn();
    expect(opened).not.toContain(subKey(biggest, 2));
    expect(members.every((key) => opened.includes(key))).toBe(true);
    expect(opened).toContain(subKey(biggest, 1));

    // The address opens the same view in a new page.
    const link = await page.evaluate(() => window.location.search);
    const restored = await open(`&${link.slice(1)}`);
    expect(await restored.evaluate(() => window.papergraph.app.getState().expandedSubcommunities)).toEqual([subKey(biggest, 2)]);
    const restoredNodes = await restored.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
    expect(restoredNodes.sort()).toEqual([...opened].sort());

    // Esc folds the sub-community first (the link drops it), then collapses the community.
    await restored.keyboard.press('Escape');
    await expect.poll(() => restored.evaluate(() => window.location.search)).not.toContain('subs=');
    expect(await restored.evaluate(() => window.location.search)).toContain(`expand=${biggest}`);
    expect(await restored.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().hasNode(`#sub:${window.papergraph.app.getState().expandedCommunities[0]}:2`))).toBe(true);
    await restored.keyboard.press('Escape');
    await expect.poll(() => restored.evaluate(() => window.location.search)).not.toContain('expand=');

    // The bar over the canvas names the open sub-community; its × folds it again.
    const chip = page.locator(`[data-subcommunity="${subKey(biggest, 2)}"]`);
    expect(await chip.textContent()).toContain(`Field ${biggest} part 2`);
    await chip.getByTestId('fold-subcommunity').click();
    await expect.poll(() => page.evaluate(() => window.location.search)).not.toContain('subs=');
    expect(await page.evaluate((key) => window.papergraph.app.getRenderer()!.getGraph().hasNode(key), subKey(biggest, 2))).toBe(true);
  });

  it('a link selecting a member of a big community opens its community and its sub-community, and draws it', async () => {
    const member = fixture.nodes.find((node) => node.attributes!.community === biggest && node.attributes!.subcommunity === 3 && node.attributes!.kind === 'method')!.key;
    const page = await open(`&node=${encodeURIComponent(member)}`);
    expect(await page.evaluate(() => window.papergraph.app.getState())).toMatchObject({ selected: member, expandedCommunities: [biggest], expandedSubcommunities: [subKey(biggest, 3)] });
    expect(await page.evaluate((key) => window.papergraph.app.getRenderer()!.getGraph().hasNode(key), member)).toBe(true);
    const search = new URLSearchParams(await page.evaluate(() => window.location.search));
    expect([search.get('expand'), search.get('subs')]).toEqual([String(biggest), `${biggest}.3`]);
  });
});

describe('labels of an expanded big community', () => {
  it('follow the canvas policy: entities first by papers, never overlapping, the selection and its neighbours labelled', async () => {
    const page = await open(`&expand=${biggest}&subs=${biggest}.1`);
    await page.mouse.move(1, 1);
    // Zoomed onto the open sub-community, as a reader looking at it.
    await page.evaluate((community) => {
      const renderer = window.papergraph.app.getRenderer()!;
      const nodes = renderer.getGraph().filterNodes((_node, attributes) => attributes.community === community && attributes.subcommunity === 1 && attributes.kind !== 'community');
      const points = nodes.map((node) => renderer.getNodeDisplayData(node)!);
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      renderer.getCamera().setState({ x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, ratio: Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) * 1.6 });
    }, biggest);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const frame = async () =>
      page.evaluate(() => {
        const app = window.papergraph.app;
        const renderer = app.getRenderer()!;
        const graph = renderer.getGraph();
        const { width, height } = renderer.getDimensions();
        const boxes = app.getLabelBoxes();
        const inView = graph.filterNodes((node, attributes) => {
          if (!['model', 'method', 'dataset'].includes(attributes.kind)) return false;
          const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
          return point.x > 120 && point.x < width - 220 && point.y > 60 && point.y < height - 60;
        });
        const papersOf = (node: string) => Number(graph.getNodeAttribute(node, 'paperCount') ?? 0);
        return {
          labelled: boxes.map((box) => ({ node: box.node, kind: graph.getNodeAttribute(box.node, 'kind'), papers: papersOf(box.node) })),
          boxes,
          topInView: Math.max(0, ...inView.map(papersOf)),
        };
      });
    const overlaps = (boxes: Array<{ minX: number; maxX: number; minY: number; maxY: number }>) =>
      boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY)).length;

    const shown = await frame();
    expect(shown.labelled.length).toBeGreaterThan(5);
    expect(overlaps(shown.boxes)).toBe(0);
    // Labels are placed entities first: no paper or author is labelled before an entity.
    const kinds = shown.labelled.map((label) => (['model', 'method', 'dataset'].includes(label.kind) ? 0 : label.kind === 'community' ? 1 : 2));
    const firstOther = kinds.findIndex((rank) => rank === 2);
    expect(firstOther === -1 || kinds.slice(firstOther).every((rank) => rank === 2)).toBe(true);
    // The entity named by the most papers in view is labelled.
    expect(Math.max(...shown.labelled.filter((label) => ['model', 'method', 'dataset'].includes(label.kind)).map((label) => label.papers))).toBe(shown.topInView);

    // A selected entity and its neighbours are labelled first (forced), still without overlaps.
    const entity = shown.labelled.find((label) => label.kind === 'method')!.node;
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), entity);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const selected = await frame();
    expect(selected.labelled[0]!.node).toBe(entity);
    expect(overlaps(selected.boxes)).toBe(0);
  });
});
