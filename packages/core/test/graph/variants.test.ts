import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { applyThesaurusToGraph, parseThesaurus, runPipeline, type PaperGraph } from '../../src/index.ts';
import { linkModelVariants } from '../../src/graph/variants.ts';

/** `child -> parent` for every variant_of link, sorted. */
function variantLinks(graph: PaperGraph): string[] {
  return graph
    .filterEdges((_edge, attributes) => attributes.relation === 'variant_of')
    .map((edge) => `${graph.source(edge)} -> ${graph.target(edge)}`)
    .sort();
}

/** Whether following variant_of links from some model comes back to it. */
function hasCycle(graph: PaperGraph): boolean {
  const parents = (key: string) => graph.filterOutEdges(key, (_edge, attributes) => attributes.relation === 'variant_of').map((edge) => graph.target(edge));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string): boolean => {
    if (state.get(key) === 'open') return true;
    if (state.get(key) === 'done') return false;
    state.set(key, 'open');
    const cyclic = parents(key).some(visit);
    state.set(key, 'done');
    return cyclic;
  };
  return graph.filterNodes((_key, attributes) => attributes.kind === 'model').some(visit);
}

describe('variant_of', () => {
  it('finds the parent by its reading, so a version written with a v is found too (DeepSeek-V3-Base → DeepSeek-V3)', () => {
    const records = [
      { title: 'Paper A', abstract: 'We fine-tune DeepSeek-V3-Base and Mistral-7B-Instruct-v0.3 on our data.', authors: ['A B'] },
      { title: 'Paper B', abstract: 'We compare DeepSeek-V3 with Mistral-7B-v0.3 and DeepSeek.', authors: ['C D'] },
    ];
    const { graph } = runPipeline([{ name: 'x.json', text: JSON.stringify(records) }], { layout: false });
    expect(variantLinks(graph)).toEqual([
      'model:deepseek-v3-base -> model:deepseek-v3',
      'model:mistral-7b-instruct-v0.3 -> model:mistral-7b-v0.3',
    ]);
  });
});

describe('linkModelVariants', () => {
  it('takes a parent by an alias only when the alias names a more general model (a name moved onto the node)', () => {
    const graph = new MultiDirectedGraph() as unknown as PaperGraph;
    // GPT-4 is also written "GPT" in some paper: no model's name, so GPT-3.5 is no variant of GPT-4
    graph.addNode('model:gpt-4', { kind: 'model', label: 'GPT-4', family: 'GPT', version: '4', aliases: ['GPT', 'GPT-4'] });
    graph.addNode('model:gpt-3.5', { kind: 'model', label: 'GPT-3.5', family: 'GPT', version: '3.5', aliases: ['GPT-3.5'] });
    // Mixtral took the name Mistral (a thesaurus merged the family into it): Mistral's members follow
    graph.addNode('model:mixtral', { kind: 'model', label: 'Mixtral', family: 'Mixtral', aliases: ['Mistral', 'Mixtral'] });
    graph.addNode('model:mistral-7b', { kind: 'model', label: 'Mistral-7B', family: 'Mistral', size: '7B', aliases: ['Mistral-7B'] });
    const links: string[] = [];
    linkModelVariants(graph, (_relation, source, target) => links.push(`${source} -> ${target}`));
    expect(links).toEqual(['model:mistral-7b -> model:mixtral']);
  });
});

describe('variant_of under a thesaurus (the build, and a graph already built)', () => {
  // Real abstracts that name Llama, Qwen2.5, Mistral and Claude with some of their members.
  const fixture = [{ name: 'dev-papers-head.jsonl', text: readFileSync(new URL('../fixtures/dev-papers-head.jsonl', import.meta.url), 'utf8') }];
  const built = runPipeline(fixture, { layout: false }).graph;
  const terms = (lines: string[]) => {
    const parsed = parseThesaurus(lines.join('\n'), 'terms.tsv');
    expect(parsed.errors).toEqual([]);
    return parsed.thesaurus;
  };
  const both = (lines: string[]) => {
    const thesaurus = terms(lines);
    return { rebuilt: runPipeline(fixture, { layout: false, thesaurus }).graph, applied: applyThesaurusToGraph(built, thesaurus).graph };
  };

  it('the fixture has the families and members the cases below need', () => {
    expect(variantLinks(built)).toEqual(
      expect.arrayContaining([
        'model:llama-2-7b -> model:llama',
        'model:llama-3-8b -> model:llama',
        'model:llama-3-8b-instruct -> model:llama-3-8b',
        'model:qwen2.5-7b -> model:qwen2.5',
        'model:mistral-7b-instruct -> model:mistral',
        'model:claude-3.7-sonnet -> model:claude-3.7',
      ]),
    );
  });

  it('a renamed family keeps its members, and a renamed member its link and its own members', () => {
    const { rebuilt, applied } = both(['Llama\tLlama (Meta)', 'Qwen2.5\tQwen-2.5 (Alibaba)', 'Llama-3-8B\tLlama3 8B base']);
    const expected = [
      'model:llama-2-7b -> model:llama-meta',
      'model:llama-3-8b-instruct -> model:llama3-8b-base',
      'model:llama-3.2 -> model:llama-meta',
      'model:llama3-8b-base -> model:llama-meta',
      'model:qwen-2.5-alibaba -> model:qwen',
      'model:qwen2.5-32b-instruct -> model:qwen-2.5-alibaba',
      'model:qwen2.5-7b -> model:qwen-2.5-alibaba',
    ];
    expect(variantLinks(rebuilt)).toEqual(expect.arrayContaining(expected));
    expect(variantLinks(applied)).toEqual(variantLinks(rebuilt));
  });

  it('a merged family brings its members; a member merged into its family makes no link to itself, and no cycle', () => {
    const { rebuilt, applied } = both(['Mistral\tMixtral', 'Claude-3.7\tClaude', 'Llama\tLlama-3-8B']);
    expect(variantLinks(rebuilt)).toEqual(
      expect.arrayContaining([
        'model:mistral-7b-instruct -> model:mixtral',
        'model:mistral-large -> model:mixtral',
        'model:claude-3.7-sonnet -> model:claude',
        'model:llama-3-8b-instruct -> model:llama-3-8b',
      ]),
    );
    for (const graph of [rebuilt, applied]) {
      expect(variantLinks(graph).filter((link) => link.split(' -> ')[0] === link.split(' -> ')[1])).toEqual([]);
      expect(hasCycle(graph)).toBe(false);
    }
    expect(variantLinks(applied)).toEqual(variantLinks(rebuilt));
  });
});
