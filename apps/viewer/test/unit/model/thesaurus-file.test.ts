import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyThesaurusFile, isThesaurusFile, thesaurusSummary } from '../../../src/model/thesaurus-file.ts';
import { smallGraph } from '../fixture.ts';

describe('a thesaurus opened in the viewer', () => {
  it('tells a thesaurus from graphs and paper listings', () => {
    expect(isThesaurusFile('terms.tsv', 'GPT4\tGPT-4\n')).toBe(true);
    expect(isThesaurusFile('terms.txt', '# mine\nlabel\treplace by\tkind\nGPT4\tGPT-4\tmodel\n')).toBe(true);
    expect(isThesaurusFile('terms.json', '[ { "from": "GPT4", "to": "GPT-4" } ]')).toBe(true);
    expect(isThesaurusFile('papers.json', '[{"title": "A paper", "abstract": "…"}]')).toBe(false);
    expect(isThesaurusFile('graph.json', '{"options": {"type": "directed"}, "nodes": []}')).toBe(false);
    expect(isThesaurusFile('seed.txt', readFileSync(new URL('../../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8').slice(0, 400))).toBe(false);
  });

  it('merges, renames and drops entities of the graph shown, and records what it did in the graph attributes', () => {
    const graph = smallGraph();
    const outcome = applyThesaurusFile(graph, 'terms.tsv', 'Kron-LoRA\tLoRA\tmethod\nMATH-500\tMATH\nTruthfulQA\t\n');
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const out = outcome.graph;
    expect(out.hasNode('method:kron-lora')).toBe(false);
    expect(out.getNodeAttribute('method:lora', 'aliases')).toContain('Kron-LoRA');
    expect(out.hasNode('dataset:truthfulqa')).toBe(false);
    expect(out.findNode((_key, attributes) => attributes.label === 'MATH')).toBeDefined();
    expect(out.getAttribute('thesaurus')).toEqual({ source: 'terms.tsv', rules: 3, applied: 3, unmatched: 0, merged: 1, renamed: 1, dropped: 1 });
    expect(thesaurusSummary(outcome.report)).toBe('thesaurus terms.tsv: 3 of 3 rules applied (entities: 1 merged, 1 renamed, 1 dropped)');
    // The graph shown is not touched; papers and their positions stay.
    expect(graph.hasNode('method:kron-lora')).toBe(true);
    expect(out.filterNodes((_key, attributes) => attributes.kind === 'paper')).toEqual(graph.filterNodes((_key, attributes) => attributes.kind === 'paper'));
  });

  it('refuses a file with a bad line, naming every bad line, and warns about rules that match nothing', () => {
    const bad = applyThesaurusFile(smallGraph(), 'terms.tsv', 'GPT4 GPT-4\nKron-LoRA\tLoRA\tgadget\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual([expect.stringMatching(/^terms\.tsv:1: expected tab-separated from<TAB>to/), expect.stringMatching(/^terms\.tsv:2: unknown kind "gadget"/)]);
    const unmatched = applyThesaurusFile(smallGraph(), 'terms.tsv', 'No Such Model\tGPT-4\n');
    expect(unmatched.ok && unmatched.warnings).toEqual([expect.stringMatching(/^terms\.tsv:1: /)]);
  });

  it('names a JSON rule by its record, counted from 1 as the CLI counts it, in errors and warnings alike', () => {
    const bad = applyThesaurusFile(smallGraph(), 'terms.json', JSON.stringify([{ from: 'Kron-LoRA', to: 'LoRA' }, { from: 'x', to: 'y', kind: 'gadget' }]));
    expect(!bad.ok && bad.errors).toEqual([expect.stringMatching(/^terms\.json record 2: unknown kind "gadget"/)]);
    const repeated = applyThesaurusFile(smallGraph(), 'terms.json', JSON.stringify([{ from: 'Kron-LoRA', to: 'LoRA' }, { from: 'kron lora', to: 'MATH' }]));
    expect(repeated.ok && repeated.warnings).toEqual([
      'terms.json record 2: "kron lora" already has a rule at record 1, which sends it to "LoRA": this one (which sends it to "MATH") is not applied, the first rule wins',
    ]);
  });

  it('a second thesaurus opened is recorded after the first, not in its place', () => {
    const first = applyThesaurusFile(smallGraph(), 'a.tsv', 'Kron-LoRA\tLoRA\tmethod\n');
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const second = applyThesaurusFile(first.graph, 'b.tsv', 'TruthfulQA\t\n');
    if (!second.ok) throw new Error(second.errors.join('\n'));
    expect(second.graph.getAttribute('thesaurus')).toEqual([first.report, second.report]);
    expect((second.graph.getAttribute('thesaurus') as Array<{ source: string }>).map((report) => report.source)).toEqual(['a.tsv', 'b.tsv']);
  });
});
