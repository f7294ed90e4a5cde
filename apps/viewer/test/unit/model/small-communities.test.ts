import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyAppearance, communityColors, COMMUNITY_PALETTE, SMALL_COMMUNITIES_COLOR } from '../../../src/graph/appearance.ts';
import { normalizeGraph } from '../../../src/graph/normalize.ts';
import type { ViewerGraph } from '../../../src/graph/types.ts';
import { computeVisibility, defaultFilters } from '../../../src/model/filters.ts';
import { buildDisplayGraph, buildOverviewModel, COMMUNITY_LINK_RELATION, overviewCommunityOf, superNodeKey, superNodeSize } from '../../../src/model/overview.ts';
import { findSmallCommunities, overviewCommunitiesPhrase, SMALL_COMMUNITIES, smallCommunitiesLabel, smallCommunitiesRule } from '../../../src/model/small-communities.ts';
import { defaultViewState, parseViewState, serializeViewState } from '../../../src/model/url-state.ts';
import { OverviewSession } from '../../../src/view/overview-session.ts';
import { VIEWER_SETTINGS } from '../../../src/settings.ts';
import { clusteredGraph } from '../../fixtures/clustered-graph.ts';
import { smallCommunitiesGraph } from '../../fixtures/small-communities-graph.ts';

/**
 * By hand: community 0 = papers a, b, c, d and model m (large); community 1 = paper e and author x; community 2 = papers
 * f, g and method s; community 3 = paper h. Links: a–m, b–m, c–m, d–m (inside 0), x → e, f–s, g–s (inside 1 and 2),
 * e–m (1 to 0), f–m and g–m (2 to 0), h alone.
 */
function withSmallOnes(): ViewerGraph {
  const graph = new MultiDirectedGraph();
  graph.setAttribute('communities', [
    { id: 0, label: 'Large', size: 5 },
    { id: 2, label: 'S', size: 3 },
    { id: 1, label: 'Paper E', size: 2 },
    { id: 3, label: 'Paper H', size: 1 },
  ]);
  for (const key of ['a', 'b', 'c', 'd']) graph.addNode(`paper:${key}`, { kind: 'paper', label: key, community: 0 });
  graph.addNode('model:m', { kind: 'model', label: 'M', community: 0 });
  graph.addNode('paper:e', { kind: 'paper', label: 'E', community: 1 });
  graph.addNode('author:x', { kind: 'author', label: 'X', community: 1 });
  graph.addNode('paper:f', { kind: 'paper', label: 'F', community: 2 });
  graph.addNode('paper:g', { kind: 'paper', label: 'G', community: 2 });
  graph.addNode('method:s', { kind: 'method', label: 'S', community: 2 });
  graph.addNode('paper:h', { kind: 'paper', label: 'H', community: 3 });
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) graph.addDirectedEdgeWithKey(`${key}-m`, `paper:${key}`, 'model:m', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('x-e', 'author:x', 'paper:e', { relation: 'wrote' });
  graph.addDirectedEdgeWithKey('f-s', 'paper:f', 'method:s', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('g-s', 'paper:g', 'method:s', { relation: 'uses' });
  return normalizeGraph(graph);
}

const noneHidden = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };
const origin = { centre: () => ({ x: 0, y: 0 }), member: () => ({ x: 1, y: 1 }) };
const displayOptions = (expanded: number[]) => ({ expanded: new Set(expanded), placement: origin, communityColor: (id: number) => (id === SMALL_COMMUNITIES ? 'grey' : 'blue'), linkColor: '#ccc', memberLinkColor: '#eee' });

