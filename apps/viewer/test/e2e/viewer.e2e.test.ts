import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { gzipSync } from 'node:zlib';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cameraAtRest, dropFile, dropFiles, nodeOnPage, nonBackgroundShare, offFreeCentre, viewerSession } from './browser.ts';

const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
interface SeedGraph {
  attributes: { communities: Array<{ id: number; label: string; size: number }> };
  nodes: Array<{ key: string; attributes: { kind: string; label: string; community: number; title?: string; aliases?: string[] } }>;
  edges: Array<{ key: string; source: string; target: string; attributes: { relation: string; evidence?: string } }>;
}
const seedGraph = JSON.parse(readFileSync(inject('seedGraphPath'), 'utf8')) as SeedGraph;
const seedAuthors = seedGraph.nodes.filter((n) => n.attributes.kind === 'author').length;
const seedNode = (key: string) => {
  const node = seedGraph.nodes.find((n) => n.key === key);
  if (!node) throw new Error(`the seed graph has no ${key}`);
  return node;
};
const kronLora = seedGraph.nodes.find((n) => n.attributes.kind === 'paper' && (n.attributes.title ?? '').startsWith('Kron-LoRA'))!.key;

const session = viewerSession();

const open = (path = ''): Promise<Page> => session.open(`${url}${path}`);

async function statusNumber(page: Page, name: 'visibleNodes' | 'visibleEdges' | 'totalNodes'): Promise<number> {
  return Number(await page.locator('#status').evaluate((element, key) => (element as HTMLElement).dataset[key], name));
}

/**
 * Records every status of the layout button from now on, and where a node was when the layout first started (a
 * mutation observer runs right after the task that started it, before the worker has moved anything): on a busy
 * machine the automatic run can be over before the test reads the page again.
 */
async function watchLayout(page: Page, node: string): Promise<() => Promise<{ statuses: string[]; startPosition: { x: number; y: number } | null }>> {
  await page.evaluate((key) => {
    const button = document.getElementById('layout-toggle')!;
    const record = { statuses: [] as string[], startPosition: null as { x: number; y: number } | null };
    (window as unknown as { layoutRecord: typeof record }).layoutRecord = record;
    new MutationObserver(() => {
      const status = button.dataset.status ?? '';
      if (record.statuses.at(-1) !== status) record.statuses.push(status);
      const graph = window.papergraph.app.getGraph();
      if (status === 'running' && record.startPosition === null && graph?.hasNode(key)) {
        const { x, y } = graph.getNodeAttributes(key);
        record.startPosition = { x: x as number, y: y as number };
      }
    }).observe(button, { attributes: true, attributeFilter: ['data-status'] });
  }, node);
  return () => page.evaluate(() => (window as unknown as { layoutRecord: { statuses: string[]; startPosition: { x: number; y: number } | null } }).layoutRecord);
}

