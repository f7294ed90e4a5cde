import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyThesaurusToGraph, OUTPUT_FORMATS, parseThesaurus, readGraphJSON } from '@papergraph/core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FADED_NODE_COLOR } from '../../src/graph/appearance.ts';
import type { ViewerSettings } from '../../src/settings.ts';
import { cameraAtRest, nodeOnPage, viewerSession } from './browser.ts';

const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
interface SeedGraph {
  nodes: Array<{ key: string; attributes: { kind: string; label: string; title?: string } }>;
  edges: Array<{ source: string; target: string; attributes: { relation: string } }>;
}
const seedGraph = JSON.parse(readFileSync(inject('seedGraphPath'), 'utf8')) as SeedGraph;
const thesaurusPath = fileURLToPath(new URL('../fixtures/seed-thesaurus.tsv', import.meta.url));

/** The papers each entity is used, evaluated on or proposed by, read from the file (not through the viewer's code). */
function papersUsing(entity: string): Set<string> {
  return new Set(seedGraph.edges.filter((e) => e.target === entity && ['uses', 'evaluates_on', 'proposes'].includes(e.attributes.relation)).map((e) => e.source));
}

const session = viewerSession();

/** The screen: 1366×768, where panels must not push answers below the fold. */
async function open(path = '', viewport = { width: 1366, height: 768 }, settings?: Partial<ViewerSettings>): Promise<Page> {
  const page = await session.open(`${url}${path}`, { settings });
  await page.setViewportSize(viewport);
  return page;
}

/** Types a name in the search box and adds the first entity found to the query with Shift+Enter. */
async function addToQuery(page: Page, name: string): Promise<void> {
  await page.locator('#search-input').fill(name);
  await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
  await page.keyboard.press('Shift+Enter');
}

const listedPapers = (page: Page) => page.locator('#query [data-testid="query-paper"]').evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.key ?? ''));

/** Whether an element is wholly on screen (inside the window, not hidden under the fold). */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return await page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.height === 0) return false;
    // Inside every scrolling ancestor's visible box, and inside the window.
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
      const clip = parent.getBoundingClientRect();
      if (box.top < clip.top - 1 || box.bottom > clip.bottom + 1) return false;
    }
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });
}

