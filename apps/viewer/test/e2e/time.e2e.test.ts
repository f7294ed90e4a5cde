import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { binRange, growthText, paperDate, peakOf, recentWindow, sharedEntities, trends } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { ViewerEdgeAttributes, ViewerGraphAttributes, ViewerNodeAttributes } from '../../src/graph/types.ts';
import { binLabel, buildTimeline, dateLegendOf, datePositions, greyByDate } from '../../src/model/timeline.ts';
import { normalizeGraph } from '../../src/graph/normalize.ts';
import { risingEntities } from '../../src/model/trends.ts';
import { recordUrls, viewerSession } from './browser.ts';

const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
const TIME_GRAPH = '?graph=fixtures%2Ftime-graph.json';
const docsDir = fileURLToPath(new URL('../../../../docs/', import.meta.url));

// The real papers (arXiv ids of 2023–2026) as the viewer receives them; core's trends are the reference numbers.
const serialized = JSON.parse(readFileSync(inject('timeGraphPath'), 'utf8')) as SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>;
const graph = MultiDirectedGraph.from(serialized);
const { report } = trends(graph, { by: 'month' });
const monthOf = (paper: string) => {
  const id = String(graph.getNodeAttribute(paper, 'arxivId'));
  return `20${id.slice(0, 2)}-${id.slice(2, 4)}`;
};
const papers = graph.filterNodes((_key, attributes) => attributes.kind === 'paper');

/** Nodes a range leaves: papers of its months, and every other node with a paper among them (or with no paper at all). */
function visibleIn(from: string, to: string): number {
  const kept = new Set(papers.filter((paper) => monthOf(paper) >= from && monthOf(paper) <= to));
  return graph.filterNodes((key, attributes) => {
    if (attributes.kind === 'paper') return kept.has(key);
    const linked = graph.filterNeighbors(key, (_n, a) => a.kind === 'paper');
    return linked.length === 0 || linked.some((paper) => kept.has(paper));
  }).length;
}

const session = viewerSession();

const open = (query = ''): Promise<Page> => session.open(`${url}${TIME_GRAPH}${query}`);

async function visibleNodes(page: Page): Promise<number> {
  return Number(await page.locator('#status').evaluate((element) => (element as HTMLElement).dataset.visibleNodes));
}

/** Drags over the histogram from the middle of one month's bar to the middle of another's. */
async function brush(page: Page, from: string, to: string): Promise<void> {
  const centre = async (bin: string) => {
    // While a replay runs the histogram is drawn again at each step: a bar read between two drawings has no box.
    const bar = page.locator(`.tl-bin[data-bin="${bin}"]`);
    let box: Awaited<ReturnType<typeof bar.boundingBox>> = null;
    await expect.poll(async () => (box = await bar.boundingBox()) !== null).toBe(true);
    const { x, y, width, height } = box!;
    return { x: x + width / 2, y: y + height / 2 };
  };
  const [start, end] = [await centre(from), await centre(to)];
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}


