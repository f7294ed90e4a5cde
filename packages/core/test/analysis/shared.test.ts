import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { papersOf, runPipeline, sharedAuthors, sharedBetween, sharedEntities } from '../../src/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const { graph } = runPipeline([{ name: 'seed.txt', text: seed }], { layout: false });
const paper = (prefix: string) => graph.findNode((_k, a) => a.kind === 'paper' && a.label.startsWith(prefix))!;

describe('shared-entity tables on the seed', () => {
  it('ranks models by the papers that mention them; the listing tag counts only when asked', () => {
    const mentioned = sharedEntities(graph, 'model', { minPapers: 2 });
    expect(mentioned.map((row) => row.label)).toContain('Mistral-7B');
    for (const row of mentioned) expect(row.papers.length).toBeGreaterThanOrEqual(2);
    const llama = (rows: ReturnType<typeof sharedEntities>) => rows.find((row) => row.label === 'Llama-2-7B')?.papers.length ?? 0;
    expect(llama(sharedEntities(graph, 'model', { includeTagged: true }))).toBe(10);
    expect(llama(sharedEntities(graph, 'model'))).toBeLessThan(10);
  });

  it('lists a paper once under its strongest link, with the sentence behind it', () => {
    const rows = papersOf(graph, 'model:mistral-7b');
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    for (const row of rows) expect(row.evidence).toMatch(/Mistral/i);
  });

  it('sharedBetween lists what two papers have in common, tags excluded', () => {
    const shared = sharedBetween(graph, [paper('Kron-LoRA'), paper('Advancing Equitable AI')]);
    expect(shared.map((s) => s.label)).toContain('Mistral-7B');
    expect(sharedBetween(graph, [paper('Kron-LoRA'), paper('Conformal Constrained')]).map((s) => s.label)).not.toContain('Llama-2-7B');
    expect(sharedBetween(graph, [paper('Kron-LoRA'), paper('Conformal Constrained')], { includeTagged: true }).map((s) => s.label)).toContain('Llama-2-7B');
  });

  it('sharedAuthors finds no author common to unrelated papers, and all of one paper', () => {
    expect(sharedAuthors(graph, [paper('Kron-LoRA'), paper('Conformal Constrained')])).toEqual([]);
    const kron = paper('Kron-LoRA');
    expect(sharedAuthors(graph, [kron]).map((a) => a.label).sort()).toEqual([...graph.getNodeAttribute(kron, 'authors')!].sort());
  });
});