describe('questions in one step', () => {
  it('answers "which papers use both Llama-2-7B and Mistral-7B?" from search chips, AND then OR, kept in the link', async () => {
    const llama = papersUsing('model:llama-2-7b');
    const mistral = papersUsing('model:mistral-7b');
    const both = [...llama].filter((paper) => mistral.has(paper));
    const either = new Set([...llama, ...mistral]);
    expect(both.length).toBeGreaterThan(0);
    expect(either.size).toBeGreaterThan(both.length);

    const page = await open();
    // The "+" of a search result adds it as a chip; Shift+Enter does the same for the next name.
    await page.locator('#search-input').fill('Llama-2-7B');
    await page.locator('.suggestion[data-key="model:llama-2-7b"] [data-testid="search-add-query"]').dispatchEvent('mousedown');
    await addToQuery(page, 'Mistral-7B');
    await expect.poll(() => page.locator('#query [data-testid="query-chips"] li').evaluateAll((chips) => chips.map((c) => (c as HTMLElement).dataset.key))).toEqual(['model:llama-2-7b', 'model:mistral-7b']);
    expect((await listedPapers(page)).sort()).toEqual(both.sort());
    expect(await page.locator('[data-testid="query-mode-all"]').textContent()).toContain(String(both.length));
    expect(await page.locator('[data-testid="query-mode-any"]').textContent()).toContain(String(either.size));
    expect(await page.locator('[data-testid="query-summary"]').textContent()).toMatch(new RegExp(`^${both.length} papers? with all of Llama-2-7B and Mistral-7B$`));
    // The answer is next to the action: the panel is on screen, and the canvas lights it up.
    expect(await onScreen(page, '#query [data-testid="query-paper"]')).toBe(true);
    const focus = await page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer()!;
      return { hasFocus: renderer.getGraphState().hasFocus, active: renderer.getGraph().filterNodes((node) => renderer.getNodeState(node).isActive).sort() };
    });
    expect(focus.hasFocus).toBe(true);
    expect(focus.active).toEqual(['model:llama-2-7b', 'model:mistral-7b', ...both].sort());
    await page.screenshot({ path: `${artifacts}query-and.png` });

    // The answer downloads as a reading list: a header and one row per paper.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="query-download"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/-query\.csv$/);
    const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(rows[0]).toBe('key,title,arxiv_id,date,matched');
    expect(rows.slice(1).map((row) => row.split(',')[0]).sort()).toEqual(both.sort());

    const params = new URL(page.url()).searchParams;
    expect(params.getAll('query')).toEqual(['model:llama-2-7b', 'model:mistral-7b']);
    expect(params.has('match')).toBe(false);

    await page.locator('[data-testid="query-mode-any"]').click();
    await expect.poll(async () => (await listedPapers(page)).length).toBe(either.size);
    // Papers with both first.
    expect((await listedPapers(page)).slice(0, both.length).sort()).toEqual(both.sort());
    expect(new URL(page.url()).searchParams.get('match')).toBe('any');

    // The link opens the same question with its answer.
    const linked = await open(new URL(page.url()).search);
    await expect.poll(async () => (await listedPapers(linked)).sort()).toEqual([...either].sort());

    // Removing a chip narrows the query to one entity; Clear ends it.
    await page.locator('#query .query-chip[data-key="model:llama-2-7b"] [data-testid="query-remove"]').click();
    await expect.poll(async () => (await listedPapers(page)).sort()).toEqual([...mistral].sort());
    await page.locator('[data-testid="query-clear"]').click();
    await expect.poll(() => page.locator('#query').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.has('query')).toBe(false);
  });

  it('Shift+click on the map adds an entity to the query and a paper to the comparison', async () => {
    const page = await open();
    const shiftClick = async (key: string) => {
      const point = await nodeOnPage(page, key);
      await page.keyboard.down('Shift');
      await page.mouse.click(point.x, point.y);
      await page.keyboard.up('Shift');
    };
    await page.locator('[data-testid="zoom-to-fit"]').click();
    await cameraAtRest(page);
    await shiftClick('model:mistral-7b');
    await expect.poll(() => page.locator('#query .query-chip').evaluateAll((chips) => chips.map((c) => (c as HTMLElement).dataset.key))).toEqual(['model:mistral-7b']);
    // Shift+click leaves the selection as it was: the question is built, nothing else opens.
    expect(await page.evaluate(() => window.papergraph.app.getState().selected)).toBeNull();
    await page.waitForTimeout(600);
    const paper = [...papersUsing('model:mistral-7b')][0]!;
    await shiftClick(paper);
    await expect.poll(() => page.evaluate(() => window.papergraph.app.getState().comparedPapers)).toEqual([paper]);
    expect(await page.locator('#compare [data-testid="compare-paper"]').getAttribute('data-key')).toBe(paper);
  });

  it('Shift+Enter on a paper found in search adds it to the comparison', async () => {
    const page = await open();
    const paper = seedGraph.nodes.find((n) => n.key === [...papersUsing('model:mistral-7b')][0])!;
    await page.locator('#search-input').fill(paper.attributes.label);
    await expect.poll(() => page.locator(`.suggestion[data-key="${paper.key}"]`).count()).toBe(1);
    expect(await page.locator(`.suggestion[data-key="${paper.key}"] [data-testid="search-add-compare"]`).count()).toBe(1);
    // The first result is the paper itself (its whole title typed).
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => page.evaluate(() => window.papergraph.app.getState().comparedPapers)).toEqual([paper.key]);
    expect(await page.locator('#search-input').inputValue()).toBe('');
    expect(await onScreen(page, '#compare [data-testid="compare-paper"]')).toBe(true);
  });

  it('compares three papers pair by pair: a matrix and each pair with what it shares, on screen at 1366×768', async () => {
    const papers = seedGraph.nodes.filter((n) => n.attributes.kind === 'paper').map((n) => n.key);
    const entitiesOf = (paper: string) => new Set(seedGraph.edges.filter((e) => e.source === paper && ['uses', 'evaluates_on', 'proposes'].includes(e.attributes.relation)).map((e) => e.target));
    // Three papers where some pair shares something but not all three do: only pairwise overlaps answer it.
    const pick = papers.flatMap((a, i) => papers.slice(i + 1).flatMap((b, j) => papers.slice(i + j + 2).map((c) => [a, b, c]))).find(([a, b, c]) => {
      const [ea, eb, ec] = [entitiesOf(a!), entitiesOf(b!), entitiesOf(c!)];
      return [...ea].some((x) => eb.has(x)) && ![...ea].some((x) => eb.has(x) && ec.has(x));
    })!;
    expect(pick).toBeDefined();
    const page = await open();
    for (const paper of pick) {
      await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), paper);
      await page.locator('[data-testid="compare-toggle"]').click();
    }
    await expect.poll(() => page.locator('#compare [data-testid="compare-pair"]').count()).toBe(3);
    expect(await page.locator('#compare [data-testid="compare-cell"]').count()).toBe(6);
    // Each pair lists what the two share, as the graph says.
    const [a, b] = pick as [string, string, string];
    const sharedAB = [...entitiesOf(a)].filter((x) => entitiesOf(b).has(x));
    const pairAB = page.locator('#compare [data-testid="compare-pair"][data-pair="0-1"] [data-testid="compare-item"]');
    expect((await pairAB.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key))).sort()).toEqual(sharedAB.sort());
    expect(await page.locator('#compare h4', { hasText: 'Shared by all 3 (0)' }).count()).toBe(1);
    // The answers column scrolls smoothly (CSS scroll-behavior): wait for it to come to rest on the answer.
    await expect.poll(() => onScreen(page, '#compare [data-testid="compare-matrix"]')).toBe(true);
    await expect.poll(() => onScreen(page, '#compare [data-testid="compare-pair"]')).toBe(true);
    await page.screenshot({ path: `${artifacts}compare-pairs.png` });
    expect(new URL(page.url()).searchParams.getAll('compare')).toEqual(pick);
  });

  it('Shared answers stay above the fold at 1366×768, and choosing one frames it on the canvas', async () => {
    const page = await open();
    const entity = page.locator('#shared [data-testid="shared-entity"]').first();
    expect(await onScreen(page, '#shared [data-testid="shared-entity"]')).toBe(true);
    await entity.click();
    await expect.poll(() => page.locator('#shared [data-testid="shared-paper"]').count()).toBeGreaterThan(0);
    expect(await onScreen(page, '#shared [data-testid="shared-paper"]')).toBe(true);
    // A query result chosen opens its details in the same column, on screen.
    await addToQuery(page, 'Mistral-7B');
    await page.locator('#query [data-testid="query-paper"]').first().click();
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    expect(await onScreen(page, '#details [data-testid="details-title"]')).toBe(true);
    expect(await onScreen(page, '#query [data-testid="query-summary"]')).toBe(true);
  });
});

