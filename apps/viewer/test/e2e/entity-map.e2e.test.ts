import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { nodeOnPage, viewerSession } from './browser.ts';

/**
 * The entity map, canvas labels, community names and the local graph (issue 13), in headless Chromium at 1366×768:
 * the default view of a large graph, the toggle, papers on demand, the depth slider, and labels that never overlap.
 */
const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
interface GraphFile {
  nodes: Array<{ key: string; attributes: { kind: string; label: string; community: number } }>;
  edges: Array<{ source: string; target: string; attributes: { relation: string } }>;
}
const timeGraph = JSON.parse(readFileSync(inject('timeGraphPath'), 'utf8')) as GraphFile;
const seedGraph = JSON.parse(readFileSync(inject('seedGraphPath'), 'utf8')) as GraphFile;

const session = viewerSession();

async function open(path = ''): Promise<Page> {
  const page = await session.open(`${url}${path}`);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

const kind = (page: Page) => page.evaluate(() => window.papergraph.app.getCanvasViews().getKind());
const drawnNodes = (page: Page) => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** Two frames: sigma renders, then the label layers follow. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}
function overlapping(boxes: readonly Box[]): number {
  let count = 0;
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY) count += 1;
  return count;
}
const labelBoxes = (page: Page) => page.evaluate(() => window.papergraph.app.getLabelBoxes());
const clusterBoxes = (page: Page) =>
  page.evaluate(() =>
    (window.papergraph.app.getCanvasViews().getClusterLabels()?.getPlaced() ?? []).map((l) => ({
      community: l.community,
      text: l.text,
      minX: l.x - l.width / 2,
      maxX: l.x + l.width / 2,
      minY: l.y - l.height / 2,
      maxY: l.y + l.height / 2,
    })),
  );

/**
 * The community names of the last frame with the drawn nodes their box meets (centre and radius from sigma's own
 * display data: the box's nearest point to a node's centre inside its disc), and how many nodes were drawn.
 */
const namesOverNodes = (page: Page) =>
  page.evaluate(() => {
    const app = window.papergraph.app;
    const renderer = app.getRenderer()!;
    const discs: Array<{ key: string; x: number; y: number; radius: number }> = [];
    renderer.getGraph().forEachNode((key) => {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.visibility === 'hidden') return;
      discs.push({ key, ...renderer.framedGraphToViewport(data), radius: renderer.scaleSize(data.size) });
    });
    const names = (app.getCanvasViews().getClusterLabels()?.getPlaced() ?? []).map((label) => ({
      text: label.text,
      covers: discs
        .filter((disc) => {
          const dx = Math.max(label.x - label.width / 2 - disc.x, 0, disc.x - label.x - label.width / 2);
          const dy = Math.max(label.y - label.height / 2 - disc.y, 0, disc.y - label.y - label.height / 2);
          return dx * dx + dy * dy < disc.radius * disc.radius;
        })
        .map((disc) => disc.key),
    }));
    return { names, drawn: discs.length };
  });

/** The `count` entities of the time graph named by the most papers (mentions): the map's biggest nodes. */
function topEntities(count: number): string[] {
  const papers = new Map<string, Set<string>>();
  for (const edge of timeGraph.edges) {
    if (!['uses', 'proposes', 'evaluates_on'].includes(edge.attributes.relation)) continue;
    papers.set(edge.target, (papers.get(edge.target) ?? new Set()).add(edge.source));
  }
  return [...papers.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([key]) => key);
}

