import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { louvain } from '../../src/cluster/louvain.ts';
import { assignSubcommunities } from '../../src/cluster/subcommunities.ts';
import { layoutGraph } from '../../src/layout/index.ts';
import { layoutQuality } from '../../src/layout/quality.ts';
import { runPipeline } from '../../src/pipeline/run.ts';

/**
 * The layout on a small real graph: the committed evaluation listings (407 arXiv papers, ~3k nodes) through the real
 * pipeline, which lays it out by default.
 */
const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const inputs = ['eval/data/papers.jsonl', 'eval/holdout/papers.jsonl', 'eval/holdout2/papers.jsonl', 'eval/blind/blind1/papers.jsonl', 'eval/blind/blind2/papers.jsonl'].map(
  (name) => ({ name, text: read(name) }),
);
const build = () => runPipeline(inputs).graph;
const positions = (graph: ReturnType<typeof build>) => JSON.stringify(graph.mapNodes((_key, a) => [a.x, a.y]));

describe('layout of a real graph', () => {
  const graph = build();

  it('places every node, rounded to a thousandth', () => {
    expect(graph.order).toBeGreaterThan(2000);
    graph.forEachNode((_key, attributes) => {
      for (const value of [attributes.x, attributes.y]) {
        expect(Number.isFinite(value)).toBe(true);
        expect(Number((value as number).toFixed(3))).toBe(value);
      }
    });
  });

  it('keeps communities apart: ≥ 85% of the achievable nearest neighbours in their own community', () => {
    const quality = layoutQuality(graph);
    expect(quality.ratio).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the same positions on every build, whatever positions the nodes had before', () => {
    expect(positions(build())).toBe(positions(graph));
    const copy = graph.copy();
    copy.updateEachNodeAttributes((_key, attributes) => ({ ...attributes, x: 7, y: -1 }));
    layoutGraph(copy);
    expect(positions(copy)).toBe(positions(graph));
  });

  it('with sub-communities, keeps them apart inside their communities', () => {
    // The real graph's communities are below the default split size; split those above 40 nodes.
    const split = build();
    const clustered = louvain.assign(split, { seed: split.getAttribute('seed') });
    const result = assignSubcommunities(split, clustered, { minSize: 40 });
    expect(result.counts.size).toBeGreaterThan(3);
    layoutGraph(split);
    expect(layoutQuality(split).ratio).toBeGreaterThanOrEqual(0.85);
    const group = (node: string) => {
      const { community, subcommunity } = split.getNodeAttributes(node);
      return community! * 10_000 + (subcommunity ?? 9_999);
    };
    expect(layoutQuality(split, group).ratio).toBeGreaterThanOrEqual(0.85);
  });
});
