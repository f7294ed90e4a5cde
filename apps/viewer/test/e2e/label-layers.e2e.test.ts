import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cameraAtRest, viewerSession } from './browser.ts';

/**
 * Labels are drawn above every node. Sigma 4 draws its depth layers in turn, each one's edges, backdrops, nodes and
 * then labels: a label in the 'nodes' layer lay under the hovered, selected and highlighted nodes ('topNodes') and
 * their white grounds. Read from sigma's display data (which layer each node and label is in) and its layer order.
 */
const url = inject('viewerUrl');
const session = viewerSession();

const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

interface Covering {
  label: string;
  node: string;
}

/**
 * Pairs of a drawn label and a drawn node (its disc, or its white ground: disc and label with the backdrop's padding)
 * that meets the label's box, where sigma draws the node after the label.
 */
const labelsUnderNodes = (page: Page): Promise<{ labels: number; meetings: number; covered: Covering[] }> =>
  page.evaluate(() => {
    const renderer = window.papergraph.app.getRenderer()!;
    // sigma's order of its depth layers (private: not in its types).
    const layers = (renderer as unknown as { depthLayers: readonly string[] }).depthLayers;
    type Display = { depth: string; labelDepth: string; size: number; x: number; y: number; visibility: string; backdropVisibility?: string; backdropPadding?: number };
    const display = (node: string) => renderer.getNodeDisplayData(node) as unknown as Display;
    const boxes = window.papergraph.app.getLabelBoxes();
    const boxOf = new Map(boxes.map((box) => [box.node, box]));
    const covered: Covering[] = [];
    let meetings = 0;
    const nodes = renderer.getGraph().filterNodes((node) => display(node)?.visibility !== 'hidden');
    for (const label of boxes) {
      const labelLayer = layers.indexOf(display(label.node).labelDepth);
      for (const node of nodes) {
        if (node === label.node) continue;
        const data = display(node);
        const centre = renderer.framedGraphToViewport(data);
        const radius = renderer.scaleSize(data.size);
        const pad = data.backdropVisibility === 'visible' ? (data.backdropPadding ?? 0) : 0;
        const own = boxOf.get(node);
        const area = {
          minX: Math.min(centre.x - radius, own && pad ? own.minX : Infinity) - pad,
          maxX: Math.max(centre.x + radius, own && pad ? own.maxX : -Infinity) + pad,
          minY: Math.min(centre.y - radius, own && pad ? own.minY : Infinity) - pad,
          maxY: Math.max(centre.y + radius, own && pad ? own.maxY : -Infinity) + pad,
        };
        if (area.maxX <= label.minX || area.minX >= label.maxX || area.maxY <= label.minY || area.minY >= label.maxY) continue;
        meetings += 1;
        // (a node of the label's own layer is drawn before its labels)
        if (layers.indexOf(data.depth) > labelLayer) covered.push({ label: label.node, node });
      }
    }
    return { labels: boxes.length, meetings, covered };
  });

describe('labels above nodes', () => {
  it('the labels of the local graph stay above its selected centre and the nodes they lie over', async () => {
    // The local graph draws every node's label; its centre is selected (drawn on top, on a white ground).
    const page = await session.open(`${url}?local=model%3Amistral-7b&depth=2&node=model%3Amistral-7b`);
    await cameraAtRest(page);
    await settle(page);
    const drawn = await labelsUnderNodes(page);
    expect(drawn.labels).toBeGreaterThan(5);
    expect(drawn.meetings).toBeGreaterThan(0);
    expect(drawn.covered).toEqual([]);
  });

});
