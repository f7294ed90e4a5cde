import { describe, expect, it } from 'vitest';
import { computeFocus } from '../../../src/model/focus.ts';
import { papersOf, sharedAuthors, sharedBetween, sharedEntities } from '@papergraph/core';
import { smallGraph } from '../fixture.ts';

describe('shared panel', () => {
  const graph = smallGraph();

  it('ranks models by number of papers, mentions only by default', () => {
    const ranked = sharedEntities(graph, 'model');
    expect(ranked.map((e) => [e.label, e.papers.length])).toEqual([
      ['Llama-2-7B', 2],
      ['Mistral-7B', 2],
    ]);
    const withTags = sharedEntities(graph, 'model', { includeTagged: true });
    expect(withTags[0]?.label).toBe('Llama-2-7B');
    expect(withTags[0]?.papers).toHaveLength(3);
  });

  it('lists each paper of an entity once with its evidence', () => {
    const papers = papersOf(graph, 'model:mistral-7b');
    // Rows carry the paper's label (its display name: the title with LaTeX flattened).
    expect(papers.map((p) => p.key)).toEqual(['paper:equitable-ai', 'paper:kron-lora']);
    expect(papers.map((p) => p.title)).toEqual(papers.map((p) => graph.getNodeAttribute(p.key, 'label')));
    expect(papers[0]?.evidence).toContain('Mistral-7B');
    // A paper that both uses and is tagged with Llama-2-7B appears once, as `uses`.
    const llama = papersOf(graph, 'model:llama-2-7b', { includeTagged: true });
    expect(llama.find((p) => p.key === 'paper:kron-lora')?.relation).toBe('uses');
  });

  it('applies the minimum number of papers', () => {
    expect(sharedEntities(graph, 'method', { minPapers: 2 })).toEqual([]);
    expect(sharedEntities(graph, 'dataset').map((e) => e.label)).toEqual(['MATH-500', 'TruthfulQA']);
  });

  it('finds what two papers share', () => {
    expect(sharedBetween(graph, ['paper:kron-lora', 'paper:equitable-ai']).map((e) => e.label)).toEqual(['Mistral-7B']);
    expect(sharedBetween(graph, ['paper:kron-lora', 'paper:vector-arithmetic']).map((e) => e.label)).toEqual(['Llama-2-7B']);
    expect(sharedAuthors(graph, ['paper:kron-lora', 'paper:equitable-ai']).map((a) => a.label)).toEqual(['Jane Doe']);
  });

  it('focus: shared entity highlights its papers and their links; hover wins', () => {
    const focus = computeFocus(graph, { hovered: null, selected: null, sharedEntity: 'model:mistral-7b', comparedPapers: [] });
    expect([...(focus?.nodes ?? [])].sort()).toEqual(['model:mistral-7b', 'paper:equitable-ai', 'paper:kron-lora']);
    expect(focus?.edges.size).toBe(2);
    const hovered = computeFocus(graph, { hovered: 'method:lora', selected: null, sharedEntity: 'model:mistral-7b', comparedPapers: [] });
    expect([...(hovered?.nodes ?? [])].sort()).toEqual(['method:lora', 'paper:kron-lora']);
    expect(computeFocus(graph, { hovered: null, selected: null, sharedEntity: null, comparedPapers: [] })).toBeNull();
  });

  it('focus: compared papers highlight what they share', () => {
    const focus = computeFocus(graph, { hovered: null, selected: null, sharedEntity: null, comparedPapers: ['paper:kron-lora', 'paper:equitable-ai'] });
    expect([...(focus?.nodes ?? [])].sort()).toEqual(['model:mistral-7b', 'paper:equitable-ai', 'paper:kron-lora']);
  });

  it('focus: the selected node keeps its neighbours lit beside a shared choice, a query or compared papers', () => {
    const neighbours = (node: string) => [node, ...graph.neighbors(node)];
    const selected = 'paper:vector-arithmetic';
    expect(graph.neighbors(selected).length).toBeGreaterThan(1);
    const alone = computeFocus(graph, { hovered: null, selected, sharedEntity: null, comparedPapers: [] })!;
    const requests = [
      { sharedEntity: 'model:mistral-7b', comparedPapers: [] },
      { sharedEntity: null, comparedPapers: [], query: { entities: ['model:mistral-7b'], papers: ['paper:kron-lora', 'paper:equitable-ai'] } },
      { sharedEntity: null, comparedPapers: ['paper:kron-lora', 'paper:equitable-ai'] },
    ];
    for (const request of requests) {
      const other = computeFocus(graph, { hovered: null, selected: null, ...request })!;
      const both = computeFocus(graph, { hovered: null, selected, ...request })!;
      expect([...both.nodes].sort()).toEqual([...new Set([...other.nodes, ...neighbours(selected)])].sort());
      expect([...both.edges].sort()).toEqual([...new Set([...other.edges, ...alone.edges])].sort());
    }
    // The pointer on a node still shows that node's neighbourhood alone.
    const hovered = computeFocus(graph, { hovered: 'method:lora', selected, sharedEntity: 'model:mistral-7b', comparedPapers: [] })!;
    expect([...hovered.nodes].sort()).toEqual(['method:lora', 'paper:kron-lora']);
  });
});
