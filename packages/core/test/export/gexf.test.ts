import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS, gexfChunks, gexfStart, toGEXF, type GexfVersion } from '../../src/export/gexf.ts';
import type { PaperGraph } from '../../src/contract/graph.ts';
import { buildKnowledgeGraph } from '../../src/index.ts';
import { networkxPythons, networkxVersion } from './python.ts';
import { awkwardGraph } from './fixtures.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

/** The root element each version is written with: the namespaces readers look the graph up in. */
const ROOT: Record<GexfVersion, string> = {
  '1.2':
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
  '1.3':
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
};

describe('GEXF writer', () => {
  const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
  const gexf = toGEXF(graph);

  it("writes GEXF 1.2draft by default, 1.3 on request, which differs only by its edges' kind", () => {
    expect(DEFAULT_GEXF_VERSION).toBe('1.2');
    const lines = gexf.split('\n');
    expect(lines[1]).toBe(ROOT['1.2']);
    expect(toGEXF(graph, { version: '1.2' })).toBe(gexf);
    const v13 = toGEXF(graph, { version: '1.3' }).split('\n');
    expect(v13[1]).toBe(ROOT['1.3']);
    const withoutKind = v13.map((line) => line.replace(/" kind="[^"]*">$/, '">'));
    expect([...withoutKind.slice(0, 1), ...withoutKind.slice(2)]).toEqual([...lines.slice(0, 1), ...lines.slice(2)]);
    expect(gexf).not.toContain(' kind="');
    expect(() => toGEXF(graph, { version: '2.0' as GexfVersion })).toThrow(/unknown GEXF version 2\.0/);
  });

  it.each(GEXF_VERSIONS)('GEXF %s is read back by graphology-gexf with every node, edge and attribute', (version) => {
    const back = parse(MultiDirectedGraph, toGEXF(graph, { version }));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => {
      const read = back.getNodeAttributes(key);
      expect(read['label']).toBe(attributes.label);
      expect(read['kind']).toBe(attributes.kind);
      expect(read['community']).toBe(attributes.community);
      expect(read['x']).toBe(attributes.x);
      expect(read['y']).toBe(attributes.y);
      if (attributes.aliases) expect(read['aliases']).toEqual(attributes.aliases);
      if (attributes.authors) expect(read['authors']).toEqual(attributes.authors);
      if (attributes.kind === 'model' && attributes.size) expect(read['parameters']).toBe(attributes.size);
      expect(read['color']).toMatch(/^(#|rgb)/);
    });
    graph.forEachEdge((key, attributes) => {
      const read = back.getEdgeAttributes(key);
      expect(read['relation']).toBe(attributes.relation);
      expect(read['weight']).toBe(attributes.weight);
      if (attributes.evidence) expect(read['evidence']).toBe(attributes.evidence);
      if (version === '1.3') expect(read['kind']).toBe(attributes.relation);
    });
  });

  // Gephi merges the edges of a pair of nodes that have the same kind (ImportContainerImpl.addEdge keys them by
  // source, target and type; DefaultProcessor sums the weights and keeps the last edge's attributes): without a
  // kind, a paper's `uses` and `tagged` edges to one model became one edge of relation 'tagged' and weight 2.25.
  it("GEXF 1.3 edges carry their relation as kind, so Gephi keeps a pair's edges of different relations apart", () => {
    const v13 = toGEXF(graph, { version: '1.3' });
    const kinds = new Map([...v13.matchAll(/<edge id="([^"]*)" source="[^"]*" target="[^"]*" weight="[^"]*" kind="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
    expect(kinds.size).toBe(graph.size);
    const byPair = new Map<string, Set<string>>();
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(kinds.get(edge.replace(/>/g, '&gt;'))).toBe(attributes.relation);
      const relations = byPair.get(`${source}\t${target}`) ?? new Set<string>();
      byPair.set(`${source}\t${target}`, relations.add(attributes.relation));
    });
    // The seed's listing tags every paper with Llama-2-7B, which some of them also use: pairs with two relations.
    expect([...byPair.values()].filter((relations) => relations.size > 1).length).toBeGreaterThan(0);
  });

  it("writes lists of strings as GEXF's liststring, in the list syntax Gephi, graphology and networkx read", () => {
    expect(gexf).toContain('<attribute id="authors" title="authors" type="liststring"/>');
    expect(gexf).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    const lists = new MultiDirectedGraph();
    const items = ['a"b', 'back\\slash', 'c, d', '[e]', 'line\nbreak\ttab', 'null', ' pad ', '', "it's", 'é😀'];
    lists.addNode('paper:1', { kind: 'paper', label: 'one', tags: items, extra: [1, 'v'] });
    lists.addNode('paper:2', { kind: 'paper', label: 'two', tags: [], extra: 'text' });
    const text = toGEXF(lists as PaperGraph);
    // Every item quoted, backslash and double quote escaped with a backslash (graphstore's ArraysParser and
    // graphology-gexf's parseListPieces take exactly this); a list that is not all strings stays JSON text.
    expect(text).toContain(
      '<attvalue for="tags" value="[&quot;a\\&quot;b&quot;, &quot;back\\\\slash&quot;, &quot;c, d&quot;, &quot;[e]&quot;, ' +
        '&quot;line&#10;break&#9;tab&quot;, &quot;null&quot;, &quot; pad &quot;, &quot;&quot;, &quot;it&apos;s&quot;, &quot;é😀&quot;]"/>',
    );
    expect(text).toContain('<attvalue for="tags" value="[]"/>');
    expect(text).toContain('<attribute id="extra" title="extra" type="string"/>');
    expect(text).toContain('<attvalue for="extra" value="[1,&quot;v&quot;]"/>');
    const back = parse(MultiGraph, text);
    expect(back.getNodeAttribute('paper:1', 'tags')).toEqual(items);
    expect(back.getNodeAttribute('paper:2', 'tags')).toEqual([]);
    // networkx keeps a liststring as its text: JSON, once control characters inside strings are allowed.
    const file = join(mkdtempSync(join(tmpdir(), 'papergraph-gexf-')), 'lists.gexf');
    writeFileSync(file, text);
    const script = 'import sys, json, networkx\ng = networkx.read_gexf(sys.argv[1])\nprint(json.dumps([json.loads(g.nodes[n]["tags"], strict=False) for n in ("paper:1", "paper:2")]))';
    for (const reader of networkxPythons()) {
      expect(JSON.parse(execFileSync(reader.python, ['-c', script, file], { encoding: 'utf8' }))).toEqual([items, []]);
    }
  });

  describe('read by networkx', () => {
    const readers = networkxPythons();
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-gexf-'));
    const fileOf = (version: GexfVersion) => {
      const file = join(dir, `graph-${version}.gexf`);
      writeFileSync(file, toGEXF(graph, { version }));
      return file;
    };
    // Counts, then one model node (typed attributes, viz data) and the weights of its incoming edges.
    const script = [
      'import sys, json, networkx',
      'g = networkx.read_gexf(sys.argv[1])',
      'm = g.nodes["model:llama-2-7b"]',
      'w = sorted({d["weight"] for _, _, d in g.in_edges("model:llama-2-7b", data=True)})',
      'print(json.dumps([g.number_of_nodes(), g.number_of_edges(), m["label"], m["kind"], m["community"], m["parameters"], m["viz"]["color"], m["viz"]["position"]["x"], w]))',
    ].join('\n');

    it('is available (python3 with networkx: scripts/ensure-test-deps.sh installs it)', () => {
      expect(readers.length).toBeGreaterThan(0);
    });

    it.each(readers)('networkx $networkx reads the default GEXF (1.2draft) with every node, edge and typed attribute', (reader) => {
      const read = JSON.parse(execFileSync(reader.python, ['-c', script, fileOf('1.2')], { encoding: 'utf8' })) as unknown[];
      const model = graph.getNodeAttributes('model:llama-2-7b');
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(String(model.color).slice(at, at + 2), 16));
      const weights = [...new Set(graph.inEdges('model:llama-2-7b').map((edge) => graph.getEdgeAttribute(edge, 'weight')))].sort();
      expect(read).toEqual([graph.order, graph.size, 'Llama-2-7B', 'model', model.community, '7B', { r, g, b, a: 1 }, model.x, weights]);
    });

    // Why 1.2draft is the default: networkx looks a graph up by namespace, and learnt 1.3's only in 3.6.
    it.each(readers)('networkx $networkx reads GEXF 1.3 only from version 3.6', (reader) => {
      const run = () => execFileSync(reader.python, ['-c', script, fileOf('1.3')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (networkxVersion(reader) >= 3.06) expect(JSON.parse(run())).toHaveLength(9);
      else expect(run).toThrow(/No <graph> element in GEXF file/);
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

  it("puts dated papers on Gephi's timeline: a dynamic graph in days, each paper starting on the first day of its date", () => {
    expect([gexfStart('2025-03-14'), gexfStart('2025-03'), gexfStart('2024'), gexfStart('2025-02-30'), gexfStart('March 2025'), gexfStart(undefined)]).toEqual(
      ['2025-03-14', '2025-03-01', '2024-01-01', undefined, undefined, undefined],
    );
    // The seed's listing gives no dates: three papers get one of each precision.
    const withDates = graph.copy();
    const papers = withDates.filterNodes((_key, attributes) => attributes.kind === 'paper');
    ['2025-03-14', '2025-03', '2024'].forEach((date, index) => withDates.setNodeAttribute(papers[index]!, 'date', date));
    const datedText = toGEXF(withDates);
    expect(datedText).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const starts = new Map([...datedText.matchAll(/<node id="([^"]*)" label="[^"]*" start="([^"]*)">/g)].map((match) => [match[1]!, match[2]!]));
    const dated = papers.slice(0, 3);
    expect(starts).toEqual(new Map([[dated[0], '2025-03-14'], [dated[1], '2025-03-01'], [dated[2], '2024-01-01']]));
    const file = join(mkdtempSync(join(tmpdir(), 'papergraph-gexf-')), 'dated.gexf');
    writeFileSync(file, datedText);
    const script = 'import sys, json, networkx\ng = networkx.read_gexf(sys.argv[1])\nprint(json.dumps([g.graph["mode"], g.nodes[sys.argv[2]]["start"]]))';
    for (const reader of networkxPythons()) {
      expect(JSON.parse(execFileSync(reader.python, ['-c', script, file, dated[0]!], { encoding: 'utf8' }))).toEqual(['dynamic', starts.get(dated[0]!)]);
    }
    // A graph without dates stays static.
    expect(gexf).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(gexf).not.toContain(' start="');
  });

  it('keeps tabs and line breaks of values: written as character references, which attribute values keep', () => {
    const text = 'First line.\nSecond\tcolumn,\r\nthird line.';
    const lined = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]).graph;
    const edge = lined.edges().find((key) => lined.getEdgeAttribute(key, 'evidence') !== undefined)!;
    lined.setNodeAttribute('model:llama-2-7b', 'family', text);
    lined.setEdgeAttribute(edge, 'evidence', text);
    const gexfText = toGEXF(lined);
    expect(gexfText).toContain('value="First line.&#10;Second&#9;column,&#13;&#10;third line."');
    const back = parse(MultiDirectedGraph, gexfText);
    expect(back.getNodeAttribute('model:llama-2-7b', 'family')).toBe(text);
    expect(back.getEdgeAttribute(edge, 'evidence')).toBe(text);
    const file = join(mkdtempSync(join(tmpdir(), 'papergraph-gexf-')), 'lines.gexf');
    writeFileSync(file, gexfText);
    const script = 'import sys, json, networkx\ng = networkx.read_gexf(sys.argv[1])\nprint(json.dumps([g.nodes["model:llama-2-7b"]["family"], g.edges[sys.argv[2], sys.argv[3], sys.argv[4]]["evidence"]]))';
    for (const reader of networkxPythons()) {
      const args = ['-c', script, file, lined.source(edge), lined.target(edge), edge];
      expect(JSON.parse(execFileSync(reader.python, args, { encoding: 'utf8' }))).toEqual([text, text]);
    }
  });

  it('writes awkward values as the plain rules say, and the same text as strings or as UTF-8 bytes', () => {
    const awkward = awkwardGraph();
    const text = toGEXF(awkward);
    expect(Buffer.concat([...gexfChunks(awkward, { bytes: true })]).equals(Buffer.from(text, 'utf8'))).toBe(true);
    const values = (name: string) => [...text.matchAll(new RegExp(`<attvalue for="${name}" value="([^"]*)"/>`, 'g'))].map((match) => match[1]);
    expect(values('parameters')).toEqual(['seven billion', '7B']);
    expect(values('tags')).toEqual(['[&quot;a\\&quot;b&quot;, &quot;ok&quot;, &quot;é&quot;, &quot;\ud800&quot;]']);
    expect(values('toString')).toEqual(['own']);
    expect(values('evidence')).toEqual(['It&apos;s &lt;fine&gt;']);
    expect(text).toContain('<node id="paper:1" label="pair \ud83d\ude00 lone \ud83d end">');
    expect(text).not.toContain('for="year"');
  });
});
