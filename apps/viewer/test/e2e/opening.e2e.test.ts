import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dropFile, viewerSession, type PageLog } from './browser.ts';

/*
 * Where a graph comes from: `?graph=` addresses on this site open directly, another site's or a data: address only
 * after the user confirms in the page, javascript: never; the page always names the source of the graph it shows;
 * GraphML that would make the browser's parser expand entities is refused before parsing.
 */
const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
const origin = new URL(url).origin;
/** The same server under another host name: another origin as far as the browser is concerned. */
const otherOrigin = origin.replace('127.0.0.1', 'localhost');
const smallGraphText = readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8');
const seedNodes = (JSON.parse(readFileSync(inject('seedGraphPath'), 'utf8')) as { nodes: unknown[] }).nodes.length;

const session = viewerSession();

/** A page on a viewer URL that may stop at the confirmation (so it does not wait for ready/error). */
async function goto(path: string): Promise<{ page: Page; nativeDialogs: string[]; requests: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const log: PageLog = { errors: [], consoleErrors: [] };
  const nativeDialogs: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('dialog', (dialog) => {
    nativeDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  session.pages.push(page);
  session.logs.push(log);
  await page.goto(`${url}${path}`);
  await page.waitForSelector('body:not([data-status="loading"])', { timeout: 30_000 });
  return { page, nativeDialogs, requests };
}

const open = (path = ''): Promise<Page> => session.open(`${url}${path}`);

const status = (page: Page) => page.locator('body').getAttribute('data-status');
const totalNodes = async (page: Page) => Number(await page.locator('#status').getAttribute('data-total-nodes'));
const sourceText = (page: Page) => page.locator('[data-testid="graph-source"]').textContent();

describe('opening a graph from an address', () => {
  it('opens the default graph and ?graph= addresses on this site without asking, and names the URL', async () => {
    const page = await open();
    expect(await page.locator('#confirm-graph').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect(await sourceText(page)).toBe(`URL: ${origin}/graph.json`);
    expect(await page.locator('[data-testid="graph-source"]').isVisible()).toBe(true);

    const fixture = await open('?graph=fixtures%2Fsmall-graph.json');
    expect(await status(fixture)).toBe('ready');
    expect(await totalNodes(fixture)).toBe(12);
    expect(await sourceText(fixture)).toBe(`URL: ${origin}/fixtures/small-graph.json`);
  });

  it('asks before opening a graph from another site, fetches nothing until then, and opens it on "Open"', async () => {
    const address = `${otherOrigin}/fixtures/small-graph.json`;
    const { page, nativeDialogs, requests } = await goto(`?graph=${encodeURIComponent(address)}`);
    expect(await status(page)).toBe('confirm');
    const dialog = page.locator('#confirm-graph');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('[data-testid="confirm-url"]').textContent()).toBe(address);
    expect(await dialog.textContent()).toContain(`another site (${otherOrigin})`);
    // Nothing asked of the other site yet, no graph shown, and the safe answer has the focus.
    expect(requests.filter((request) => request.startsWith(otherOrigin))).toEqual([]);
    expect(await page.evaluate(() => window.papergraph.app.getGraph())).toBeNull();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('confirm-cancel');
    await page.screenshot({ path: `${artifacts}confirm-other-site.png` });

    await dialog.locator('[data-testid="confirm-open"]').click();
    await page.waitForSelector('body[data-status="ready"]');
    expect(await totalNodes(page)).toBe(12);
    expect(await dialog.isVisible()).toBe(false);
    expect(await sourceText(page)).toBe(`From another site: ${address}`);
    expect(page.url()).toContain(`graph=${encodeURIComponent(address)}`);
    expect(nativeDialogs).toEqual([]);
  });

  it('declining ("Don\'t open" or Esc) opens nothing and says so', async () => {
    const { page } = await goto(`?graph=${encodeURIComponent(`${otherOrigin}/fixtures/small-graph.json`)}`);
    await page.locator('[data-testid="confirm-cancel"]').click();
    await page.waitForSelector('body[data-status="declined"]');
    expect(await page.locator('#message').textContent()).toContain(`Did not open ${otherOrigin}/fixtures/small-graph.json`);
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.papergraph.app.getGraph())).toBeNull();
    expect(await page.locator('[data-testid="graph-source"]').isVisible()).toBe(false);

    const data = `data:application/json;base64,${Buffer.from(smallGraphText).toString('base64')}`;
    const { page: withData } = await goto(`?graph=${encodeURIComponent(data)}`);
    expect(await status(withData)).toBe('confirm');
    await withData.keyboard.press('Escape');
    await withData.waitForSelector('body[data-status="declined"]');
    expect(await withData.locator('#confirm-graph').isVisible()).toBe(false);
    expect(await withData.evaluate(() => window.papergraph.app.getGraph())).toBeNull();
  });

  it('a data: address opens after confirming, shown cut with its length', async () => {
    const data = `data:application/json;base64,${Buffer.from(smallGraphText).toString('base64')}`;
    const { page } = await goto(`?graph=${encodeURIComponent(data)}`);
    const shown = await page.locator('[data-testid="confirm-url"]').textContent();
    expect(shown).toMatch(new RegExp(`^data:application/json;base64,.+… \\(${data.length.toLocaleString('en')} characters\\)$`));
    expect(await page.locator('#confirm-graph').textContent()).toContain('data: address');
    await page.locator('[data-testid="confirm-open"]').click();
    await page.waitForSelector('body[data-status="ready"]');
    expect(await totalNodes(page)).toBe(12);
    expect(await sourceText(page)).toMatch(/^From a data: address: data:application\/json;base64,/);
    // The whole address is the tooltip.
    expect(await page.locator('[data-testid="graph-source"]').getAttribute('title')).toBe(data);
  });

  it('refuses javascript: and other schemes outright: no question, no graph, a message naming the address', async () => {
    for (const address of ['javascript:alert(document.domain)', 'file:///etc/passwd']) {
      const { page, nativeDialogs } = await goto(`?graph=${encodeURIComponent(address)}`);
      expect(await status(page)).toBe('error');
      expect(await page.locator('#message').textContent()).toBe(
        `Could not load ${address}: not opened: the viewer opens graphs from http(s) addresses (or data:/blob: after confirmation), not ${address.split(':')[0]}: ones.`,
      );
      expect(await page.locator('#confirm-graph').isVisible()).toBe(false);
      expect(await page.locator('#empty-state').isVisible()).toBe(true);
      expect(nativeDialogs).toEqual([]);
    }
  });
});