describe('a selection beside another highlight (a Shared choice, a query, compared papers)', () => {
  // Real arXiv papers: GPT-4 is named by many, and each of its papers links to authors and other entities.
  const time = JSON.parse(readFileSync(inject('timeGraphPath'), 'utf8')) as SeedGraph;
  const neighbours = (key: string) => new Set(time.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : [])));
  const gpt4Papers = [...new Set(time.edges.filter((e) => e.target === 'model:gpt-4' && ['uses', 'evaluates_on', 'proposes'].includes(e.attributes.relation)).map((e) => e.source))].sort();
  // A paper of GPT-4 with neighbours that GPT-4's highlight alone does not light (its authors, its other entities).
  const selected = gpt4Papers.find((paper) => neighbours(paper).size >= 6)!;
  const active = (page: Page) =>
    page.evaluate(() => {
      const renderer = window.papergraph.app.getRenderer()!;
      return renderer.getGraph().filterNodes((node) => renderer.getNodeState(node).isActive);
    });

  it('keeps the selected node’s neighbours lit, as well as what the other highlight lights', async () => {
    expect(selected).toBeDefined();
    const expectedNeighbours = [...neighbours(selected)];
    const links = [
      { name: 'shared', query: `&tab=model&shared=model%3Agpt-4`, lit: ['model:gpt-4', ...gpt4Papers] },
      { name: 'query', query: `&query=model%3Agpt-4`, lit: ['model:gpt-4', ...gpt4Papers] },
      { name: 'compare', query: `&compare=${encodeURIComponent(gpt4Papers[0]!)}&compare=${encodeURIComponent(gpt4Papers[1]!)}`, lit: [gpt4Papers[0]!, gpt4Papers[1]!, 'model:gpt-4'] },
    ];
    for (const link of links) {
      const page = await open(`?graph=fixtures%2Ftime-graph.json${link.query}`);
      await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), selected);
      await expect.poll(async () => (await active(page)).includes(selected), { message: link.name }).toBe(true);
      const lit = new Set(await active(page));
      expect(expectedNeighbours.filter((key) => !lit.has(key)), link.name).toEqual([]);
      expect(link.lit.filter((key) => !lit.has(key)), link.name).toEqual([]);
      // Lit means not greyed: the neighbours keep their own colour while the rest fades. (Sigma computes display
      // data when it next draws, a frame after the state changes: on a loaded machine that frame may come late.)
      const greyed = () =>
        page.evaluate(
          ({ keys, faded }) => keys.filter((key) => [faded, undefined].includes(window.papergraph.app.getRenderer()!.getNodeDisplayData(key)?.color)),
          { keys: expectedNeighbours, faded: FADED_NODE_COLOR },
        );
      await expect.poll(greyed, { message: link.name }).toEqual([]);
    }
  });
});

