import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyAppearance } from '../../../src/graph/appearance.ts';
import { normalizeGraph } from '../../../src/graph/normalize.ts';
import { layoutCommunities, OverviewPlacementCache, spiralPositions } from '../../../src/graph/overview-layout.ts';
import type { ViewerGraph } from '../../../src/graph/types.ts';
import { computeVisibility, defaultFilters } from '../../../src/model/filters.ts';
import {
  buildDisplayGraph,
  buildOverviewModel,
  communityOfSuperNode,
  COMMUNITY_LINK_RELATION,
  subcommunityNodeKey,
  subcommunityOfSuperNode,
  superNodeKey,
  SUPER_NODE_KIND,
} from '../../../src/model/overview.ts';
import { defaultViewState, parseViewState, serializeViewState } from '../../../src/model/url-state.ts';
import { OverviewSession } from '../../../src/view/overview-session.ts';
import { VIEWER_SETTINGS } from '../../../src/settings.ts';
import { clusteredGraph } from '../../fixtures/clustered-graph.ts';

/** Two communities by hand: 0 = {a, b, m}, 1 = {c, n}; links a–m, b–m (inside 0), c–n (inside 1), a–n and b–n (across). */
function twoCommunities(): ViewerGraph {
  const graph = new MultiDirectedGraph();
  graph.setAttribute('communities', [
    { id: 0, label: 'LoRA · QLoRA', size: 3 },
    { id: 1, label: 'Mistral-7B', size: 2 },
  ]);
  graph.addNode('paper:a', { kind: 'paper', label: 'A', community: 0 });
  graph.addNode('paper:b', { kind: 'paper', label: 'B', community: 0 });
  graph.addNode('method:m', { kind: 'method', label: 'M', community: 0 });
  graph.addNode('paper:c', { kind: 'paper', label: 'C', community: 1 });
  graph.addNode('model:n', { kind: 'model', label: 'N', community: 1 });
  graph.addNode('author:x', { kind: 'author', label: 'X', community: 1 });
  graph.addDirectedEdgeWithKey('e1', 'paper:a', 'method:m', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e2', 'paper:b', 'method:m', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e3', 'paper:c', 'model:n', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e4', 'paper:a', 'model:n', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e5', 'paper:b', 'model:n', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e6', 'author:x', 'paper:a', { relation: 'wrote' });
  return normalizeGraph(graph);
}

const noneHidden = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };
const origin = { centre: () => ({ x: 0, y: 0 }), member: () => ({ x: 1, y: 1 }) };
const displayOptions = (expanded: number[]) => ({ expanded: new Set(expanded), placement: origin, communityColor: () => '#123456', linkColor: '#ccc', memberLinkColor: '#eee' });

describe('overview model', () => {
  it('summarises communities with member counts and weights links by the edges between them', () => {
    const model = buildOverviewModel(twoCommunities(), noneHidden);
    expect(model.communities.map((c) => [c.id, c.label, c.visibleMembers, c.totalMembers])).toEqual([
      [0, 'LoRA · QLoRA', 3, 3],
      [1, 'Mistral-7B', 3, 3],
    ]);
    // e4, e5 (a–n, b–n) and e6 (x → a) cross from 0 to 1.
    expect(model.links).toEqual([{ source: 0, target: 1, weight: 3 }]);
  });

  it('counts only what the filters leave visible', () => {
    const graph = twoCommunities();
    const visibility = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenKinds: new Set(['author']) });
    const model = buildOverviewModel(graph, visibility);
    expect(model.communities.find((c) => c.id === 1)).toMatchObject({ visibleMembers: 2, totalMembers: 3 });
    expect(model.links).toEqual([{ source: 0, target: 1, weight: 2 }]);
  });

  it('collapsed: one super-node per community and one weighted link per linked pair', () => {
    const graph = twoCommunities();
    const model = buildOverviewModel(graph, noneHidden);
    const display = buildDisplayGraph(graph, model, noneHidden, displayOptions([]));
    expect(display.nodes()).toEqual([superNodeKey(0), superNodeKey(1)]);
    expect(display.getNodeAttributes(superNodeKey(0))).toMatchObject({ kind: SUPER_NODE_KIND, label: 'LoRA · QLoRA', members: 3, color: '#123456' });
    expect(display.size).toBe(1);
    expect(display.getEdgeAttributes(display.edges()[0] ?? '')).toMatchObject({ relation: COMMUNITY_LINK_RELATION, weight: 3 });
    expect(communityOfSuperNode(superNodeKey(7))).toBe(7);
    expect(communityOfSuperNode('paper:a')).toBeNull();
  });

  it('expanded: the community is replaced by its members, with their own edges and links to collapsed communities', () => {
    const graph = twoCommunities();
    const model = buildOverviewModel(graph, noneHidden);
    const display = buildDisplayGraph(graph, model, noneHidden, displayOptions([0]));
    expect(display.order).toBe(3 + 1);
    expect(display.hasNode(superNodeKey(0))).toBe(false);
    // Inside edges keep their keys (highlights carry over); across edges become member → super-node links.
    expect(display.hasEdge('e1') && display.hasEdge('e2')).toBe(true);
    const aToOne = display.edges('paper:a', superNodeKey(1))[0];
    expect(aToOne && display.getEdgeAttribute(aToOne, 'weight')).toBe(2); // e4 and e6
    expect(display.size).toBe(2 + 2);

    const both = buildDisplayGraph(graph, model, noneHidden, displayOptions([0, 1]));
    expect(both.order).toBe(graph.order);
    expect(both.size).toBe(graph.size);
  });
});

