import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { graphMLChunks, graphMLName, keyOfGraphMLName, toGraphML } from '../../src/export/graphml.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';
import { PYTHON } from './python.ts';
import { awkwardGraph } from './fixtures.ts';


function sampleGraph(): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ generator: 'papergraph test', inputs: ['a & b.txt'], seed: 42, resolution: 1, communities: [{ id: 0, label: 'X · Y', size: 3, kinds: { paper: 1 }, top: ['model:x'] }], rejected: 0 });
  graph.addNode('paper:1', { kind: 'paper', label: 'A <b>bold</b> & "quoted" title', title: 'A <b>bold</b> & "quoted" title', year: 2024, tags: ['llama-2-7b'], community: 0, x: 1.5, y: -2.25, color: '#4e79a7' });
  graph.addNode('author:ada', { kind: 'author', label: 'Ada Lovelace', name: 'Ada Lovelace', community: 0, color: '#9c9c9c' });
  graph.addNode('model:llama-2-7b', { kind: 'model', label: 'Llama-2-7B', family: 'Llama', version: '2', size: '7B', aliases: ['LLaMA-2-7B', 'llama-2-7b'], community: 0, paperCount: 1 });
  graph.addDirectedEdgeWithKey('wrote:author:ada->paper:1', 'author:ada', 'paper:1', { relation: 'wrote', position: 0, weight: 1 });
  graph.addDirectedEdgeWithKey('uses:paper:1->model:llama-2-7b', 'paper:1', 'model:llama-2-7b', { relation: 'uses', evidence: 'We use Llama-2-7B\u0007 <here>.', weight: 2 });
  graph.addDirectedEdgeWithKey('tagged:paper:1->model:llama-2-7b', 'paper:1', 'model:llama-2-7b', { relation: 'tagged', weight: 0.25 });
  return graph;
}

