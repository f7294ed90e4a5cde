import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OverviewState } from '../../src/app.ts';
import { nodeOnPage, nonBackgroundShare, openViewer, sharedBrowser, type PageLog } from './browser.ts';

/*
 * The scale target: a 20,000-node / 100,000-link graph loads and stays interactive. Times are printed (the
 * machine is shared, so they are recorded, not asserted); what is asserted is that every interaction completes.
 */
const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
const scale = JSON.parse(readFileSync(inject('scaleGraphPath'), 'utf8')) as {
  nodes: Array<{ key: string; attributes: { kind: string; label: string; community: number } }>;
  edges: Array<{ attributes: { relation: string } }>;
};

let browser: Browser;
let page: Page;
let log: PageLog;
const times: Record<string, number> = {};

async function timed(name: string, run: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  await run();
  times[name] = Date.now() - started;
}

const overviewState = () => page.evaluate(() => window.papergraph.app.getOverviewState()) as Promise<OverviewState>;
const status = async (name: string) => Number(await page.locator('#status').getAttribute(`data-${name}`));

beforeAll(async () => {
  browser = await sharedBrowser();
  const started = Date.now();
  ({ page, log } = await openViewer(browser, `${url}?graph=/fixtures/scale-graph.json&view=graph`));
  times.ready = Date.now() - started;
});

afterAll(async () => {
  const measures = await page
    ?.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('papergraph:')).map((m) => `${m.name.slice(11)} ${Math.round(m.duration)}`))
    .catch(() => []);
  console.info(`scale e2e (20k nodes, 100k links), ms: ${JSON.stringify(times)}; phases: ${(measures ?? []).join(', ')}`);
  // The worker's browser stays for the next files; what this file opened goes.
  await page?.context().close();
  expect(log.errors).toEqual([]);
});

describe('a 20k-node / 100k-link graph (headless Chromium)', () => {
  it('loads, opens as an overview of its communities and draws it', async () => {
    expect(scale.nodes).toHaveLength(20_000);
    expect(scale.edges).toHaveLength(100_000);
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await status('total-nodes')).toBe(20_000);
    // Authors start hidden on a graph this size; the rest is still far more than sigma redraws quickly in software.
    expect(await status('visible-nodes')).toBe(20_000 - scale.nodes.filter((n) => n.attributes.kind === 'author').length);
    const state = await overviewState();
    expect(state.active).toBe(true);
    expect(state.superNodes).toBe(80);
    expect(await nonBackgroundShare(page, await page.locator('#graph-container').screenshot())).toBeGreaterThan(0.005);
    await page.screenshot({ path: `${artifacts}scale-overview.png` });
  });

  it('stays interactive: hover, expand, search and select, filter, clear', async () => {
    const community = await nodeOnPage(page, '#community:0');
    await timed('hover', async () => {
      await page.mouse.move(community.x, community.y);
      await expect.poll(() => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraphState().hasFocus), { timeout: 30_000 }).toBe(true);
    });
    await timed('expand', async () => {
      await page.mouse.click(community.x, community.y);
      await expect.poll(async () => (await overviewState()).expanded, { timeout: 30_000 }).toEqual([0]);
    });
    const target = scale.nodes.find((n) => n.attributes.kind === 'paper' && n.attributes.community === 41)!;
    await timed('search', async () => {
      await page.locator('#search-input').fill(target.attributes.label);
      await expect.poll(() => page.locator('.suggestion').first().getAttribute('data-key'), { timeout: 30_000 }).toBe(target.key);
    });
    await timed('select', async () => {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid="details-title"]').textContent(), { timeout: 30_000 }).toBe(target.attributes.label);
      expect(await page.evaluate((key) => window.papergraph.app.getRenderer()!.getGraph().hasNode(key), target.key)).toBe(true);
    });
    const before = await status('visible-edges');
    await timed('filter', async () => {
      await page.locator('[data-testid="relation-tagged"]').uncheck();
      await expect.poll(() => status('visible-edges'), { timeout: 30_000 }).toBeLessThan(before);
    });
    await timed('clear', async () => {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#details').isHidden(), { timeout: 30_000 }).toBe(true);
    });
    await page.screenshot({ path: `${artifacts}scale-interactive.png` });
  });
});
