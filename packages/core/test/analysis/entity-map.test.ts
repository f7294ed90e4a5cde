import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { entityMap, entityMapRadius, withEntityDiscs, type EntityMap } from '../../src/analysis/entity-map.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { asForeignGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type PaperGraph } from '../../src/contract/index.ts';

type Kind = 'model' | 'method' | 'dataset';

/** Papers naming entities: `papers[p]` lists `[entity key, relation]`; entities get the community given in `communities`. */
function graphOf(papers: Array<Array<[string, string]>>, communities: Record<string, number> = {}): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    generator: 'test',
    inputs: [],
    seed: 1,
    resolution: 1,
    rejected: 0,
    communities: [
      { id: 0, label: 'zero', size: 0, kinds: {}, top: [] },
      { id: 1, label: 'one', size: 0, kinds: {}, top: [] },
    ],
  });
  papers.forEach((named, p) => {
    const paper = `paper:${p}`;
    graph.addNode(paper, { kind: 'paper', label: `Paper ${p}`, community: 0 });
    for (const [entity, relation] of named) {
      if (!graph.hasNode(entity)) {
        const attributes: NodeAttributes = { kind: entity.split(':')[0] as Kind, label: entity.split(':')[1]!.toUpperCase() };
        if (communities[entity] !== undefined) attributes.community = communities[entity];
        graph.addNode(entity, attributes);
      }
      graph.addDirectedEdge(paper, entity, { relation: relation as EdgeAttributes['relation'] });
    }
  });
  return graph;
}

const link = (map: EntityMap, a: string, b: string) =>
  map.links.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));

describe('entityMap: co-occurrence', () => {
  // m1 and m2 named together by two papers; d1 with both once; d2 only as a listing tag.
  const graph = graphOf([
    [['model:m1', 'uses'], ['model:m2', 'uses'], ['dataset:d1', 'evaluates_on']],
    [['model:m1', 'proposes'], ['model:m2', 'uses'], ['model:m1', 'tagged']],
    [['model:m1', 'uses'], ['dataset:d2', 'tagged']],
  ]);

  it('counts the papers naming each entity and each pair, a paper naming one entity twice once', () => {
    const map = entityMap(asForeignGraph(graph));
    expect(map.nodes.map((n) => [n.key, n.papers])).toEqual([
      ['model:m1', 3],
      ['model:m2', 2],
      ['dataset:d1', 1],
    ]);
    expect(link(map, 'model:m1', 'model:m2')?.papers).toBe(2);
    expect(link(map, 'model:m1', 'dataset:d1')?.papers).toBe(1);
    expect(link(map, 'model:m2', 'dataset:d1')?.papers).toBe(1);
    expect(map.links).toHaveLength(3);
    expect(map.entities).toBe(3);
  });

  it('leaves listing tags out unless asked', () => {
    const map = entityMap(asForeignGraph(graph), { includeTagged: true });
    expect(map.nodes.find((n) => n.key === 'dataset:d2')?.papers).toBe(1);
    expect(link(map, 'model:m1', 'dataset:d2')?.papers).toBe(1);
  });

  it('normalises links by association strength: papers · 2m / (s_i · s_j)', () => {
    const map = entityMap(asForeignGraph(graph));
    // Links: m1–m2 2, m1–d1 1, m2–d1 1 → m = 4; s(m1) = 3, s(m2) = 3, s(d1) = 2.
    expect(map.nodes.map((n) => n.linkPapers)).toEqual([3, 3, 2]);
    expect(link(map, 'model:m1', 'model:m2')?.strength).toBeCloseTo((2 * 2 * 4) / (3 * 3), 4);
    expect(link(map, 'model:m1', 'dataset:d1')?.strength).toBeCloseTo((1 * 2 * 4) / (3 * 2), 4);
  });

  it('limits kinds', () => {
    expect(entityMap(asForeignGraph(graph), { kinds: ['dataset'] }).nodes.map((n) => n.key)).toEqual(['dataset:d1']);
  });
});

