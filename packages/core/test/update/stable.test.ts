import { describe, expect, it } from 'vitest';
import { labelCommunityLevels } from '../../src/cluster/labels.ts';
import { louvain } from '../../src/cluster/louvain.ts';
import { assignSubcommunities } from '../../src/cluster/subcommunities.ts';
import { clusterFromPrevious, labelStably } from '../../src/update/stable.ts';
import { nodeStates, type UpdateManifest } from '../../src/update/state.ts';
import { buildWithState, devInput, devLines, seedText } from './fixtures.ts';

// Small enough that the dev papers' larger communities are split, as the corpus's are at SUBCOMMUNITY_MIN_SIZE.
const MIN_SIZE = 40;
const settings = { seed: 42, resolution: 1, subcommunityMinSize: MIN_SIZE };

function clusteredBase() {
  const graph = buildWithState([seedText, devInput('dev-a.jsonl', devLines.slice(0, 70))], { layout: false }).build.graph;
  graph.forEachNode((key) => graph.removeNodeAttribute(key, 'community'));
  const clustered = louvain.assign(graph, { seed: 42 });
  assignSubcommunities(graph, clustered, { seed: 42, minSize: MIN_SIZE });
  return graph;
}

function laterGraph() {
  return buildWithState([seedText, devInput('dev-a.jsonl', devLines.slice(0, 70)), devInput('dev-b.jsonl', devLines.slice(70))], { layout: false }).build.graph;
}

describe('clusterFromPrevious', () => {
  it('warm-starts the sub-communities of split communities: ids kept where they persist, new ones after the largest', () => {
    const base = clusteredBase();
    const previous = nodeStates(base);
    expect(previous.some((node) => node.subcommunity >= 0)).toBe(true);
    const graph = laterGraph();
    clusterFromPrevious(graph, previous, 1000, settings);
    let stayed = 0;
    let keptSub = 0;
    const largestSub = new Map<number, number>();
    for (const node of previous) if (node.subcommunity >= 0) largestSub.set(node.community, Math.max(largestSub.get(node.community) ?? -1, node.subcommunity));
    // (a node a cross-paper rule re-keyed with the later papers is gone: "Supervised Finetuning" became one node
    // with "Supervised Fine-Tuning")
    const gone = previous.filter((node) => !graph.hasNode(node.key)).map((node) => node.key);
    expect(gone.length).toBeLessThan(previous.length / 100);
    for (const node of previous) {
      if (node.subcommunity < 0 || !graph.hasNode(node.key) || graph.getNodeAttribute(node.key, 'community') !== node.community) continue;
      stayed++;
      if (graph.getNodeAttribute(node.key, 'subcommunity') === node.subcommunity) keptSub++;
    }
    expect(stayed).toBeGreaterThan(50);
    expect(keptSub / stayed).toBeGreaterThanOrEqual(0.8);
    // A sub-community of a community split before, with no earlier member, is numbered after that community's largest.
    const earlierMembers = new Map<string, number>();
    graph.forEachNode((key, a) => {
      if (typeof a.subcommunity !== 'number' || !largestSub.has(a.community!)) return;
      const id = `${a.community}/${a.subcommunity}`;
      earlierMembers.set(id, (earlierMembers.get(id) ?? 0) + (previous.some((n) => n.key === key) ? 1 : 0));
    });
    for (const [id, count] of earlierMembers) {
      const [community, sub] = id.split('/').map(Number) as [number, number];
      if (count === 0) expect(sub).toBeGreaterThan(largestSub.get(community)!);
    }
    expect(graph.getAttribute('subcommunityMinSize')).toBe(MIN_SIZE);
  });
});

describe('labelStably', () => {
  it("keeps a persisting community's label while its head is the same, and names a changed one anew", () => {
    const graph = laterGraph();
    const { communities, subcommunities } = labelCommunityLevels(graph);
    const [steady, changed] = communities.filter((c) => c.top.length >= 2);
    const gone = graph.findNode((_key, a) => a.community !== changed!.id)!;
    const manifest = {
      communities: [
        { ...steady!, label: 'the label readers know' },
        { ...changed!, label: 'an old name', top: [changed!.top[0]!, gone] },
      ],
      subcommunities,
    } as unknown as UpdateManifest;
    labelStably(graph, manifest);
    const now = new Map(graph.getAttribute('communities').map((c) => [c.id, c]));
    expect(now.get(steady!.id)!.label).toBe('the label readers know');
    expect(now.get(changed!.id)!.label).toBe(changed!.label);
    expect(now.get(changed!.id)!.top).toEqual(changed!.top);
    // A head that changed: the member now ranked first was not among the old top.
    labelStably(graph, { ...manifest, communities: [{ ...steady!, label: 'stale', top: steady!.top.slice(1) }] } as unknown as UpdateManifest);
    expect(graph.getAttribute('communities').find((c) => c.id === steady!.id)!.label).toBe(steady!.label);
  });
});