describe('which communities are small', () => {
  it('those of at most the setting’s papers, over the whole graph, in the table’s order', () => {
    const graph = withSmallOnes();
    expect(findSmallCommunities(graph, 3)).toEqual({ ids: new Set([2, 1, 3]), papers: 4, maxPapers: 3 });
    expect([...findSmallCommunities(graph, 1)!.ids]).toEqual([1, 3]);
    // Whatever the filters hide: the group does not change under a date range or a hidden kind.
    expect(findSmallCommunities(graph, 2)!.papers).toBe(4);
  });

  it('none when nothing is worth gathering: the setting 0, one small community, all small, no papers, an id clash', () => {
    const graph = withSmallOnes();
    expect(findSmallCommunities(graph, 0)).toBeNull();
    // Only community 3 (one paper) under a threshold of 1 once community 1 has two papers.
    graph.addNode('paper:e2', { kind: 'paper', label: 'E2', community: 1 });
    expect(findSmallCommunities(graph, 1)).toBeNull();
    // Every community small: gathering all would leave no map.
    expect(findSmallCommunities(graph, 4)).toBeNull();
    const foreign = new MultiDirectedGraph();
    for (let i = 0; i < 6; i += 1) foreign.addNode(`n${i}`, { kind: 'other', label: `N${i}`, community: i < 4 ? 0 : i });
    expect(findSmallCommunities(normalizeGraph(foreign), 3)).toBeNull();
    // A graph without community attributes: every node in community 0, nothing to gather.
    const plain = new MultiDirectedGraph();
    for (let i = 0; i < 6; i += 1) plain.addNode(`paper:p${i}`, { kind: 'paper', label: `P${i}` });
    expect(findSmallCommunities(normalizeGraph(plain), 3)).toBeNull();
    const clash = withSmallOnes();
    clash.addNode('paper:z', { kind: 'paper', label: 'Z', community: SMALL_COMMUNITIES });
    expect(findSmallCommunities(clash, 3)).toBeNull();
    // A graph whose communities are all large (the generated clustered graph) gathers none: it is unchanged.
    expect(findSmallCommunities(normalizeGraph(MultiDirectedGraph.from(clusteredGraph({ communities: 6, papersPerCommunity: 20, crossShare: 0.1, seed: 1 }))), 3)).toBeNull();
  });

  it('are named by their counts', () => {
    expect(smallCommunitiesLabel(596, 1659)).toBe('596 small communities · 1,659 papers');
    expect(smallCommunitiesLabel(1, 1)).toBe('1 small community · 1 paper');
    expect(smallCommunitiesRule(3)).toBe('communities of 3 papers or fewer');
    expect(smallCommunitiesRule(1)).toBe('communities of one paper');
    expect(overviewCommunitiesPhrase([{}, {}, { gathered: { communities: 1204 } }])).toBe('2 communities and 1,204 small ones');
    expect(overviewCommunitiesPhrase([{}, {}])).toBe('2 communities');
  });
});

