import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cameraAtRest, viewerSession } from './browser.ts';

/**
 * The labels of the selection and of its neighbours, forced on the entity map of the real arXiv papers of the time
 * graph at 1366×768: beside their node over anything, but inside the map and clear of the controls over it.
 */
const url = inject('viewerUrl');
const session = viewerSession();

const open = (path: string): Promise<Page> => session.open(`${url}?graph=/fixtures/time-graph.json&view=entities${path}`);

/** Two frames: sigma renders, then the label layers follow. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * The entity of the map with the most neighbours to its left: moved to the map's right edge, the selection with the
 * most neighbour labels still on the map (the most linked one may have its neighbours to its right, off the map there,
 * which tests nothing).
 */
const mostLinked = (page: Page) =>
  page.evaluate(() => {
    const graph = window.papergraph.app.getRenderer()!.getGraph();
    const x = (node: string) => graph.getNodeAttribute(node, 'x') as number;
    const onTheLeft = (node: string) => graph.neighbors(node).filter((other) => x(other) < x(node)).length;
    const score = new Map(graph.nodes().map((node) => [node, onTheLeft(node)] as const));
    return graph.nodes().sort((a, b) => score.get(b)! - score.get(a)! || graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0]!;
  });

/**
 * The labels drawn for the selection and its neighbours whose node lies wholly inside the map, clear of the controls
 * over it, with whether each label is cut by the map's edge or lies under a control.
 */
const forcedLabels = (page: Page) =>
  page.evaluate(() => {
    const app = window.papergraph.app;
    const renderer = app.getRenderer()!;
    const { width, height } = renderer.getDimensions();
    const origin = renderer.getContainer().getBoundingClientRect();
    const stage = renderer.getContainer().parentElement!;
    const controls = [...stage.querySelectorAll(':scope > .canvas-bar:not([hidden]) > *, :scope > .camera-controls, :scope > .status')].map((element) => {
      const box = element.getBoundingClientRect();
      return { minX: box.left - origin.left, maxX: box.right - origin.left, minY: box.top - origin.top, maxY: box.bottom - origin.top };
    });
    const meets = (a: { minX: number; maxX: number; minY: number; maxY: number }) => controls.some((b) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY);
    const graph = renderer.getGraph();
    const forced = new Set(graph.filterNodes((node) => renderer.getNodeState(node).isActive || renderer.getNodeState(node).isHighlighted));
    return app
      .getLabelBoxes()
      .filter((box) => {
        if (!forced.has(box.node)) return false;
        const data = renderer.getNodeDisplayData(box.node)!;
        const centre = renderer.framedGraphToViewport(data);
        const radius = renderer.scaleSize(data.size);
        const disc = { minX: centre.x - radius, maxX: centre.x + radius, minY: centre.y - radius, maxY: centre.y + radius };
        return disc.minX >= 0 && disc.maxX <= width && disc.minY >= 0 && disc.maxY <= height && !meets(disc);
      })
      .map((box) => ({ node: box.node, cut: box.minX < 0 || box.maxX > width || box.minY < 0 || box.maxY > height, underControl: meets(box) }));
  });

describe('labels of the selection and its neighbours', () => {
  it('stay inside the map, clear of its controls, with the selection by the right edge', async () => {
    const probe = await open('');
    const selected = await mostLinked(probe);
    const page = await open(`&node=${encodeURIComponent(selected)}`);
    await cameraAtRest(page);
    // The selection moved to 10 px from the map's right edge: labels right of it would be cut there.
    await page.evaluate((node) => {
      const renderer = window.papergraph.app.getRenderer()!;
      const { width, height } = renderer.getDimensions();
      const data = renderer.getNodeDisplayData(node)!;
      const point = renderer.framedGraphToViewport(data);
      const centre = renderer.viewportToFramedGraph({ x: width / 2 + point.x - (width - 10 - renderer.scaleSize(data.size)), y: height / 2 });
      renderer.getCamera().setState({ x: centre.x, y: centre.y });
    }, selected);
    await settle(page);
    const labels = await forcedLabels(page);
    expect(labels.map((label) => label.node)).toContain(selected);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((label) => label.cut || label.underControl)).toEqual([]);
  });
});
