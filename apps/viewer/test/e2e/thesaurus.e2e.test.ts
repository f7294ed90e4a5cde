import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyThesaurusToGraph, buildKnowledgeGraph, parseThesaurus, toGraphJSON } from '@papergraph/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropFile, viewerSession } from './browser.ts';
import { serveWithViewFile } from './view-file-server.ts';

/*
 * A thesaurus opened while the graph's details (abstracts, evidence) are still on their way — a graph opened from its
 * view file reads them from graph.json in a worker — waits for them: applied at once, it would build a new graph that
 * the details, merged into the old one, never reach.
 */
const artifacts = inject('artifactsDir');
const session = viewerSession();
const thesaurusPath = fileURLToPath(new URL('../fixtures/seed-thesaurus.tsv', import.meta.url));
const built = buildKnowledgeGraph([{ name: 'seeds/llama-2-7b.txt', text: readFileSync(inject('seedListingPath'), 'utf8') }]).graph;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveWithViewFile(artifacts, 'thesaurus-view-file', built);
});

afterAll(async () => {
  await server?.close();
});

describe('a thesaurus opened before the details have loaded', () => {
  it('is applied once they are in, and the new graph keeps the abstracts and evidence', async () => {
    const { thesaurus } = parseThesaurus(readFileSync(thesaurusPath, 'utf8'), 'seed-thesaurus.tsv');
    const expected = applyThesaurusToGraph(built.copy(), thesaurus).graph;
    const paper = expected.findNode((_key, attributes) => attributes.kind === 'paper' && typeof attributes.abstract === 'string' && attributes.abstract.length > 80 && !/[\\$]/.test(attributes.abstract))!;
    const report = expected.getAttribute('thesaurus') as { applied: number };
    expect(report.applied).toBeGreaterThan(0);
    const withEvidence = expected.filterEdges((_key, attributes) => typeof attributes.evidence === 'string' && attributes.evidence !== '').length;
    expect(withEvidence).toBeGreaterThan(10);

    // The details worker's read of graph.json (the second request for it: the page's own one only reads the headers
    // naming the view file) is held until the thesaurus has been opened.
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await context.route('**/graph.json', async (route) => {
      requests += 1;
      if (requests > 1) await released;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    session.logs.push({ errors, consoleErrors: [] });
    session.pages.push(page);
    await page.goto(server.url);
    await page.waitForSelector('body[data-status="ready"]');
    await expect.poll(() => requests).toBe(2);
    expect(await page.locator('body').getAttribute('data-background')).toBe('loading');
    // No abstract yet: the view file leaves them out.
    expect(await page.evaluate((key) => window.papergraph.app.getGraph()!.getNodeAttribute(key, 'abstract'), paper)).toBeUndefined();

    await page.locator('#file-input').setInputFiles(thesaurusPath);
    await expect.poll(() => page.locator('#message').textContent()).toContain('seed-thesaurus.tsv will be applied once the details');
    // Nothing changed meanwhile: the graph shown is still the one opened.
    expect(await page.evaluate(() => window.papergraph.app.getGraph()!.getAttribute('thesaurus'))).toBeUndefined();

    release();
    await expect.poll(() => page.locator('#message').textContent(), { timeout: 20_000 }).toContain(`thesaurus seed-thesaurus.tsv: ${report.applied} of 4 rules applied`);
    const shown = await page.evaluate((key) => {
      const graph = window.papergraph.app.getGraph()!;
      return {
        nodes: graph.nodes().sort(),
        abstract: graph.getNodeAttribute(key, 'abstract'),
        withEvidence: graph.filterEdges((_edge, attributes) => typeof attributes.evidence === 'string' && attributes.evidence !== '').length,
        thesaurus: graph.getAttribute('thesaurus'),
      };
    }, paper);
    expect(shown.nodes).toEqual(expected.nodes().sort());
    expect(shown.abstract).toBe(expected.getNodeAttribute(paper, 'abstract'));
    expect(shown.withEvidence).toBe(withEvidence);
    expect(shown.thesaurus).toEqual(expected.getAttribute('thesaurus'));
    // The side panel shows the abstract.
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), paper);
    await expect.poll(() => page.locator('#details').textContent()).toContain(String(expected.getNodeAttribute(paper, 'abstract')).slice(0, 60));
  });

  it('is not applied to another graph opened while it waited, and the notice says so', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
    let requests = 0;
    // The details never come (the worker's read of graph.json hangs).
    await context.route('**/graph.json', async (route) => {
      requests += 1;
      if (requests > 1) return;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    session.logs.push({ errors, consoleErrors: [] });
    session.pages.push(page);
    await page.goto(server.url);
    await page.waitForSelector('body[data-status="ready"]');
    await page.locator('#file-input').setInputFiles(thesaurusPath);
    await expect.poll(() => page.locator('#message').textContent()).toContain('will be applied once the details');
    await dropFile(page, 'graph.json', toGraphJSON(built));
    expect(await page.locator('#message').textContent()).toContain('thesaurus seed-thesaurus.tsv not applied: another graph was opened');
    expect(await page.evaluate(() => window.papergraph.app.getGraph()!.getAttribute('thesaurus'))).toBeUndefined();
  });
});
