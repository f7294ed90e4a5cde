import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyThesaurus, parseThesaurus, runPipeline, toGraphJSON, toGraphML } from '../../src/index.ts';
import { build, CORPUS, entityNodes, linksOf, m } from './fixtures.ts';

describe('applying a thesaurus in the pipeline', () => {
  it('merges onto an existing entity: links re-pointed, one link per paper and relation with the first evidence, aliases united, paperCount right', () => {
    const { graph, warnings } = build(CORPUS, 'GPT4\tGPT-4\n');
    expect(warnings).toEqual([]);
    expect(graph.hasNode('model:gpt4')).toBe(false);
    expect(graph.getNodeAttributes('model:gpt-4')).toMatchObject({ label: 'GPT-4', aliases: ['GPT-4', 'GPT4'], paperCount: 3 });
    // Paper 1 names both: its link keeps the sentence naming the entity kept.
    expect(linksOf(graph, 'model:gpt-4')).toEqual([
      'paper:2501.00001 uses “We use GPT-4.”',
      'paper:2501.00002 uses “We use GPT-4.”',
      'paper:2501.00003 proposes “We use GPT4.”',
    ]);
    expect(graph.getAttribute('thesaurus')).toEqual({ source: 'terms.tsv', rules: 1, applied: 1, unmatched: 0, merged: 1, renamed: 0, dropped: 0 });
  });

  it('renames: the node takes the key of its new name and the label exactly as written, the old label stays an alias', () => {
    const { graph } = build(CORPUS, 'CoT\tChain of Thought prompting\tmethod\n');
    expect(graph.hasNode('method:cot')).toBe(false);
    expect(graph.getNodeAttributes('method:chain-of-thought-prompting')).toMatchObject({ label: 'Chain of Thought prompting', aliases: ['CoT'], paperCount: 1 });
    expect(graph.getAttribute('thesaurus')).toMatchObject({ renamed: 1, merged: 0 });
  });

  it('a target named like an existing entity merges into it, which takes the label as written', () => {
    const { graph } = build(CORPUS, 'CoT\tChain-of-Thought\n');
    expect(graph.hasNode('method:cot')).toBe(false);
    expect(graph.getNodeAttributes('method:chain-of-thought')).toMatchObject({ label: 'Chain-of-Thought', aliases: ['Chain-of-Thought', 'CoT', 'chain-of-thought'], paperCount: 2 });
  });

  it('an empty target drops the entity: its links go, the papers stay', () => {
    const { graph } = build(CORPUS, 'baseline\t\n');
    expect(graph.hasNode('method:baseline')).toBe(false);
    expect(graph.filterNodes((_key, attributes) => attributes.kind === 'paper')).toHaveLength(4);
    expect(graph.outDegree('paper:2501.00004')).toBe(1);
    expect(graph.getAttribute('thesaurus')).toMatchObject({ dropped: 1 });
  });

  it('a node key as target moves an entity to another kind, with a relation that fits it', () => {
    const { graph } = build(CORPUS, 'model:mmlu\tdataset:mmlu\n');
    expect(graph.hasNode('model:mmlu')).toBe(false);
    expect(linksOf(graph, 'dataset:mmlu')).toEqual(['paper:2501.00003 evaluates_on “We use MMLU.”', 'paper:2501.00004 evaluates_on “We use MMLU.”']);
  });

  it('is pure: the extractions handed in are not changed', () => {
    const extractions = [{ doc: { key: 'paper:1', title: 't', abstract: 'a' }, mentions: [m('model', 'gpt4', 'GPT4')] }];
    const before = JSON.stringify(extractions);
    const { thesaurus } = parseThesaurus('GPT4\tGPT-4\n', 't.tsv');
    const applied = applyThesaurus(extractions, new Map(), thesaurus);
    expect(JSON.stringify(extractions)).toBe(before);
    // `GPT-4` names the entity itself (same normalised form): it keeps its key and takes the label.
    expect(applied.extractions[0]!.mentions[0]).toMatchObject({ slug: 'gpt4', label: 'GPT-4', aliases: ['GPT4'] });
  });
});

describe('a thesaurus on the seed', () => {
  const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
  const input = [{ name: 'seeds/llama-2-7b.txt', text: seed }];
  const TERMS = ['label\treplace by', 'Llama-2-7b\tMeta Llama 2 (7B)', 'MoE\tMixture-of-Experts', 'watermarking\t', 'PI\tRoPE', 'nothing here\tfoo'].join('\n');
  const thesaurus = parseThesaurus(TERMS, 'terms.tsv').thesaurus;

  it('renames the tagged model everywhere: mentions and listing tags point at one node, the old one is gone', () => {
    const { graph } = runPipeline(input, { layout: false, thesaurus });
    expect(graph.hasNode('model:llama-2-7b')).toBe(false);
    const llama = graph.getNodeAttributes('model:meta-llama-2-7b');
    expect(llama).toMatchObject({ label: 'Meta Llama 2 (7B)', family: 'Llama', version: '2', size: '7B', paperCount: 10 });
    expect(llama.aliases).toContain('Llama-2-7B');
    expect(graph.filterInEdges('model:meta-llama-2-7b', (_edge, attributes) => attributes.relation === 'tagged')).toHaveLength(10);
    // Papers keep their listing tags as written.
    expect(graph.getNodeAttribute('paper:vector-arithmetic-in-concept-and-token-subspaces', 'tags')).toEqual(['llama-2-7b']);
  });

  it('merges by alias (PI is position interpolation), drops, and reports the unmatched rule as a build warning', () => {
    const { graph, warnings } = runPipeline(input, { layout: false, thesaurus });
    expect(graph.hasNode('method:position-interpolation')).toBe(false);
    expect(graph.getNodeAttribute('method:rope', 'aliases')).toEqual(['PI', 'RoPE', 'position interpolation']);
    expect(graph.hasNode('method:watermarking')).toBe(false);
    expect(graph.getNodeAttribute('method:mixture-of-experts', 'label')).toBe('Mixture-of-Experts');
    expect(warnings).toEqual([{ file: 'terms.tsv', line: 6, message: '"nothing here" matches no entity' }]);
    expect(graph.getAttribute('thesaurus')).toEqual({ source: 'terms.tsv', rules: 5, applied: 4, unmatched: 1, merged: 1, renamed: 1, dropped: 1 });
  });

  it('same input and thesaurus, same bytes; no thesaurus, no trace of one', () => {
    const a = runPipeline(input, { thesaurus }).graph;
    const b = runPipeline(input, { thesaurus: parseThesaurus(TERMS, 'terms.tsv').thesaurus }).graph;
    expect(toGraphJSON(a)).toBe(toGraphJSON(b));
    expect(toGraphML(a)).toBe(toGraphML(b));
    const plain = runPipeline(input, { layout: false }).graph;
    expect(plain.hasAttribute('thesaurus')).toBe(false);
    expect(toGraphJSON(plain)).toBe(toGraphJSON(runPipeline(input, { layout: false, thesaurus: { source: 'empty.tsv', rules: [], warnings: [] } }).graph).replace(',"thesaurus":{"source":"empty.tsv","rules":0,"applied":0,"unmatched":0,"merged":0,"renamed":0,"dropped":0}', ''));
  });
});
