import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';
import { subcommunityGraph } from '../fixtures/subcommunity-graph.ts';
import { nodeOnPage, openViewer, viewerSession } from './browser.ts';

/*
 * A big community split into sub-communities by core, in the communities overview: which community is expanded and
 * which of its sub-communities are open live in the link (`expand=3&subs=3.1`) and come back from it.
 */
const artifacts = inject('artifactsDir');
const session = viewerSession();
// 8,000 nodes (7,000 visible without authors): the graph view opens as an overview; every community is split in four.
const fixture = subcommunityGraph({ communities: 24, papersPerCommunity: 220, subcommunities: 4, seed: 11 });
const communities = fixture.attributes!.communities as Array<{ id: number; size: number }>;
const biggest = communities[0]!.id;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const dir = join(artifacts, 'subcommunities');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(fixture));
  server = (await startServer({ root: join(artifacts, 'dist'), graphFile: join(dir, 'graph.json'), port: 0 })) as typeof server;
});

afterAll(async () => {
  await server?.close();
});

async function open(query: string) {
  const { page, log } = await openViewer(session.browser, `${server.url}?view=graph${query}`);
  session.pages.push(page);
  session.logs.push(log);
  return page;
}

const subKey = (community: number, sub: number) => `#sub:${community}:${sub}`;

describe('sub-communities in the link', () => {
  it('expanding a big community and opening one of its sub-communities is recorded in the link; the link restores both', async () => {
    const page = await open('');
    await page.waitForTimeout(300);
    // A click on the community's node opens it on its sub-communities.
    const superNode = await nodeOnPage(page, `#community:${biggest}`);
    await page.mouse.click(superNode.x, superNode.y);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain(`expand=${biggest}`);
    const drawn = () => page.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
    expect((await drawn()).filter((key) => key.startsWith(`#sub:${biggest}:`)).sort()).toEqual([0, 1, 2, 3].map((sub) => subKey(biggest, sub)));
    // The camera framed them: they spread over the view instead of sitting in one spot of the overview.
    await page.waitForTimeout(700);
    const spots = await Promise.all([0, 1, 2, 3].map((s) => nodeOnPage(page, subKey(biggest, s))));
    const spread = Math.max(...spots.map((p) => p.x)) - Math.min(...spots.map((p) => p.x));
    expect(spread).toBeGreaterThan(250);
    // A click on sub-community 2 draws its members in place of its node.
    const sub = await nodeOnPage(page, subKey(biggest, 2));
    await page.mouse.click(sub.x, sub.y);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('subs'))).toBe(`${biggest}.2`);
    const members = fixture.nodes.filter((node) => node.attributes!.community === biggest && node.attributes!.subcommunity === 2 && node.attributes!.kind !== 'author').map((node) => node.key);
    expect(members.length).toBeGreaterThan(20);
    const opened = await drawn();
    expect(opened).not.toContain(subKey(biggest, 2));
    expect(members.every((key) => opened.includes(key))).toBe(true);
    expect(opened).toContain(subKey(biggest, 1));

    // The address opens the same view in a new page.
    const link = await page.evaluate(() => window.location.search);
    const restored = await open(`&${link.slice(1)}`);
    expect(await restored.evaluate(() => window.papergraph.app.getState().expandedSubcommunities)).toEqual([subKey(biggest, 2)]);
    const restoredNodes = await restored.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().nodes());
    expect(restoredNodes.sort()).toEqual([...opened].sort());

    // Esc folds the sub-community first (the link drops it), then collapses the community.
    await restored.keyboard.press('Escape');
    await expect.poll(() => restored.evaluate(() => window.location.search)).not.toContain('subs=');
    expect(await restored.evaluate(() => window.location.search)).toContain(`expand=${biggest}`);
    expect(await restored.evaluate(() => window.papergraph.app.getRenderer()!.getGraph().hasNode(`#sub:${window.papergraph.app.getState().expandedCommunities[0]}:2`))).toBe(true);
    await restored.keyboard.press('Escape');
    await expect.poll(() => restored.evaluate(() => window.location.search)).not.toContain('expand=');
  });

  it('a link selecting a member of a big community opens its community and its sub-community, and draws it', async () => {
    const member = fixture.nodes.find((node) => node.attributes!.community === biggest && node.attributes!.subcommunity === 3 && node.attributes!.kind === 'method')!.key;
    const page = await open(`&node=${encodeURIComponent(member)}`);
    expect(await page.evaluate(() => window.papergraph.app.getState())).toMatchObject({ selected: member, expandedCommunities: [biggest], expandedSubcommunities: [subKey(biggest, 3)] });
    expect(await page.evaluate((key) => window.papergraph.app.getRenderer()!.getGraph().hasNode(key), member)).toBe(true);
    const search = new URLSearchParams(await page.evaluate(() => window.location.search));
    expect([search.get('expand'), search.get('subs')]).toEqual([String(biggest), `${biggest}.3`]);
  });
});
