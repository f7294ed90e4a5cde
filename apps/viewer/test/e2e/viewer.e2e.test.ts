import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropFile, launchBrowser, nonBackgroundShare, openViewer, type PageLog } from './browser.ts';

const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
const seedGraph = JSON.parse(readFileSync(inject('seedGraphPath'), 'utf8')) as { nodes: Array<{ key: string; attributes: { kind: string } }>; edges: unknown[] };
const seedAuthors = seedGraph.nodes.filter((n) => n.attributes.kind === 'author').length;

let browser: Browser;
const pages: Page[] = [];
const logs: PageLog[] = [];

async function open(path = ''): Promise<Page> {
  const { page, log } = await openViewer(browser, `${url}${path}`);
  pages.push(page);
  logs.push(log);
  return page;
}

async function statusNumber(page: Page, name: 'visibleNodes' | 'visibleEdges' | 'totalNodes'): Promise<number> {
  return Number(await page.locator('#status').evaluate((element, key) => (element as HTMLElement).dataset[key], name));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifacts}${name}.png` });
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const page of pages) await page.close();
  await browser?.close();
  // No uncaught exception in any page, whatever was loaded into it.
  expect(logs.flatMap((log) => log.errors)).toEqual([]);
});

describe('viewer in headless Chromium', () => {
  it('loads the seed graph and draws it on the canvas (non-blank pixels)', async () => {
    const page = await open();
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    // Let the layout settle a little, then look at real pixels of the graph area.
    await page.waitForTimeout(1500);
    const share = await nonBackgroundShare(page, await page.locator('#graph-container').screenshot());
    expect(share).toBeGreaterThan(0.005);
    await shoot(page, 'main-view');
  });

  it('search "mistral" selects Mistral-7B and lists its two papers in the side panel', async () => {
    const page = await open();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('mistral');
    await expect.poll(() => page.locator('.suggestion').first().locator('.suggestion-label').textContent()).toBe('Mistral-7B');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
    const papers = await page.locator('#details [data-testid="paper-link"]').allTextContents();
    expect(new Set(papers).size).toBe(2);
    expect(papers.some((title) => title.startsWith('Advancing Equitable AI'))).toBe(true);
    expect(papers.some((title) => title.startsWith('Kron-LoRA'))).toBe(true);
    expect(page.url()).toContain('node=model%3Amistral-7b');
    await shoot(page, 'search-mistral');
    // Esc clears the selection (the search list is already closed after choosing).
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').isHidden()).toBe(true);
  });

  it('filters out authors and shows the visible count', async () => {
    const page = await open();
    const total = await statusNumber(page, 'totalNodes');
    expect(await statusNumber(page, 'visibleNodes')).toBe(total);
    expect(seedAuthors).toBeGreaterThan(0);
    await page.locator('[data-testid="kind-author"]').uncheck();
    await expect.poll(() => statusNumber(page, 'visibleNodes')).toBe(total - seedAuthors);
    expect(await page.locator('#status').textContent()).toContain(`showing ${total - seedAuthors} of ${total} nodes`);
    expect(page.url()).toContain('hide=author');
    await shoot(page, 'authors-hidden');
    // An author chosen in search still opens, and the panel says the filters hide it.
    const author = seedGraph.nodes.find((n) => n.attributes.kind === 'author')!;
    await page.goto(`${url}?hide=author&node=${encodeURIComponent(author.key)}`);
    await page.waitForSelector('body[data-status="ready"]');
    expect(await page.locator('[data-testid="hidden-note"]').count()).toBe(1);
  });

  it('opens a graph from ?graph=<url> and keeps the parameter in the URL', async () => {
    const page = await open('?graph=fixtures%2Fsmall-graph.json&node=model%3Amistral-7b');
    expect(await statusNumber(page, 'totalNodes')).toBe(12);
    expect(await page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
    expect(page.url()).toContain('graph=fixtures%2Fsmall-graph.json');
  });

  it('explains a graph URL that cannot be fetched instead of showing a blank page', async () => {
    const page = await open('?graph=missing%2Fgraph.json');
    expect(await page.locator('body').getAttribute('data-status')).toBe('error');
    expect(await page.locator('#message').textContent()).toMatch(/Could not load missing\/graph\.json: the server answered 404/);
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
  });

  it('hovering a node highlights it and its neighbours and fades the rest', async () => {
    const page = await open();
    const point = await page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer();
      const display = renderer?.getNodeDisplayData('model:mistral-7b');
      if (!renderer || !display) return null;
      const { x, y } = renderer.framedGraphToViewport(display);
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const states = async () =>
      await page.evaluate(() => {
        const renderer = window.papergraph.app.getRenderer()!;
        const graph = renderer.getGraph();
        const active = graph.filterNodes((node) => renderer.getNodeState(node).isActive);
        return { active: active.sort(), hasFocus: renderer.getGraphState().hasFocus };
      });
    await expect.poll(async () => (await states()).hasFocus).toBe(true);
    const { active } = await states();
    expect(active).toContain('model:mistral-7b');
    expect(active.length).toBe(3);
    await shoot(page, 'hover-mistral');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await states()).hasFocus).toBe(false);
  });

  it('restores a view from the URL (selection, hidden kinds, colour mode)', async () => {
    const page = await open('?node=model%3Amistral-7b&hide=author&color=community');
    expect(await page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
    expect(await page.locator('[data-testid="hidden-note"]').count()).toBe(0);
    expect(await page.locator('[data-testid="kind-author"]').isChecked()).toBe(false);
    expect(await page.locator('[data-testid="color-community"]').getAttribute('aria-pressed')).toBe('true');
    expect(await statusNumber(page, 'visibleNodes')).toBe(seedGraph.nodes.length - seedAuthors);
  });

  it('shared panel ranks models and highlights a model\'s papers', async () => {
    const page = await open();
    const first = page.locator('#shared [data-testid="shared-entity"]').first();
    await first.click();
    expect(await page.locator('#shared [data-testid="shared-paper"]').count()).toBeGreaterThanOrEqual(2);
    expect(page.url()).toContain('shared=');
    await shoot(page, 'shared-models');
  });

  it('exports GraphML that graphology-graphml parses with the same nodes, edges and positions', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-graphml').click()]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const path = await download.path();
    const graph = parseGraphml(MultiGraph, readFileSync(path, 'utf8'));
    expect(graph.order).toBe(seedGraph.nodes.length);
    expect(graph.size).toBe(seedGraph.edges.length);
    const mistral = graph.getNodeAttributes('model:mistral-7b');
    expect(typeof mistral.x).toBe('number');
    expect(typeof mistral.y).toBe('number');
    expect(mistral.color).toMatch(/^#[0-9a-f]{6}$/i);
    // The download opens again in the viewer (GraphML parsed in the browser), positions kept.
    await dropFile(page, 'graph.graphml', readFileSync(path, 'utf8'));
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    expect(await page.locator('#layout-toggle').getAttribute('data-status')).toBe('done');
  });

  it('compares two papers and lists what they share', async () => {
    const page = await open();
    const choose = async (query: string) => {
      await page.locator('#search-input').fill(query);
      await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
    };
    await choose('Kron-LoRA: Hybrid');
    await page.locator('[data-testid="compare-toggle"]').click();
    await choose('Advancing Equitable AI');
    await page.locator('[data-testid="compare-toggle"]').click();
    await expect.poll(() => page.locator('[data-testid="compare-shared"]').textContent()).toContain('Mistral-7B');
    expect(page.url().match(/compare=/g)).toHaveLength(2);
    await shoot(page, 'compare-papers');
  });

  it('exports the view as a non-blank PNG', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(await nonBackgroundShare(page, png)).toBeGreaterThan(0.005);
  });

  it('loads a dropped file: the seed listing, built in the browser by core', async () => {
    const page = await open();
    await dropFile(page, 'llama-2-7b.txt', readFileSync(inject('seedListingPath'), 'utf8'));
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await page.locator('#status').textContent()).toContain('llama-2-7b.txt');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    expect(await page.locator('#message').isHidden()).toBe(true);
    // Built in the browser without positions: ForceAtlas2 runs in a worker, with pause and resume.
    const toggle = page.locator('#layout-toggle');
    expect(await toggle.getAttribute('data-status')).toBe('running');
    await toggle.click();
    expect(await toggle.getAttribute('data-status')).toBe('paused');
    await toggle.click();
    expect(await toggle.getAttribute('data-status')).toBe('running');
    await expect.poll(() => toggle.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await shoot(page, 'dropped-listing');
  });

  it('shows a readable error for a broken file and keeps the current graph', async () => {
    const page = await open();
    await dropFile(page, 'broken.json', '{"nodes": [1, 2');
    expect(await page.locator('body').getAttribute('data-status')).toBe('error');
    const message = await page.locator('#message').textContent();
    expect(message).toContain('Could not load broken.json');
    expect(await page.locator('#message').isVisible()).toBe(true);
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    await shoot(page, 'broken-file');
  });

  it('renders an XSS title as text, never as HTML', async () => {
    const page = await open();
    const title = '<img src=x onerror="window.__xss=1"><b>Evil</b> paper on Mistral-7B';
    const records = [{ title, abstract: 'We evaluate <script>window.__xss=2</script> Mistral-7B on GSM8K.', authors: ['Eve <i>Attacker</i>'], year: 2025, arxiv_id: '2599.00001' }];
    await dropFile(page, 'xss.json', JSON.stringify(records));
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    await page.locator('#search-input').fill('evil paper');
    await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe(title);
    expect(await page.locator('#details img, #details b, #details script, #details i').count()).toBe(0);
    expect(await page.locator('#details').textContent()).toContain('<script>window.__xss=2</script>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await shoot(page, 'xss-as-text');
  });
});
