import { describe, expect, it } from 'vitest';
import { runQuery } from '../../../src/model/query.ts';
import { querySummary } from '../../../src/view/query-panel.ts';
import { smallGraph } from '../fixture.ts';

describe('querySummary: the question in words with the size of its answer', () => {
  const graph = smallGraph();

  it('says AND with "all of", OR with "any of", and counts the papers of the mode shown', () => {
    expect(querySummary(runQuery(graph, ['model:llama-2-7b', 'model:mistral-7b'], 'all'))).toBe('1 paper with all of Llama-2-7B and Mistral-7B');
    expect(querySummary(runQuery(graph, ['model:llama-2-7b', 'model:mistral-7b'], 'any'))).toBe('3 papers with any of Llama-2-7B or Mistral-7B');
    expect(querySummary(runQuery(graph, ['model:llama-2-7b', 'model:mistral-7b', 'method:lora'], 'all'))).toBe('1 paper with all of Llama-2-7B, Mistral-7B and LoRA');
  });

  it('names a single entity without a mode', () => {
    expect(querySummary(runQuery(graph, ['dataset:truthfulqa'], 'all'))).toBe('1 paper with TruthfulQA');
  });
});