describe('the entity map', () => {
  it('is the default view of a large graph, with a toggle to its communities and back, kept in the link', async () => {
    const page = await open('?graph=/fixtures/large-graph.json');
    expect(await kind(page)).toBe('map');
    const drawn = await drawnNodes(page);
    expect(drawn.length).toBeGreaterThan(50);
    expect(drawn.every((key) => /^(model|method|dataset):/.test(key))).toBe(true);
    // Coloured by community, and the map's bar says what it shows.
    expect(param(page, 'color')).toBe('community');
    await expect.poll(() => page.locator('[data-testid="map-summary"]').textContent()).toMatch(/entities/);
    expect(await page.locator('[data-testid="view-entities"]').getAttribute('aria-pressed')).toBe('true');

    await page.locator('[data-testid="view-graph"]').click();
    await expect.poll(() => kind(page)).toBe('overview');
    expect(param(page, 'view')).toBe('graph');
    expect((await page.evaluate(() => window.papergraph.app.getOverviewState())).superNodes).toBeGreaterThan(1);

    // A link opens the view it names.
    const linked = await open(new URL(page.url()).search);
    expect(await kind(linked)).toBe('overview');

    await page.locator('[data-testid="view-entities"]').click();
    await expect.poll(() => kind(page)).toBe('map');
    expect(param(page, 'view')).toBeNull();
  });

  it('lists a chosen entity’s papers, draws them on demand, and labels without overlaps', async () => {
    const page = await open('?graph=/fixtures/time-graph.json&view=entities');
    expect(await kind(page)).toBe('map');
    await settle(page);
    expect(overlapping(await labelBoxes(page))).toBe(0);
    const labelled = (await labelBoxes(page)).map((box) => box.node);
    expect(labelled.length).toBeGreaterThan(5);
    // The most named entity is labelled first, whatever else is around it.
    expect(labelled).toContain(topEntities(1)[0]);

    // A click on the map selects the entity: its papers are in the side panel, its co-occurring entities stand out.
    // (Clicked where no other node is drawn over it: of the most named entities, the one farthest from its neighbours.)
    const entity = await page.evaluate((candidates) => {
      const renderer = window.papergraph.app.getRenderer()!;
      const graph = renderer.getGraph();
      const screen = (key: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(key)!);
      const room = (key: string) => Math.min(...graph.filterNodes((other) => other !== key).map((other) => Math.hypot(screen(other).x - screen(key).x, screen(other).y - screen(key).y)));
      return candidates.filter((key) => graph.hasNode(key)).sort((a, b) => room(b) - room(a))[0]!;
    }, topEntities(10));
    const at = await nodeOnPage(page, entity);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => param(page, 'node')).toBe(entity);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    const paperCount = timeGraph.edges.filter((e) => e.target === entity && ['uses', 'proposes', 'evaluates_on', 'tagged'].includes(e.attributes.relation));
    const expectedPapers = new Set(paperCount.map((e) => e.source));

    await page.locator('[data-testid="map-papers"]').click();
    await expect.poll(() => param(page, 'mapPapers')).toBe(entity);
    const papers = (await drawnNodes(page)).filter((key) => key.startsWith('paper:'));
    expect(new Set(papers)).toEqual(expectedPapers);
    await settle(page);
    // The selection and its neighbours are labelled first, still without an overlap.
    const boxes = await labelBoxes(page);
    expect(overlapping(boxes)).toBe(0);
    expect(boxes.map((box) => box.node)).toContain(entity);
    await page.screenshot({ path: `${artifacts}entity-map-papers.png` });

    await page.locator('[data-testid="map-papers"]').click();
    await expect.poll(async () => (await drawnNodes(page)).some((key) => key.startsWith('paper:'))).toBe(false);
    expect(param(page, 'mapPapers')).toBeNull();
  });

  it('draws a searched paper among the entities it names, and the camera goes to it', async () => {
    const page = await open('?graph=/fixtures/time-graph.json&view=entities');
    const paper = timeGraph.nodes.find((n) => n.attributes.kind === 'paper' && timeGraph.edges.filter((e) => e.source === n.key && e.attributes.relation === 'uses').length >= 2)!.key;
    expect((await drawnNodes(page)).includes(paper)).toBe(false);
    await page.locator('#search-input').fill(timeGraph.nodes.find((n) => n.key === paper)!.attributes.label.slice(0, 40));
    await page.locator('#search-input').press('Enter');
    await expect.poll(() => param(page, 'node')).toBe(paper);
    await expect.poll(async () => (await drawnNodes(page)).includes(paper)).toBe(true);
    expect(await kind(page)).toBe('map');
    const named = await page.evaluate((key) => window.papergraph.app.getRenderer()!.getGraph().outNeighbors(key), paper);
    expect(named.length).toBeGreaterThan(0);
    // On screen: the camera moved to it.
    await settle(page);
    const at = await nodeOnPage(page, paper);
    const box = (await page.locator('#graph-container').boundingBox())!;
    expect(at.x).toBeGreaterThan(box.x);
    expect(at.x).toBeLessThan(box.x + box.width);
    expect(at.y).toBeGreaterThan(box.y);
    expect(at.y).toBeLessThan(box.y + box.height);
  });

  it('names communities on the canvas, apart from each other and from the node labels', async () => {
    const page = await open('?graph=/fixtures/time-graph.json&view=entities');
    await settle(page);
    const names = await clusterBoxes(page);
    expect(names.length).toBeGreaterThan(1);
    expect(overlapping(names)).toBe(0);
    expect(overlapping([...names, ...(await labelBoxes(page))])).toBe(0);
    // On the page, as elements of the layer under sigma's canvas.
    expect(await page.locator('[data-testid="cluster-labels"] .cluster-label').count()).toBe(names.length);
    // None covers a node, not even the edge of its disc: every node stays in sight and under the pointer.
    const over = await namesOverNodes(page);
    expect(over.drawn).toBeGreaterThan(50);
    expect(over.names.filter((name) => name.covers.length > 0)).toEqual([]);
    // Panning moves them with the map.
    const before = names[0]!;
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ x: 0.45 }));
    await settle(page);
    const after = (await clusterBoxes(page)).find((name) => name.community === before.community);
    if (after) expect(after.minX).not.toBeCloseTo(before.minX, 0);
  });
});

