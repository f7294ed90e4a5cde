import { describe, expect, it } from 'vitest';
import type { CommunitySummary } from '../../src/contract/graph.ts';
import { nodeStates, type NodeState } from '../../src/update/state.ts';
import { formatWhatsNew, whatsNew } from '../../src/update/whats-new.ts';
import { buildWithState, devInput, devLines, seedText } from './fixtures.ts';

const { build, state } = buildWithState([seedText, devInput('dev.jsonl', devLines)]);
const graph = build.graph;
const manifest = state.manifest;
const issues = { rejections: [], warnings: [] };

// The build's nodes as the state keeps them, as if the build before had had one entity more (which the update then
// removed) and one entity fewer (an entity under a key the update made, linked to earlier papers).
const entityKeys = graph.filterNodes((_key, a) => a.kind === 'method' && (a.paperCount ?? 0) >= 2);
const relinked = entityKeys[0]!;
const gone: NodeState = { key: 'method:mr', kind: 'method', community: 0, subcommunity: -1, x: 0, y: 0, paperCount: 11, label: 'MR' };
const previous = [...nodeStates(graph).filter((node) => node.key !== relinked), gone];
const goneCommunity: CommunitySummary = { id: 999, label: 'MR · something', size: 40, kinds: { method: 1, paper: 39 }, top: ['method:mr'] };
const report = whatsNew({
  graph,
  previous,
  manifest: { ...manifest, communities: [...manifest.communities, goneCommunity] },
  inputs: ['week.jsonl'],
  reextracted: 0,
  alreadyPresent: 0,
  issues,
});

describe("what's new", () => {
  it('keeps the labels of models, methods and datasets in the node states, not those of papers and authors', () => {
    const states = nodeStates(graph);
    const method = states.find((node) => node.key === relinked)!;
    expect(method.label).toBe(graph.getNodeAttribute(relinked, 'label'));
    expect(states.filter((node) => node.kind === 'paper' || node.kind === 'author').every((node) => node.label === undefined)).toBe(true);
  });

  it('names the entities the update removed, with their labels and earlier paper counts', () => {
    expect(report.entities.removed).toEqual([{ key: 'method:mr', label: 'MR', kind: 'method', papers: 11 }]);
  });

  it('counts, for an entity under a new key, the papers it links that were already in the build', () => {
    const added = report.entities.added.find((entity) => entity.key === relinked)!;
    expect(added.papers).toBe(graph.getNodeAttribute(relinked, 'paperCount'));
    expect(added.earlierPapers).toBe(graph.neighbors(relinked).filter((key) => graph.getNodeAttribute(key, 'kind') === 'paper').length);
    expect(added.earlierPapers).toBeGreaterThanOrEqual(2);
  });

  it('names the communities that are gone, as the build had them', () => {
    expect(report.communities.disappeared).toEqual([{ id: 999, label: 'MR · something', size: 40 }]);
  });

  it('measures stability against every node that was there, the removed ones included', () => {
    expect(report.stability.nodesBefore).toBe(previous.length);
    expect(report.stability.nodesKept).toBe(previous.length - 1);
    expect(report.stability.keptCommunity).toBe(previous.length - 1);
    expect(report.stability.share).toBe(Number(((previous.length - 1) / previous.length).toFixed(4)));
    expect(report.stability.share).toBeLessThan(1);
  });

  it('prints the removed entities and gone communities by name, top N, and the stability over the nodes before', () => {
    const text = formatWhatsNew(report, 5);
    expect(text).toContain('entities gone: 1');
    expect(text).toContain('  − MR [method] had 11 papers');
    expect(text).toContain('  gone #999 MR · something: had 40 nodes');
    expect(text).toContain(`of ${previous.length} earlier nodes keep their community`);
    expect(text).toContain('; 1 node removed)');
    const label = graph.getNodeAttribute(relinked, 'label');
    expect(text).toMatch(new RegExp(`\\+ ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[method\\] \\d+ papers, \\d+ already in the build`));
  });
});
