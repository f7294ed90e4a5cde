import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { gexfChunks, toGEXF } from '../src/export/gexf.ts';
import { buildKnowledgeGraph } from '../src/index.ts';
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

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
});