describe('entityMap: caps', () => {
  // e0 in 5 papers, e1 and e2 in 3 (tied), e3 in 2, e4 in 1; e0 co-occurs with all.
  const papers: Array<Array<[string, string]>> = [];
  const counts = [5, 3, 3, 2, 1];
  for (let p = 0; p < 5; p++) papers.push(counts.flatMap((count, e) => (p < count ? [[`method:e${e}`, 'uses'] as [string, string]] : [])));
  const graph = asForeignGraph(graphOf(papers));

  it('keeps the entities of at least N papers for the smallest N that fits, ties all in or all out', () => {
    expect(entityMap(graph).minPapers).toBe(1);
    expect(entityMap(graph).nodes).toHaveLength(5);
    const four = entityMap(graph, { maxEntities: 4 });
    expect(four.minPapers).toBe(2);
    expect(four.nodes.map((n) => n.key)).toEqual(['method:e0', 'method:e1', 'method:e2', 'method:e3']);
    // Two entities allowed: e1 and e2 tie at 3 papers, so only e0 (the next threshold that fits) is shown.
    const two = entityMap(graph, { maxEntities: 2 });
    expect(two.minPapers).toBe(4);
    expect(two.nodes.map((n) => n.key)).toEqual(['method:e0']);
    expect(two.entities).toBe(5);
  });

  it('applies the minPapers floor even when everything would fit', () => {
    const map = entityMap(graph, { minPapers: 3 });
    expect(map.minPapers).toBe(3);
    expect(map.nodes.map((n) => n.key)).toEqual(['method:e0', 'method:e1', 'method:e2']);
    // Links only among shown entities.
    for (const l of map.links) for (const end of [l.source, l.target]) expect(['method:e0', 'method:e1', 'method:e2']).toContain(end);
  });

  it('returns the most shared links first, up to maxLinks, and drops links under minLinkPapers', () => {
    const map = entityMap(graph);
    expect(map.allLinks).toBe(10);
    const papersOfLinks = map.links.map((l) => l.papers);
    expect(papersOfLinks).toEqual([...papersOfLinks].sort((a, b) => b - a));
    const capped = entityMap(graph, { maxLinks: 3 });
    expect(capped.links).toEqual(map.links.slice(0, 3));
    expect(capped.allLinks).toBe(10);
    expect(entityMap(graph, { minLinkPapers: 3 }).links.map((l) => [l.source, l.target, l.papers])).toEqual([
      ['method:e0', 'method:e1', 3],
      ['method:e0', 'method:e2', 3],
      ['method:e1', 'method:e2', 3],
    ]);
  });
});