/** Clicks the layout button and reads its status in the same task: `before→after`. */
async function clickLayoutToggle(page: Page): Promise<string> {
  return await page.evaluate(() => {
    const button = document.getElementById('layout-toggle')!;
    const before = button.dataset.status;
    button.click();
    return `${before}→${button.dataset.status}`;
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifacts}${name}.png` });
}

describe('viewer in headless Chromium', () => {
  it('loads the seed graph and draws it on the canvas (non-blank pixels)', async () => {
    const page = await open();
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    // Once sigma has drawn the graph (the seed graph has positions: no layout runs) and the camera is still, look at
    // real pixels of the graph area.
    expect(await page.locator('#layout-toggle').getAttribute('data-status')).toBe('done');
    await page.waitForFunction(() => performance.getEntriesByName('papergraph:first-frame').length > 0);
    await cameraAtRest(page);
    const share = await nonBackgroundShare(page, await page.locator('#graph-container').screenshot());
    expect(share).toBeGreaterThan(0.005);
    await shoot(page, 'main-view');
    // Nothing logged as an error while opening and laying out the default graph.
    expect(session.logs.at(-1)?.consoleErrors).toEqual([]);
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

  it('the canvas follows its container when a panel opens or closes beside it, not only on a window resize', async () => {
    const page = await open();
    await page.setViewportSize({ width: 1366, height: 768 });
    const widths = () =>
      page.evaluate(() => {
        const container = document.getElementById('graph-container')!;
        return { container: container.getBoundingClientRect().width, canvases: [...container.querySelectorAll('canvas')].map((canvas) => canvas.getBoundingClientRect().width) };
      });
    const following = async () => {
      const { container, canvases } = await widths();
      return canvases.length > 0 && canvases.every((width) => Math.abs(width - container) <= 1);
    };
    await expect.poll(following).toBe(true);
    const before = (await widths()).container;
    // Mistral-7B chosen in the Shared panel first: selecting it then moves no camera and changes no highlight, so
    // nothing but the container's new size asks sigma to draw again.
    await page.click('#shared >> text=Mistral-7B');
    await expect.poll(() => page.url()).toContain('shared=model%3Amistral-7b');
    await page.fill('#search-input', 'mistral 7b');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
    // The details panel takes its column from the map: the canvas shrinks with it instead of being drawn over it.
    await expect.poll(async () => (await widths()).container).toBeLessThan(before - 200);
    await expect.poll(following, { timeout: 5_000 }).toBe(true);
    const panel = (await page.locator('.answers').boundingBox())!;
    const canvasRight = await page.evaluate(() => Math.max(...[...document.querySelectorAll('#graph-container canvas')].map((canvas) => canvas.getBoundingClientRect().right)));
    expect(canvasRight).toBeLessThanOrEqual(panel.x + 1);
    // Closing the panel gives the width back.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await widths()).container).toBe(before);
    await expect.poll(following, { timeout: 5_000 }).toBe(true);
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
    const layoutRecord = await watchLayout(page, 'model:mistral-7b');
    await dropFile(page, 'llama-2-7b.txt', readFileSync(inject('seedListingPath'), 'utf8'));
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await page.locator('#status').textContent()).toContain('llama-2-7b.txt');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    expect(await page.locator('#message').isHidden()).toBe(true);
    // Built in the browser without positions: ForceAtlas2 starts by itself in a worker, with pause and resume.
    expect((await layoutRecord()).statuses[0]).toBe('running');
    const transitions = [await clickLayoutToggle(page)];
    // The automatic run may be over already: the button then runs it again, and the next click pauses it.
    if (transitions[0] === 'done→running') transitions.push(await clickLayoutToggle(page));
    transitions.push(await clickLayoutToggle(page));
    expect(transitions.slice(-2)).toEqual(['running→paused', 'paused→running']);
    const toggle = page.locator('#layout-toggle');
    await expect.poll(() => toggle.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await shoot(page, 'dropped-listing');
  });

  it('a paper without authors has no Authors heading; one with authors has it with their count', async () => {
    const page = await open();
    // (an invented record: a listing line with a title and an abstract but no authors)
    await dropFile(page, 'no-authors.jsonl', `${JSON.stringify({ title: 'Tuning Llama-2-7B without names', abstract: 'We fine-tune Llama-2-7B with LoRA.' })}\n`);
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    const paper = await page.evaluate(() => window.papergraph.app.getGraph()!.findNode((_key, attributes) => attributes.kind === 'paper'));
    await page.evaluate((key) => window.papergraph.app.select(key!, { moveCamera: false }), paper);
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Tuning Llama-2-7B without names');
    expect(await page.locator('#details h3').allTextContents()).not.toContain('Authors (0)');
    expect((await page.locator('#details h3').allTextContents()).some((text) => text.startsWith('Authors'))).toBe(false);
    // The seed's Kron-LoRA paper lists its authors under the heading.
    await page.goto(`${url}?node=${encodeURIComponent(kronLora)}`);
    await page.waitForSelector('body[data-status="ready"]');
    const authors = await page.locator('#details [data-testid="author-link"]').count();
    expect(authors).toBeGreaterThan(0);
    expect(await page.locator('#details h3').allTextContents()).toContain(`Authors (${authors})`);
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
    // Ingest reads a reference manager's formatting tags (`<b>…</b>`) as rich text and keeps any other markup as
    // written: the <img> with its handler reaches the viewer, which must show it as text.
    const title = '<img src=x onerror="window.__xss=1"><b>Evil</b> paper on Mistral-7B';
    const abstract = 'We evaluate <img src=y onerror="window.__xss=2"> Mistral-7B on GSM8K.';
    const records = [{ title, abstract, authors: ['Eve <i>Attacker</i>'], year: 2025, arxiv_id: '2599.00001' }];
    const titleAsRead = '<img src=x onerror="window.__xss=1"> Evil paper on Mistral-7B';
    await dropFile(page, 'xss.json', JSON.stringify(records));
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    await page.locator('#search-input').fill('evil paper');
    await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results img, #search-results b').count()).toBe(0);
    expect(await page.locator('.suggestion').first().textContent()).toContain('<img src=x');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe(titleAsRead);
    expect(await page.locator('#details img, #details b, #details script, #details i').count()).toBe(0);
    expect(await page.locator('#details .meta').textContent()).toContain('2025');
    expect(await page.locator('#details').textContent()).toContain('<img src=y onerror="window.__xss=2">');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await shoot(page, 'xss-as-text');
  });
  it('clicking a paper on the canvas opens it: authors, abstract with linked entities highlighted, links by relation with evidence', async () => {
    const page = await open();
    const { x, y } = await nodeOnPage(page, kronLora);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe(seedNode(kronLora).attributes.title);
    expect(page.url()).toContain(`node=${encodeURIComponent(kronLora)}`);
    const authors = seedGraph.edges.filter((e) => e.target === kronLora && e.attributes.relation === 'wrote').map((e) => seedNode(e.source).attributes.label);
    expect(await page.locator('#details [data-testid="author-link"]').allTextContents()).toEqual(authors);
    // The abstract names the entities the paper links to: each is a highlighted, clickable <mark>.
    const marked = await page.locator('#details .abstract mark').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.key));
    expect(marked).toContain('method:kron-lora');
    expect(marked).toContain('model:mistral-7b');
    // Links grouped by relation, in the panel's order, each count matching the graph.
    const count = (relation: string) => seedGraph.edges.filter((e) => e.source === kronLora && e.attributes.relation === relation).length;
    const headings = await page.locator('#details section h3').allTextContents();
    expect(headings).toEqual(expect.arrayContaining([`Proposes (${count('proposes')})`, `Uses (${count('uses')})`, `Tagged with (${count('tagged')})`]));
    expect(headings.indexOf(`Proposes (${count('proposes')})`)).toBeLessThan(headings.indexOf(`Uses (${count('uses')})`));
    // Every mention link shows the sentence behind it, or says it is the title above (not repeated).
    const usesSection = page.locator('#details section', { has: page.locator('h3', { hasText: /^Uses \(/ }) });
    const title = seedNode(kronLora).attributes.title;
    const usesInTitle = seedGraph.edges.filter((e) => e.source === kronLora && e.attributes.relation === 'uses' && e.attributes.evidence === title).length;
    expect(await usesSection.locator('blockquote.evidence').count()).toBe(count('uses') - usesInTitle);
    expect(await usesSection.locator('[data-testid="in-title"]').count()).toBe(usesInTitle);
    await shoot(page, 'paper-details');
    // A highlighted entity opens on click.
    await page.locator('#details .abstract mark[data-key="model:mistral-7b"]').first().click();
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
  });

  it('an entity panel lists its other spellings and its papers, each with the evidence sentence', async () => {
    const page = await open('?node=method%3Arlhf');
    expect(await page.locator('[data-testid="details-title"]').textContent()).toBe('RLHF');
    const aliases = page.locator('#details section', { has: page.locator('h3', { hasText: 'Also written' }) });
    expect(await aliases.textContent()).toContain('Reinforcement Learning from Human Feedback');
    // (a sentence that is its paper's title is not repeated under the title: "(in the title)")
    const linksIn = seedGraph.edges.filter((e) => e.target === 'method:rlhf' && e.attributes.evidence);
    const evidence = linksIn.filter((e) => e.attributes.evidence !== seedNode(e.source).attributes.title).map((e) => e.attributes.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    expect(await page.locator('#details blockquote.evidence').allTextContents()).toEqual(expect.arrayContaining(evidence));
    expect(await page.locator('#details [data-testid="in-title"]').count()).toBe(linksIn.length - evidence.length);
    expect(await page.locator('#details [data-testid="paper-link"]').count()).toBeGreaterThan(0);
  });

  it('search completes over aliases ignoring case and punctuation, and moves the camera to the chosen node', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('llama 2 7b');
    await expect.poll(() => page.locator('.suggestion').first().locator('.suggestion-label').textContent()).toBe('Llama-2-7B');
    // An alias: the long form of an acronym finds the method, and the list says which spelling matched.
    await page.locator('#search-input').fill('reinforcement learning from human');
    await expect.poll(() => page.locator('.suggestion').first().locator('.suggestion-label').textContent()).toBe('RLHF');
    expect(await page.locator('.suggestion').first().locator('.suggestion-alias').textContent()).toBe('Reinforcement Learning from Human Feedback');
    // A long form the graph does not carry (LoRA's only alias is "LoRA"): the lexicons know it, and the list says so.
    expect(seedNode('method:lora').attributes.aliases ?? []).not.toContain('low-rank adaptation');
    await page.locator('#search-input').fill('low-rank adaptation');
    await expect.poll(() => page.locator('.suggestion').first().getAttribute('data-key')).toBe('method:lora');
    expect(await page.locator('.suggestion').first().locator('.suggestion-alias').textContent()).toBe('low-rank adaptation');
    // Esc in the box closes the list and keeps the page as it was.
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-results').isHidden()).toBe(true);
    // Choosing a node far from the centre moves the camera onto it: the node in the middle of the part of the canvas
    // that no control covers.
    const target = 'method:conformal-constrained-policy-optimization';
    const cameraToNode = () => offFreeCentre(page, target);
    expect(await cameraToNode()).toBeGreaterThan(20);
    await page.locator('#search-input').fill('CCPO');
    await expect.poll(() => page.locator('.suggestion').first().getAttribute('data-key')).toBe(target);
    await page.locator('.suggestion').first().dispatchEvent('mousedown');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('CCPO');
    await expect.poll(cameraToNode).toBeLessThan(1.5);
  });

  it('colours by kind or by community, and the legend counts kinds and lists the communities with their labels', async () => {
    const page = await open();
    const papers = seedGraph.nodes.filter((n) => n.attributes.kind === 'paper');
    const [a, b] = [papers[0]!, papers.find((p) => p.attributes.community !== papers[0]!.attributes.community)!];
    const drawnColors = async () =>
      await page.evaluate(([x, y]) => {
        const renderer = window.papergraph.app.getRenderer()!;
        return [renderer.getNodeDisplayData(x!)?.color, renderer.getNodeDisplayData(y!)?.color];
      }, [a.key, b.key]);
    const [kindA, kindB] = await drawnColors();
    expect(kindA).toBe(kindB);
    await page.locator('[data-testid="color-community"]').click();
    await expect.poll(async () => (await drawnColors())[0] !== (await drawnColors())[1]).toBe(true);
    expect(page.url()).toContain('color=community');
    // Legend: one row per kind with its count; one per community with core's label and its size.
    for (const kind of ['paper', 'author', 'model', 'method', 'dataset']) {
      const row = page.locator('label.check-row', { has: page.locator(`[data-testid="kind-${kind}"]`) });
      expect(await row.locator('.count').textContent()).toBe(String(seedGraph.nodes.filter((n) => n.attributes.kind === kind).length));
    }
    for (const community of seedGraph.attributes.communities) {
      const row = page.locator('.community-row', { has: page.locator(`[data-testid="community-${community.id}"]`) });
      expect(await row.locator('.community-name').textContent()).toBe(community.label);
      expect(await row.locator('.count').textContent()).toBe(String(seedGraph.nodes.filter((n) => n.attributes.community === community.id).length));
    }
    await shoot(page, 'colour-by-community');
    await page.locator('[data-testid="color-kind"]').click();
    await expect.poll(async () => (await drawnColors())[0]).toBe(kindA);
  });

  it('filters by relation (tagged), minimum papers and community update the counts and the URL', async () => {
    const page = await open();
    const totalEdges = seedGraph.edges.length;
    const tagged = seedGraph.edges.filter((e) => e.attributes.relation === 'tagged').length;
    expect(tagged).toBeGreaterThan(0);
    await page.locator('[data-testid="relation-tagged"]').uncheck();
    await expect.poll(() => statusNumber(page, 'visibleEdges')).toBe(totalEdges - tagged);
    expect(await statusNumber(page, 'visibleNodes')).toBe(seedGraph.nodes.length);
    expect(page.url()).toContain('relations=tagged');
    await page.locator('[data-testid="relation-tagged"]').check();

    // Min. papers 2: models, methods, datasets and authors linked to fewer than two papers go; papers stay.
    const papersOf = new Map<string, Set<string>>();
    const kindOf = new Map(seedGraph.nodes.map((n) => [n.key, n.attributes.kind]));
    for (const edge of seedGraph.edges) {
      for (const [node, other] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
        if (kindOf.get(other) === 'paper') papersOf.set(node, (papersOf.get(node) ?? new Set()).add(other));
      }
    }
    const kept = seedGraph.nodes.filter((n) => n.attributes.kind === 'paper' || (papersOf.get(n.key)?.size ?? 0) >= 2).length;
    expect(kept).toBeLessThan(seedGraph.nodes.length);
    await page.locator('[data-testid="min-papers"]').fill('2');
    await page.locator('[data-testid="min-papers"]').dispatchEvent('change');
    await expect.poll(() => statusNumber(page, 'visibleNodes')).toBe(kept);
    expect(page.url()).toContain('minPapers=2');
    await page.locator('[data-testid="min-papers"]').fill('1');
    await page.locator('[data-testid="min-papers"]').dispatchEvent('change');
    await expect.poll(() => statusNumber(page, 'visibleNodes')).toBe(seedGraph.nodes.length);

    const community = seedGraph.attributes.communities[0]!;
    await page.locator(`[data-testid="community-${community.id}"]`).uncheck();
    await expect.poll(() => statusNumber(page, 'visibleNodes')).toBe(seedGraph.nodes.length - community.size);
    expect(page.url()).toContain(`communities=${community.id}`);
  });

  it('shared panel tabs rank methods and datasets; choosing one highlights its papers in the graph', async () => {
    const page = await open();
    for (const kind of ['method', 'dataset'] as const) {
      await page.locator(`[data-testid="shared-tab-${kind}"]`).click();
      const keys = await page.locator('#shared [data-testid="shared-entity"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.key ?? ''));
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((key) => key.startsWith(`${kind}:`))).toBe(true);
      const counts = await page.locator('#shared [data-testid="shared-entity"] .count').allTextContents();
      const numbers = counts.map((text) => Number.parseInt(text, 10));
      expect(numbers).toEqual([...numbers].sort((x, y) => y - x));
    }
    await page.locator('[data-testid="shared-tab-model"]').click();
    await page.locator('#shared [data-testid="shared-entity"][data-key="model:mistral-7b"]').click();
    const listed = await page.locator('#shared [data-testid="shared-paper"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.key ?? ''));
    expect(listed).toHaveLength(2);
    const states = await page.evaluate((papers) => {
      const renderer = window.papergraph.app.getRenderer()!;
      const active = renderer.getGraph().filterNodes((node) => renderer.getNodeState(node).isActive);
      return { hasFocus: renderer.getGraphState().hasFocus, active: active.sort(), papers };
    }, listed);
    expect(states.hasFocus).toBe(true);
    expect(states.active).toEqual(['model:mistral-7b', ...listed].sort());
    expect(page.url()).toContain('shared=model%3Amistral-7b');
  });

  it('exports GEXF that graphology-gexf parses with the same nodes, edges and positions, and reopens it', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-gexf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const text = readFileSync(await download.path(), 'utf8');
    const graph = parseGexf(MultiGraph, text);
    expect(graph.order).toBe(seedGraph.nodes.length);
    expect(graph.size).toBe(seedGraph.edges.length);
    const mistral = graph.getNodeAttributes('model:mistral-7b');
    expect(typeof mistral.x).toBe('number');
    expect(typeof mistral.y).toBe('number');
    expect(mistral.color).toBeTruthy();
    await dropFile(page, 'graph.gexf', text);
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    expect(await page.locator('#layout-toggle').getAttribute('data-status')).toBe('done');
  });

  it('loads a dropped graph.json, and JSON Lines records (gzipped, several files at once) built into one graph', async () => {
    const page = await open();
    await dropFile(page, 'graph.json', readFileSync(inject('seedGraphPath')));
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
    const records = (title: string, id: string) =>
      `${JSON.stringify({ title, abstract: `We fine-tune Mistral-7B with LoRA and evaluate on GSM8K (${title}).`, authors: ['Ada Lovelace', 'Alan Turing'], arxiv_id: id })}\n`;
    await dropFiles(page, [
      { name: 'a.jsonl.gz', content: gzipSync(records('First dropped paper', '2501.00001')) },
      { name: 'b.jsonl', content: records('Second dropped paper', '2501.00002') },
    ]);
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    const papers = await page.evaluate(() => window.papergraph.app.getGraph()!.filterNodes((_n, a) => a.kind === 'paper').length);
    expect(papers).toBe(2);
    expect(await page.evaluate(() => window.papergraph.app.getGraph()!.hasNode('model:mistral-7b'))).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('a.jsonl, b.jsonl');
  });

  it('builds dropped database exports: a Web of Science plain-text file and a Scopus CSV, with their citations', async () => {
    const page = await open();
    const formats = new URL('../../../../packages/core/test/fixtures/formats/', import.meta.url);
    await dropFiles(page, [
      { name: 'savedrecs.txt', content: readFileSync(new URL('web-of-science/savedrecs-head-metaknowledge.txt', formats)) },
      { name: 'scopus.csv', content: readFileSync(new URL('csv/scopus-litstudy.csv', formats)) },
    ]);
    expect(await page.locator('body').getAttribute('data-status')).toBe('ready');
    const counts = await page.evaluate(() => {
      const graph = window.papergraph.app.getGraph()!;
      return {
        papers: graph.filterNodes((_n, a) => a.kind === 'paper').length,
        cites: graph.filterEdges((_e, a) => a.relation === 'cites').length,
        namd: graph.filterNodes((_n, a) => a.kind === 'paper' && a.title === 'Scalable molecular dynamics with NAMD').length,
      };
    });
    // 6 Web of Science records (4 citations among them) and 6 Scopus rows.
    expect(counts).toEqual({ papers: 12, cites: 4, namd: 1 });
    expect(await page.locator('#status').textContent()).toContain('savedrecs.txt, scopus.csv');
  });

  it('a dropped listing is laid out in the page and the positions go into the exports', async () => {
    const page = await open();
    const layoutRecord = await watchLayout(page, 'model:mistral-7b');
    await dropFile(page, 'llama-2-7b.txt', readFileSync(inject('seedListingPath'), 'utf8'));
    const position = () => page.evaluate((key) => window.papergraph.app.getGraph()!.getNodeAttributes(key), 'model:mistral-7b');
    await expect.poll(() => page.locator('#layout-toggle').getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    const start = (await layoutRecord()).startPosition;
    expect(start).not.toBeNull();
    const end = await position();
    expect([end.x, end.y]).not.toEqual([start?.x, start?.y]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-graphml').click()]);
    const graph = parseGraphml(MultiGraph, readFileSync(await download.path(), 'utf8'));
    expect(graph.getNodeAttribute('model:mistral-7b', 'x')).toBeCloseTo(end.x as number, 3);
    expect(graph.getNodeAttribute('model:mistral-7b', 'y')).toBeCloseTo(end.y as number, 3);
    expect(graph.everyNode((_node, attributes) => typeof attributes.x === 'number' && typeof attributes.y === 'number')).toBe(true);
  });

  it('names the file and the problem for a broken GraphML file', async () => {
    const page = await open();
    await dropFile(page, 'bad.graphml', '<?xml version="1.0"?><graphml><graph><node id="a"></graph>');
    expect(await page.locator('body').getAttribute('data-status')).toBe('error');
    expect(await page.locator('#message').textContent()).toMatch(/Could not load bad\.graphml: it is not well-formed XML/);
    expect(await statusNumber(page, 'totalNodes')).toBe(seedGraph.nodes.length);
  });
  it('labels never overlap: sigma\'s grid picks them, overlapping ones are dropped, zooming in shows more', async () => {
    const page = await open();
    const overlapping = (boxes: Array<{ node: string; minX: number; maxX: number; minY: number; maxY: number }>) =>
      boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY).map((b) => `${a.node} / ${b.node}`));
    const frame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await frame();
    const overview = await page.evaluate(() => window.papergraph.app.getLabelBoxes());
    expect(overview.length).toBeGreaterThan(3);
    // Fewer labels than nodes: the grid thins them out at this zoom.
    expect(overview.length).toBeLessThan(seedGraph.nodes.length / 2);
    expect(overlapping(overview)).toEqual([]);
    // Zoomed in around the busiest paper, labels of its neighbours come in, still apart.
    await page.evaluate(async (key) => {
      const renderer = window.papergraph.app.getRenderer()!;
      const node = renderer.getNodeDisplayData(key)!;
      await renderer.getCamera().animate({ x: node.x, y: node.y, ratio: 0.25 }, { duration: 0 });
    }, 'paper:e3-pruner-towards-efficient-economical-and-effective-layer-p');
    await frame();
    const zoomed = await page.evaluate(() => window.papergraph.app.getLabelBoxes());
    expect(zoomed.length).toBeGreaterThan(0);
    expect(overlapping(zoomed)).toEqual([]);
    await shoot(page, 'labels-zoomed');
  });
  it('one update per action redraws only what the action changed', async () => {
    const page = await open();
    const lastDrawn = () => page.evaluate(() => [...window.papergraph.app.getLastDrawn()]);
    // Selecting: the side panel, the highlight, the bar over the canvas (its "Local graph"), the URL and the camera; not
    // the legend, the canvas or the Shared panel.
    await page.locator('#search-input').fill('mistral');
    await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
    expect(await lastDrawn()).toEqual(['highlight', 'canvas-bar', 'side-panel', 'url', 'camera']);
    // Hovering: the highlight alone, in an update scheduled for the next frame (once the camera has moved).
    await cameraAtRest(page);
    const { x, y } = await nodeOnPage(page, kronLora);
    await page.mouse.move(x, y);
    await expect.poll(() => page.evaluate((key) => window.papergraph.app.getRenderer()!.getNodeState(key).isActive, 'method:kron-lora')).toBe(true);
    expect(await lastDrawn()).toEqual(['highlight']);
    await page.mouse.move(5, 5);
    // A filter: what the graph hides, the community names (centres of what is shown), the counts, the legend, the side
    // panel (its "hidden" note), the export scope's sizes and the URL.
    await page.locator('[data-testid="relation-tagged"]').uncheck();
    await expect.poll(() => page.url()).toContain('relations=tagged');
    expect(await lastDrawn()).toEqual(['canvas-visibility', 'cluster-labels', 'status', 'filters-panel', 'side-panel', 'export-scope', 'url']);
    // Nothing left to draw after an action.
    expect(await page.evaluate(() => window.papergraph.app.update())).toEqual([]);
  });
});