/**
 * Community 0 split by core into sub-communities 0 = {a, m} and 1 = {b, d}, community 1 = {c, n}; every node placed
 * (the CLI's layout). Links: a–m (inside sub 0), b–d (inside sub 1), a–d (sub 0 – sub 1), b–n and d–n (sub 1 – community 1).
 */
function splitCommunity(): ViewerGraph {
  const graph = new MultiDirectedGraph();
  graph.setAttribute('communities', [
    { id: 0, label: 'Big', size: 4 },
    { id: 1, label: 'Small', size: 2 },
  ]);
  graph.setAttribute('subcommunities', [
    { community: 0, id: 0, label: 'Big: left', size: 2 },
    { community: 0, id: 1, label: 'Big: right', size: 2 },
  ]);
  const node = (key: string, kind: string, community: number, subcommunity: number | null, x: number, y: number) =>
    graph.addNode(key, { kind, label: key, community, ...(subcommunity === null ? {} : { subcommunity }), x, y });
  node('paper:a', 'paper', 0, 0, -10, 0);
  node('method:m', 'method', 0, 0, -12, 2);
  node('paper:b', 'paper', 0, 1, 10, 0);
  node('dataset:d', 'dataset', 0, 1, 12, 2);
  node('paper:c', 'paper', 1, null, 40, 40);
  node('model:n', 'model', 1, null, 42, 40);
  graph.addDirectedEdgeWithKey('e1', 'paper:a', 'method:m', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e2', 'paper:b', 'dataset:d', { relation: 'evaluates_on' });
  graph.addDirectedEdgeWithKey('e3', 'paper:a', 'dataset:d', { relation: 'evaluates_on' });
  graph.addDirectedEdgeWithKey('e4', 'paper:b', 'model:n', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e5', 'paper:c', 'model:n', { relation: 'uses' });
  graph.addDirectedEdgeWithKey('e6', 'dataset:d', 'model:n', { relation: 'uses' });
  return normalizeGraph(graph);
}

describe('sub-communities in the overview', () => {
  const subs = (expanded: string[]) => ({
    splits: (community: number) => community === 0,
    expanded: new Set(expanded),
    centre: (community: number, subcommunity: number) => ({ x: subcommunity === 0 ? -11 : 11, y: community }),
    label: (_community: number, subcommunity: number) => (subcommunity === 0 ? 'Big: left' : 'Big: right'),
  });

  it('an expanded big community shows its sub-communities, linked to each other and to other communities by weight', () => {
    const graph = splitCommunity();
    const model = buildOverviewModel(graph, noneHidden);
    const display = buildDisplayGraph(graph, model, noneHidden, { ...displayOptions([0]), subcommunities: subs([]) });
    const left = subcommunityNodeKey(0, 0);
    const right = subcommunityNodeKey(0, 1);
    expect(display.nodes().sort()).toEqual([superNodeKey(1), left, right].sort());
    expect(display.getNodeAttributes(right)).toMatchObject({ kind: SUPER_NODE_KIND, label: 'Big: right', members: 2, x: 11 });
    expect(subcommunityOfSuperNode(right)).toEqual({ community: 0, subcommunity: 1 });
    expect(communityOfSuperNode(right)).toBe(0);
    const weight = (a: string, b: string) => [...new Set([...display.edges(a, b), ...display.edges(b, a)])].map((edge) => display.getEdgeAttribute(edge, 'weight'));
    expect(weight(left, right)).toEqual([1]); // e3
    expect(weight(right, superNodeKey(1))).toEqual([2]); // e4, e6
    expect(weight(left, superNodeKey(1))).toEqual([]);
  });

  it('an opened sub-community shows its members where the layout put them; every link is still counted once', () => {
    const graph = splitCommunity();
    const model = buildOverviewModel(graph, noneHidden);
    const positions = { centre: () => ({ x: 0, y: 0 }), member: (node: string) => ({ x: graph.getNodeAttribute(node, 'x')!, y: graph.getNodeAttribute(node, 'y')! }) };
    const display = buildDisplayGraph(graph, model, noneHidden, { ...displayOptions([0, 1]), placement: positions, subcommunities: subs([subcommunityNodeKey(0, 1)]) });
    expect(display.nodes().sort()).toEqual(['dataset:d', 'model:n', 'paper:b', 'paper:c', subcommunityNodeKey(0, 0)].sort());
    expect(display.getNodeAttributes('dataset:d')).toMatchObject({ x: 12, y: 2 });
    // Drawn as they are: e2, e4, e5, e6; folded: e3 (d → the left sub-community); e1 is inside the folded one.
    expect(['e2', 'e4', 'e5', 'e6'].every((edge) => display.hasEdge(edge))).toBe(true);
    const folded = display.edges('dataset:d', subcommunityNodeKey(0, 0));
    expect(folded.map((edge) => display.getEdgeAttribute(edge, 'weight'))).toEqual([1]);
    expect(display.size).toBe(5);
  });

  it('a session on a graph laid out by core: super-nodes at community centres, sub-communities opened by a click', () => {
    const graph = splitCommunity();
    applyAppearance(graph, 'community');
    const session = new OverviewSession(graph, noneHidden, { ...VIEWER_SETTINGS, overviewSubcommunitiesFrom: 3 });
    const collapsed = session.getDisplayGraph();
    // Community 0's centre is the mean of its members' positions (no layout runs in the page).
    expect(collapsed.getNodeAttributes(superNodeKey(0))).toMatchObject({ x: 0, y: 1 });
    expect(collapsed.getNodeAttributes(superNodeKey(1))).toMatchObject({ x: 41, y: 40 });
    expect(session.bbox()).toEqual({ x: [-12, 42], y: [0, 40] });
    session.setExpanded([0]);
    expect(session.showsSubcommunities(0)).toBe(true);
    const split = session.getDisplayGraph();
    expect(split.hasNode(subcommunityNodeKey(0, 1)) && split.hasNode(subcommunityNodeKey(0, 0))).toBe(true);
    expect(split.getNodeAttributes(subcommunityNodeKey(0, 1))).toMatchObject({ x: 11, y: 1, label: 'Big: right' });
    // What the view state needs to open a selected node where it is drawn, and to keep only openable sub-communities.
    expect(session.subcommunityOfVisible('paper:b')).toBe(subcommunityNodeKey(0, 1));
    expect(session.subcommunityOfVisible('paper:c')).toBeNull();
    expect(session.canExpandSubcommunity(subcommunityNodeKey(0, 1))).toBe(true);
    expect(session.canExpandSubcommunity(subcommunityNodeKey(0, 7))).toBe(false);
    expect(session.canExpandSubcommunity('paper:b')).toBe(false);
    session.setExpanded([0], [subcommunityNodeKey(0, 1)]);
    expect(session.getDisplayGraph().hasNode('paper:b')).toBe(true);
    expect(session.getDisplayGraph().hasNode('paper:a')).toBe(false);
    // A sub-community of a collapsed community is not drawn; a small community shows its members at once.
    session.setExpanded([1], [subcommunityNodeKey(0, 1)]);
    expect(session.getExpandedSubcommunities()).toEqual([]);
    expect(session.getDisplayGraph().hasNode('paper:c')).toBe(true);
    expect(new OverviewSession(graph, noneHidden, VIEWER_SETTINGS).showsSubcommunities(0)).toBe(false);
  });
});

describe('overview layout and session on a generated clustered graph', () => {
  const graph = normalizeGraph(MultiDirectedGraph.from(clusteredGraph({ communities: 24, papersPerCommunity: 60, crossShare: 0.2, seed: 3 })));
  applyAppearance(graph, 'kind');

  it('lays out one centre per community, without overlapping expanded spirals', () => {
    const model = buildOverviewModel(graph, noneHidden);
    const spacing = 10;
    const centres = layoutCommunities(model, spacing, 100);
    expect(centres.size).toBe(24);
    const radius = (id: number) => spacing * Math.sqrt((model.members.get(id)?.length ?? 0) + 1);
    let overlaps = 0;
    const ids = [...centres.keys()];
    for (const a of ids) for (const b of ids) {
      if (a >= b) continue;
      const pa = centres.get(a) ?? { x: 0, y: 0 };
      const pb = centres.get(b) ?? { x: 0, y: 0 };
      if (Math.hypot(pa.x - pb.x, pa.y - pb.y) < 0.8 * (radius(a) + radius(b))) overlaps += 1;
    }
    expect(overlaps).toBe(0);
    expect(layoutCommunities(model, spacing, 100)).toEqual(centres);
  });

  it('puts members on a spiral around the centre, entities first', () => {
    const members = buildOverviewModel(graph, noneHidden).members.get(0) ?? [];
    const positions = spiralPositions(graph, members, { x: 100, y: -50 }, 10);
    expect(positions.size).toBe(members.length);
    const nearest = [...positions.entries()].sort((a, b) => Math.hypot(a[1].x - 100, a[1].y + 50) - Math.hypot(b[1].x - 100, b[1].y + 50))[0]?.[0] ?? '';
    expect(graph.getNodeAttribute(nearest, 'kind')).toBe('model');
    const cache = new OverviewPlacementCache(graph, new Map([[0, { x: 100, y: -50 }]]), 10);
    cache.prepare(0, members);
    expect(cache.member(nearest)).toEqual(positions.get(nearest));
  });

  it('a session expands and collapses communities and follows filter changes', () => {
    const visibility = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenKinds: new Set(['author']) });
    const session = new OverviewSession(graph, visibility, VIEWER_SETTINGS);
    expect(session.getDisplayGraph().order).toBe(24);
    const members = session.getModel().members.get(5)?.length ?? 0;
    expect(members).toBeGreaterThan(0);
    expect(session.canExpand(5)).toBe(true);
    expect(session.canExpand(999)).toBe(false);
    session.setExpanded([5, 999]);
    expect(session.getDisplayGraph().order).toBe(24 - 1 + members);
    expect(session.getExpanded()).toEqual([5]);
    // The display graph is built once per change, when read.
    expect(session.getDisplayGraph()).toBe(session.getDisplayGraph());
    // Authors come back: the expanded community grows by its authors.
    session.setHidden(computeVisibility(graph, { ...defaultFilters(graph.order), hiddenKinds: new Set() }));
    const authors = graph.filterNodes((_n, a) => a.kind === 'author' && a.community === 5).length;
    expect(session.getDisplayGraph().order).toBe(24 - 1 + members + authors);
    session.setExpanded([]);
    expect(session.getDisplayGraph().order).toBe(24);
  });

  it('the URL records expanded communities in the order opened (Esc folds the last one, after a reload too)', () => {
    const state = defaultViewState(100);
    state.expandedCommunities = [7, 2];
    const query = serializeViewState(state, 100);
    expect(query).toBe('expand=7%2C2');
    expect(parseViewState(query, 100).expandedCommunities).toEqual([7, 2]);
  });
});