describe('the overview with small communities gathered', () => {
  it('counts them as one community, listed last, its links those of its members', () => {
    const graph = withSmallOnes();
    const model = buildOverviewModel(graph, noneHidden, new Set([1, 2, 3]));
    expect(model.communities.map((c) => [c.id, c.label, c.visibleMembers])).toEqual([
      [0, 'Large', 5],
      [SMALL_COMMUNITIES, '3 small communities · 4 papers', 6],
    ]);
    expect(model.communities[1]!.gathered).toEqual({ communities: 3, papers: 4 });
    // e–m, f–m, g–m: three edges from the small ones to community 0; f–s and g–s stay inside the group.
    expect(model.links).toEqual([{ source: SMALL_COMMUNITIES, target: 0, weight: 3 }]);
    expect(model.members.get(SMALL_COMMUNITIES)?.sort()).toEqual(['author:x', 'method:s', 'paper:e', 'paper:f', 'paper:g', 'paper:h']);
    expect(overviewCommunityOf(model, 2)).toBe(SMALL_COMMUNITIES);
    expect(overviewCommunityOf(model, 0)).toBe(0);
  });

  it('counts only what the filters show: a hidden small community leaves the group’s counts', () => {
    const graph = withSmallOnes();
    const visibility = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenCommunities: new Set([2]) });
    const group = buildOverviewModel(graph, visibility, new Set([1, 2, 3])).communities.find((c) => c.id === SMALL_COMMUNITIES);
    expect(group).toMatchObject({ label: '2 small communities · 2 papers', visibleMembers: 3, gathered: { communities: 2, papers: 2 } });
    const allHidden = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenCommunities: new Set([1, 2, 3]) });
    expect(buildOverviewModel(graph, allHidden, new Set([1, 2, 3])).communities.map((c) => c.id)).toEqual([0]);
  });

  it('draws them as one node, no bigger than the largest community, and its members once expanded', () => {
    const graph = withSmallOnes();
    const model = buildOverviewModel(graph, noneHidden, new Set([1, 2, 3]));
    const collapsed = buildDisplayGraph(graph, model, noneHidden, displayOptions([]));
    expect(collapsed.nodes()).toEqual([superNodeKey(0), superNodeKey(SMALL_COMMUNITIES)]);
    expect(collapsed.getNodeAttributes(superNodeKey(SMALL_COMMUNITIES))).toMatchObject({
      label: '3 small communities · 4 papers',
      community: SMALL_COMMUNITIES,
      members: 6,
      color: 'grey',
      displaySize: superNodeSize(5, 5),
    });
    expect(collapsed.getEdgeAttributes(collapsed.edges()[0]!)).toMatchObject({ relation: COMMUNITY_LINK_RELATION, weight: 3 });

    const expanded = buildDisplayGraph(graph, model, noneHidden, displayOptions([SMALL_COMMUNITIES]));
    expect(expanded.nodes().sort()).toEqual([superNodeKey(0), 'author:x', 'method:s', 'paper:e', 'paper:f', 'paper:g', 'paper:h'].sort());
    // Members keep their own community; edges inside the group drawn as they are, those to community 0 folded.
    expect(expanded.getNodeAttribute('paper:f', 'community')).toBe(2);
    expect(['x-e', 'f-s', 'g-s'].every((edge) => expanded.hasEdge(edge))).toBe(true);
    expect(expanded.edges('paper:f', superNodeKey(0)).map((edge) => expanded.getEdgeAttribute(edge, 'weight'))).toEqual([1]);
  });
});

