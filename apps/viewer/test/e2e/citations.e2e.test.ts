import { readFileSync } from 'node:fs';
import { bibliographicCoupling, coCited } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, inject, it } from 'vitest';
import type { ViewerEdgeAttributes, ViewerGraphAttributes, ViewerNodeAttributes } from '../../src/graph/types.ts';
import { viewerSession } from './browser.ts';

const url = inject('viewerUrl');
const CITATION_GRAPH = '?graph=fixtures%2Fcitation-graph.json';
// Real OpenAlex works (core's fixtures), built with `--references all`: GloVe cites word2vec and is cited by a paper
// of the inputs; the works it cites outside the inputs are stubs.
const serialized = JSON.parse(readFileSync(inject('citationGraphPath'), 'utf8')) as SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>;
const graph = MultiDirectedGraph.from(serialized);
const GLOVE = 'paper:glove-global-vectors-for-word-representation';

const session = viewerSession();

describe('citations in the paper panel', () => {
  it('shows what a paper cites and what cites it as two groups, stubs marked, and its similar papers', async () => {
    const page = await session.open(`${url}${CITATION_GRAPH}&node=${encodeURIComponent(GLOVE)}`);
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe(graph.getNodeAttribute(GLOVE, 'title'));

    const cites = graph.filterOutEdges(GLOVE, (_edge, attributes) => attributes.relation === 'cites').map((edge) => graph.target(edge));
    const citedBy = graph.filterInEdges(GLOVE, (_edge, attributes) => attributes.relation === 'cites').map((edge) => graph.source(edge));
    expect(citedBy.length).toBeGreaterThan(0);
    const headings = await page.locator('#details section h3').allTextContents();
    expect(headings).toEqual(expect.arrayContaining([`Cites (${cites.length})`, `Cited by (${citedBy.length})`]));

    const outKeys = await page.locator('#details section[data-relation="cites"][data-direction="out"] [data-testid="paper-link"]').evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.key));
    expect([...outKeys].sort()).toEqual([...cites].sort());
    const inKeys = await page.locator('#details section[data-relation="cites"][data-direction="in"] [data-testid="paper-link"]').evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.key));
    expect([...inKeys].sort()).toEqual([...citedBy].sort());
    const stubs = cites.filter((key) => graph.getNodeAttribute(key, 'stub') === true).length;
    expect(await page.locator('#details section[data-relation="cites"][data-direction="out"] .stub-note').count()).toBe(stubs);

    // Similar papers: core's numbers, top five each, clickable.
    const similar = page.locator('[data-testid="similar-papers"]');
    expect(await similar.isVisible()).toBe(true);
    const rows = (kind: string) => similar.locator(`[data-similar="${kind}"] [data-testid="similar-link"]`).evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.key));
    expect(await rows('co-cited')).toEqual(coCited(graph, GLOVE, { top: 5 }).map((paper) => paper.key));
    const coupled = bibliographicCoupling(graph, GLOVE, { top: 5 });
    expect(coupled.length).toBeGreaterThan(0);
    expect(await rows('coupled')).toEqual(coupled.map((paper) => paper.key));
    await similar.locator('[data-similar="coupled"] [data-testid="similar-link"]').first().click();
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe(coupled[0]!.title);

    // The relation filter lists `cites`, and hiding it hides every citation link.
    const citesFilter = page.locator('[data-testid="relation-cites"]');
    expect(await citesFilter.count()).toBe(1);
    const visibleEdges = () => page.locator('#status').evaluate((element) => Number((element as HTMLElement).dataset.visibleEdges));
    const before = await visibleEdges();
    await citesFilter.uncheck();
    const citeLinks = graph.filterEdges((_edge, attributes) => attributes.relation === 'cites').length;
    await expect.poll(visibleEdges).toBe(before - citeLinks);
  });
});
