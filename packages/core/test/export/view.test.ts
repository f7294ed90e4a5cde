import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { asForeignGraph, DETAIL_EDGE_ATTRIBUTES, DETAIL_NODE_ATTRIBUTES, outputFormat, runPipeline, toViewFile, viewFileChunks, type ForeignGraph, type ViewFile } from '../../src/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

function seedGraph(): ForeignGraph {
  return asForeignGraph(runPipeline([{ name: 'seed.txt', text: seed }]).graph);
}

/** A node's attributes as the view file has them: its columns and extras, nulls and -1 meaning absent. */
function viewNodeAttributes(view: ViewFile, i: number): Record<string, unknown> {
  const { nodes } = view;
  const attributes: Record<string, unknown> = { ...nodes.extra[i], kind: nodes.kinds[nodes.kind[i]!], label: nodes.label[i] };
  if (nodes.community[i]! >= 0) attributes.community = nodes.community[i];
  if (nodes.subcommunity[i]! >= 0) attributes.subcommunity = nodes.subcommunity[i];
  for (const name of ['x', 'y', 'paperCount', 'year', 'date'] as const) if (nodes[name][i] != null) attributes[name] = nodes[name][i];
  return attributes;
}

function withoutDetails(attributes: Record<string, unknown>, details: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([name, value]) => !details.includes(name) && value !== undefined));
}

describe('graph.view.json writer', () => {
  it('is registered as an output format, and its pieces are the JSON of toViewFile', () => {
    const graph = seedGraph();
    const format = outputFormat('view');
    expect(format.fileName).toBe('graph.view.json');
    const text = [...format.chunks(graph)].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(toViewFile(graph))));
    // Same graph, same bytes.
    expect([...viewFileChunks(seedGraph())].join('')).toBe(text);
    // The format name comes first: readers tell a view file from its first bytes.
    expect(text.startsWith('{"format":"papergraph-view","version":1,')).toBe(true);
  });

  it('keeps every node and link with all their attributes but the details, which it leaves to graph.json', () => {
    const graph = seedGraph();
    const view = toViewFile(graph);
    expect(view.nodes.keys).toEqual(graph.nodes());
    let i = 0;
    graph.forEachNode((_key, attributes) => {
      expect(viewNodeAttributes(view, i)).toEqual(withoutDetails(attributes, DETAIL_NODE_ATTRIBUTES));
      i += 1;
    });
    expect(view.edges.source).toHaveLength(graph.size);
    let e = 0;
    graph.forEachEdge((key, attributes, source, target) => {
      expect(view.nodes.keys[view.edges.source[e]!]).toBe(source);
      expect(view.nodes.keys[view.edges.target[e]!]).toBe(target);
      expect(view.edges.relations[view.edges.relation[e]!]).toBe(attributes.relation);
      // The contract's keys are rebuilt from relation, source and target, so none is stored.
      expect(key).toBe(`${attributes.relation}:${source}->${target}`);
      e += 1;
    });
    expect(view.edges.keys).toEqual({});
    const text = JSON.stringify(view);
    // No abstract or evidence sentence is in the file.
    graph.forEachNode((_key, attributes) => {
      if (typeof attributes.abstract === 'string' && attributes.abstract.length > 40) expect(text.includes(attributes.abstract)).toBe(false);
    });
    // (A title is a paper's label, which the file keeps: evidence found in a title is left out of this check.)
    const labels = graph.mapNodes((_key, attributes) => attributes.label).join('\n');
    graph.forEachEdge((_key, attributes) => {
      if (typeof attributes.evidence === 'string' && attributes.evidence.length > 40 && !labels.includes(attributes.evidence)) expect(text.includes(JSON.stringify(attributes.evidence).slice(1, -1))).toBe(false);
    });
    expect(view.details).toEqual({ nodes: DETAIL_NODE_ATTRIBUTES, edges: DETAIL_EDGE_ATTRIBUTES });
  });

  it('computes the overview: community centres and radii from the layout, links between communities by relation', () => {
    const graph = seedGraph();
    const view = toViewFile(graph);
    const members = new Map<number, Array<{ x: number; y: number }>>();
    graph.forEachNode((_key, attributes) => {
      const list = members.get(attributes.community as number) ?? [];
      list.push({ x: attributes.x as number, y: attributes.y as number });
      members.set(attributes.community as number, list);
    });
    expect(view.overview.communities.map((c) => c.community).sort((a, b) => a - b)).toEqual([...members.keys()].sort((a, b) => a - b));
    for (const region of view.overview.communities) {
      const points = members.get(region.community)!;
      expect(region.size).toBe(points.length);
      expect(region.x).toBeCloseTo(points.reduce((sum, p) => sum + p.x, 0) / points.length, 2);
      expect(region.y).toBeCloseTo(points.reduce((sum, p) => sum + p.y, 0) / points.length, 2);
      for (const p of points) expect(Math.hypot(p.x - region.x, p.y - region.y)).toBeLessThanOrEqual(region.radius + 0.01);
    }
    let across = 0;
    graph.forEachEdge((_key, _attributes, _source, _target, source, target) => {
      if (source.community !== target.community) across += 1;
    });
    expect(view.overview.links.reduce((sum, link) => sum + link[3], 0)).toBe(across);
    for (const [low, high] of view.overview.links) expect(low).toBeLessThan(high);
    expect(view.entityMap?.nodes.length).toBeGreaterThan(0);
  });

  it('keeps what a foreign graph holds: keys off the pattern, positions that are not numbers, no community', () => {
    const graph = new MultiDirectedGraph() as unknown as ForeignGraph;
    graph.addNode('a', { kind: 'paper', label: 'A', x: '3', y: 4, abstract: 'long text' });
    graph.addNode('b', { kind: 'thing', label: 'B', community: 2, colour: 'red' });
    graph.addDirectedEdgeWithKey('e-1', 'a', 'b', { relation: 'link', evidence: 'because', weight: 'heavy' });
    const view = toViewFile(graph);
    expect(view.nodes.x).toEqual([null, null]);
    expect(view.nodes.extra).toEqual({ 0: { x: '3' }, 1: { colour: 'red' } });
    expect(view.nodes.community).toEqual([-1, 2]);
    expect(view.edges.keys).toEqual({ 0: 'e-1' });
    expect(view.edges.extra).toEqual({ 0: { weight: 'heavy' } });
    expect(view.entityMap).toBeNull();
  });
});
