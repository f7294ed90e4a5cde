import { readFileSync } from 'node:fs';
import { paperDate, trends } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { UNDATED_COLOR } from '../../src/graph/appearance.ts';
import type { ViewerEdgeAttributes, ViewerGraphAttributes, ViewerNodeAttributes } from '../../src/graph/types.ts';
import { recordUrls, viewerSession } from './browser.ts';

// Real records dated to different precisions (test/fixtures/mixed-dates/SOURCES.md): ten Web of Science records of
// 2010–2017, nine with a month, and nine Scopus rows of 1978–2025 with a year only. Core's trends are the reference.
const url = inject('viewerUrl');
const MIXED = '?graph=fixtures%2Fmixed-graph.json';
const graph = MultiDirectedGraph.from(
  JSON.parse(readFileSync(inject('mixedGraphPath'), 'utf8')) as SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>,
);
const papers = graph.filterNodes((_key, attributes) => attributes.kind === 'paper' && attributes['stub'] !== true);
const yearOf = (paper: string) => paperDate(graph.getNodeAttributes(paper))!.slice(0, 4);
const yearOnly = papers.filter((paper) => paperDate(graph.getNodeAttributes(paper))!.length === 4);
const inYears = (from: string, to: string) => papers.filter((paper) => yearOf(paper) >= from && yearOf(paper) <= to).length;

const session = viewerSession();

const open = (query = '', settings?: { timelineStepMs: number }): Promise<Page> => session.open(`${url}${MIXED}${query}`, settings ? { settings } : {});

const count = (page: Page) => page.locator('[data-testid="timeline-count"]').textContent();

describe('a timeline of papers dated to the month and to the year only (real Web of Science and Scopus records)', () => {
  it('the fixture mixes the precisions: most papers of a year alone would leave the months', () => {
    expect(papers).toHaveLength(19);
    expect(yearOnly).toHaveLength(10);
    expect(Math.min(...papers.map((paper) => Number(yearOf(paper))))).toBe(1978);
    expect(Math.max(...papers.map((paper) => Number(yearOf(paper))))).toBe(2025);
  });

  it('bins by year over every dated paper, each in its year, and says how precise the bins are and why', async () => {
    const page = await open();
    const { report } = trends(graph, { by: 'auto', kinds: [] });
    expect(report.by).toBe('year');
    const bins = await page.locator('.tl-bin').evaluateAll((elements) => elements.map((e) => [(e as HTMLElement).dataset.bin, Number((e as HTMLElement).dataset.papers)]));
    expect(bins).toEqual(report.bins.map((bin, i) => [bin, report.papers[i]]));
    expect(bins[0]).toEqual(['1978', 1]);
    expect(bins.at(-1)).toEqual(['2025', 1]);
    expect(bins).toHaveLength(48);
    expect(bins.reduce((sum, [, papers]) => sum + Number(papers), 0)).toBe(19);
    expect(await count(page)).toBe('19 of 19 papers');
    const precision = page.locator('[data-testid="timeline-bins"]');
    expect(await precision.textContent()).toBe('Papers per year (10 dated to the year only)');
    expect(await precision.getAttribute('title')).toBe('Bars are years, as 10 of 19 dated papers are dated only to the year: each of the 19 dated papers counts in its year');
    expect(await page.locator('.tl-axis .tl-tick').allTextContents()).toEqual(expect.arrayContaining(['1978', '2025']));
    await page.screenshot({ path: `${inject('artifactsDir')}mixed-dates-timeline.png` });
  });

  it('a range in years filters to them with a brush on the timeline; one in months is read as their years', async () => {
    const page = await open('&from=2020&to=2024');
    expect(await count(page)).toBe(`${inYears('2020', '2024')} of 19 papers`);
    expect(inYears('2020', '2024')).toBe(2);
    expect(await page.locator('[data-testid="timeline-outside"]').count()).toBe(0);
    expect(await page.locator('[data-testid="timeline-brush"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('2020 – 2024');

    const months = await open('&from=2013-03&to=2015-12');
    await expect.poll(() => months.url()).toContain('from=2013&to=2015');
    expect(await count(months)).toBe(`${inYears('2013', '2015')} of 19 papers`);
  });

  it('brushing the early years keeps their papers, which months could not place', async () => {
    const page = await open();
    const centre = async (bin: string) => {
      const box = (await page.locator(`.tl-bin[data-bin="${bin}"]`).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const [start, end] = [await centre('1978'), await centre('1990')];
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toContain('from=1978&to=1990');
    expect(await count(page)).toBe('2 of 19 papers');
  });

  it('play replays year by year', async () => {
    const page = await open('&from=2010&to=2015', { timelineStepMs: 60 });
    const urls = await recordUrls(page);
    await page.locator('[data-testid="timeline-play"]').click();
    await expect.poll(() => page.evaluate(() => window.papergraph.app.isPlaying()), { timeout: 10_000 }).toBe(false);
    const ends = (await urls()).map((address) => new URLSearchParams(address.split('?')[1]).get('to'));
    // Every year of 2010–2015 has a paper here.
    expect([...new Set(ends)]).toEqual(['2010', '2011', '2012', '2013', '2014', '2015']);
    expect(page.url()).toContain('from=2010&to=2015');
  });

  it('an entity named only by a paper of a year alone has its sparkline by year, and colour by year colours it', async () => {
    const entity = 'method:deep-spiking-neural-network';
    const named = graph.filterInNeighbors(entity, (_key, attributes) => attributes.kind === 'paper');
    expect(named.every((paper) => yearOnly.includes(paper))).toBe(true);
    const page = await open(`&node=${encodeURIComponent(entity)}&color=year`);
    const trend = page.locator('#details [data-testid="entity-trend"]');
    expect(await trend.locator('h3').textContent()).toBe(`Over time (${named.length} dated paper${named.length === 1 ? '' : 's'})`);
    expect(await trend.textContent()).toContain('Papers naming it each year');
    expect(await trend.locator('.spark-bin').count()).toBe(48);
    const colours = await page.evaluate((keys) => keys.map((key) => window.papergraph.app.getRenderer()!.getNodeDisplayData(key)?.color), [entity, ...yearOnly]);
    for (const colour of colours) expect(colour).not.toBe(UNDATED_COLOR);
    expect(await page.locator('[data-testid="year-legend-year-only"]').count()).toBe(0);
  });

  it('search finds a paper by its DOI, whole or by its start, as its panel shows it', async () => {
    const page = await open();
    const paper = papers.find((key) => graph.getNodeAttribute(key, 'doi') === '10.1002/polb.24346')!;
    expect(paper).toBeDefined();
    await page.keyboard.press('/');
    await page.keyboard.type('10.1002/polb.24346');
    await expect.poll(() => page.locator('.suggestion').first().getAttribute('data-key')).toBe(paper);
    expect(await page.locator('.suggestion').first().locator('.suggestion-alias').textContent()).toBe('DOI 10.1002/polb.24346');
    await page.locator('#search-input').fill('https://doi.org/10.1002/POLB.243');
    await expect.poll(() => page.locator('.suggestion').first().getAttribute('data-key')).toBe(paper);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`node=${encodeURIComponent(paper)}`);
    expect(await page.locator('#details .meta').textContent()).toContain('DOI 10.1002/polb.24346');
  });
});
