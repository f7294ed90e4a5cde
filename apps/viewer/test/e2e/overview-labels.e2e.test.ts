import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { OverviewState } from '../../src/app.ts';
import { openViewer, viewerSession } from './browser.ts';

/*
 * The communities overview of a real graph (the 287 arXiv papers of the time fixture, opened as an overview from 200
 * visible nodes instead of 5,000, its small communities not gathered): each community's name is its super-node's label, and the label pass keeps every
 * name legible — none over another, none over a node as big as its own (a name goes beside its node where there is
 * room, else waits until zooming in makes some), none under the controls over the canvas.
 */
const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
const session = viewerSession();

interface Box {
  node: string;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The labels drawn in the last frame, the drawn nodes (sigma's own display data) and the controls, in viewport pixels. */
const drawnFrame = (page: Page) =>
  page.evaluate(() => {
    const app = window.papergraph.app;
    const renderer = app.getRenderer()!;
    const discs: Array<{ node: string; x: number; y: number; radius: number }> = [];
    renderer.getGraph().forEachNode((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.visibility === 'hidden') return;
      const centre = renderer.framedGraphToViewport(data);
      discs.push({ node, x: centre.x, y: centre.y, radius: renderer.scaleSize(data.size) });
    });
    const origin = renderer.getContainer().getBoundingClientRect();
    const controls = [...document.querySelectorAll('.stage > .canvas-bar:not([hidden]) > *, .stage > .overview-bar:not([hidden]) > *, .stage > .camera-controls, .stage > .status')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => ({ node: '', minX: box.left - origin.left, maxX: box.right - origin.left, minY: box.top - origin.top, maxY: box.bottom - origin.top }));
    return { labels: app.getLabelBoxes(), discs, controls };
  });

const meet = (a: Box, b: Box) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Label over label, label over a node at least as big as its own (less half a pixel), label under a control. */
function collisions(frame: Awaited<ReturnType<typeof drawnFrame>>): string[] {
  const radius = new Map(frame.discs.map((disc) => [disc.node, disc.radius]));
  const found: string[] = [];
  frame.labels.forEach((a, i) => {
    for (const b of frame.labels.slice(i + 1)) if (meet(a, b)) found.push(`label ${a.node} / label ${b.node}`);
    for (const disc of frame.discs) {
      if (disc.node === a.node || disc.radius < (radius.get(a.node) ?? 0) - 0.5) continue;
      // The box's nearest point to the node's centre, inside its disc.
      const dx = Math.max(a.minX - disc.x, 0, disc.x - a.maxX);
      const dy = Math.max(a.minY - disc.y, 0, disc.y - a.maxY);
      if (dx * dx + dy * dy < disc.radius * disc.radius) found.push(`label ${a.node} / node ${disc.node}`);
    }
    for (const control of frame.controls) if (meet(a, control)) found.push(`label ${a.node} / a control`);
  });
  return found;
}

const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('community names in the overview', () => {
  it('are drawn apart: none over another, over a node as big as its own, or under the controls; zooming in shows more', async () => {
    // Every community its own node (the small ones not gathered, setting 0), so that a hundred names crowd the map.
    const { page } = await openViewer(session.browser, `${url}?graph=/fixtures/time-graph.json&view=graph`, { settings: { overviewFromVisibleNodes: 200, overviewSmallCommunityPapers: 0 } });
    const state = (await page.evaluate(() => window.papergraph.app.getOverviewState())) as OverviewState;
    expect(state.active).toBe(true);
    expect(state.small).toBeNull();
    expect(state.superNodes).toBeGreaterThan(50);
    await page.mouse.move(1, 1);
    await settle(page);
    const framed = await drawnFrame(page);
    expect(framed.labels.length).toBeGreaterThan(5);
    expect(framed.labels.every((box) => box.node.startsWith('#community:'))).toBe(true);
    expect(collisions(framed)).toEqual([]);
    await page.screenshot({ path: `${artifacts}overview-labels.png` });

    // Zoomed in on the middle, names held back for want of room come in, still apart.
    await page.evaluate(() => window.papergraph.app.getRenderer()!.getCamera().setState({ ratio: 0.4 }));
    await settle(page);
    const zoomed = await drawnFrame(page);
    expect(zoomed.labels.some((box) => !framed.labels.some((other) => other.node === box.node))).toBe(true);
    expect(collisions(zoomed)).toEqual([]);
    await page.screenshot({ path: `${artifacts}overview-labels-zoomed.png` });
  });
});
