import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OverviewState } from '../../src/app.ts';
import { COMMUNITY_PALETTE, SMALL_COMMUNITIES_COLOR } from '../../src/graph/appearance.ts';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';
import { smallCommunitiesGraph } from '../fixtures/small-communities-graph.ts';
import { cameraAtRest, framing, nodeOnPage, notInSight, viewerSession } from './browser.ts';

/*
 * The communities overview of a graph shaped as a real corpus: 16 large communities laid out by "core", and 280 small
 * ones (240 of one paper, 30 of two, 10 of three) on a grid beside them, as core sets out communities linked to
 * nothing. The small ones are drawn as one node, listed under one legend row and share one neutral colour; every
 * node stays reachable.
 */
const artifacts = inject('artifactsDir');
const session = viewerSession();
const fixture = smallCommunitiesGraph({ large: 16, papersPerCommunity: 300, singles: 240, pairs: 30, triples: 10, linked: 4, seed: 11 });
type Node = { key: string; attributes: { kind: string; label: string; community: number; x: number; y: number } };
const nodes = fixture.nodes as Node[];
const table = fixture.attributes!.communities as Array<{ id: number; label: string; size: number }>;
const LARGE = 16;
const isSmall = (community: number) => community >= LARGE;
const smallIds = table.filter((c) => isSmall(c.id)).map((c) => c.id);
const largeIds = table.filter((c) => !isSmall(c.id)).map((c) => c.id);
/** What the overview draws of the small communities once expanded: their members, authors hidden on a graph this size. */
const smallShown = nodes.filter((n) => isSmall(n.attributes.community) && n.attributes.kind !== 'author');
const smallPapers = nodes.filter((n) => isSmall(n.attributes.community) && n.attributes.kind === 'paper').length;
const GROUP = '#community:-1';
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const dir = join(artifacts, 'small-communities');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(fixture));
  server = (await startServer({ root: join(artifacts, 'dist'), graphFile: join(dir, 'graph.json'), port: 0 })) as typeof server;
});

afterAll(async () => {
  await server?.close();
});

