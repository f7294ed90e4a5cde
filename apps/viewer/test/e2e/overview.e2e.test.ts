import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OverviewState } from '../../src/app.ts';
import { nonBackgroundShare, openViewer, sharedBrowser, type PageLog } from './browser.ts';

const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
interface LargeGraph {
  attributes: { communities: Array<{ id: number; label: string }> };
  nodes: Array<{ key: string; attributes: { kind: string; label: string; community: number } }>;
}
const large = JSON.parse(readFileSync(inject('largeGraphPath'), 'utf8')) as LargeGraph;
const communityCount = large.attributes.communities.length;
/** Members an expansion draws: authors start hidden on a graph this size. */
const visibleMembers = (community: number) => large.nodes.filter((n) => n.attributes.community === community && n.attributes.kind !== 'author').length;

let browser: Browser;
let page: Page;
let log: PageLog;

const overviewState = () => page.evaluate(() => window.papergraph.app.getOverviewState()) as Promise<OverviewState>;

/** Where a rendered node is on the page, from sigma's own coordinates. */
async function nodeOnPage(key: string): Promise<{ x: number; y: number }> {
  const inContainer = await page.evaluate((node) => {
    const renderer = window.papergraph.app.getRenderer();
    const data = renderer?.getNodeDisplayData(node);
    return renderer && data ? renderer.framedGraphToViewport(data) : null;
  }, key);
  if (!inContainer) throw new Error(`${key} is not drawn`);
  const box = await page.locator('#graph-container').boundingBox();
  return { x: (box?.x ?? 0) + inContainer.x, y: (box?.y ?? 0) + inContainer.y };
}

beforeAll(async () => {
  browser = await sharedBrowser();
  const started = Date.now();
  ({ page, log } = await openViewer(browser, `${url}?graph=/fixtures/large-graph.json&view=graph`));
  console.info(`overview e2e: ${large.nodes.length} nodes ready in ${Date.now() - started} ms`);
});

afterAll(async () => {
  // The worker's browser stays for the next files; what this file opened goes.
  await page?.context().close();
  expect(log.errors).toEqual([]);
});