describe('entityMap: communities and layout', () => {
  // Two communities of four entities, each named together by its own papers, one paper bridging them.
  const a = ['model:a0', 'method:a1', 'method:a2', 'dataset:a3'];
  const b = ['model:b0', 'method:b1', 'method:b2', 'dataset:b3'];
  const papers: Array<Array<[string, string]>> = [];
  for (const group of [a, b]) for (let p = 0; p < 4; p++) papers.push(group.filter((_, i) => i !== p).map((key) => [key, 'uses']));
  papers.push([
    ['model:a0', 'uses'],
    ['model:b0', 'uses'],
  ]);
  const communities = Object.fromEntries([...a.map((key) => [key, 0]), ...b.map((key) => [key, 1])]);
  const graph = graphOf(papers, communities);

  it('gives each entity its graph community, and each community its label, size and centre', () => {
    const map = entityMap(asForeignGraph(graph));
    for (const node of map.nodes) expect(node.community).toBe(communities[node.key]);
    expect(map.communities.map((c) => [c.id, c.label, c.entities])).toEqual([
      [0, 'zero', 4],
      [1, 'one', 4],
    ]);
    for (const c of map.communities) {
      const members = map.nodes.filter((n) => n.community === c.id);
      expect(c.x).toBeCloseTo(members.reduce((s, n) => s + n.x, 0) / members.length, 2);
      for (const n of members) expect(Math.hypot(n.x - c.x, n.y - c.y)).toBeLessThanOrEqual(c.radius + 1e-3);
    }
  });

  it('lays communities apart: each entity is nearer its own community centre than the other', () => {
    const map = entityMap(asForeignGraph(graph));
    const centre = new Map(map.communities.map((c) => [c.id, c]));
    for (const node of map.nodes) {
      const own = centre.get(node.community)!;
      const other = centre.get(1 - node.community)!;
      expect(Math.hypot(node.x - own.x, node.y - own.y)).toBeLessThan(Math.hypot(node.x - other.x, node.y - other.y));
    }
    const distinct = new Set(map.nodes.map((n) => `${n.x},${n.y}`));
    expect(distinct.size).toBe(map.nodes.length);
  });

  it('marks entities without a community -1, and is the same on every run without touching the graph', () => {
    const loose = graphOf([[['model:x', 'uses'], ['model:y', 'uses']]]);
    expect(entityMap(asForeignGraph(loose)).nodes.map((n) => n.community)).toEqual([-1, -1]);
    const before = JSON.stringify(graph.export());
    const first = JSON.stringify(entityMap(asForeignGraph(graph)));
    expect(JSON.stringify(entityMap(asForeignGraph(graph)))).toBe(first);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('entityMap on a real graph', () => {
  // The seed listing through the real pipeline (clustered and labelled as the CLI builds it).
  const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
  const { graph: built } = runPipeline([{ name: 'seed.txt', text: seed }], { layout: false });
  const graph = asForeignGraph(built);

  it('shows every entity a paper names, most papers first, in its graph community, at finite rounded positions', () => {
    const map = entityMap(graph);
    const named = graph.filterNodes(
      (key, attributes) =>
        ['model', 'method', 'dataset'].includes(attributes.kind) &&
        graph.inEdges(key).some((edge) => ['uses', 'proposes', 'evaluates_on'].includes(graph.getEdgeAttribute(edge, 'relation'))),
    );
    expect(map.nodes.map((n) => n.key).sort()).toEqual(named.sort());
    expect(map.nodes.length).toBeGreaterThan(10);
    const sizes = map.nodes.map((n) => n.papers);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    for (const node of map.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(Number(node.x.toFixed(3))).toBe(node.x);
      expect(graph.getNodeAttribute(node.key, 'community')).toBe(node.community);
    }
    // Links join entities named by one paper; every community with a shown entity is named as the graph names it.
    expect(map.links.length).toBeGreaterThan(0);
    const labels = new Map((graph.getAttribute('communities') as Array<{ id: number; label: string }>).map((c) => [c.id, c.label]));
    for (const community of map.communities) expect(community.label).toBe(labels.get(community.id));
  });
});

describe('entity discs on a real graph', () => {
  // 287 real arXiv papers (the annotated eval set, both holdouts, the first blind sample) through the real pipeline.
  const inputs = ['eval/data/papers.jsonl', 'eval/holdout/papers.jsonl', 'eval/holdout2/papers.jsonl', 'eval/blind/blind1/papers.jsonl'];
  const root = new URL('../../../../', import.meta.url);
  const { graph: built } = runPipeline(
    inputs.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') })),
    { layout: false },
  );
  const graph = asForeignGraph(built);
  const map = entityMap(graph);

  it('never overlap at their drawn radius, with room to spare for rounding', () => {
    expect(map.nodes.length).toBeGreaterThan(200);
    let closest = Infinity;
    const overlapping: string[] = [];
    for (let i = 0; i < map.nodes.length; i++) {
      for (let j = i + 1; j < map.nodes.length; j++) {
        const [a, b] = [map.nodes[i]!, map.nodes[j]!];
        const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.radius - b.radius;
        if (gap <= 0) overlapping.push(`${a.key} and ${b.key}`);
        closest = Math.min(closest, gap);
      }
    }
    expect(overlapping).toEqual([]);
    // Packed, not spread out: the closest discs almost touch.
    expect(closest).toBeLessThan(0.1);
  });

  it('are sized by papers, as entityMapRadius says, the most named the largest', () => {
    const largest = map.nodes[0]!.papers;
    for (const node of map.nodes) expect(node.radius).toBe(Number(entityMapRadius(node.papers, largest, map.nodes.length).toFixed(3)));
    const radii = map.nodes.map((node) => node.radius);
    expect(radii).toEqual([...radii].sort((x, y) => y - x));
    expect(radii[0]).toBeGreaterThan(2 * radii.at(-1)!);
  });

  it('come out the same on every run', () => {
    expect(JSON.stringify(entityMap(graph))).toBe(JSON.stringify(map));
  });

  it('are given to a map written before discs were sized (an older view file), apart, its communities measured again', () => {
    expect(withEntityDiscs(map)).toBe(map);
    // An old map: no radius, and entities on top of each other (positions squeezed to a third).
    const old = { ...map, nodes: map.nodes.map(({ radius: _radius, ...node }) => ({ ...node, x: node.x / 3, y: node.y / 3 })) } as unknown as EntityMap;
    const before = JSON.stringify(old);
    const sized = withEntityDiscs(old);
    expect(JSON.stringify(old)).toBe(before);
    expect(sized.nodes.map((node) => node.radius)).toEqual(map.nodes.map((node) => node.radius));
    const overlapping = sized.nodes.flatMap((a, i) => sized.nodes.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) <= a.radius + b.radius));
    expect(overlapping).toEqual([]);
    expect(sized.communities.map((c) => [c.id, c.label, c.entities])).toEqual(map.communities.map((c) => [c.id, c.label, c.entities]));
    expect(JSON.stringify(withEntityDiscs(old))).toBe(JSON.stringify(sized));
  });

  it('shrink with a small map, so one entity never covers a large part of it', () => {
    // The seed's few dozen entities: the largest disc stays a small share of the map's area (one unit per entity).
    expect(Math.PI * entityMapRadius(10, 10, 40) ** 2).toBeLessThanOrEqual(0.03 * 40 + 1e-9);
    expect(entityMapRadius(10, 10, 40)).toBeLessThan(entityMapRadius(10, 10, 1000));
    expect(entityMapRadius(10, 10, 1000)).toBe(entityMapRadius(10, 10, 5000));
  });
});