const open = async (query = ''): Promise<Page> => {
  const page = await session.open(`${server.url}?view=graph${query}`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await cameraAtRest(page);
  return page;
};
const overviewState = (page: Page) => page.evaluate(() => window.papergraph.app.getOverviewState()) as Promise<OverviewState>;
const drawn = (page: Page) => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
const visibleNodes = async (page: Page) => Number(await page.locator('#status').getAttribute('data-visible-nodes'));
const search = (page: Page) => new URLSearchParams(new URL(page.url()).search);

describe('small communities in the overview (headless Chromium, 1366×768)', () => {
  it('are drawn as one node, labelled with their real counts, where their grid is, in the neutral colour', async () => {
    expect(nodes.length).toBeGreaterThan(5000);
    expect(smallIds.length).toBe(280);
    const page = await open('&color=community');
    const state = await overviewState(page);
    expect(state).toMatchObject({ active: true, superNodes: LARGE + 1, renderedNodes: LARGE + 1, expanded: [], small: { communities: 280, papers: smallPapers } });
    expect(smallPapers).toBe(240 + 60 + 30);
    const group = await page.evaluate((key) => {
      const { label, color, x, y } = window.papergraph.app.getRenderer()!.getGraph().getNodeAttributes(key);
      return { label, color, x: x ?? Number.NaN, y: y ?? Number.NaN };
    }, GROUP);
    expect(group.label).toBe(`280 small communities · ${smallPapers} papers`);
    expect(group.color).toBe(SMALL_COMMUNITIES_COLOR);
    // In the middle of the grid of small communities (beside the map), not among the large ones.
    const grid = nodes.filter((n) => isSmall(n.attributes.community));
    const xs = grid.map((n) => n.attributes.x);
    const ys = grid.map((n) => n.attributes.y);
    expect(group.x).toBeGreaterThan(Math.min(...xs));
    expect(group.x).toBeLessThan(Math.max(...xs));
    expect(group.y).toBeGreaterThan(Math.min(...ys));
    expect(group.y).toBeLessThan(Math.max(...ys));
    expect(Math.max(...nodes.filter((n) => !isSmall(n.attributes.community)).map((n) => n.attributes.x))).toBeLessThan(group.x);
    // The large communities keep the palette, in the order of size, none of them grey.
    const colours = await page.evaluate((ids) => ids.map((id) => window.papergraph.app.getRenderer()!.getGraph().getNodeAttribute(`#community:${id}`, 'color')), largeIds);
    expect(colours).toEqual(largeIds.map((_id, rank) => COMMUNITY_PALETTE[rank]));
    expect(await page.locator('.overview-hint').textContent()).toMatch(/^Overview: 16 communities and 280 small ones\./);
    expect(await page.locator('#status').textContent()).toContain('overview of 16 communities and 280 small ones, 0 expanded (17 drawn)');

    // The legend: the large communities as rows (the first 12 shown), then one row for the small ones, its list closed.
    const toggle = page.locator('[data-testid="small-communities-toggle"]');
    expect(await toggle.textContent()).toBe(`▸280 small communities · ${smallPapers} papers`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const smallRow = page.locator('.small-communities-row');
    expect(await smallRow.locator('.count').textContent()).toBe(String(table.filter((c) => isSmall(c.id)).reduce((sum, c) => sum + c.size, 0)));
    expect(await smallRow.locator('.swatch').evaluate((swatch) => getComputedStyle(swatch).backgroundColor)).toBe('rgb(139, 149, 163)');
    expect(await page.locator('.community-row.small-community:not([hidden])').count()).toBe(0);
    expect(await page.locator('.community-row:not(.small-community):not(.small-communities-row):not([hidden])').count()).toBe(12);
    await page.locator('[data-testid="communities-more"]').click();
    expect(await page.locator('.community-row:not(.small-community):not(.small-communities-row):not([hidden])').count()).toBe(LARGE);
    // Opened, it lists every small community, in the neutral colour.
    await page.locator('[data-testid="small-communities-toggle"]').click();
    await expect.poll(() => page.locator('.community-row.small-community:not([hidden])').count()).toBe(280);
    const swatches = await page.locator('.community-row.small-community .swatch').evaluateAll((all) => new Set(all.map((swatch) => getComputedStyle(swatch).backgroundColor)).size);
    expect(swatches).toBe(1);
    await page.screenshot({ path: `${artifacts}small-communities.png` });
    await page.locator('#filters').screenshot({ path: `${artifacts}small-communities-legend.png` });
  });

  it('a click expands the group like a community: every small community’s members drawn where core put them; Esc collapses it', async () => {
    const page = await open();
    const { x, y } = await nodeOnPage(page, GROUP);
    await page.mouse.click(x, y);
    await expect.poll(async () => (await overviewState(page)).expanded).toEqual([-1]);
    expect(search(page).get('expand')).toBe('small');
    expect((await overviewState(page)).renderedNodes).toBe(LARGE + smallShown.length);
    const shown = new Set(await drawn(page));
    expect(smallShown.every((n) => shown.has(n.key))).toBe(true);
    expect(shown.has(GROUP)).toBe(false);
    const position = await page.evaluate(() => {
      const graph = window.papergraph.app.getRenderer()!.getGraph();
      return { x: graph.getNodeAttribute('paper:small-7-0', 'x'), y: graph.getNodeAttribute('paper:small-7-0', 'y') };
    });
    const own = nodes.find((n) => n.key === 'paper:small-7-0')!;
    expect(position).toEqual({ x: own.attributes.x, y: own.attributes.y });
    // Its chip in the bar, with the same counts and the members drawn.
    const chip = page.locator('.overview-chip[data-community="-1"]');
    expect(await chip.locator('.chip-name').textContent()).toBe(`280 small communities · ${smallPapers} papers (${smallShown.length.toLocaleString('en')})`);
    await page.screenshot({ path: `${artifacts}small-communities-expanded.png` });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await overviewState(page)).expanded).toEqual([]);
    expect((await overviewState(page)).renderedNodes).toBe(LARGE + 1);
    expect(search(page).get('expand')).toBeNull();
    // The link opens it again.
    const linked = await open('&expand=small');
    await expect.poll(async () => (await overviewState(linked)).expanded).toEqual([-1]);
  });

  it('its legend row hides and shows them all, "only" keeps just them; counts and link follow', async () => {
    const page = await open();
    const total = await visibleNodes(page);
    await page.locator('[data-testid="small-communities"]').uncheck();
    await expect.poll(() => visibleNodes(page)).toBe(total - smallShown.length);
    expect((await overviewState(page)).superNodes).toBe(LARGE);
    expect((await drawn(page)).includes(GROUP)).toBe(false);
    // 280 hidden, 16 shown: the link names the shorter list.
    expect(search(page).get('onlyCommunities')?.split(',').map(Number).sort((a, b) => a - b)).toEqual([...largeIds].sort((a, b) => a - b));
    // One small community shown again from its row: the group's box is half-ticked, its node counts one community.
    await page.locator('[data-testid="small-communities-toggle"]').click();
    await page.locator(`[data-testid="community-${smallIds[0]}"]`).check();
    await expect.poll(async () => (await overviewState(page)).small?.communities).toBe(1);
    expect(await page.locator('[data-testid="small-communities"]').evaluate((box) => (box as HTMLInputElement).indeterminate)).toBe(true);
    await page.locator('[data-testid="small-communities"]').check();
    await expect.poll(() => visibleNodes(page)).toBe(total);
    await page.locator('[data-testid="small-communities-only"]').click();
    await expect.poll(() => visibleNodes(page)).toBe(smallShown.length);
    expect(await overviewState(page)).toMatchObject({ superNodes: 1, small: { communities: 280, papers: smallPapers } });
    expect(search(page).get('communities')?.split(',').map(Number).sort((a, b) => a - b)).toEqual([...largeIds].sort((a, b) => a - b));
    await page.locator('[data-testid="communities-all"]').click();
    await expect.poll(() => visibleNodes(page)).toBe(total);
  });

  it('the legend’s search finds a small community by name; its name opens the group and frames that community', async () => {
    const target = table.find((c) => c.label === 'Rare-250')!;
    const members = nodes.filter((n) => n.attributes.community === target.id && n.attributes.kind !== 'author').map((n) => n.key);
    expect(members.length).toBe(3);
    // How far apart the discs' centres are on screen (discs keep their pixel size in the overview).
    const spread = (frame: Awaited<ReturnType<typeof framing>>) => {
      const xs = frame.discs.map((d) => (d.minX + d.maxX) / 2);
      const ys = frame.discs.map((d) => (d.minY + d.maxY) / 2);
      return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    };
    // The group expanded, framed whole: the community is a speck of the grid.
    const whole = spread(await framing(await open('&expand=small'), members));
    const page = await open();
    await page.locator('[data-testid="community-search"]').fill('rare-250');
    await expect.poll(() => page.locator('.community-row:not([hidden])').count()).toBe(2);
    expect(await page.locator('.small-communities-row').isVisible()).toBe(true);
    const name = page.locator(`[data-testid="community-name-${target.id}"]`);
    expect(await name.textContent()).toBe('Rare-250');
    await name.click();
    await expect.poll(async () => (await overviewState(page)).expanded).toEqual([-1]);
    const framed = await framing(page, members);
    expect(framed.discs.length).toBe(3);
    expect(notInSight(framed)).toEqual([]);
    // Zoomed onto it: its three discs spread apart, not the speck they are in the whole grid.
    console.info(`small community framed: centres ${spread(framed).toFixed(1)} px apart, ${whole.toFixed(1)} px in the whole grid`);
    expect(spread(framed)).toBeGreaterThan(3 * whole);
  });

  it('the search box finds a node of a small community: the group opens and the node is selected; filters and details work', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('Rare-42');
    await expect.poll(() => page.locator('.suggestion').first().locator('.suggestion-label').textContent()).toBe('Rare-42');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Rare-42');
    expect((await overviewState(page)).expanded).toEqual([-1]);
    expect(await drawn(page)).toContain('method:small-42');
    expect(search(page).get('node')).toBe('method:small-42');
    await cameraAtRest(page);
    expect(notInSight(await framing(page, ['method:small-42']))).toEqual([]);
  });

  it('long community names take two lines at most, with an ellipsis, whole in the tooltip (legend and bar)', async () => {
    const page = await open('&expand=1');
    const long = table.find((c) => c.id === 1)!;
    expect(long.label.length).toBeGreaterThan(150);
    const shape = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const text = (element.querySelector('.clamp-2') ?? element) as HTMLElement;
        const style = getComputedStyle(text);
        return {
          lines: Math.round(text.getBoundingClientRect().height / parseFloat(style.lineHeight)),
          cut: text.scrollHeight > text.clientHeight + 1,
          ellipsis: style.textOverflow === 'ellipsis' || style.getPropertyValue('-webkit-line-clamp') === '2',
          title: (element.closest('[title]') as HTMLElement | null)?.title ?? '',
        };
      });
    await page.locator('[data-testid="communities-more"]').click();
    const legend = await shape('[data-testid="community-name-1"]');
    expect(legend).toEqual({ lines: 2, cut: true, ellipsis: true, title: long.label });
    // The chip of the expanded community in the bar over the canvas.
    const chip = await shape('.overview-chip[data-community="1"] .chip-name');
    expect(chip.lines).toBeLessThanOrEqual(2);
    expect(chip.cut).toBe(true);
    expect(chip.title).toBe(long.label);
    // A small community's name (a paper's title, cut by core) likewise, in its row.
    await page.locator('[data-testid="small-communities-toggle"]').click();
    const single = table.find((c) => c.id === smallIds.find((id) => table.find((t) => t.id === id)!.label.endsWith('…')))!;
    expect((await shape(`[data-testid="community-name-${single.id}"]`)).title).toBe(single.label);
    await page.locator('#filters').screenshot({ path: `${artifacts}community-legend-long-names.png` });
  });

  it('on real arXiv papers (the time fixture, an overview from 200 nodes) the communities of three papers or fewer are one node; a linked node opens it', async () => {
    const time = JSON.parse(readFileSync(inject('timeGraphPath'), 'utf8')) as { nodes: Node[] };
    const papers = new Map<number, number>();
    for (const n of time.nodes) papers.set(n.attributes.community, (papers.get(n.attributes.community) ?? 0) + (n.attributes.kind === 'paper' ? 1 : 0));
    const small = [...papers].filter(([, count]) => count <= 3);
    const lone = time.nodes.find((n) => n.attributes.kind === 'paper' && papers.get(n.attributes.community) === 1)!;
    const page = await session.open(`${inject('viewerUrl')}?graph=/fixtures/time-graph.json&view=graph&node=${encodeURIComponent(lone.key)}`, { settings: { overviewFromVisibleNodes: 200 } });
    const state = await overviewState(page);
    expect(small.length).toBeGreaterThan(0.7 * papers.size);
    expect(state).toMatchObject({ superNodes: papers.size - small.length + 1, small: { communities: small.length, papers: small.reduce((sum, [, count]) => sum + count, 0) }, expanded: [-1] });
    expect(await page.locator('[data-testid="details-title"]').textContent()).toBe(lone.attributes.label);
    expect(await drawn(page)).toContain(lone.key);
    await page.screenshot({ path: `${artifacts}small-communities-real.png` });
  });
});