describe('overview mode on a large clustered graph (headless Chromium)', () => {
  it('opens as one super-node per community and draws them', async () => {
    expect(large.nodes.length).toBeGreaterThan(30_000);
    const state = await overviewState();
    // Every community is large: none is gathered with others, each has its own node.
    expect(state).toMatchObject({ active: true, superNodes: communityCount, renderedNodes: communityCount, expanded: [], small: null });
    expect(await page.locator('#status').getAttribute('data-mode')).toBe('overview');
    expect(Number(await page.locator('#status').getAttribute('data-total-nodes'))).toBe(large.nodes.length);
    await page.waitForTimeout(300);
    expect(await nonBackgroundShare(page, await page.locator('#graph-container').screenshot())).toBeGreaterThan(0.005);
    await page.screenshot({ path: `${artifacts}overview.png` });
  });

  it('clicking a super-node expands its community; the URL records it', async () => {
    const community = large.attributes.communities[0]?.id ?? 0;
    const { x, y } = await nodeOnPage(`#community:${community}`);
    await page.mouse.click(x, y);
    await expect.poll(async () => (await overviewState()).expanded).toEqual([community]);
    expect((await overviewState()).renderedNodes).toBe(communityCount - 1 + visibleMembers(community));
    expect(page.url()).toContain(`expand=${community}`);
    await expect.poll(() => page.locator('[data-testid="collapse-community"]').count()).toBe(1);
    await page.screenshot({ path: `${artifacts}overview-expanded.png` });
  });

  it('search finds a member of a collapsed community, expands it and selects the node', async () => {
    const target = large.nodes.find((n) => n.attributes.kind === 'model' && n.attributes.community === 9);
    if (!target) throw new Error('fixture has no model in community 9');
    await page.keyboard.press('/');
    await page.keyboard.type(target.attributes.label);
    await expect.poll(() => page.locator('.suggestion').first().locator('.suggestion-label').textContent()).toBe(target.attributes.label);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe(target.attributes.label);
    const state = await overviewState();
    expect(state.expanded).toContain(9);
    expect(await page.evaluate((key) => window.papergraph.app.getRenderer()?.getGraph().hasNode(key), target.key)).toBe(true);
    expect(page.url()).toContain(`node=${encodeURIComponent(target.key)}`);
  });

  it('Esc clears the selection, then collapses the last expanded community', async () => {
    await page.locator('#graph-container').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').isHidden()).toBe(true);
    const before = (await overviewState()).expanded.length;
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await overviewState()).expanded.length).toBe(before - 1);
  });

  it('a small graph is drawn whole, as before', async () => {
    const { page: small, log: smallLog } = await openViewer(browser, url);
    const state = (await small.evaluate(() => window.papergraph.app.getOverviewState())) as OverviewState;
    expect(state.active).toBe(false);
    expect(state.renderedNodes).toBe(Number(await small.locator('#status').getAttribute('data-total-nodes')));
    expect(await small.locator('#overview-bar').isHidden()).toBe(true);
    await small.context().close();
    expect(smallLog.errors).toEqual([]);
  });

  it('an expanded community emptied by a date range stays expanded in the link, and is drawn again when the range is lifted', async () => {
    // The generated papers are all of 2025: a range on 2024 hides every paper and what only they link to. The graph
    // still opens as an overview (its mode is the graph's, not the range's), with community 3 expanded.
    const { page, log } = await openViewer(browser, `${url}?graph=/fixtures/large-graph.json&view=graph&expand=3&from=2024&to=2024`);
    const emptied = (await page.evaluate(() => window.papergraph.app.getOverviewState())) as OverviewState;
    expect(emptied.active).toBe(true);
    expect(emptied.renderedNodes).toBeLessThan(communityCount + visibleMembers(3));
    expect(page.url()).toContain('expand=3');
    expect(await page.evaluate(() => window.papergraph.app.getState().expandedCommunities)).toEqual([3]);
    await page.locator('[data-testid="timeline-clear"]').click();
    await expect.poll(() => page.evaluate(() => (window.papergraph.app.getOverviewState() as { expanded: number[] }).expanded)).toEqual([3]);
    const drawn = (await page.evaluate(() => window.papergraph.app.getOverviewState())) as OverviewState;
    expect(drawn.renderedNodes).toBe(communityCount - 1 + visibleMembers(3));
    expect(page.url()).toContain('expand=3');
    expect(page.url()).not.toContain('from=');
    // Hiding every community empties it too: its chip keeps the graph's label, says nothing of it is shown, and the
    // status counts it apart; showing the communities again draws it.
    const label = large.attributes.communities.find((c) => c.id === 3)!.label;
    await page.locator('[data-testid="communities-none"]').click();
    const chip = page.locator('.overview-chip[data-community="3"]');
    await expect.poll(() => chip.textContent()).toBe(`${label} (none shown)×`);
    expect(await chip.getAttribute('class')).toContain('waiting');
    expect(await page.locator('#status').textContent()).toContain('0 expanded, 1 more with nothing shown (');
    expect(page.url()).toContain('expand=3');
    await page.locator('[data-testid="communities-all"]').click();
    await expect.poll(() => chip.textContent()).toBe(`${label} (${visibleMembers(3)})×`);
    await page.context().close();
    expect(log.errors).toEqual([]);
  });

  it('a link with expand= reopens the same communities', async () => {
    const { page: linked, log: linkedLog } = await openViewer(browser, `${url}?graph=/fixtures/large-graph.json&view=graph&expand=3,4`);
    const state = (await linked.evaluate(() => window.papergraph.app.getOverviewState())) as OverviewState;
    expect(state.expanded).toEqual([3, 4]);
    expect(state.renderedNodes).toBe(communityCount - 2 + visibleMembers(3) + visibleMembers(4));
    await linked.context().close();
    expect(linkedLog.errors).toEqual([]);
  });
});