describe('the query’s answer in the right-hand column', () => {
  it('fills the column’s height with its list, scrolling inside; with a paper’s details below it keeps a long scrolling list', async () => {
    // An OR over three popular models of the real papers: more papers than the column shows at once.
    const page = await open('?graph=fixtures%2Ftime-graph.json&query=model%3Agpt-4&query=model%3Agpt-4o&query=model%3Allama&match=any');
    const list = page.locator('#query [data-testid="query-papers"]');
    await expect.poll(() => list.locator('[data-testid="query-paper"]').count()).toBeGreaterThanOrEqual(30);
    const measure = () =>
      page.evaluate(() => {
        const column = document.querySelector('.answers')!.getBoundingClientRect();
        const list = document.querySelector('#query [data-testid="query-papers"]') as HTMLElement;
        const box = list.getBoundingClientRect();
        const download = document.querySelector('[data-testid="query-download"]')!.getBoundingClientRect();
        return { column: { top: column.top, bottom: column.bottom, height: column.height }, list: { top: box.top, bottom: box.bottom, height: box.height }, scrolls: list.scrollHeight > list.clientHeight, download: download.bottom };
      });
    const alone = await measure();
    // The list runs down the column (the download link under it, inside the column), not in a small box.
    expect(alone.scrolls).toBe(true);
    expect(alone.list.height).toBeGreaterThan(0.55 * alone.column.height);
    expect(alone.download).toBeLessThanOrEqual(alone.column.bottom + 1);
    expect(alone.column.bottom - alone.list.bottom).toBeLessThan(80);
    // Its heading and summary stay in view while the list scrolls.
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    expect(await onScreen(page, '#query [data-testid="query-summary"]')).toBe(true);
    await page.screenshot({ path: `${artifacts}query-column.png` });

    // A paper of the answer chosen: its details open below, on screen, and the list keeps a good part of the column.
    await list.locator('[data-testid="query-paper"]').nth(2).click();
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    await expect.poll(() => onScreen(page, '#details [data-testid="details-title"]')).toBe(true);
    const shared = await measure();
    // The panel takes up to 70% of the column then: several rows of the list stay in view.
    expect(shared.list.height).toBeGreaterThan(200);
    expect(shared.scrolls).toBe(true);
    expect(await onScreen(page, '#query [data-testid="query-summary"]')).toBe(true);
  });
});