describe('community names off the nodes', () => {
  it('keep off every drawn node of the seed graph and of the time graph, at the first frame and zoomed in', async () => {
    for (const path of ['', '?graph=/fixtures/time-graph.json&view=entities', '?graph=/fixtures/time-graph.json&view=graph']) {
      const page = await open(path);
      for (const ratio of [null, 0.5]) {
        if (ratio !== null) await page.evaluate((r) => window.papergraph.app.getRenderer()!.getCamera().setState({ ratio: r }), ratio);
        await settle(page);
        const { names, drawn } = await namesOverNodes(page);
        expect(drawn, path).toBeGreaterThan(50);
        // (several names at the first frame; zoomed in, the view holds fewer communities' centres and free places, a
        // number that moves with the graph's data, so one name is enough there for the check below to mean something)
        expect(names.length, `${path} at ${ratio ?? 'first frame'}`).toBeGreaterThan(ratio === null ? 1 : 0);
        expect(names.filter((name) => name.covers.length > 0), `${path} at ${ratio ?? 'first frame'}`).toEqual([]);
      }
    }
  });
});

describe('labels on the graph', () => {
  it('labels entities at normal zoom, the selection and its neighbours, LaTeX flattened, never overlapping', async () => {
    const page = await open();
    expect(await kind(page)).toBe('graph');
    await settle(page);
    const kinds = new Map(seedGraph.nodes.map((n) => [n.key, n.attributes.kind]));
    const shown = (await labelBoxes(page)).map((box) => box.node);
    expect(shown.filter((key) => ['model', 'method', 'dataset'].includes(kinds.get(key)!)).length).toBeGreaterThan(5);
    expect(overlapping(await labelBoxes(page))).toBe(0);
    const texts = await page.evaluate((keys) => keys.map((key) => window.papergraph.app.getRenderer()!.getNodeDisplayData(key)?.label ?? ''), shown);
    for (const text of texts) expect(text).not.toMatch(/[$\\]/);

    const selected = 'model:llama-2-7b';
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), selected);
    await settle(page);
    const neighbours = new Set(seedGraph.edges.flatMap((e) => (e.source === selected ? [e.target] : e.target === selected ? [e.source] : [])));
    const boxes = await labelBoxes(page);
    expect(overlapping(boxes)).toBe(0);
    const labelledNow = boxes.map((box) => box.node);
    expect(labelledNow).toContain(selected);
    // Every label drawn is the selection's or a neighbour's (the rest fade), and most neighbours have one.
    for (const key of labelledNow) expect(key === selected || neighbours.has(key)).toBe(true);
    expect(labelledNow.length - 1).toBeGreaterThanOrEqual(Math.ceil(neighbours.size / 2));
  });
});

