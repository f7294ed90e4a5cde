import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { csvField, NEO4J_ARRAY_DELIMITER, neo4jCsvText, Neo4jExportError, neo4jImportCommand, toNeo4jCsv } from '../../src/export/neo4j.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';
import { buildKnowledgeGraph } from '../../src/index.ts';
import { parseCsv } from './fixtures.ts';

/** An empty graph with a build's attributes and these communities. */
function graphWith(communities: GraphAttributes['communities']): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ generator: 'test', inputs: [], seed: 42, resolution: 1, rejected: 0, communities });
  return graph;
}

function sample(): PaperGraph {
  const graph = graphWith([{ id: 0, label: 'Llama-2-7B · LoRA', size: 4, kinds: { paper: 1 }, top: ['model:llama-2-7b', 'method:lora'] }]);
  graph.addNode('paper:2503.1', {
    kind: 'paper',
    label: 'Kron-LoRA: "hybrid", adapters',
    title: 'Kron-LoRA: "hybrid", adapters',
    abstract: 'Line one,\nline "two"; done',
    year: 2025,
    tags: ['llama-2-7b'],
    authors: ['Ada Lovelace'],
    community: 0,
    paperCount: 1,
    x: 1.5,
  });
  graph.addNode('author:ada-lovelace', { kind: 'author', label: 'Ada Lovelace', name: 'Ada Lovelace', community: 0, paperCount: 1 });
  graph.addNode('model:llama-2-7b', {
    kind: 'model',
    label: 'Llama-2-7B',
    family: 'Llama',
    version: '2',
    size: '7B',
    aliases: ['LLaMA-2-7B', 'llama;2'],
    community: 0,
    paperCount: 1,
  });
  graph.addNode('method:lora', { kind: 'method', label: 'LoRA', aliases: ['LoRA', 'low-rank adaptation'], community: 0, paperCount: 1 });
  graph.addDirectedEdgeWithKey('wrote:a->p', 'author:ada-lovelace', 'paper:2503.1', { relation: 'wrote', position: 0, weight: 1 });
  graph.addDirectedEdgeWithKey('uses:p->m', 'paper:2503.1', 'model:llama-2-7b', { relation: 'uses', evidence: 'We use "Llama-2-7B", too.', weight: 2 });
  graph.addDirectedEdgeWithKey('tagged:p->m', 'paper:2503.1', 'model:llama-2-7b', { relation: 'tagged', weight: 0.25 });
  graph.addDirectedEdgeWithKey('uses:p->lora', 'paper:2503.1', 'method:lora', { relation: 'uses', evidence: 'LoRA.', weight: 2 });
  return graph;
}

