import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cameraAtRest, nodeOnPage, viewerSession } from './browser.ts';

/**
 * No label drawn on the canvas is cut by its edge: the selection's, its neighbours' (forced labels), the hovered node's
 * and every other, with the white ground around the hovered and selected labels. Real arXiv papers of the time
 * graph's entity map and the seed graph at 1400×900.
 */
const url = inject('viewerUrl');
const session = viewerSession();

/** Two frames: sigma renders, then the label layers follow. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The node of the drawn graph with the most links: the selection with the most neighbours to label. */
const mostLinked = (page: Page) =>
  page.evaluate(() => {
    const graph = window.papergraph.app.getRenderer()!.getGraph();
    return graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0]!;
  });

type Edge = 'left' | 'right' | 'top' | 'bottom';

/** Moves the camera so that `node`'s disc ends `gap` px inside the map's `edge`, centred along it. */
const toEdge = (page: Page, node: string, edge: Edge, gap: number) =>
  page.evaluate(
    ([node, edge, gap]) => {
      const renderer = window.papergraph.app.getRenderer()!;
      const { width, height } = renderer.getDimensions();
      const data = renderer.getNodeDisplayData(node)!;
      const point = renderer.framedGraphToViewport(data);
      const radius = renderer.scaleSize(data.size);
      const target = {
        left: { x: gap + radius, y: height / 2 },
        right: { x: width - gap - radius, y: height / 2 },
        top: { x: width / 2, y: gap + radius },
        bottom: { x: width / 2, y: height - gap - radius },
      }[edge];
      // The camera's centre moves by the node's offset from where it should be.
      const centre = renderer.viewportToFramedGraph({ x: width / 2 + point.x - target.x, y: height / 2 + point.y - target.y });
      renderer.getCamera().setState({ x: centre.x, y: centre.y });
    },
    [node, edge, gap] as const,
  );

/** Every label drawn this frame whose box (with its white ground, if it has one) runs past the map's edge. */
const cutLabels = (page: Page) =>
  page.evaluate(() => {
    const renderer = window.papergraph.app.getRenderer()!;
    const { width, height } = renderer.getDimensions();
    return window.papergraph.app
      .getLabelBoxes()
      .map((box) => {
        const data = renderer.getNodeDisplayData(box.node) as { backdropVisibility?: string; backdropPadding?: number } | undefined;
        const pad = data?.backdropVisibility === 'visible' ? (data.backdropPadding ?? 0) : 0;
        return { node: box.node, minX: box.minX - pad, maxX: box.maxX + pad, minY: box.minY - pad, maxY: box.maxY + pad };
      })
      .filter((box) => box.minX < 0 || box.maxX > width || box.minY < 0 || box.maxY > height)
      .map((box) => ({ node: box.node, minX: Math.round(box.minX), maxX: Math.round(box.maxX), minY: Math.round(box.minY), maxY: Math.round(box.maxY) }));
  });

const labelled = (page: Page) => page.evaluate(() => window.papergraph.app.getLabelBoxes().map((box) => box.node));

describe('labels by the edge of the map', () => {
  it('the selection and its neighbours, at each edge, are drawn whole or not at all', async () => {
    const probe = await session.open(`${url}?graph=/fixtures/time-graph.json&view=entities`);
    const selected = await mostLinked(probe);
    const page = await session.open(`${url}?graph=/fixtures/time-graph.json&view=entities&node=${encodeURIComponent(selected)}`);
    await cameraAtRest(page);
    // Zoomed in: the selection's neighbours spread past every edge of the map.
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ ratio: window.papergraph.app.getRenderer()!.getCamera().ratio / 2 }));
    for (const edge of ['right', 'left', 'top', 'bottom'] as const) {
      await toEdge(page, selected, edge, 4);
      await settle(page);
      expect(await labelled(page), edge).toContain(selected);
      expect(await cutLabels(page), edge).toEqual([]);
    }
  });

  it('the hovered node and the selection on the seed graph, at each edge, are drawn whole', async () => {
    const page = await session.open(url);
    const selected = await mostLinked(page);
    await page.evaluate((node) => window.papergraph.app.select(node, { moveCamera: true }), selected);
    await cameraAtRest(page);
    for (const edge of ['right', 'left', 'top', 'bottom'] as const) {
      await toEdge(page, selected, edge, 2);
      await settle(page);
      const at = await nodeOnPage(page, selected);
      await page.mouse.move(at.x, at.y);
      await settle(page);
      expect(await labelled(page), edge).toContain(selected);
      expect(await cutLabels(page), edge).toEqual([]);
      await page.mouse.move(0, 0);
    }
  });
});
