import { buildKnowledgeGraph, toGEXF } from '@papergraph/core';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeGraph } from '../../../src/graph/normalize.ts';

const seed = readFileSync(new URL('../../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

/** A node as papergraph's GEXF writer wrote lists before they were liststring: JSON text in a string attribute. */
const OLD_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="aliases" title="aliases" type="string"/>
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="tags" title="tags" type="string"/>
    </attributes>
    <nodes>
      <node id="model:llama-2-7b" label="Llama-2-7B">
        <attvalues>
          <attvalue for="aliases" value="[&quot;LLaMA-2-7B&quot;,&quot;Llama 2 7B&quot;]"/>
          <attvalue for="kind" value="model"/>
          <attvalue for="tags" value="[]"/>
        </attvalues>
      </node>
    </nodes>
    <edges/>
  </graph>
</gexf>
`;

describe('normalizeGraph on GEXF files papergraph wrote', () => {
  it('reads the list attributes of a current file (liststring) as lists', () => {
    const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
    const read = normalizeGraph(parse(MultiGraph, toGEXF(graph)));
    const model = read.getNodeAttributes('model:llama-2-7b');
    expect(model.aliases).toEqual(graph.getNodeAttribute('model:llama-2-7b', 'aliases'));
    const paper = graph.filterNodes((_key, attributes) => attributes.kind === 'paper' && (attributes.tags?.length ?? 0) > 0)[0]!;
    expect(read.getNodeAttribute(paper, 'tags')).toEqual(graph.getNodeAttribute(paper, 'tags'));
    expect(read.getNodeAttribute(paper, 'authors')).toEqual(graph.getNodeAttribute(paper, 'authors'));
  });

  it('still reads the JSON text of lists in files written before', () => {
    const model = normalizeGraph(parse(MultiGraph, OLD_GEXF)).getNodeAttributes('model:llama-2-7b');
    expect(model.aliases).toEqual(['LLaMA-2-7B', 'Llama 2 7B']);
    expect(model.tags).toEqual([]);
  });
});