describe('the source of the graph shown', () => {
  it('names dropped files, and stays on the graph shown when a drop fails', async () => {
    const page = await open();
    await dropFile(page, 'llama-2-7b.txt', readFileSync(inject('seedListingPath'), 'utf8'));
    expect(await sourceText(page)).toBe('File: llama-2-7b.txt');
    expect(await page.locator('[data-testid="graph-source"]').getAttribute('data-kind')).toBe('files');
    await dropFile(page, 'broken.json', '{"nodes": [1, 2');
    expect(await status(page)).toBe('error');
    expect(await sourceText(page)).toBe('File: llama-2-7b.txt');
    // A dropped graph is at no URL: the link no longer names one.
    expect(page.url()).not.toContain('graph=');
  });
});

describe('XML the browser must not parse', () => {
  const graphml = (declarations: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE graphml [\n${declarations}\n]>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="label" for="node" attr.name="label" attr.type="string"/><graph id="G" edgedefault="directed">\n${body}\n</graph></graphml>`;

  /**
   * ~250 KB that expand to ~700 MB: one 39 KB entity referenced 18,000 times (the "quadratic blowup" form of billion
   * laughs). Chromium's parser (libxml2) stops deeply nested entities itself ("Entity too big"), but expands this one:
   * it froze the page for 10-17 s here.
   */
  function quadraticBlowup(): string {
    const nodes = Array.from({ length: 3000 }, (_, i) => `<node id="n${i}"><data key="label">${'&lol;'.repeat(6)}</data></node>`).join('\n');
    return graphml(`<!ENTITY lol "${'lol'.repeat(13_000)}">`, nodes);
  }

  /** The classic form: entities nested ten deep, a billion "lol"s per reference. */
  function billionLaughs(): string {
    const entities = ['<!ENTITY lol0 "lol">'];
    for (let level = 1; level <= 9; level += 1) entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
    return graphml(entities.join('\n'), Array.from({ length: 100 }, (_, i) => `<node id="n${i}"><data key="label">&lol9;</data></node>`).join('\n'));
  }

  it('GraphML declaring entities (billion laughs) is refused at once with a message naming it; the page stays responsive and keeps its graph', async () => {
    const page = await open();
    const blowup = quadraticBlowup();
    expect(blowup.length).toBeGreaterThan(240_000);
    expect(blowup.length).toBeLessThan(300_000);
    // A heartbeat on the page's thread: a parser busy expanding entities would stop it.
    await page.evaluate(() => {
      const beats: number[] = [];
      (window as unknown as { beats: number[] }).beats = beats;
      const beat = () => {
        beats.push(performance.now());
        if (beats.length < 10_000) setTimeout(beat, 20);
      };
      beat();
    });
    for (const [name, text] of [['laughs.graphml', blowup], ['nested.graphml', billionLaughs()]] as const) {
      const started = Date.now();
      await dropFile(page, name, text);
      const elapsed = Date.now() - started;
      expect(await status(page)).toBe('error');
      const message = await page.locator('#message').textContent();
      expect(message).toMatch(new RegExp(`^Could not load ${name.replace('.', '\\.')}: it declares a document type \\(\`<!DOCTYPE…\` on line 2\\)`));
      expect(await page.locator('#message').isVisible()).toBe(true);
      // Refused in well under the time the parser spent expanding it.
      expect(elapsed, name).toBeLessThan(3000);
    }
    const longestPause = await page.evaluate(() => {
      const beats = (window as unknown as { beats: number[] }).beats;
      return Math.max(...beats.slice(1).map((at, i) => at - (beats[i] ?? at)));
    });
    expect(longestPause).toBeLessThan(1000);
    // The graph shown stays, and the page still answers: the search box works on it.
    expect(await totalNodes(page)).toBe(seedNodes);
    expect(await sourceText(page)).toBe(`URL: ${origin}/graph.json`);
    await page.locator('#search-input').fill('mistral');
    await expect.poll(() => page.locator('.suggestion').first().locator('.suggestion-label').textContent()).toBe('Mistral-7B');
    await page.screenshot({ path: `${artifacts}billion-laughs-refused.png` });
  });
});
