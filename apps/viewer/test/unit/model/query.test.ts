import { describe, expect, it } from 'vitest';
import { isQueryable, queryCsv, queryPapersOf, runQuery } from '../../../src/model/query.ts';
import { smallGraph } from '../fixture.ts';

describe('multi-entity queries', () => {
  const graph = smallGraph();

  it('answers "which papers use both Llama-2-7B and Mistral-7B?" (AND), with each entity’s own count', () => {
    const result = runQuery(graph, ['model:llama-2-7b', 'model:mistral-7b'], 'all');
    expect(result.papers.map((p) => p.key)).toEqual(['paper:kron-lora']);
    expect(result.papers[0]?.matched).toEqual(['model:llama-2-7b', 'model:mistral-7b']);
    expect(result.entities.map((e) => [e.label, e.papers])).toEqual([
      ['Llama-2-7B', 2],
      ['Mistral-7B', 2],
    ]);
    expect(result).toMatchObject({ allCount: 1, anyCount: 3, matchCounts: [2, 1] });
  });

  it('OR lists every paper linked to any of them, those matching most first, then by title', () => {
    const result = runQuery(graph, ['model:mistral-7b', 'model:llama-2-7b'], 'any');
    expect(result.papers.map((p) => [p.key, p.matched])).toEqual([
      ['paper:kron-lora', ['model:mistral-7b', 'model:llama-2-7b']],
      ['paper:equitable-ai', ['model:mistral-7b']],
      ['paper:vector-arithmetic', ['model:llama-2-7b']],
    ]);
    expect(result.allCount).toBe(1);
  });

  it('counts listing tags only when asked, like the Shared panel', () => {
    expect(runQuery(graph, ['model:llama-2-7b', 'dataset:truthfulqa'], 'all').papers).toEqual([]);
    expect(runQuery(graph, ['model:llama-2-7b', 'dataset:truthfulqa'], 'all', { includeTagged: true }).papers.map((p) => p.key)).toEqual(['paper:equitable-ai']);
  });

  it('takes authors (the papers they wrote) and mixes kinds', () => {
    expect(queryPapersOf(graph, 'author:jane doe').sort()).toEqual(['paper:equitable-ai', 'paper:kron-lora']);
    expect(runQuery(graph, ['author:jane doe', 'dataset:truthfulqa'], 'all').papers.map((p) => p.key)).toEqual(['paper:equitable-ai']);
  });

  it('ignores papers, unknown keys and repeats; an empty query answers nothing', () => {
    expect(isQueryable(graph, 'paper:kron-lora')).toBe(false);
    const result = runQuery(graph, ['paper:kron-lora', 'model:nope', 'method:lora', 'method:lora'], 'all');
    expect(result.entities.map((e) => e.key)).toEqual(['method:lora']);
    expect(result.papers.map((p) => p.key)).toEqual(['paper:kron-lora']);
    expect(runQuery(graph, [], 'all')).toMatchObject({ papers: [], allCount: 0, anyCount: 0, matchCounts: [] });
  });

  it('shows names with LaTeX flattened', () => {
    const latex = smallGraph();
    latex.setNodeAttribute('model:mistral-7b', 'label', 'E$^3$-Pruner');
    latex.setNodeAttribute('paper:kron-lora', 'title', '\\textbf{Kron-LoRA}: hybrid adapters');
    const result = runQuery(latex, ['model:mistral-7b'], 'all');
    expect(result.entities[0]?.label).toBe('E3-Pruner');
    expect(result.papers.map((p) => p.title)).toContain('Kron-LoRA: hybrid adapters');
  });
});

describe('the answer as CSV', () => {
  it('has one row per paper of the answer, quoted where needed, spreadsheet formulas defused', () => {
    const graph = smallGraph();
    graph.setNodeAttribute('paper:kron-lora', 'title', 'Kron-LoRA: "hybrid", adapters');
    graph.setNodeAttribute('paper:equitable-ai', 'title', '=HYPERLINK("x")');
    const csv = queryCsv(graph, runQuery(graph, ['model:mistral-7b', 'model:llama-2-7b'], 'any'));
    expect(csv.split('\r\n')).toEqual([
      'key,title,arxiv_id,date,matched',
      'paper:kron-lora,"Kron-LoRA: ""hybrid"", adapters",2508.01961,2025,Mistral-7B; Llama-2-7B',
      `paper:equitable-ai,"'=HYPERLINK(""x"")",,2025,Mistral-7B`,
      'paper:vector-arithmetic,Vector Arithmetic in Concept and Token Subspaces,,,Llama-2-7B',
      '',
    ]);
  });
});