describe('a three-entity query beside a paper’s details at 1366×768', () => {
  /** The list's rows wholly in sight (inside the list's box and the window), and whether anything but the panes scrolls. */
  const sight = (page: Page) =>
    page.evaluate(() => {
      const list = document.querySelector('#query [data-testid="query-papers"]') as HTMLElement;
      const box = list.getBoundingClientRect();
      const rows = [...list.querySelectorAll<HTMLElement>('.query-paper')];
      const inSight = rows.filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= window.innerHeight;
      });
      const column = document.querySelector('.answers') as HTMLElement;
      const details = document.querySelector('#details') as HTMLElement;
      return {
        rows: inSight.length,
        chosenInSight: inSight.some((row) => row.classList.contains('chosen')),
        columnScrolls: column.scrollHeight > column.clientHeight + 1 || document.scrollingElement!.scrollHeight > window.innerHeight,
        detailsScroll: details.scrollHeight > details.clientHeight + 1,
        detailsBottom: details.getBoundingClientRect().bottom,
      };
    });

  it('lists ten papers or more with the details folded, each pane scrolling on its own; the fold stays for the next paper', async () => {
    // OR over three models of the real papers: 39 papers, each row with the entities it has.
    const page = await open('?graph=fixtures%2Ftime-graph.json&query=model%3Agpt-4&query=model%3Agpt-4o&query=model%3Allama&match=any');
    const rows = page.locator('#query [data-testid="query-paper"]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(30);
    expect((await sight(page)).rows).toBeGreaterThanOrEqual(12);
    // Rows are two lines at most: the title cut with an ellipsis, whole in its tooltip.
    const heights = await rows.evaluateAll((links) => links.slice(0, 20).map((link) => ({ height: link.getBoundingClientRect().height, line: parseFloat(getComputedStyle(link).lineHeight), title: (link as HTMLElement).title })));
    for (const { height, line } of heights) expect(height).toBeLessThanOrEqual(2 * line + 1);
    expect(heights.every(({ title }) => title.length > 0)).toBe(true);

    // A paper far down the list chosen: its details open below, the list and the details each scroll on their own, the
    // column does not, and the chosen row stays in sight.
    await rows.nth(10).click();
    await expect.poll(() => page.locator('#details [data-testid="details-title"]').isVisible()).toBe(true);
    const open1 = await sight(page);
    expect(open1).toMatchObject({ columnScrolls: false, detailsScroll: true, chosenInSight: true });
    expect(open1.rows).toBeGreaterThanOrEqual(6);
    expect(open1.detailsBottom).toBeLessThanOrEqual(768 + 1);
    await page.screenshot({ path: `${artifacts}query-details-open.png` });

    // Folded to its heading, the details leave the list the column: ten rows or more in sight, the chosen one too.
    const title = await page.locator('#details [data-testid="details-title"]').textContent();
    await page.locator('[data-testid="details-fold"]').click();
    await expect.poll(async () => (await sight(page)).rows).toBeGreaterThanOrEqual(10);
    expect(await sight(page)).toMatchObject({ columnScrolls: false, chosenInSight: true });
    expect(await page.locator('#details [data-testid="details-title"]').textContent()).toBe(title);
    expect(await page.locator('#details [data-testid="details-fold"]').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#details section').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}query-details-folded.png` });

    // The next paper chosen keeps the details folded (its title in the heading); a click on the title unfolds them.
    await rows.nth(3).click();
    const next = await rows.nth(3).evaluate((link) => (link as HTMLElement).dataset.key);
    await expect.poll(() => page.evaluate(() => window.papergraph.app.getState().selected)).toBe(next);
    expect((await sight(page)).rows).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#details [data-testid="details-title"]').textContent()).not.toBe(title);
    await page.locator('#details [data-testid="details-title"] button').click();
    await expect.poll(() => page.locator('#details section').count()).toBeGreaterThan(0);
    expect(await page.locator('#details [data-testid="details-fold"]').getAttribute('aria-expanded')).toBe('true');
  });
});

describe('a query on a graph drawn as an overview of communities', () => {
  it('Show on map opens the communities holding the answer and draws its papers, lit', async () => {
    // Two methods of two communities, each used by papers of its own community (read from the file).
    const large = JSON.parse(readFileSync(inject('largeGraphPath'), 'utf8')) as { nodes: Array<{ key: string; attributes: { community: number } }>; edges: SeedGraph['edges'] };
    const communityOf = new Map(large.nodes.map((n) => [n.key, n.attributes.community]));
    const users = new Map<string, string[]>();
    for (const e of large.edges) if (e.attributes.relation === 'uses' && e.target.startsWith('method:') && communityOf.get(e.source) === communityOf.get(e.target)) users.set(e.target, [...(users.get(e.target) ?? []), e.source]);
    const [first, second] = [...users].filter(([, papers]) => papers.length >= 2).map(([method]) => method).filter((method, i, all) => all.findIndex((m) => communityOf.get(m) === communityOf.get(method)) === i);
    const communities = [communityOf.get(first!)!, communityOf.get(second!)!];
    const page = await open(`?graph=/fixtures/large-graph.json&view=graph&query=${encodeURIComponent(first!)}&query=${encodeURIComponent(second!)}&match=any`);
    expect(await page.evaluate(() => window.papergraph.app.getOverviewState().active)).toBe(true);
    await expect.poll(() => page.locator('#query [data-testid="query-paper"]').count()).toBeGreaterThan(0);
    const answer = await listedPapers(page);
    expect(await page.evaluate(() => window.papergraph.app.getState().expandedCommunities)).toEqual([]);
    await page.locator('[data-testid="query-frame"]').click();
    const expanded = await page.evaluate(() => window.papergraph.app.getState().expandedCommunities);
    expect(expanded).toEqual(expect.arrayContaining(communities));
    expect(expanded.length).toBeLessThanOrEqual(5);
    // Every paper of the answer in those communities is drawn and lit (those of other communities may stay closed).
    const inOpened = answer.filter((key) => communities.includes(communityOf.get(key)!));
    expect(inOpened.length).toBeGreaterThanOrEqual(4);
    const lit = await page.evaluate((keys) => {
      const renderer = window.papergraph.app.getRenderer()!;
      return keys.filter((key) => renderer.getGraph().hasNode(key) && renderer.getNodeState(key).isActive);
    }, inOpened);
    expect(lit.sort()).toEqual([...inOpened].sort());
    expect(new URL(page.url()).searchParams.get('expand')).not.toBeNull();
  });
});

