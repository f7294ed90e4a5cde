import { counted } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';

/**
 * Small communities, gathered: on a real corpus most communities are one paper and its authors, linked to no other
 * paper (547 of the 5,000-paper graph's 679). Drawn one by one they crowd the overview, the legend and the palette and
 * say nothing a researcher can use, so the overview draws them as one super-node (`SMALL_COMMUNITIES`), the legend
 * lists them under one row and they share one neutral colour. Only the drawing and the legend change: filters, search,
 * details and links still see each community on its own.
 */

/** The overview's id for the group of small communities: no graph that gets one has a community with this id. */
export const SMALL_COMMUNITIES = -1;

export interface SmallCommunities {
  /** The gathered communities, in the order of the graph's community table (largest first). */
  ids: ReadonlySet<number>;
  /** Their papers, over the whole graph (whatever the filters hide). */
  papers: number;
  /** Each has at most this many papers (the setting). */
  maxPapers: number;
}

/**
 * The communities of at most `maxPapers` papers (cited works known only as references count: they are papers of the
 * graph), or null when nothing is worth gathering: `maxPapers` 0, a graph without papers (a foreign GraphML of other
 * kinds, whose sizes say something else), fewer than two small communities, or none larger (gathering every community
 * into one node would leave no map), and a graph whose own community ids include `SMALL_COMMUNITIES`.
 */
export function findSmallCommunities(graph: ViewerGraph, maxPapers: number): SmallCommunities | null {
  if (!(maxPapers >= 1)) return null;
  const papers = new Map<number, number>();
  let anyPaper = false;
  graph.forEachNode((_node, attributes) => {
    const paper = attributes.kind === 'paper' ? 1 : 0;
    if (paper) anyPaper = true;
    papers.set(attributes.community, (papers.get(attributes.community) ?? 0) + paper);
  });
  if (!anyPaper || papers.has(SMALL_COMMUNITIES)) return null;
  const order = (graph.getAttribute('communities') ?? []).map((community) => community.id);
  const listed = new Set(order);
  // Communities missing from the table (it covers every node once normalised) go last, by id, to stay deterministic.
  const ids = [...order, ...[...papers.keys()].filter((id) => !listed.has(id)).sort((a, b) => a - b)].filter((id) => papers.has(id));
  const small = ids.filter((id) => (papers.get(id) ?? 0) <= maxPapers);
  if (small.length < 2 || small.length === ids.length) return null;
  return { ids: new Set(small), papers: small.reduce((sum, id) => sum + (papers.get(id) ?? 0), 0), maxPapers };
}

/** What the group is called on the canvas, in the bar and in the legend: "596 small communities · 659 papers". */
export function smallCommunitiesLabel(communities: number, papers: number): string {
  return `${counted(communities, 'small community', 'small communities')} · ${counted(papers, 'paper')}`;
}

/** What the legend and the group's tooltip say a small community is. */
export function smallCommunitiesRule(maxPapers: number): string {
  return maxPapers === 1 ? 'communities of one paper' : `communities of ${maxPapers} papers or fewer`;
}

/**
 * The communities an overview draws, in words: "83 communities and 596 small ones" when small ones are gathered
 * (`communities`: the overview's, the group among them), else "60 communities".
 */
export function overviewCommunitiesPhrase(communities: ReadonlyArray<{ gathered?: { communities: number } }>): string {
  const group = communities.find((community) => community.gathered)?.gathered;
  if (!group) return counted(communities.length, 'community', 'communities');
  return `${counted(communities.length - 1, 'community', 'communities')} and ${group.communities.toLocaleString('en')} small ${group.communities === 1 ? 'one' : 'ones'}`;
}