describe('the local graph', () => {
  it('shows the nodes within 1–3 links of a node, with a depth slider and a way back', async () => {
    const page = await open('?color=community');
    const centre = 'method:lora';
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), centre);
    await page.locator('[data-testid="open-local"]').click();
    await expect.poll(() => kind(page)).toBe('local');
    expect(param(page, 'local')).toBe(centre);

    // Distances in the seed graph, links followed both ways.
    const neighbours = (key: string) => seedGraph.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : []));
    const within = (depth: number) => {
      const seen = new Set([centre]);
      let frontier = [centre];
      for (let d = 0; d < depth; d++) {
        frontier = frontier.flatMap(neighbours).filter((key) => !seen.has(key) && (seen.add(key), true));
      }
      return [...seen].sort();
    };
    expect((await drawnNodes(page)).sort()).toEqual(within(1));
    await expect.poll(() => page.locator('[data-testid="local-count"]').textContent()).toContain(`${within(1).length} nodes`);

    await page.locator('[data-testid="local-depth"]').fill('2');
    await expect.poll(async () => (await drawnNodes(page)).sort()).toEqual(within(2));
    expect(param(page, 'depth')).toBe('2');
    await page.locator('[data-testid="local-depth"]').fill('3');
    await expect.poll(async () => (await drawnNodes(page)).length).toBe(within(3).length);
    await settle(page);
    expect(overlapping(await labelBoxes(page))).toBe(0);
    await page.screenshot({ path: `${artifacts}local-graph.png` });

    // The link reopens it; "Back to the whole graph" leaves it.
    const linked = await open(new URL(page.url()).search);
    expect(await kind(linked)).toBe('local');
    expect((await drawnNodes(linked)).length).toBe(within(3).length);
    await page.locator('[data-testid="close-local"]').click();
    await expect.poll(() => kind(page)).toBe('graph');
    expect(param(page, 'local')).toBeNull();
    expect((await drawnNodes(page)).length).toBe(seedGraph.nodes.length);

    // Esc with nothing selected leaves a local graph too.
    await linked.evaluate(() => window.papergraph.app.clearSelection());
    await linked.keyboard.press('Escape');
    await expect.poll(() => kind(linked)).toBe('graph');
  });
  it('labels the neighbours of its centre, papers and authors too, where they fit without overlap', async () => {
    // A real paper with its authors and entities around it: authors are drawn small, under sigma's size threshold, and
    // a graph of 2,793 nodes hides author labels; the local graph's first ring is labelled all the same.
    const kindOf = new Map(timeGraph.nodes.map((node) => [node.key, node.attributes.kind]));
    const neighboursOf = (key: string) => [...new Set(timeGraph.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : [])))];
    const centre = timeGraph.nodes
      .filter((node) => node.attributes.kind === 'paper')
      .map((node) => node.key)
      .find((key) => {
        const around = neighboursOf(key);
        return around.filter((n) => kindOf.get(n) === 'author').length >= 4 && around.filter((n) => kindOf.get(n) !== 'author').length >= 3 && around.length <= 12;
      })!;
    expect(centre).toBeDefined();
    const neighbours = neighboursOf(centre);
    const page = await open('?graph=fixtures%2Ftime-graph.json');
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), centre);
    await page.locator('[data-testid="open-local"]').click();
    await expect.poll(() => kind(page)).toBe('local');
    await page.evaluate(() => window.papergraph.app.clearSelection());
    await settle(page);
    await settle(page);
    const boxes = await labelBoxes(page);
    const labelled = new Set(boxes.map((box) => box.node));
    const drawn = new Set(await drawnNodes(page));
    expect(neighbours.filter((key) => !drawn.has(key))).toEqual([]);
    expect(neighbours.filter((key) => !labelled.has(key))).toEqual([]);
    expect(overlapping(boxes)).toBe(0);
    await page.screenshot({ path: `${artifacts}local-graph-labels.png` });
  });
});

describe('entity discs on the map (issue 13)', () => {
  it('never overlap on the canvas at their drawn sizes, framed whole or zoomed in', async () => {
    const page = await open('?graph=/fixtures/time-graph.json&view=entities');
    await settle(page);
    // Centres and radii as sigma draws them, in viewport pixels: every pair of entity discs stays apart.
    const overlaps = () =>
      page.evaluate(() => {
        const renderer = window.papergraph.app.getRenderer()!;
        const discs = renderer
          .getGraph()
          .nodes()
          .map((node) => {
            const data = renderer.getNodeDisplayData(node)!;
            return { node, centre: renderer.framedGraphToViewport(data), radius: renderer.scaleSize(data.size) };
          });
        const found: string[] = [];
        for (let i = 0; i < discs.length; i++) {
          for (let j = i + 1; j < discs.length; j++) {
            const [a, b] = [discs[i]!, discs[j]!];
            if (Math.hypot(a.centre.x - b.centre.x, a.centre.y - b.centre.y) < a.radius + b.radius - 0.01) found.push(`${a.node} / ${b.node}`);
          }
        }
        return { discs: discs.length, found, largest: Math.max(...discs.map((disc) => disc.radius)) };
      });
    const framed = await overlaps();
    expect(framed.discs).toBeGreaterThan(200);
    expect(framed.found).toEqual([]);
    // Discs are drawn big enough to read, and they grow with the zoom as the map does (sizes are map units).
    expect(framed.largest).toBeGreaterThan(8);
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ ratio: 0.3 }));
    await settle(page);
    const zoomed = await overlaps();
    expect(zoomed.found).toEqual([]);
    expect(zoomed.largest).toBeGreaterThan(framed.largest * 2.5);
  });
});