describe('a session on a graph shaped as a real corpus', () => {
  const graph = normalizeGraph(MultiDirectedGraph.from(smallCommunitiesGraph({ large: 6, papersPerCommunity: 40, singles: 40, pairs: 8, triples: 4, linked: 3, seed: 5 })));
  const visibility = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenKinds: new Set(['author']) });

  it('draws the large communities and one node for the 52 small ones, in the middle of their grid, in the neutral colour', () => {
    const session = new OverviewSession(graph, visibility, VIEWER_SETTINGS);
    expect(session.getSmallCommunities()).toMatchObject({ papers: 40 + 16 + 12, maxPapers: 3 });
    expect(session.getSmallCommunities()!.ids.size).toBe(52);
    const display = session.getDisplayGraph();
    expect(display.order).toBe(6 + 1);
    const group = display.getNodeAttributes(superNodeKey(SMALL_COMMUNITIES));
    expect(group).toMatchObject({ label: '52 small communities · 68 papers', color: SMALL_COMMUNITIES_COLOR });
    // The grid's middle: x beyond every large community, y between the grid's first and last row.
    const small = graph.filterNodes((_node, attributes) => attributes.community >= 6);
    const xs = small.map((node) => graph.getNodeAttribute(node, 'x')!);
    const ys = small.map((node) => graph.getNodeAttribute(node, 'y')!);
    expect(group.x).toBeGreaterThan(Math.min(...xs));
    expect(group.x).toBeLessThan(Math.max(...xs));
    expect(group.y).toBeGreaterThan(Math.min(...ys));
    expect(group.y).toBeLessThan(Math.max(...ys));
    // The linked few: one aggregated link from the group to the map.
    expect(display.edges(superNodeKey(SMALL_COMMUNITIES)).length).toBeGreaterThan(0);
    expect(session.communityColor(SMALL_COMMUNITIES)).toBe(SMALL_COMMUNITIES_COLOR);
    expect(session.communityColor(10)).toBe(SMALL_COMMUNITIES_COLOR);
    expect(session.communityColor(0)).toBe(COMMUNITY_PALETTE[(graph.getAttribute('communities') ?? []).findIndex((c) => c.id === 0)]);
  });

  it('expands the group like a community: every small community drawn member by member, where core put them', () => {
    const session = new OverviewSession(graph, visibility, VIEWER_SETTINGS);
    expect(session.canExpand(SMALL_COMMUNITIES)).toBe(true);
    expect(session.exists(SMALL_COMMUNITIES)).toBe(true);
    expect(session.showsSubcommunities(SMALL_COMMUNITIES)).toBe(false);
    expect(session.overviewCommunity(20)).toBe(SMALL_COMMUNITIES);
    expect(session.overviewCommunity(2)).toBe(2);
    session.setExpanded([SMALL_COMMUNITIES]);
    const members = graph.filterNodes((node, attributes) => attributes.community >= 6 && !visibility.hiddenNodes.has(node));
    const display = session.getDisplayGraph();
    expect(display.order).toBe(6 + members.length);
    expect(display.getNodeAttributes('paper:small-0-0')).toMatchObject({ x: graph.getNodeAttribute('paper:small-0-0', 'x'), community: 6 });
  });

  it('colours by community: the small ones share the neutral colour, the others keep the hues they had', () => {
    const ids = (graph.getAttribute('communities') ?? []).map((c) => c.id);
    const gathered = findSmallCommunities(graph, 3)!.ids;
    const colors = communityColors(ids, gathered);
    const plain = communityColors(ids);
    for (const id of ids) expect(colors.get(id)).toBe(gathered.has(id) ? SMALL_COMMUNITIES_COLOR : plain.get(id));
    const copy = graph.copy();
    applyAppearance(copy, 'community', new Map(), gathered);
    expect(copy.getNodeAttribute('paper:small-3-0', 'color')).toBe(SMALL_COMMUNITIES_COLOR);
    expect(copy.getNodeAttribute('paper:gen-0-0', 'color')).toBe(plain.get(0));
  });

  it('on a graph without positions (a foreign GraphML) the group gets the overview’s own layout, its members a spiral around it', () => {
    const unplaced = graph.copy();
    unplaced.updateEachNodeAttributes((_node, attributes) => {
      const { x: _x, y: _y, ...rest } = attributes;
      return rest;
    });
    const session = new OverviewSession(unplaced, visibility, { ...VIEWER_SETTINGS, overviewLayoutIterations: 20 });
    const group = session.getDisplayGraph().getNodeAttributes(superNodeKey(SMALL_COMMUNITIES));
    expect(Number.isFinite(group.x) && Number.isFinite(group.y)).toBe(true);
    session.setExpanded([SMALL_COMMUNITIES]);
    const member = session.getDisplayGraph().getNodeAttributes('paper:small-0-0');
    const members = graph.filterNodes((node, attributes) => attributes.community >= 6 && !visibility.hiddenNodes.has(node)).length;
    // Within the spiral of all of the group's members around its centre.
    expect(Math.hypot(member.x! - group.x!, member.y! - group.y!)).toBeLessThanOrEqual(VIEWER_SETTINGS.overviewMemberSpacing * Math.sqrt(members + 1));
  });

  it('a graph whose communities are all large opens as before: one super-node each, no group', () => {
    const large = normalizeGraph(MultiDirectedGraph.from(clusteredGraph({ communities: 8, papersPerCommunity: 30, crossShare: 0.1, seed: 2 })));
    const session = new OverviewSession(large, noneHidden, VIEWER_SETTINGS);
    expect(session.getSmallCommunities()).toBeNull();
    expect(session.getDisplayGraph().order).toBe(8);
    expect(session.getModel().communities.every((c) => c.id >= 0 && c.gathered === undefined)).toBe(true);
  });
});

describe('the group in the link', () => {
  it('is expand=small, in the order opened', () => {
    const state = defaultViewState(100);
    state.expandedCommunities = [7, SMALL_COMMUNITIES];
    const query = serializeViewState(state, 100);
    expect(query).toBe('expand=7%2Csmall');
    expect(parseViewState(query, 100).expandedCommunities).toEqual([7, SMALL_COMMUNITIES]);
    expect(parseViewState('expand=small,small,x,3', 100).expandedCommunities).toEqual([SMALL_COMMUNITIES, 3]);
  });
});