describe('LaTeX flattened and relations in words in the panels', () => {
  it('shows E$^3$-Pruner as E3-Pruner in the details, search and Shared panels', async () => {
    const paper = seedGraph.nodes.find((n) => n.attributes.title?.includes('$^3$'));
    expect(paper).toBeDefined();
    const page = await open();
    await page.locator('#search-input').fill('E3-Pruner');
    await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0);
    expect((await page.locator('#search-results').textContent()) ?? '').not.toContain('$');
    await page.evaluate((key) => window.papergraph.app.select(key, { moveCamera: false }), paper!.key);
    expect(await page.locator('#details [data-testid="details-title"]').textContent()).toMatch(/^E3-Pruner: Towards/);
    expect(await page.locator('#details').textContent()).not.toMatch(/\$\^|\\text/);
    await page.locator('[data-testid="shared-tab-method"]').click();
    const rows = page.locator('#shared [data-testid="shared-entity"]');
    for (let i = 0; i < Math.min(5, await rows.count()); i++) {
      await rows.nth(i).click();
      expect(await page.locator('#shared').textContent()).not.toMatch(/\$\^|evaluates_on|variant_of|VARIANT_OF/);
    }
  });
});

describe('the Shared panel at 1366×768', () => {
  it('keeps its heading and tabs in view when a row is chosen, with the chosen row below them', async () => {
    const page = await open();
    const boxes = () =>
      page.evaluate(() => {
        const panel = document.getElementById('shared')!.getBoundingClientRect();
        const tabs = document.querySelector('#shared .tabs')!.getBoundingClientRect();
        const heading = document.querySelector('#shared h3')!.getBoundingClientRect();
        const row = document.querySelector('#shared .shared-row.chosen')?.getBoundingClientRect() ?? null;
        const left = document.querySelector('.left')!;
        return { panelTop: panel.top, panelBottom: panel.bottom, headingTop: heading.top, tabsBottom: tabs.bottom, rowTop: row?.top ?? null, leftScroll: left.scrollTop };
      });
    const rows = page.locator('#shared [data-testid="shared-entity"]');
    const count = await rows.count();
    expect(count).toBeGreaterThan(2);
    for (const i of [0, 2, count - 1]) {
      await rows.nth(i).click();
      await expect.poll(async () => (await boxes()).rowTop).not.toBeNull();
      const b = await boxes();
      expect(b.headingTop, `row ${i}`).toBeGreaterThanOrEqual(b.panelTop);
      expect(b.tabsBottom, `row ${i}`).toBeLessThan(b.panelBottom);
      // The chosen row is in the panel, not under its heading.
      expect(b.rowTop!, `row ${i}`).toBeGreaterThanOrEqual(b.tabsBottom - 1);
      expect(b.rowTop!, `row ${i}`).toBeLessThan(b.panelBottom);
      expect(b.leftScroll).toBe(0);
    }
  });

  it('the minimum-papers box sits on the line of its label', async () => {
    const page = await open();
    const { label, input } = await page.evaluate(() => {
      const row = document.querySelector('#filters .number-row')!;
      const box = (element: Element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { top, bottom };
      };
      return { label: box(row), input: box(row.querySelector('input')!) };
    });
    // One line: the box is as tall as the row (give or take its border), not below the words.
    expect(input.bottom - input.top).toBeGreaterThan(label.bottom - label.top - 6);
    // And the words are whole, not cut.
    expect(await page.locator('#filters .number-row .number-label').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });
});

describe('exports of what you see and of the whole graph', () => {
  /** Nodes and links of a downloaded file, read from its text by format. */
  function counts(format: string, text: string): { nodes: number; links: number } {
    if (format === 'graphml' || format === 'gexf') return { nodes: text.match(/<node\b/g)?.length ?? 0, links: text.match(/<edge\b/g)?.length ?? 0 };
    const data = JSON.parse(text) as { nodes: unknown[] | { keys: unknown[] }; edges: unknown[] | { source: unknown[] } };
    return Array.isArray(data.nodes)
      ? { nodes: data.nodes.length, links: (data.edges as unknown[]).length }
      : { nodes: data.nodes.keys.length, links: (data.edges as { source: unknown[] }).source.length };
  }

  it('every format of the registry downloads the filtered view (authors hidden) or, when asked, the whole graph', async () => {
    const page = await open();
    await page.locator('[data-testid="kind-author"]').uncheck();
    const visible = await page.locator('#status').evaluate((element) => ({ nodes: Number((element as HTMLElement).dataset.visibleNodes), links: Number((element as HTMLElement).dataset.visibleEdges) }));
    const authors = seedGraph.nodes.filter((n) => n.attributes.kind === 'author').length;
    expect(visible.nodes).toBe(seedGraph.nodes.length - authors);
    for (const scope of ['view', 'graph'] as const) {
      await page.locator('#export-scope').selectOption(scope);
      for (const format of OUTPUT_FORMATS) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${format.name}`).click()]);
        const text = readFileSync((await download.path())!, 'utf8');
        const expected = scope === 'view' ? visible : { nodes: seedGraph.nodes.length, links: seedGraph.edges.length };
        expect(counts(format.name, text), `${scope} ${format.name}`).toEqual(expected);
        expect(download.suggestedFilename().includes('-view'), format.name).toBe(scope === 'view');
        // Each format its own name, ending as the CLI's file does (graph.view.json, not graph.json).
        expect(download.suggestedFilename(), `${scope} ${format.name}`).toBe(`graph${scope === 'view' ? '-view' : ''}${format.fileName.slice('graph'.length)}`);
        if (scope === 'view' && format.name === 'json') expect(JSON.parse(text).attributes.viewFilter).toMatchObject({ hiddenKinds: ['author'], nodes: visible.nodes });
      }
    }
  });
});

describe('a thesaurus opened on the graph shown (issue 11)', () => {
  it('Open… takes a thesaurus file, applies it as the CLI does, records it and keeps the view', async () => {
    const page = await open();
    await page.locator('[data-testid="kind-author"]').uncheck();
    await page.locator('#file-input').setInputFiles(thesaurusPath);
    await expect.poll(() => page.locator('#message').textContent()).toContain('thesaurus seed-thesaurus.tsv: 4 of 4 rules applied (entities: 1 merged, 2 renamed, 1 dropped)');

    // The same result as core's applyThesaurusToGraph on the same graph (what build --thesaurus records).
    const { thesaurus } = parseThesaurus(readFileSync(thesaurusPath, 'utf8'), 'seed-thesaurus.tsv');
    const expected = applyThesaurusToGraph(readGraphJSON(readFileSync(inject('seedGraphPath'), 'utf8')), thesaurus);
    const shown = await page.evaluate(() => {
      const graph = window.papergraph.app.getGraph()!;
      return { nodes: graph.nodes(), links: graph.size, thesaurus: graph.getAttribute('thesaurus'), labels: graph.mapNodes((_key, attributes) => attributes.label) };
    });
    expect(shown.nodes).toEqual(expected.graph.nodes());
    expect(shown.links).toBe(expected.graph.size);
    expect(shown.thesaurus).toEqual(expected.report);
    expect(shown.labels).toContain('Mixture of Experts');
    expect(shown.labels).not.toContain('induction heads');
    // The author rule: the author is renamed to the full name, the spelling it had kept as an alias.
    expect(shown.nodes).toContain('author:byron-c-wallace');
    expect(shown.nodes).not.toContain('author:byron-wallace');
    expect(shown.labels).toContain('Byron C. Wallace');
    await page.evaluate(() => window.papergraph.app.select('author:byron-c-wallace', { moveCamera: false }));
    const spellings = page.locator('#details section', { has: page.locator('h3', { hasText: 'Also written' }) });
    await expect.poll(() => spellings.locator('p').textContent()).toBe('Byron Wallace');
    // The view stays: authors are still hidden.
    expect(await page.locator('[data-testid="kind-author"]').isChecked()).toBe(false);
    // And the exports carry the record.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).attributes.thesaurus).toEqual(expected.report);
  });

  it('a thesaurus with a bad line changes nothing and names the line', async () => {
    const page = await open();
    const before = await page.evaluate(() => window.papergraph.app.getGraph()!.order);
    await page.locator('#file-input').setInputFiles({ name: 'bad.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('LoRA\tLoRA\tgadget\n') });
    await expect.poll(() => page.locator('#message').textContent()).toMatch(/Thesaurus not applied: 1 bad line in bad\.tsv\s+bad\.tsv:1: unknown kind "gadget"/);
    expect(await page.evaluate(() => window.papergraph.app.getGraph()!.order)).toBe(before);
  });

  it('a notice says whether it is an error or information, and closes: errors with × or Esc, information with Esc too', async () => {
    const page = await open();
    const message = page.locator('#message');
    const tone = () => message.getAttribute('data-tone');
    const colour = () => message.evaluate((element) => getComputedStyle(element).backgroundColor);
    // An error: red, read out at once, and it stays through other actions until closed.
    await page.locator('#file-input').setInputFiles({ name: 'bad.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('LoRA\tLoRA\tgadget\n') });
    await expect.poll(tone).toBe('error');
    expect(await message.getAttribute('role')).toBe('alert');
    const errorColour = await colour();
    await page.fill('#search-input', 'mistral');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details-title"]').textContent()).toBe('Mistral-7B');
    expect(await message.isVisible()).toBe(true);
    await page.locator('[data-testid="message-close"]').click();
    await expect.poll(() => message.isHidden()).toBe(true);
    // The selection is still there: closing the notice closed only the notice.
    expect(await page.locator('#details').isVisible()).toBe(true);

    // Information (a thesaurus applied): its own colour, not an error's; Esc closes it before it clears the selection.
    await page.locator('#file-input').setInputFiles(thesaurusPath);
    await expect.poll(() => message.textContent()).toContain('4 of 4 rules applied');
    expect(await tone()).toBe('info');
    expect(await message.getAttribute('role')).toBe('status');
    expect(await colour()).not.toBe(errorColour);
    expect(await message.textContent()).not.toContain('×');
    await page.keyboard.press('Escape');
    await expect.poll(() => message.isHidden()).toBe(true);
    expect(await page.locator('#details').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').isHidden()).toBe(true);
  });

  it('information closes by itself after infoNoticeMs, not before, and not while the pointer is on it', async () => {
    // The viewer's 12 s made short for the test; the timing is read on the page's own clock.
    const infoNoticeMs = 200;
    const page = await open('', undefined, { infoNoticeMs });
    const message = page.locator('#message');
    type Times = { shown: number[]; hidden: number[]; left: number[] };
    /** From now on: when the notice is shown and hidden, and when the pointer leaves it (performance.now(), ms). */
    const watch = () =>
      page.evaluate(() => {
        const box = document.getElementById('message')!;
        const times: Times = { shown: [], hidden: [], left: [] };
        (window as unknown as { noticeTimes: Times }).noticeTimes = times;
        new MutationObserver(() => (box.hidden ? times.hidden : times.shown).push(performance.now())).observe(box, { attributeFilter: ['hidden'] });
        box.addEventListener('pointerleave', () => times.left.push(performance.now()));
      });
    const times = () => page.evaluate(() => (window as unknown as { noticeTimes: Times }).noticeTimes);

    // Left alone: it closes after the time set, not before (a few ms of slack for the observer's own timing).
    await watch();
    await page.locator('#file-input').setInputFiles(thesaurusPath);
    await expect.poll(async () => (await times()).hidden.length).toBe(1);
    const alone = await times();
    expect(alone.shown).toHaveLength(1);
    expect(alone.hidden[0]! - alone.shown[0]!).toBeGreaterThanOrEqual(infoNoticeMs - 5);

    // The pointer on it keeps it past that time; off it, it closes the time set after the pointer left. A pointer that
    // does not move enters nothing: it moves to and fro where the notice appears (centred at the canvas's top) until
    // it is shown, so it is on it at once, long before its time.
    await watch();
    const stage = (await page.locator('#graph-container').boundingBox())!;
    const [x, y] = [stage.x + stage.width / 2, stage.y + 24];
    let waiting = true;
    const moving = (async () => {
      for (let step = 0; waiting; step += 1) await page.mouse.move(x + (step % 2), y);
    })();
    // A second thesaurus (invented: one rename) for a second notice.
    const rename = Buffer.from('label\treplace by\tkind\nRoPE\tRotary Position Embedding\tmethod\n');
    await page.locator('#file-input').setInputFiles({ name: 'rename.tsv', mimeType: 'text/tab-separated-values', buffer: rename });
    await expect.poll(() => message.isVisible(), { interval: 10 }).toBe(true);
    waiting = false;
    await moving;
    expect(await message.getAttribute('data-tone')).toBe('info');
    expect(await message.textContent()).toContain('rename.tsv: 1 of 1 rule applied');
    await page.waitForTimeout(2 * infoNoticeMs);
    expect(await message.isVisible()).toBe(true);
    await page.mouse.move(5, 300);
    await expect.poll(async () => (await times()).hidden.length).toBe(1);
    const hovered = await times();
    expect(hovered.left).toHaveLength(1);
    expect(hovered.hidden[0]! - hovered.left[0]!).toBeGreaterThanOrEqual(infoNoticeMs - 5);
    expect(hovered.hidden[0]! - hovered.shown[0]!).toBeGreaterThanOrEqual(3 * infoNoticeMs - 5);
  });
});
