import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cameraAtRest, viewerSession } from './browser.ts';

/**
 * A query or a comparison opened from a link, on the entity map of the real arXiv papers of the time graph at
 * 1366×768: the camera frames its answer as the click that makes it does, and the map marks what compared papers name.
 */
const url = inject('viewerUrl');
interface GraphFile {
  nodes: Array<{ key: string; attributes: { kind: string } }>;
  edges: Array<{ source: string; target: string; attributes: { relation: string } }>;
}
const timeGraph = JSON.parse(readFileSync(inject('timeGraphPath'), 'utf8')) as GraphFile;
const session = viewerSession();

const open = (path: string): Promise<Page> => session.open(`${url}?graph=/fixtures/time-graph.json&view=entities${path}`);

/** Each paper's models, methods and datasets (tagged links aside, as the compare panel counts them by default). */
const entitiesOf = new Map<string, Set<string>>();
for (const edge of timeGraph.edges) {
  if (edge.attributes.relation === 'tagged' || !edge.source.startsWith('paper:') || !/^(model|method|dataset):/.test(edge.target)) continue;
  const set = entitiesOf.get(edge.source) ?? new Set<string>();
  set.add(edge.target);
  entitiesOf.set(edge.source, set);
}
const papersOf = new Map<string, Set<string>>();
for (const [paper, entities] of entitiesOf) for (const entity of entities) papersOf.set(entity, (papersOf.get(entity) ?? new Set()).add(paper));

const drawn = (page: Page) => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
/** The drawn nodes among `keys` that lie inside the canvas, and the camera. */
const inView = (page: Page, keys: readonly string[]) =>
  page.evaluate((nodes) => {
    const renderer = window.papergraph.app.getRenderer()!;
    const { width, height } = renderer.getDimensions();
    const camera = renderer.getCamera().getState();
    const inside = nodes.filter((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return false;
      const point = renderer.framedGraphToViewport(data);
      return point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height;
    });
    return { inside, camera };
  }, keys);

describe('a linked query or comparison, on the entity map', () => {
  it('frames a linked query’s answer as choosing it does', async () => {
    // Two entities on the map that share papers, the pair sharing the most.
    const probe = await open('');
    const onMap = new Set(await drawn(probe));
    const entities = [...papersOf.keys()].filter((key) => onMap.has(key)).sort();
    let best: [string, string, number] | null = null;
    for (const [i, a] of entities.entries())
      for (const b of entities.slice(i + 1)) {
        const both = [...papersOf.get(a)!].filter((paper) => papersOf.get(b)!.has(paper)).length;
        if (both > (best?.[2] ?? 0)) best = [a, b, both];
      }
    expect(best).not.toBeNull();
    const [a, b] = best!;
    const page = await open(`&query=${encodeURIComponent(a)}&query=${encodeURIComponent(b)}&match=all`);
    await expect.poll(() => page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().getState().ratio)).toBeLessThan(1);
    await cameraAtRest(page);
    const view = await inView(page, [a, b]);
    expect(view.inside.sort()).toEqual([a, b].sort());
  });

  it('frames a linked comparison as comparing the papers does', async () => {
    const probe = await open('');
    const onMap = new Set(await drawn(probe));
    const papers = [...entitiesOf.keys()].sort();
    let best: [string, string, string[]] | null = null;
    for (const [i, a] of papers.entries())
      for (const b of papers.slice(i + 1)) {
        const shared = [...entitiesOf.get(a)!].filter((entity) => entitiesOf.get(b)!.has(entity) && onMap.has(entity));
        if (shared.length > (best?.[2].length ?? 0)) best = [a, b, shared];
      }
    expect(best).not.toBeNull();
    const [a, b, shared] = best!;
    const page = await open(`&compare=${encodeURIComponent(a)}&compare=${encodeURIComponent(b)}`);
    await expect.poll(() => page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().getState().ratio)).toBeLessThan(1);
    await cameraAtRest(page);
    expect((await inView(page, shared)).inside.sort()).toEqual([...shared].sort());

    // The map has no papers: what they name stands out instead, the shared entities marked, each one's lit.
    const named = [...entitiesOf.get(a)!, ...entitiesOf.get(b)!].filter((entity) => onMap.has(entity));
    expect(named.length).toBeGreaterThan(shared.length);
    const focus = await page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer()!;
      const graph = renderer.getGraph();
      return {
        hasFocus: renderer.getGraphState().hasFocus,
        active: graph.filterNodes((node) => renderer.getNodeState(node).isActive).sort(),
        highlighted: graph.filterNodes((node) => renderer.getNodeState(node).isHighlighted).sort(),
      };
    });
    expect(focus.hasFocus).toBe(true);
    expect(focus.active).toEqual([...new Set(named)].sort());
    expect(focus.highlighted).toEqual([...shared].sort());
  });
});
