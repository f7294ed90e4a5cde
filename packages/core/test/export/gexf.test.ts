import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { gexfChunks, toGEXF } from '../src/export/gexf.ts';
import { buildKnowledgeGraph } from '../src/index.ts';
import { readFileSync } from 'node:fs';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../src/graph/types.ts';

const seed = readFileSync(new URL('../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

/**
 * (As in graphml.test.ts.) Values the fast paths must treat exactly as the plain rules (writableRow, escapeXml(valueText(v))) do: a string
 * `size` next to a `parameters` (the later one wins), a name objects inherit, text to escape past the short-piece
 * path, control characters, a surrogate pair that forms once a dropped character goes, lone surrogates, lists
 * whose items need JSON escapes, objects, non-finite numbers and nulls (dropped).
 */
function awkwardGraph(): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.addNode('model:a', { kind: 'model', label: 'A', size: '7B', parameters: 'seven billion' });
  graph.addNode('model:b', { kind: 'model', label: 'B', parameters: 'seven billion', size: '7B' });
  graph.addNode('paper:1', {
    kind: 'paper',
    label: 'pair \ud83d\ufffe\ude00 lone \ud83d end',
    title: `${'x'.repeat(70)} <é> & "q" \u0007 \ud83d\ude00`,
    toString: 'own',
    tags: ['a"b', 'ok', 'é\u0001', '\ud800'],
    extra: { k: [1, 'v'] },
    year: Number.NaN,
    venue: null as unknown as string,
  });
  graph.addDirectedEdgeWithKey('uses:paper:1->model:a', 'paper:1', 'model:a', { relation: 'uses', evidence: "It's <fine>", weight: 2 });
  return graph;
}

describe('GEXF writer', () => {
  const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
  const gexf = toGEXF(graph);

  it('is read back by graphology-gexf with every node, edge and attribute', () => {
    const back = parse(MultiDirectedGraph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => {
      const read = back.getNodeAttributes(key);
      expect(read['label']).toBe(attributes.label);
      expect(read['kind']).toBe(attributes.kind);
      expect(read['community']).toBe(attributes.community);
      expect(read['x']).toBe(attributes.x);
      expect(read['y']).toBe(attributes.y);
      if (attributes.aliases) expect(JSON.parse(String(read['aliases']))).toEqual(attributes.aliases);
      if (attributes.kind === 'model' && attributes.size) expect(read['parameters']).toBe(attributes.size);
      expect(read['color']).toMatch(/^(#|rgb)/);
    });
    graph.forEachEdge((key, attributes) => {
      const read = back.getEdgeAttributes(key);
      expect(read['relation']).toBe(attributes.relation);
      expect(read['weight']).toBe(attributes.weight);
      if (attributes.evidence) expect(read['evidence']).toBe(attributes.evidence);
    });
  });

  it('declares typed attributes and escapes text', () => {
    expect(gexf).toContain('<attribute id="community" title="community" type="integer"/>');
    expect(gexf).toContain('<attribute id="position" title="position" type="integer"/>');
    expect(gexf).not.toMatch(/value="[^"]*<[^"]*"/);
  });

  it('comes in pieces that join to the same text', () => {
    expect([...gexfChunks(graph)].join('')).toBe(gexf);
  });

  it('writes awkward values as the plain rules say, and the same text as strings or as UTF-8 bytes', () => {
    const awkward = awkwardGraph();
    const text = toGEXF(awkward);
    expect(Buffer.concat([...gexfChunks(awkward, { bytes: true })]).equals(Buffer.from(text, 'utf8'))).toBe(true);
    const values = (name: string) => [...text.matchAll(new RegExp(`<attvalue for="${name}" value="([^"]*)"/>`, 'g'))].map((match) => match[1]);
    expect(values('parameters')).toEqual(['seven billion', '7B']);
    expect(values('tags')).toEqual(['[&quot;a\\&quot;b&quot;,&quot;ok&quot;,&quot;é\\u0001&quot;,&quot;\\ud800&quot;]']);
    expect(values('toString')).toEqual(['own']);
    expect(values('evidence')).toEqual(['It&apos;s &lt;fine&gt;']);
    expect(text).toContain('<node id="paper:1" label="pair \ud83d\ude00 lone \ud83d end">');
    expect(text).not.toContain('for="year"');
  });
});