describe('GraphML writer', () => {
  const graph = sampleGraph();
  const xml = toGraphML(graph);

  it('declares one key per attribute per domain with standard types, never for="all"', () => {
    expect(xml).not.toContain('for="all"');
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="year" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="x" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="position" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="r" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="g\d+" for="graph" attr.name="communities" attr.type="string"\/>/);
  });

  it('declares `weight` double even when every edge of the graph weighs a whole number', () => {
    const whole = graph.copy();
    whole.dropEdge('tagged:paper:1->model:llama-2-7b');
    expect(toGraphML(whole)).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
  });

  it('round-trips through graphology-graphml with every attribute equal (lists as JSON strings, colour as r/g/b)', () => {
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => {
      const expected: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(attributes)) expected[name] = Array.isArray(value) ? JSON.stringify(value) : value;
      // graphology-graphml folds r/g/b back into `color`; a model's parameter size travels as `parameters`.
      if (typeof attributes.size === 'string') expected['parameters'] = attributes.size;
      expected['size'] = Number((1 + Math.sqrt(graph.degree(key))).toFixed(4));
      expect(back.getNodeAttributes(key)).toEqual(expected);
    });
    graph.forEachEdge((key, attributes) => {
      const expected = { ...attributes };
      if (typeof expected.evidence === 'string') expected.evidence = expected.evidence.replace('\u0007', '');
      // The edge's id is its key as an xs:NMTOKEN (`->` as `-_x003E_`).
      expect(back.getEdgeAttributes(graphMLName(key))).toEqual(expected);
    });
    expect(back.getAttribute('inputs')).toBe(JSON.stringify(['a & b.txt']));
  });

  // Java's built-in StAX parser (Gephi's XMLInputFactory when Woodstox is not picked) splits text at every reference,
  // and Gephi's ImporterGraphML drops the pieces that are only white space: `a&#10;b` read as `ab`, `&lt;/b&gt; &amp;`
  // lost its space. Element text now holds references only for `&`, `<`, a carriage return and `]]>`'s `>`.
  it("writes element text with only the references XML needs, so no value's white space stands alone between two", () => {
    const betweenReferences = /&(?:amp|lt|gt|quot|apos|#\d+);[ \t\n]*&(?:amp|lt|gt|quot|apos|#\d+);/;
    expect(xml).not.toMatch(betweenReferences);
    expect(xml).toContain('>A &lt;b>bold&lt;/b> &amp; "quoted" title</data>');
    const lines = 'First line.\nSecond\tcolumn,\r\nthird line.';
    const marked = `LMs' "thinking" & <tags> ]]> end`;
    const texts = sampleGraph();
    texts.setNodeAttribute('model:llama-2-7b', 'family', lines);
    texts.setEdgeAttribute('uses:paper:1->model:llama-2-7b', 'evidence', marked);
    const text = toGraphML(texts);
    expect(text).toContain('>First line.\nSecond\tcolumn,&#13;\nthird line.</data>');
    expect(text).toContain(`>LMs' "thinking" &amp; &lt;tags> ]]&gt; end</data>`);
    expect(Buffer.concat([...graphMLChunks(texts, { bytes: true })]).toString('utf8')).toBe(text);
    const back = parse(MultiDirectedGraph, text);
    expect(back.getNodeAttribute('model:llama-2-7b', 'family')).toBe(lines);
    expect(back.getEdgeAttribute(graphMLName('uses:paper:1->model:llama-2-7b'), 'evidence')).toBe(marked);
    const file = join(mkdtempSync(join(tmpdir(), 'papergraph-graphml-')), 'texts.graphml');
    writeFileSync(file, text);
    const script = [
      'import sys, json, networkx, igraph',
      'g = networkx.read_graphml(sys.argv[1])',
      'h = igraph.Graph.Read_GraphML(sys.argv[1])',
      'e = [d["evidence"] for _, _, d in g.edges(data=True) if d.get("evidence")]',
      'print(json.dumps([g.nodes["model:llama-2-7b"]["family"], e, h.vs.find(id="model:llama-2-7b")["family"], [x for x in h.es["evidence"] if x]]))',
    ].join('\n');
    expect(JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }))).toEqual([lines, [marked], lines, [marked]]);
  });

  it('is opened by networkx and igraph with the same node and edge counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-graphml-'));
    const file = join(dir, 'g.graphml');
    writeFileSync(file, xml);
    const script = [
      'import sys, networkx, igraph',
      'g = networkx.read_graphml(sys.argv[1])',
      'h = igraph.Graph.Read_GraphML(sys.argv[1])',
      'p = g.nodes["paper:1"]',
      'print(g.number_of_nodes(), g.number_of_edges(), h.vcount(), h.ecount(), p["r"], p["g"], p["b"], g.nodes["model:llama-2-7b"]["parameters"], p["label"])',
    ].join('\n');
    const out = execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }).trim();
    expect(out).toBe('3 3 3 3 78 121 167 7B A <b>bold</b> & "quoted" title');
  });

  it('writes ids, edge ends and attribute names as the xs:NMTOKEN the GraphML schema requires, other characters as _xHHHH_', () => {
    const named: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    // An old-style arXiv id, a name in Han characters, a compatibility character, `_x`, a letter outside the BMP.
    const keys = ['paper:hep-th/9901001', 'author:张三', 'author:ǆemal', 'method:x_xy', 'model:𝒜'];
    for (const key of keys) named.addNode(key, { kind: 'paper', label: key, 'first seen': '2025' } as unknown as NodeAttributes);
    named.addDirectedEdgeWithKey('wrote:author:张三->paper:hep-th/9901001', 'author:张三', 'paper:hep-th/9901001', { relation: 'wrote', weight: 1 });
    named.addDirectedEdgeWithKey('uses:paper:hep-th/9901001->model:𝒜', 'paper:hep-th/9901001', 'model:𝒜', { relation: 'uses', weight: 2 });
    const text = toGraphML(named);
    const names = [...text.matchAll(/ (?:id|source|target|attr\.name)="([^"]*)"/g)].map((match) => match[1]!);
    // xs:NMTOKEN as validators on XML 1.0's 4th edition (libxml2, Xerces) read it, for the scripts used here.
    for (const name of names) expect(name).toMatch(/^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u01C3\u01CD-\u037D\u4E00-\u9FA5]+$/u);
    expect(text).toContain('<edge id="wrote:author:张三-_x003E_paper:hep-th_x002F_9901001" source="author:张三" target="paper:hep-th_x002F_9901001">');
    expect(text).toContain('<node id="author:_x01C6_emal">');
    expect(text).toContain('<node id="method:x_x005F_xy">');
    expect(text).toContain('<node id="model:_x0001D49C_">');
    expect(text).toContain('attr.name="first_x0020_seen"');
    // Decoding gives the keys back.
    const ids = [...text.matchAll(/<(?:node|edge) id="([^"]*)"/g)].map((match) => keyOfGraphMLName(match[1]!));
    expect(ids).toEqual([...named.nodes(), ...named.edges()]);
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-graphml-'));
    const file = join(dir, 'names.graphml');
    writeFileSync(file, text);
    const script = [
      'import sys, json, networkx, igraph',
      'g = networkx.read_graphml(sys.argv[1])',
      'h = igraph.Graph.Read_GraphML(sys.argv[1])',
      'print(json.dumps([sorted(g.nodes), g.number_of_edges(), h.vcount(), h.ecount()]))',
    ].join('\n');
    const read = JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' })) as unknown[];
    expect(read).toEqual([keys.map(graphMLName).sort(), 2, 5, 2]);
  });

  it('writes awkward values as the plain rules say, and the same text as strings or as UTF-8 bytes', () => {
    const awkward = awkwardGraph();
    const text = toGraphML(awkward);
    const bytes = Buffer.concat([...graphMLChunks(awkward, { bytes: true })]);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    const lines = text.split('\n');
    const data = (name: string) => {
      const id = new RegExp(`<key id="(n\\d+)" for="node" attr.name="${name}"`).exec(text)?.[1];
      return lines.filter((line) => line.includes(`<data key="${id}">`)).map((line) => line.trim().replace(/^<data key="n\d+">|<\/data>$/g, ''));
    };
    expect(data('parameters')).toEqual(['seven billion', '7B']);
    expect(data('label')).toEqual(['A', 'B', 'pair \ud83d\ude00 lone \ud83d end']);
    expect(data('title')).toEqual([`${'x'.repeat(70)} &lt;é> &amp; "q"  \ud83d\ude00`]);
    expect(data('tags')).toEqual(['["a\\"b","ok","é\\u0001","\\ud800"]']);
    expect(data('extra')).toEqual(['{"k":[1,"v"]}']);
    expect(data('toString')).toEqual(['own']);
    expect(text).not.toContain('attr.name="year"');
    expect(text).not.toContain('attr.name="venue"');
    expect(text).toContain('<edge id="uses:paper:1-_x003E_model:a" source="paper:1" target="model:a">');
    expect(text).toContain('<data key="e0">It\'s &lt;fine></data>');
    // The lone surrogate is written as U+FFFD, as Node and TextEncoder write it.
    expect(bytes.includes(Buffer.from('lone \ufffd end', 'utf8'))).toBe(true);
  });
});
