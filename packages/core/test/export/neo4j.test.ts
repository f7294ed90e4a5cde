import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { csvField, neo4jCsvText, neo4jImportCommand, toNeo4jCsv } from '../../src/export/neo4j.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';
import { parseCsv } from './fixtures.ts';

function sample(): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    generator: 'test',
    inputs: [],
    seed: 42,
    resolution: 1,
    rejected: 0,
    communities: [{ id: 0, label: 'Llama-2-7B · LoRA', size: 4, kinds: { paper: 1 }, top: ['model:llama-2-7b', 'method:lora'] }],
  });
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
    expect(byName.get('relationships-wrote.csv')!.header).toBe(':START_ID,:END_ID,:TYPE,position:int,weight:double');
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
    expect(parseCsv(neo4jCsvText(byName.get('relationships-wrote.csv')!))[1]!.at(-1)).toBe('1');
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
      `:START_ID,:END_ID,:TYPE,score:${type},weight:double`,
      `:START_ID,:END_ID,:TYPE,score:${type},weight:double`,
    ]);
  });

  it('quotes strings so commas, quotes and line breaks survive, and joins arrays with ;', () => {
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
    // an element holding the delimiter keeps a look-alike, so the array still splits into its elements
    expect(model[2]!.split(';')).toEqual(['LLaMA-2-7B', 'llama\uff1b2']);
    const uses = parseCsv(neo4jCsvText(byName.get('relationships-uses.csv')!));
    expect(uses[1]).toEqual(['paper:2503.1', 'model:llama-2-7b', 'USES', 'We use "Llama-2-7B", too.', '2']);
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
    expect(command).toContain("--array-delimiter=';'");
    expect(command).toContain('--multiline-fields=true');
    for (const file of files) expect(command).toContain(`--${file.role}=${file.name}`);
  });
});
