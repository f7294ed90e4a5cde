import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { freeArea } from '../../src/view/camera-frame.ts';
import { framing, notInSight, offFreeCentre, viewerSession, type Framing } from './browser.ts';

const url = inject('viewerUrl');
interface SeedGraph {
  attributes: { communities: Array<{ id: number; label: string; size: number }> };
  nodes: Array<{ key: string; attributes: { kind: string; community: number } }>;
}
const seedGraph = JSON.parse(readFileSync(inject('seedGraphPath'), 'utf8')) as SeedGraph;
const communities = seedGraph.attributes.communities;

const session = viewerSession();

const open = (path = ''): Promise<Page> => session.open(`${url}${path}`);

/** How much of the free part of the canvas the discs span, along the axis they fill most (1: edge to edge). */
function filling(frame: Framing): number {
  const free = freeArea(frame.width, frame.height, frame.overlays);
  const spanX = Math.max(...frame.discs.map((d) => d.maxX)) - Math.min(...frame.discs.map((d) => d.minX));
  const spanY = Math.max(...frame.discs.map((d) => d.maxY)) - Math.min(...frame.discs.map((d) => d.minY));
  return Math.max(spanX / (free.maxX - free.minX), spanY / (free.maxY - free.minY));
}

const visibleNodes = (page: Page) => page.locator('#status').evaluate((element) => Number((element as HTMLElement).dataset.visibleNodes));