describe('neo4j-admin CSV export', () => {
  const files = toNeo4jCsv(sample());
  const byName = new Map(files.map((f) => [f.name, f]));

  it('writes a node file per kind and a relationship file per relation', () => {
    expect(files.map((f) => f.name)).toEqual([
      'nodes-paper.csv',
      'nodes-author.csv',
      'nodes-model.csv',
      'nodes-method.csv',
      'relationships-wrote.csv',
      'relationships-uses.csv',
      'relationships-tagged.csv',
      'nodes-community.csv',
    ]);
    expect(byName.get('relationships-uses.csv')!.count).toBe(2);
  });

  it('types the headers and puts :ID/:LABEL and :START_ID/:END_ID/:TYPE first', () => {
    expect(byName.get('nodes-paper.csv')!.header).toBe(
      'key:ID,:LABEL,abstract:string,authors:string[],community:int,label:string,paperCount:int,tags:string[],title:string,x:double,year:int',
    );
    expect(byName.get('nodes-model.csv')!.header).toBe(
      'key:ID,:LABEL,aliases:string[],community:int,family:string,label:string,paperCount:int,size:string,version:string',
    );
    expect(byName.get('relationships-wrote.csv')!.header).toBe(':START_ID,:END_ID,:TYPE,weight:double,position:int');
    expect(byName.get('relationships-tagged.csv')!.header).toBe(':START_ID,:END_ID,:TYPE,weight:double');
  });

  it('gives a property one type in every file of a role, from all its values (weight is double: tagged weighs 0.25)', () => {
    const types = (role: 'nodes' | 'relationships') => {
      const seen = new Map<string, Set<string>>();
      for (const file of files.filter((f) => f.role === role && f.label !== 'Community')) {
        for (const column of file.header.split(',')) {
          const [name, type] = column.split(':');
          if (name && type) seen.set(name, (seen.get(name) ?? new Set()).add(type));
        }
      }
      return seen;
    };
    for (const role of ['nodes', 'relationships'] as const) for (const [, typesOf] of types(role)) expect(typesOf.size).toBe(1);
    expect(types('relationships').get('weight')).toEqual(new Set(['double']));
    // the integer weights still read as numbers
    expect(parseCsv(neo4jCsvText(byName.get('relationships-wrote.csv')!))[1]!.slice(3)).toEqual(['1', '0']);
  });

  it.each([
    { name: 'integers everywhere stay int', values: [1, 2], type: 'int' },
    { name: 'one fraction makes every file double', values: [1, 0.25], type: 'double' },
    { name: 'a value past 32 bits makes every file long', values: [1, 2 ** 40], type: 'long' },
    { name: 'a string among numbers makes every file string', values: [1, 'x'], type: 'string' },
    { name: 'booleans stay boolean', values: [true, false], type: 'boolean' },
  ])('$name (nodes of two kinds, edges of two relations)', ({ values, type }) => {
    const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    graph.addNode('paper:1', { kind: 'paper', label: 'P', score: values[0] } as NodeAttributes);
    graph.addNode('model:m', { kind: 'model', label: 'M', score: values[1] } as NodeAttributes);
    graph.addDirectedEdgeWithKey('u', 'paper:1', 'model:m', { relation: 'uses', weight: 2, score: values[0] } as EdgeAttributes);
    graph.addDirectedEdgeWithKey('t', 'paper:1', 'model:m', { relation: 'tagged', weight: 0.25, score: values[1] } as EdgeAttributes);
    const headers = toNeo4jCsv(graph).map((file) => file.header);
    expect(headers).toEqual([
      `key:ID,:LABEL,label:string,score:${type}`,
      `key:ID,:LABEL,label:string,score:${type}`,
      `:START_ID,:END_ID,:TYPE,weight:double,evidence:string,score:${type}`,
      `:START_ID,:END_ID,:TYPE,weight:double,score:${type}`,
    ]);
  });

  it('quotes strings so commas, quotes and line breaks survive, and joins arrays with U+001F', () => {
    const rows = parseCsv(neo4jCsvText(byName.get('nodes-paper.csv')!));
    expect(rows).toHaveLength(2);
    const header = rows[0]!.map((h) => h.split(':')[0]);
    const paper = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(paper).toMatchObject({
      key: 'paper:2503.1',
      '': 'Paper',
      title: 'Kron-LoRA: "hybrid", adapters',
      abstract: 'Line one,\nline "two"; done',
      year: '2025',
      x: '1.5',
      tags: 'llama-2-7b',
    });
    const model = parseCsv(neo4jCsvText(byName.get('nodes-model.csv')!))[1]!;
    // an element holding `;` keeps it: the array splits into its elements as they were
    expect(model[2]!.split('\u001f')).toEqual(['LLaMA-2-7B', 'llama;2']);
    const uses = parseCsv(neo4jCsvText(byName.get('relationships-uses.csv')!));
    expect(uses[1]).toEqual(['paper:2503.1', 'model:llama-2-7b', 'USES', '2', 'We use "Llama-2-7B", too.']);
  });

  it('leaves absent values empty and renders typed values bare', () => {
    expect(csvField(undefined, 'string')).toBe('');
    expect(csvField(3, 'int')).toBe('3');
    expect(csvField('a"b', 'string')).toBe('"a""b"');
    expect(csvField({ a: 1 }, 'string')).toBe('"{""a"":1}"');
    const author = parseCsv(neo4jCsvText(byName.get('nodes-author.csv')!));
    expect(author[0]).toEqual(['key:ID', ':LABEL', 'community:int', 'label:string', 'name:string', 'paperCount:int']);
  });

  it('gives the neo4j-admin command that loads every file', () => {
    const command = neo4jImportCommand(files);
    expect(command).toContain('neo4j-admin database import full');
    expect(command).toContain('--array-delimiter=U+001F');
    expect(NEO4J_ARRAY_DELIMITER).toBe('\u001f');
    expect(command).toContain('--multiline-fields=true');
    for (const file of files) expect(command).toContain(`--${file.role}=${file.name}`);
  });

  it('gives each relation its documented header whatever the values: weight:double, then evidence, then position', () => {
    // Integer weights only (no `tagged` edge weighing 0.25), a `proposes` edge without its evidence, an extra attribute.
    const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    graph.addNode('author:a', { kind: 'author', label: 'A' });
    graph.addNode('paper:1', { kind: 'paper', label: 'P' });
    graph.addNode('model:m', { kind: 'model', label: 'M' });
    graph.addNode('model:n', { kind: 'model', label: 'N' });
    graph.addDirectedEdgeWithKey('w', 'author:a', 'paper:1', { relation: 'wrote', position: 0, weight: 1 });
    graph.addDirectedEdgeWithKey('u', 'paper:1', 'model:m', { relation: 'uses', evidence: 'We use M.', weight: 2, note: 'x' });
    graph.addDirectedEdgeWithKey('p', 'paper:1', 'model:n', { relation: 'proposes', weight: 3 });
    graph.addDirectedEdgeWithKey('v', 'model:n', 'model:m', { relation: 'variant_of', weight: 1 });
    const headers = Object.fromEntries(toNeo4jCsv(graph).filter((f) => f.role === 'relationships').map((f) => [f.name, f.header]));
    expect(headers).toEqual({
      'relationships-wrote.csv': ':START_ID,:END_ID,:TYPE,weight:double,position:int',
      'relationships-proposes.csv': ':START_ID,:END_ID,:TYPE,weight:double,evidence:string',
      'relationships-uses.csv': ':START_ID,:END_ID,:TYPE,weight:double,evidence:string,note:string',
      'relationships-variant_of.csv': ':START_ID,:END_ID,:TYPE,weight:double',
    });
    const proposes = toNeo4jCsv(graph).find((f) => f.name === 'relationships-proposes.csv')!;
    expect(parseCsv(neo4jCsvText(proposes))[1]).toEqual(['paper:1', 'model:n', 'PROPOSES', '3', '']);
  });

  it('types node properties by the contract, so a slice whose values happen to be whole numbers keeps the types', () => {
    const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    graph.addNode('paper:1', { kind: 'paper', label: 'P', x: 1, y: 2, year: 2025, community: 0 });
    graph.addNode('model:m', { kind: 'model', label: 'M', x: 3, y: -4, community: 0, size: '7B' });
    const [papers, models] = toNeo4jCsv(graph);
    expect(papers!.header).toBe('key:ID,:LABEL,community:int,label:string,x:double,y:double,year:int');
    expect(models!.header).toBe('key:ID,:LABEL,community:int,label:string,size:string,x:double,y:double');
    // a value that does not fit its contract type (a foreign graph's text position) widens it rather than being lost
    (graph.getNodeAttributes('model:m') as Record<string, unknown>)['x'] = 'left';
    expect(toNeo4jCsv(graph)[0]!.header).toBe('key:ID,:LABEL,community:int,label:string,x:string,y:double,year:int');
  });

  it('keeps a list value holding `;` as it is (an arXiv ACM class list), and refuses one holding the delimiter', () => {
    const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    // categories as arXiv's listing gives them for 2503.11954
    const categories = ['eess.IV', 'cs.AI', '94A29, 94A08, 94B05, 68T01, 68P30', 'I.4.2; E.4; I.2.10; I.5.4; I.5.1; I.4.1'];
    graph.addNode('paper:2503.11954', { kind: 'paper', label: 'Goal-Oriented Source Coding', categories });
    const [papers] = toNeo4jCsv(graph);
    const rows = parseCsv(neo4jCsvText(papers!));
    const column = rows[0]!.indexOf('categories:string[]');
    expect(rows[1]![column]!.split(NEO4J_ARRAY_DELIMITER)).toEqual(categories);
    graph.setNodeAttribute('paper:2503.11954', 'categories', ['cs.AI', 'a\u001fb']);
    expect(() => toNeo4jCsv(graph)).toThrow(/"a\\u001fb" \(categories of node paper:2503\.11954\) to Neo4j: it holds U\+001F/);
    expect(() => toNeo4jCsv(graph)).toThrow(Neo4jExportError);
    // (the error names the node, so that a caller can say which record the value came from)
    expect(() => toNeo4jCsv(graph)).toThrow(expect.objectContaining({ element: { kind: 'node', key: 'paper:2503.11954' } }));
    expect(() => csvField(['a\u001fb'], 'string[]')).toThrow(/U\+001F/);
  });

  describe('community keys', () => {
    function slice(papers: string[], labels: string[]): PaperGraph {
      const graph = graphWith(labels.map((label, id) => ({ id, label, size: 1, kinds: { paper: 1 }, top: [papers[id]!] })));
      papers.forEach((paper, community) => graph.addNode(paper, { kind: 'paper', label: paper, community }));
      return graph;
    }
    const communityRows = (graph: PaperGraph) => parseCsv(neo4jCsvText(toNeo4jCsv(graph).find((f) => f.label === 'Community')!)).slice(1);

    it('name their build, so community 0 of two slices are two nodes and combined exports lose none', () => {
      const a = communityRows(slice(['paper:2401.1', 'paper:2401.2'], ['LoRA', 'BERT']));
      const b = communityRows(slice(['paper:2501.1', 'paper:2501.2'], ['Llama', 'GPT-4']));
      expect(a[0]![0]).toMatch(/^community:[0-9a-f]{12}:0$/);
      expect(a.map((row) => row[0]!.split(':')[1])).toEqual([a[0]![3], a[0]![3]]);
      const keys = [...a, ...b].map((row) => row[0]);
      expect(new Set(keys).size).toBe(4);
      expect(a[0]!.slice(1, 3)).toEqual(['Community', '0']);
    });

    it('are the same for the same build, whatever order its nodes come in', () => {
      const one = communityRows(slice(['paper:1', 'paper:2'], ['A', 'B']));
      const again = communityRows(slice(['paper:1', 'paper:2'], ['A', 'B']));
      const reordered = slice(['paper:1', 'paper:2'], ['A', 'B']);
      const shuffled: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
      shuffled.replaceAttributes(reordered.getAttributes());
      for (const node of [...reordered.nodes()].reverse()) shuffled.addNode(node, reordered.getNodeAttributes(node));
      expect(again).toEqual(one);
      expect(communityRows(shuffled)).toEqual(one);
      // the same nodes divided another way are another build
      const moved = slice(['paper:1', 'paper:2'], ['A', 'B']);
      moved.setNodeAttribute('paper:2', 'community', 0);
      expect(communityRows(moved)[0]![0]).not.toBe(one[0]![0]);
    });
  });
});

describe('the LOAD CSV queries of the docs', () => {
  const docs = ['neo4j.md', 'cli.md'].map((name) => readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8'));
  const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
  const files = toNeo4jCsv(buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]).graph);
  const headers = new Map(files.map((file) => [file.name, file.header.split(',')]));

  it('read columns by the whole header the files have (`row.`aliases:string[]``), in the file each query loads', () => {
    // Every `row.x` or row.`x` the docs name is a column of some file; under a `FROM '…/<file>.csv'`, of that file.
    const mentions = docs.flatMap((text) =>
      text.split(/(?=LOAD CSV)/).flatMap((part) => {
        const file = /FROM '[^']*\/([^'/]+\.csv)'/.exec(part)?.[1];
        return [...part.matchAll(/row\.(?:`([^`]+)`|(\w+))/g)].map((match) => ({ file, column: match[1] ?? match[2]! }));
      }),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const { file, column } of mentions) {
      const columns = file ? headers.get(file) : [...headers.values()].flat();
      expect(columns, `${column} in ${file ?? 'any file'}`).toContain(column);
    }
  });
});