describe('time in the viewer (real arXiv papers, 2023–2026)', () => {
  it('shows papers per month under the map, from the first month to the last, empty months included', async () => {
    const page = await open();
    expect(await page.locator('#timeline').isVisible()).toBe(true);
    const bins = await page.locator('.tl-bin').evaluateAll((elements) => elements.map((e) => [(e as HTMLElement).dataset.bin, Number((e as HTMLElement).dataset.papers)]));
    expect(bins).toEqual(report.bins.map((bin, i) => [bin, report.papers[i]]));
    expect(bins[0]).toEqual(['2023-01', 3]);
    expect(bins.at(-1)?.[0]).toBe('2026-06');
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('All dates');
    expect(await page.locator('[data-testid="timeline-count"]').textContent()).toBe(`${papers.length} of ${papers.length} papers`);
    // The map ends where the strip begins.
    const map = (await page.locator('#graph-container').boundingBox())!;
    const strip = (await page.locator('#timeline').boundingBox())!;
    expect(Math.abs(map.y + map.height - strip.y)).toBeLessThanOrEqual(1);
    expect(session.logs.at(-1)?.consoleErrors).toEqual([]);
  });

  it('brushing filters the graph to the months, writes them in the URL, and a reload keeps them', async () => {
    const page = await open();
    const total = await visibleNodes(page);
    expect(total).toBe(graph.order);
    await brush(page, '2025-03', '2025-09');
    await expect.poll(() => page.url()).toContain('from=2025-03&to=2025-09');
    const expected = visibleIn('2025-03', '2025-09');
    expect(expected).toBeLessThan(graph.order);
    await expect.poll(() => visibleNodes(page)).toBe(expected);
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('Mar 2025 – Sep 2025');
    const inRange = papers.filter((paper) => monthOf(paper) >= '2025-03' && monthOf(paper) <= '2025-09').length;
    expect(await page.locator('[data-testid="timeline-count"]').textContent()).toBe(`${inRange} of ${papers.length} papers`);
    // What sigma hides is what the range leaves out: a paper of 2024 is hidden, one of June 2025 is not.
    const hidden = await page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer()!;
      return renderer.getGraph().filterNodes((node) => renderer.getNodeState(node).isHidden);
    });
    expect(hidden.length).toBe(graph.order - expected);
    expect(hidden).toContain(papers.find((paper) => monthOf(paper) === '2023-02'));
    expect(hidden).not.toContain(papers.find((paper) => monthOf(paper) === '2025-06'));
    await page.screenshot({ path: `${artifacts}timeline-brushed.png` });

    await page.reload();
    await page.waitForSelector('body[data-status="ready"]');
    expect(page.url()).toContain('from=2025-03&to=2025-09');
    expect(await visibleNodes(page)).toBe(expected);
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('Mar 2025 – Sep 2025');
    // Dragging the range's right edge moves its end; "Show all dates" lifts it.
    const brushBox = (await page.locator('[data-testid="timeline-brush"]').boundingBox())!;
    const december = (await page.locator('.tl-bin[data-bin="2025-12"]').boundingBox())!;
    await page.mouse.move(brushBox.x + brushBox.width - 1, brushBox.y + brushBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(december.x + december.width / 2, brushBox.y + brushBox.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toContain('from=2025-03&to=2025-12');
    await expect.poll(() => visibleNodes(page)).toBe(visibleIn('2025-03', '2025-12'));
    await page.locator('[data-testid="timeline-clear"]').click();
    await expect.poll(() => visibleNodes(page)).toBe(graph.order);
    expect(page.url()).not.toContain('from=');
  });

  it('a range in years on a timeline of months is read as those years’ months; a malformed one is dropped before it hides anything', async () => {
    const page = await open('&from=2025&to=2025');
    await expect.poll(() => page.url()).toContain('from=2025-01&to=2025-12');
    expect(await visibleNodes(page)).toBe(visibleIn('2025-01', '2025-12'));
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('Jan 2025 – Dec 2025');
    const malformed = await open('&from=2025-13&to=26');
    expect(await visibleNodes(malformed)).toBe(graph.order);
    expect(malformed.url()).not.toMatch(/from=|to=/);
    expect(await malformed.locator('[data-testid="timeline-range"]').textContent()).toBe('All dates');
  });

  it('a click picks one month; the arrow keys move the range', async () => {
    const page = await open();
    const box = (await page.locator('.tl-bin[data-bin="2026-04"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.url()).toContain('from=2026-04&to=2026-04');
    await expect.poll(() => visibleNodes(page)).toBe(visibleIn('2026-04', '2026-04'));
    await page.locator('[data-testid="timeline-plot"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('from=2026-03&to=2026-03');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.url()).toContain('from=2026-03&to=2026-04');
  });

  it('play replays the growth month by month and stops at the end; pause stops it where it is', async () => {
    const page = await open('&from=2026-02&to=2026-06');
    const urls = await recordUrls(page);
    const counts: number[] = [];
    await page.locator('[data-testid="timeline-play"]').click();
    expect(await page.locator('[data-testid="timeline-play"]').getAttribute('data-state')).toBe('playing');
    // Visible nodes only grow while it plays.
    while ((await page.locator('[data-testid="timeline-play"]').getAttribute('data-state')) === 'playing') {
      counts.push(await visibleNodes(page));
      await page.waitForTimeout(150);
    }
    const ends = (await urls()).map((address) => new URLSearchParams(address.split('?')[1]).get('to'));
    expect([...new Set(ends)]).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Each count read while playing is that of a step (a busy machine may skip reading some).
    const stepCounts = ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((month) => visibleIn('2026-02', month));
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(stepCounts).toContain(count);
    // At the end the range it started from is back, and nothing plays.
    expect(page.url()).toContain('from=2026-02&to=2026-06');
    expect(await visibleNodes(page)).toBe(visibleIn('2026-02', '2026-06'));
    expect(await page.evaluate(() => window.papergraph.app.isPlaying())).toBe(false);

    // Without a range it replays the whole timeline; pausing keeps the month reached, playing goes on from it.
    await page.locator('[data-testid="timeline-clear"]').click();
    await page.locator('[data-testid="timeline-play"]').click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('to=2023-03');
    await page.locator('[data-testid="timeline-play"]').click();
    expect(await page.locator('[data-testid="timeline-play"]').getAttribute('data-state')).toBe('paused');
    const paused = page.url();
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(paused);
    expect(paused).toContain('from=2023-01');
    const reached = new URLSearchParams(paused.split('?')[1]).get('to')!;
    await page.locator('[data-testid="timeline-play"]').click();
    await expect.poll(() => new URLSearchParams(page.url().split('?')[1]).get('to')! > reached, { timeout: 10_000 }).toBe(true);
    expect(page.url()).toContain('from=2023-01');
    // A brush ends the replay.
    await brush(page, '2025-01', '2025-02');
    await expect.poll(() => page.url()).toContain('from=2025-01&to=2025-02');
    expect(await page.evaluate(() => window.papergraph.app.isPlaying())).toBe(false);
    await page.waitForTimeout(1500);
    expect(page.url()).toContain('from=2025-01&to=2025-02');
  });

  it('a replay crosses months without papers in one step', async () => {
    // June, August, September and October 2023 have no paper: the replay of May–October shows May, July, then the
    // whole range (its last step), never a month that adds nothing to the map.
    const empty = (month: string) => report.papers[report.bins.indexOf(month)] === 0;
    expect(['2023-06', '2023-08', '2023-09', '2023-10'].every(empty)).toBe(true);
    expect(['2023-05', '2023-07'].some(empty)).toBe(false);
    const page = await open('&from=2023-05&to=2023-10');
    const urls = await recordUrls(page);
    await page.locator('[data-testid="timeline-play"]').click();
    await expect.poll(() => page.evaluate(() => window.papergraph.app.isPlaying()), { timeout: 10_000 }).toBe(false);
    const ends = (await urls()).map((address) => new URLSearchParams(address.split('?')[1]).get('to'));
    expect([...new Set(ends)]).toEqual(['2023-05', '2023-07', '2023-10']);
    expect(page.url()).toContain('from=2023-05&to=2023-10');
  });

  it('colours by year: papers by month, entities by the mean month of their papers, with a legend', async () => {
    const page = await open();
    expect(await page.locator('[data-testid="year-legend"]').count()).toBe(0);
    await page.locator('[data-testid="color-year"]').click();
    await expect.poll(() => page.url()).toContain('color=year');
    expect(await page.locator('[data-testid="year-legend"]').isVisible()).toBe(true);
    // The palette spans the middle 90% of the dated papers (the app's dateLegendOf on the same timeline).
    const legend = dateLegendOf(buildTimeline(normalizeGraph(graph.copy()))!, null);
    expect(await page.locator('[data-testid="year-legend-first"]').textContent()).toBe(`${legend.before ? '≤ ' : ''}${binLabel(legend.first)}`);
    expect(await page.locator('[data-testid="year-legend-last"]').textContent()).toBe(`${legend.after ? '≥ ' : ''}${binLabel(legend.last)}`);
    expect(legend.first > '2023-01' && legend.last < '2026-06').toBe(true);
    // The grey rows count what is grey, by why (the app's greyByDate on the same graph).
    const shown = normalizeGraph(graph.copy());
    const timeline = buildTimeline(shown)!;
    const grey = greyByDate(shown, timeline, datePositions(shown, timeline));
    expect(await page.locator('[data-testid="year-legend-undated"]').textContent()).toBe(`undated${grey.undated}`);
    expect(await page.locator('[data-testid="year-legend-year-only"]').count()).toBe(grey.yearOnly > 0 ? 1 : 0);
    const colours = await page.evaluate(
      (keys) => {
        const renderer = window.papergraph.app.getRenderer()!;
        return keys.map((key) => renderer.getNodeDisplayData(key)?.color);
      },
      [papers.find((p) => monthOf(p) === '2023-01')!, papers.find((p) => monthOf(p) === '2026-06')!, 'model:gpt-4'],
    );
    // viridis: the first month dark purple, the last yellow, GPT-4 (named from 2023 on) in between.
    expect(colours[0]).toBe('#440154');
    expect(colours[1]).toBe('#fde725');
    expect(colours[2]).not.toBe(colours[0]);
    expect(colours[2]).not.toBe(colours[1]);
    // The histogram takes the palette: first and last bars in the legend's end colours.
    const barColours = await page.locator('.tl-bin .tl-bar').evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).backgroundColor));
    expect(barColours[0]).toBe('rgb(68, 1, 84)');
    expect(barColours.at(-1)).toBe('rgb(253, 231, 37)');
    await page.screenshot({ path: `${artifacts}colour-by-year.png` });
  });

  it("an entity's panel shows its sparkline, first seen, peak and bursts", async () => {
    const page = await open('&node=model%3Agpt-4');
    const trend = report.entities.find((entity) => entity.key === 'model:gpt-4')!;
    expect(trend.bursts.length).toBeGreaterThan(0);
    const sparkline = page.locator('#details [data-testid="entity-sparkline"]');
    expect(await sparkline.isVisible()).toBe(true);
    const bins = await sparkline.locator('.spark-bin').evaluateAll((elements) => elements.map((e) => Number((e as HTMLElement).dataset.count)));
    expect(bins).toEqual(trend.counts);
    expect(await sparkline.locator('.spark-bar').count()).toBe(trend.counts.filter((count) => count > 0).length);
    expect(await sparkline.locator('.spark-bin.burst').count()).toBe(trend.bursts.reduce((sum, burst) => sum + report.bins.indexOf(burst.end) - report.bins.indexOf(burst.start) + 1, 0));
    const fact = (name: string) => page.locator(`#details [data-testid="entity-trend-facts"] dd[data-fact="${name}"]`).textContent();
    expect(trend.firstSeen).toBe(papers.filter((paper) => graph.someNeighbor(paper, (n) => n === 'model:gpt-4')).map(monthOf).sort()[0]);
    expect(await fact('first-seen')).toBe(binLabel(trend.firstSeen));
    const peak = peakOf(trend, report.bins);
    expect(await fact('peak')).toBe(`${binLabel(peak)}: ${trend.counts[report.bins.indexOf(peak)]} of ${report.papers[report.bins.indexOf(peak)]} papers`);
    expect(await fact('bursts')).toContain(`(weight ${trend.bursts[0]!.weight})`);
    expect(await fact('growth')).toBe(growthText(trend.growth));
    await page.locator('#details').screenshot({ path: `${artifacts}entity-sparkline.png` });
  });

  it("an entity's panel lists what goes with it: the entities named with it beyond chance, with counts and lift; a click selects one", async () => {
    const page = await open('&node=model%3Agpt-4');
    const section = page.locator('#details [data-testid="co-occurring"]');
    await expect.poll(() => section.count()).toBe(1);
    // The papers naming each entity, read from the file's links (mentions only).
    const named = new Map<string, Set<string>>();
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (!['uses', 'proposes', 'evaluates_on'].includes(attributes.relation) || !['model', 'method', 'dataset'].includes(graph.getNodeAttribute(target, 'kind'))) return;
      named.set(target, new Set([...(named.get(target) ?? []), source]));
    });
    const withEntity = new Set([...named.values()].flatMap((set) => [...set])).size;
    const own = named.get('model:gpt-4')!;
    const rows = await section.locator('.co-occurring-row').evaluateAll((items) =>
      items.map((item) => {
        const count = item.querySelector('[data-testid="co-occurring-count"]') as HTMLElement;
        return { key: (item as HTMLElement).dataset.key!, text: count.textContent ?? '', title: count.title, shared: Number(count.dataset.shared), lift: Number(count.dataset.lift) };
      }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThanOrEqual(10);
    for (const row of rows) {
      const papers = named.get(row.key)!;
      const shared = [...own].filter((paper) => papers.has(paper)).length;
      expect(row.shared, row.key).toBe(shared);
      expect(row.text).toMatch(new RegExp(`^ ${shared} papers? · ${Math.round((shared / own.size) * 100)}% · [\\d.]+×$`));
      expect(row.lift).toBeCloseTo((shared * withEntity) / (own.size * papers.size), 6);
      expect(row.lift).toBeGreaterThan(1);
      expect(row.title).toContain(`${shared} of the ${own.size} papers naming GPT-4`);
    }
    const first = rows[0]!;
    await section.locator('[data-testid="co-occurring-link"]').first().click();
    await expect.poll(() => page.url()).toContain(`node=${encodeURIComponent(first.key)}`);
    expect(await page.locator('#details [data-testid="details-title"]').textContent()).toBe(String(graph.getNodeAttribute(first.key, 'label')));
    // The pair's statistic is the same both ways: the entity opened lists GPT-4 among what goes with it.
    await expect.poll(() => page.locator('#details [data-testid="co-occurring"] .co-occurring-row[data-key="model:gpt-4"]').count()).toBe(1);
    await page.locator('#details').screenshot({ path: `${artifacts}co-occurring.png` });
  });

  it("a paper's panel gives its month, read from its arXiv id", async () => {
    const paper = papers.find((key) => monthOf(key) === '2025-03')!;
    const page = await open(`&node=${encodeURIComponent(paper)}`);
    expect(await page.locator('#details .meta').textContent()).toMatch(new RegExp(`^Mar 2025 · arXiv ${graph.getNodeAttribute(paper, 'arxivId')}`));
  });

  it('the Rising tab ranks entities by growth with their sparklines; choosing one highlights its papers', async () => {
    const page = await open();
    await page.locator('[data-testid="shared-tab-rising"]').click();
    await expect.poll(() => page.url()).toContain('tab=rising');
    const expected = risingEntities(report, recentWindow(report.papers));
    // Rising needs a change beyond chance (G >= 3.84), so on these 287 papers only a few entities qualify.
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const rows = page.locator('#shared [data-testid="shared-entity"]');
    const keys = await rows.evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.key));
    expect(keys).toEqual(expected.slice(0, 50).map((entity) => entity.key));
    expect(await page.locator('#shared [data-testid="rising-sparkline"]').count()).toBe(keys.length);
    // Two decimals, as the CLI's trends and the entity panel write growth (docs/trends.md).
    expect(await rows.first().locator('.count').textContent()).toBe(growthText(expected[0]!.growth));
    expect(await rows.first().locator('.count').textContent()).toMatch(/^\d+\.\d\d×$/);
    const chosen = expected[0]!.key;
    await rows.first().click();
    await expect.poll(() => page.url()).toContain(`shared=${encodeURIComponent(chosen)}`);
    const listed = await page.locator('#shared [data-testid="shared-paper"]').evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.key ?? ''));
    const linked = graph.filterInNeighbors(chosen, (_n, a) => a.kind === 'paper');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((paper) => linked.includes(paper))).toBe(true);
    const active = await page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer()!;
      return renderer.getGraph().filterNodes((node) => renderer.getNodeState(node).isActive);
    });
    expect(active).toContain(chosen);
    for (const paper of listed) expect(active).toContain(paper);
    // The tab and the choice come back from the link.
    await page.reload();
    await page.waitForSelector('body[data-status="ready"]');
    expect(await page.locator('[data-testid="shared-tab-rising"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#shared .shared-row.chosen [data-testid="shared-entity"]').getAttribute('data-key')).toBe(chosen);
  });

  it('the Rising tab names its recent window and gives each row its papers in the window against before, the full name in a tooltip', async () => {
    const page = await open('&tab=rising');
    const window = recentWindow(report.papers);
    const bins = report.bins.slice(-window);
    // The window's own words: its length and its months (the months of the timeline's end).
    const length = window === 1 ? 'last month' : window === 3 ? 'last quarter' : window === 12 ? 'last year' : `last ${window} months`;
    const span = window === 1 ? binLabel(bins[0]!) : bins[0]!.slice(0, 4) === bins.at(-1)!.slice(0, 4) ? `${binLabel(bins[0]!).slice(0, 3)} – ${binLabel(bins.at(-1)!)}` : `${binLabel(bins[0]!)} – ${binLabel(bins.at(-1)!)}`;
    await expect.poll(() => page.locator('[data-testid="rising-window"]').textContent()).toBe(`Rising in the ${length} (${span})`);
    const expected = risingEntities(report, window);
    const rows = page.locator('#shared [data-testid="shared-entity"]');
    await expect.poll(() => rows.count()).toBe(Math.min(50, expected.length));
    const shown = await rows.evaluateAll((buttons) =>
      buttons.map((button) => ({
        key: (button as HTMLElement).dataset.key!,
        growth: button.querySelector('.count')!.textContent,
        counts: button.querySelector('[data-testid="rising-counts"]')!.textContent,
        tooltip: (button.querySelector('[data-testid="rising-counts"]') as HTMLElement).title,
        label: button.querySelector('.shared-label')!.textContent,
        labelTitle: (button.querySelector('.shared-label') as HTMLElement).title,
      })),
    );
    for (const [i, row] of shown.entries()) {
      const trend = expected[i]!;
      const recent = trend.counts.slice(-window).reduce((a, b) => a + b, 0);
      const before = trend.counts.slice(0, -window).reduce((a, b) => a + b, 0);
      expect(row.key).toBe(trend.key);
      // Read as one line: "2.34× · 7 vs 1".
      expect(`${row.growth}${row.counts}`).toBe(`${growthText(trend.growth)} · ${recent} vs ${before}`);
      expect(recent + before).toBe(trend.total);
      expect(row.tooltip).toContain(`${recent} of `);
      expect(row.tooltip).toContain(`against ${before} of `);
      expect(row.tooltip).toContain(`(${span};`);
      expect(row.labelTitle).toBe(row.label);
    }
    // The name is cut in the column where it is long; its tooltip has it whole, and the figures stay on screen.
    const layout = await rows.first().evaluate((button) => {
      const label = button.querySelector('.shared-label') as HTMLElement;
      const counts = button.querySelector('[data-testid="rising-counts"]')!.getBoundingClientRect();
      const panel = document.querySelector('#shared')!.getBoundingClientRect();
      return { fits: counts.right <= panel.right && counts.left >= panel.left, labelWidth: label.getBoundingClientRect().width };
    });
    expect(layout.fits).toBe(true);
    expect(layout.labelWidth).toBeGreaterThan(150);
    await page.locator('#shared').screenshot({ path: `${artifacts}rising-tab.png` });
  });

  it("the Shared panel greys a chosen entity's papers outside the brushed range, and counts them", async () => {
    const chosen = 'model:gpt-4';
    const page = await open(`&from=2025-03&to=2025-09&tab=model&shared=${encodeURIComponent(chosen)}`);
    const rows = page.locator('#shared .shared-papers > li');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const listed = await rows.evaluateAll((items) =>
      items.map((item) => ({ key: (item.querySelector('[data-testid="shared-paper"]') as HTMLElement).dataset.key!, greyed: item.classList.contains('hidden-by-filters') })),
    );
    const inRange = (paper: string) => monthOf(paper) >= '2025-03' && monthOf(paper) <= '2025-09';
    expect(listed.filter((row) => row.greyed).length).toBeGreaterThan(0);
    for (const row of listed) expect(row.greyed, row.key).toBe(!inRange(row.key));
    const greyed = listed.filter((row) => row.greyed).length;
    expect(await page.locator('[data-testid="shared-hidden"]').textContent()).toBe(
      `${greyed} of ${listed.length} papers hidden on the map by the filters or the date range (greyed)`,
    );
    // Lifting the range lifts the grey.
    await page.locator('[data-testid="timeline-clear"]').click();
    await expect.poll(() => page.locator('#shared .shared-papers > li.hidden-by-filters').count()).toBe(0);
    expect(await page.locator('[data-testid="shared-hidden"]').count()).toBe(0);
  });

  it('a range from a link wholly outside the timeline is kept, and the strip says so and how to leave it', async () => {
    // A node selected: the right column is open, the strip at its narrowest.
    const page = await open(`&from=2019-01&to=2019-06&node=${encodeURIComponent('model:gpt-4')}`);
    await expect.poll(() => page.locator('[data-testid="timeline-outside"]').count()).toBe(1);
    expect(page.url()).toContain('from=2019-01&to=2019-06');
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('Jan 2019 – Jun 2019');
    const outside = page.locator('[data-testid="timeline-outside"]');
    expect(await outside.textContent()).toBe(`Outside the timeline (${binLabel(report.bins[0]!)} – ${binLabel(report.bins.at(-1)!)}): drag over it to choose other months`);
    expect(await outside.getAttribute('title')).toContain('drag over the histogram to choose others');
    // Readable whole at 1366×768 with the right column open (no ellipsis).
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await outside.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await page.locator('[data-testid="timeline-count"]').textContent()).toMatch(/^0 of /);
    // Nothing to replay: Play is disabled and says why.
    const play = page.locator('[data-testid="timeline-play"]');
    expect(await play.isDisabled()).toBe(true);
    expect(await play.getAttribute('title')).toContain('the range lies outside the timeline');
    // Brushing months of the timeline replaces it; the note goes.
    await brush(page, '2025-03', '2025-04');
    await expect.poll(() => page.url()).toContain('from=2025-03&to=2025-04');
    expect(await page.locator('[data-testid="timeline-outside"]').count()).toBe(0);
    expect(await play.isDisabled()).toBe(false);
    // A range partly on the timeline is no such case.
    await page.locator('[data-testid="timeline-clear"]').click();
    const partly = await open('&from=2019-01&to=2025-04');
    await expect.poll(() => partly.locator('[data-testid="timeline-brush"]').isVisible()).toBe(true);
    expect(await partly.locator('[data-testid="timeline-outside"]').count()).toBe(0);
  });

  it('under a date range the Shared panel ranks entities by their papers in it, and says so', async () => {
    const page = await open('&tab=model');
    const rows = page.locator('#shared [data-testid="shared-entity"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="shared-range"]').count()).toBe(0);
    // The same ranking from core's tables, counted in the range as the map keeps papers (by their arXiv month).
    const inRange = (paper: string) => monthOf(paper) >= '2025-06' && monthOf(paper) <= '2025-08';
    const expected = sharedEntities(graph, 'model')
      .map((entity) => ({ key: entity.key, label: entity.label, all: entity.papers.length, kept: entity.papers.filter((paper) => inRange(paper.key)).length }))
      .filter((entity) => entity.kept > 0)
      .sort((a, b) => b.kept - a.kept || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const without = sharedEntities(graph, 'model').find((entity) => entity.papers.length >= 3 && !entity.papers.some((paper) => inRange(paper.key)))!;
    expect(without).toBeDefined();
    await brush(page, '2025-06', '2025-08');
    await expect.poll(() => page.locator('[data-testid="shared-range"]').textContent()).toBe('Ranked by papers in Jun 2025 – Aug 2025 (the date range).');
    const shown = await rows.evaluateAll((buttons) => buttons.map((button) => ({ key: (button as HTMLElement).dataset.key!, count: button.querySelector('.count')!.textContent })));
    expect(shown).toEqual(expected.slice(0, 50).map((entity) => ({ key: entity.key, count: `${entity.kept} of ${entity.all} paper${entity.all === 1 ? '' : 's'}` })));
    expect(shown.map((row) => row.key)).not.toContain(without.key);
    // Lifting the range ranks the whole graph again.
    await page.locator('[data-testid="timeline-clear"]').click();
    await expect.poll(() => page.locator('[data-testid="shared-range"]').count()).toBe(0);
    expect(await rows.evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.key!))).toContain(without.key);
  });

  it('a chosen entity with no papers in the range stays in the Shared panel with its papers greyed; focus survives a range change', async () => {
    const may = (paper: string) => monthOf(paper) === '2025-05';
    const chosen = sharedEntities(graph, 'method').find((entity) => entity.papers.length >= 2 && !entity.papers.some((paper) => may(paper.key)))!;
    const page = await open(`&tab=method&shared=${encodeURIComponent(chosen.key)}&from=2025-05&to=2025-05`);
    const apart = page.locator('[data-testid="shared-chosen-elsewhere"]');
    await expect.poll(() => apart.count()).toBe(1);
    expect(await apart.locator('p').first().textContent()).toBe('Chosen, with no papers in May 2025:');
    expect(await apart.locator('[data-testid="shared-entity"]').getAttribute('data-key')).toBe(chosen.key);
    expect(await apart.locator('.count').textContent()).toBe(`0 of ${chosen.papers.length} papers`);
    expect(await apart.locator('.shared-papers > li.hidden-by-filters').count()).toBe(chosen.papers.length);
    // Focus on a ranked row stays on it when the range changes (the panel is drawn again).
    const first = page.locator('#shared .shared-list [data-testid="shared-entity"]').first();
    const key = await first.getAttribute('data-key');
    await first.focus();
    await page.evaluate(() => window.papergraph.app.setDateRange({ from: '2025-03', to: '2025-09' }));
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null)).toBe(key);
  });

  it('axis labels are placed again when a panel opening beside the map narrows the timeline: none overlap', async () => {
    const page = await open();
    // 42 months (Jan 2023 – Jun 2026): at this width every year fits beside the ends until the details column opens.
    await page.setViewportSize({ width: 1100, height: 768 });
    const ticks = () =>
      page.locator('.tl-axis .tl-tick').evaluateAll((elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return { text: element.textContent ?? '', left: box.left, right: box.right };
        }),
      );
    const overlapping = async () => {
      const boxes = await ticks();
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right).map((b) => `${a.text}|${b.text}`));
    };
    const wide = (await page.locator('#timeline').boundingBox())!.width;
    await expect.poll(overlapping).toEqual([]);
    expect(await page.locator('.tl-axis .tl-tick').allTextContents()).toContain('2026');
    // A node chosen after the strip was drawn: the details column takes 380 px from it.
    const paper = papers[0]!;
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), paper);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    await expect.poll(async () => (await page.locator('#timeline').boundingBox())!.width).toBeLessThan(wide - 200);
    await expect.poll(overlapping).toEqual([]);
    expect((await ticks()).length).toBeGreaterThanOrEqual(2);
  });

  it('the strip’s header stays inside the map’s width when the details column narrows it, the count whole', async () => {
    const page = await open();
    await page.setViewportSize({ width: 1100, height: 768 });
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), papers[0]!);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    const strip = (await page.locator('#timeline').boundingBox())!;
    const header = await page.locator('.tl-controls > *').evaluateAll((elements) => elements.map((element) => ({ text: element.textContent ?? '', right: element.getBoundingClientRect().right })));
    expect(header.filter((part) => part.right > strip.x + strip.width).map((part) => part.text)).toEqual([]);
    // The count is read whole: only the hint gives way.
    const count = page.locator('[data-testid="timeline-count"]');
    expect(await count.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await count.textContent()).toBe(`${papers.length} of ${papers.length} papers`);
  });

  it('on a graph dated only to the year the timeline, the panels and a link read years', async () => {
    // Ends of different sizes are read in the timeline's years: 2024-03 … 2025 is 2024 … 2025.
    const page = await session.open(`${url}?graph=fixtures%2Fyear-graph.json&from=2024-03&to=2025&node=model%3Agpt-4`);
    await expect.poll(() => page.url()).toContain('from=2024&to=2025');
    const bins = await page.locator('.tl-bin').evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.bin));
    expect(bins).toEqual(['2023', '2024', '2025', '2026']);
    const ticks = await page.locator('.tl-axis .tl-tick').allTextContents();
    expect(ticks).toEqual([...new Set(ticks)]);
    expect(ticks).toEqual(expect.arrayContaining(['2023', '2026']));
    const trend = page.locator('#details [data-testid="entity-trend"]');
    expect(await trend.textContent()).toContain('Papers naming it each year, as a share of the year’s papers');
    expect(await trend.textContent()).not.toContain('month');
  });

  it("a node the date range hides says so in its panel, naming the range beside the filters", async () => {
    const outside = papers.find((paper) => monthOf(paper) < '2025-03')!;
    const page = await open(`&from=2025-03&to=2025-09&node=${encodeURIComponent(outside)}`);
    await expect.poll(() => page.locator('[data-testid="hidden-note"]').textContent()).toBe('Hidden in the graph by the current filters or the date range.');
    await page.evaluate(() => window.papergraph.app.setDateRange(null));
    await expect.poll(() => page.locator('[data-testid="hidden-note"]').count()).toBe(0);
  });

  it('a graph without dates has no timeline, no colouring by year and no Rising tab', async () => {
    const page = await session.open(`${url}?from=2025-03&color=year&tab=rising`);
    expect(await page.locator('#timeline').isHidden()).toBe(true);
    expect(await page.locator('[data-testid="color-year"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="color-kind"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="shared-tab-rising"]').count()).toBe(0);
    expect(page.url()).not.toMatch(/from=|color=|tab=/);
    const map = (await page.locator('#graph-container').boundingBox())!;
    const stage = (await page.locator('.stage').boundingBox())!;
    expect(map.y + map.height).toBe(stage.y + stage.height);
  });

  // Saved to docs/ only when asked (PAPERGRAPH_DOCS_SCREENSHOTS=1): a test run should not rewrite tracked files.
  it('screenshot for the docs: the timeline in use (1366×768)', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    session.pages.push(page);
    await page.goto(`${url}${TIME_GRAPH}&color=year&from=2025-03&to=2025-09`);
    await page.waitForSelector('body[data-status="ready"]');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${artifacts}viewer-timeline.png` });
    if (process.env.PAPERGRAPH_DOCS_SCREENSHOTS === '1') await page.screenshot({ path: `${docsDir}viewer-timeline.png` });
  });
});

describe('a timeline stretched by stray early papers (4 of 1998–2008, the rest of 2025–26)', () => {
  const stray = MultiDirectedGraph.from(JSON.parse(readFileSync(inject('strayGraphPath'), 'utf8')) as SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>);
  // The dated papers (one of the 268 records has no date: no bar counts it).
  const dateOf = new Map(
    stray
      .filterNodes((_key, attributes) => attributes.kind === 'paper')
      .map((key) => [key, paperDate(stray.getNodeAttributes(key))] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== undefined),
  );
  const paperCount = stray.filterNodes((_key, attributes) => attributes.kind === 'paper').length;
  const early = [...dateOf].filter(([, date]) => date < '2011').map(([key]) => key).sort();
  const openStray = (query = '') => session.open(`${url}?graph=fixtures%2Fstray-graph.json${query}`);
  const shownPapers = (page: Page) =>
    page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer()!;
      return renderer.getGraph().filterNodes((node, attributes) => attributes.kind === 'paper' && !renderer.getNodeState(node).isHidden).sort();
    });

  it('gathers the sparse early stretch into one bar, every paper counted, and gives the months of data the width', async () => {
    expect(early.length).toBe(4);
    const page = await openStray();
    const bars = await page.locator('.tl-bin').evaluateAll((elements) =>
      elements.map((e) => {
        const data = (e as HTMLElement).dataset;
        return { bin: data.bin!, last: data.last ?? null, gathered: data.gathered ?? null, papers: Number(data.papers), width: e.getBoundingClientRect().width, title: (e as HTMLElement).title };
      }),
    );
    const months = [...new Set([...dateOf.values()].filter((date) => date >= '2025').map((date) => date.slice(0, 7)))].sort();
    expect(bars[0]).toMatchObject({ bin: '1998-06', gathered: 'earlier', papers: 4 });
    expect(bars[0]!.last! < months[0]!).toBe(true);
    expect(bars[0]!.title).toMatch(/^Earlier: 4 papers from Jun 1998 to /);
    // Every month from the data's first to its last has its own bar, and every dated paper is counted once.
    expect(bars.slice(1).map((bar) => bar.bin)).toEqual(binRange(months[0]!, months.at(-1)!, 'month'));
    expect(bars.slice(1).every((bar) => bar.gathered === null)).toBe(true);
    expect(bars.reduce((sum, bar) => sum + bar.papers, 0)).toBe(dateOf.size);
    // Readable: the months of data take nearly all the width (they had 16 of 337 bins before).
    const plot = (await page.locator('[data-testid="timeline-plot"]').boundingBox())!;
    const dataWidth = bars.slice(1).reduce((sum, bar) => sum + bar.width, 0);
    expect(dataWidth / plot.width).toBeGreaterThan(0.9);
    // The axis names the stretch by its first year, then the data's first month; no label over another.
    const ticks = await page.locator('.tl-axis .tl-tick').evaluateAll((elements) => elements.map((e) => ({ text: e.textContent ?? '', left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right })));
    expect(ticks.map((tick) => tick.text)).toEqual(expect.arrayContaining(['1998–', binLabel(months[0]!), binLabel(months.at(-1)!)]));
    expect(ticks.filter((a, i) => ticks.slice(i + 1).some((b) => a.left < b.right && b.left < a.right))).toEqual([]);
    expect(await page.locator('[data-testid="timeline-count"]').textContent()).toBe(`${paperCount} of ${paperCount} papers`);
    await page.locator('#timeline').screenshot({ path: `${artifacts}timeline-stray-papers.png` });
  });

  it('brushes the earlier bar like any other, alone or with months of data, and a link’s range inside it is kept', async () => {
    const page = await openStray();
    const box = (await page.locator('.tl-bin.gathered').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const last = await page.locator('.tl-bin.gathered').getAttribute('data-last');
    await expect.poll(() => page.url()).toContain(`from=1998-06&to=${last}`);
    await expect.poll(() => shownPapers(page)).toEqual(early);
    expect(await page.locator('[data-testid="timeline-count"]').textContent()).toBe(`4 of ${paperCount} papers`);
    // From the earlier bar to the data's second month (a new range: dragging inside the range would move it).
    await page.locator('[data-testid="timeline-clear"]').click();
    const months = await page.locator('.tl-bin:not(.gathered)').evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.bin!));
    await brush(page, '1998-06', months[1]!);
    await expect.poll(() => page.url()).toContain(`from=1998-06&to=${months[1]}`);
    const kept = [...dateOf].filter(([, date]) => date.slice(0, 7) <= months[1]!).length;
    await expect.poll(() => page.locator('[data-testid="timeline-count"]').textContent()).toBe(`${kept} of ${paperCount} papers`);

    // A link's range inside the stretch: read on the months as ever (2 papers, of 2006 and 2008), the brush over the bar.
    const linked = await openStray('&from=2005-01&to=2010-12');
    expect(linked.url()).toContain('from=2005-01&to=2010-12');
    expect(await linked.locator('[data-testid="timeline-count"]').textContent()).toBe(`2 of ${paperCount} papers`);
    expect(await shownPapers(linked)).toEqual(early.filter((key) => dateOf.get(key)! >= '2005'));
    expect(await linked.locator('[data-testid="timeline-range"]').textContent()).toBe('Jan 2005 – Dec 2010');
    const brushBox = (await linked.locator('[data-testid="timeline-brush"]').boundingBox())!;
    const gathered = (await linked.locator('.tl-bin.gathered').boundingBox())!;
    expect(Math.abs(brushBox.x - gathered.x)).toBeLessThan(3);
    expect(brushBox.width).toBeLessThan(gathered.width + 4);
  });
});