describe('finding the way: communities, camera, first frame', () => {
  it('marks the first drawn frame of the graph once', async () => {
    const page = await open();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('papergraph:first-frame', 'mark').length)).toBe(1);
    // Later updates (a filter) draw again but do not mark again.
    await page.locator('[data-testid="communities-none"]').click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => performance.getEntriesByName('papergraph:first-frame', 'mark').length)).toBe(1);
  });

  it('searches the communities list, shows only one community, then all and none', async () => {
    expect(communities.length).toBeGreaterThan(1);
    const page = await open();
    const target = communities.find((c) => !communities.some((o) => o !== c && o.label.toLowerCase().includes(c.label.split(' ')[0]!.toLowerCase())))!;
    expect(target).toBeDefined();
    await page.locator('[data-testid="community-search"]').fill(target.label.split(' ')[0]!);
    const shownRows = await page.locator('.community-row:visible [data-testid^="community-"][type="checkbox"]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-testid')));
    expect(shownRows).toEqual([`community-${target.id}`]);
    // The search box keeps its focus while typing (rows are filtered in place).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('community-search');

    await page.locator(`[data-testid="community-only-${target.id}"]`).click();
    await expect.poll(() => visibleNodes(page)).toBe(target.size);
    // The shorter list goes in the link: the one community shown, rather than all the others hidden.
    expect(communities.length).toBeGreaterThan(2);
    expect(new URL(page.url()).searchParams.get('onlyCommunities')).toBe(String(target.id));
    expect(new URL(page.url()).searchParams.has('communities')).toBe(false);
    expect(await page.locator(`[data-testid="community-${target.id}"]`).isChecked()).toBe(true);

    // A link to this view opens it again.
    const linked = await open(new URL(page.url()).search);
    await expect.poll(() => visibleNodes(linked)).toBe(target.size);

    await page.locator('[data-testid="communities-all"]').click();
    await expect.poll(() => visibleNodes(page)).toBe(seedGraph.nodes.length);
    expect(new URL(page.url()).searchParams.has('communities')).toBe(false);
    expect(new URL(page.url()).searchParams.has('onlyCommunities')).toBe(false);
    await page.locator('[data-testid="communities-none"]').click();
    const unassigned = seedGraph.nodes.filter((n) => !communities.some((c) => c.id === n.attributes.community)).length;
    await expect.poll(() => visibleNodes(page)).toBe(unassigned);
  });

  it('zoom to fit frames every visible node; reset view goes back to the opening camera', async () => {
    const page = await open();
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ x: 0.9, y: 0.9, ratio: 0.05 }));
    const outside = () =>
      page.evaluate(() => {
        const renderer = window.papergraph.app.getRenderer()!;
        const { width, height } = renderer.getDimensions();
        return renderer
          .getGraph()
          .filterNodes((node, attributes) => !attributes.hidden)
          .filter((node) => {
            const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
            return point.x < 0 || point.y < 0 || point.x > width || point.y > height;
          }).length;
      });
    expect(await outside()).toBeGreaterThan(0);
    await page.locator('[data-testid="zoom-to-fit"]').click();
    await expect.poll(outside, { timeout: 5_000 }).toBe(0);

    await page.locator('[data-testid="reset-view"]').click();
    await expect
      .poll(() => page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().getState()), { timeout: 5_000 })
      .toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });

  it('choosing an entity in the Shared panel moves the camera to it, in the middle of the part of the canvas left free', async () => {
    const page = await open();
    const entity = page.locator('#shared [data-testid="shared-entity"]').first();
    const key = (await entity.getAttribute('data-key'))!;
    const offCentre = () => offFreeCentre(page, key);
    expect(await offCentre()).toBeGreaterThan(5);
    await entity.click();
    await expect.poll(offCentre, { timeout: 5_000 }).toBeLessThan(1.5);
  });

  it('frames a query’s answer, a search result and the whole map in the part of the canvas no control covers, discs whole', async () => {
    // The entity map of real papers at 1366×768 with the answer column open: big discs, the view bar over the top.
    const page = await open('?graph=fixtures%2Ftime-graph.json&view=entities&query=model%3Agpt-4&query=model%3Allama-2-7b&match=any');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-testid="query-frame"]').click();
    const answer = await framing(page, ['model:gpt-4', 'model:llama-2-7b']);
    expect(answer.discs.length).toBe(2);
    expect(answer.overlays.length).toBeGreaterThanOrEqual(3);
    expect(notInSight(answer)).toEqual([]);
    // Framed as close as they fit: the pair spans most of the free area one way or the other.
    expect(filling(answer)).toBeGreaterThan(0.75);
    await page.screenshot({ path: `${inject('artifactsDir')}framed-query.png` });

    // A search result: the camera goes to it, wholly in sight.
    await page.locator('#search-input').fill('GPT-4');
    await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.papergraph.app.getState().selected)).not.toBeNull();
    const selected = (await page.evaluate(() => window.papergraph.app.getState().selected))!;
    expect(notInSight(await framing(page, [selected]))).toEqual([]);

    // Zoom to fit: every entity on the map whole and off the controls.
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ x: 0.1, y: 0.9, ratio: 0.1 }));
    await page.locator('[data-testid="zoom-to-fit"]').click();
    const whole = await framing(page, null);
    expect(whole.discs.length).toBeGreaterThan(50);
    expect(notInSight(whole)).toEqual([]);
  });

  it('the legend: a community’s name frames it (showing it if hidden), its checkbox shows or hides it, long names take two lines', async () => {
    // Real papers drawn whole (104 communities), at 1366×768.
    const page = await open('?graph=fixtures%2Ftime-graph.json&view=graph');
    await page.setViewportSize({ width: 1366, height: 768 });
    const time = JSON.parse(readFileSync(inject('timeGraphPath'), 'utf8')) as SeedGraph;
    const members = (id: number) => time.nodes.filter((node) => node.attributes.community === id).map((node) => node.key);
    // A community of a dozen nodes or more, not the first: the camera has to move to it.
    const target = time.attributes.communities.filter((c) => c.size >= 12)[2]!;
    const total = await visibleNodes(page);
    const name = page.locator(`[data-testid="community-name-${target.id}"]`);
    expect(await name.textContent()).toBe(target.label);
    // Framed whole, the graph shows the community small; its name zooms onto it, every node in sight.
    expect(filling(await framing(page, members(target.id)))).toBeLessThan(0.6);
    await name.click();
    const framed = await framing(page, members(target.id));
    expect(framed.discs.length).toBe(target.size);
    expect(notInSight(framed)).toEqual([]);
    expect(filling(framed)).toBeGreaterThan(0.7);
    // The name frames, nothing else: no community was hidden or shown.
    expect(await visibleNodes(page)).toBe(total);
    expect(await page.locator(`[data-testid="community-${target.id}"]`).isChecked()).toBe(true);

    // The checkbox hides it; its name then shows it again and frames it.
    await page.locator(`[data-testid="community-${target.id}"]`).uncheck();
    await expect.poll(() => visibleNodes(page)).toBe(total - target.size);
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ x: 0.1, y: 0.1, ratio: 0.2 }));
    await name.click();
    await expect.poll(() => visibleNodes(page)).toBe(total);
    expect(await page.locator(`[data-testid="community-${target.id}"]`).isChecked()).toBe(true);
    expect(notInSight(await framing(page, members(target.id)))).toEqual([]);

    // The longest name takes two lines at most inside the 280 px column (cut with an ellipsis past them), whole in its
    // tooltip.
    const longest = [...time.attributes.communities].sort((a, b) => b.label.length - a.label.length)[0]!;
    await page.locator('[data-testid="community-search"]').fill(longest.label.split(' ')[0]!);
    const long = page.locator(`[data-testid="community-name-${longest.id}"]`);
    expect(await long.textContent()).toBe(longest.label);
    expect(await long.getAttribute('title')).toBe(longest.label);
    const shape = await long.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const panel = document.querySelector('#filters')!.getBoundingClientRect();
      return { height: box.height, lineHeight: parseFloat(getComputedStyle(element).lineHeight), wide: element.scrollWidth > element.clientWidth, right: box.right, panelRight: panel.right };
    });
    expect(shape.wide).toBe(false);
    expect(shape.height).toBeGreaterThan(1.5 * shape.lineHeight);
    expect(shape.height).toBeLessThan(2.5 * shape.lineHeight);
    expect(shape.right).toBeLessThanOrEqual(shape.panelRight);
    await page.locator('#filters').screenshot({ path: `${inject('artifactsDir')}community-legend.png` });
  });

  it('on the entity map a community’s name frames its entities', async () => {
    const page = await open('?graph=fixtures%2Ftime-graph.json&view=entities');
    await page.setViewportSize({ width: 1366, height: 768 });
    const drawn = await page.evaluate(() => {
      const graph = window.papergraph.app.getRenderer()!.getGraph();
      return graph.mapNodes((node, attributes) => ({ node, community: attributes.community }));
    });
    const counts = new Map<number, string[]>();
    for (const { node, community } of drawn) counts.set(community, [...(counts.get(community) ?? []), node]);
    const [community, entities] = [...counts].filter(([, nodes]) => nodes.length >= 5).sort((a, b) => a[0] - b[0])[1]!;
    // Framed whole, the map shows the community small; its name zooms onto its entities, all of them in sight.
    expect(filling(await framing(page, entities))).toBeLessThan(0.6);
    await page.locator(`[data-testid="community-name-${community}"]`).click();
    const framed = await framing(page, entities);
    expect(notInSight(framed)).toEqual([]);
    expect(filling(framed)).toBeGreaterThan(0.7);
  });
});
