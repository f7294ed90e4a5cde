/**
 * The extractor on real text: the seed listing (seeds/llama-2-7b.txt, gold in eval/data/seed_gold.json) read through
 * the core's ingest and LaTeX normalisation, and a few dev-set abstracts (eval/data/papers.jsonl).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { paperDocs } from '../../src/pipeline/stages.ts';
import { extractPaper, resolveCorpus } from '../../src/extract/index.ts';
import type { Mention, PaperDoc } from '../../src/types.ts';

const root = new URL('../../../../', import.meta.url);
const seed = readFileSync(new URL('seeds/llama-2-7b.txt', root), 'utf8');
const docs = paperDocs(ingest([{ name: 'llama-2-7b.txt', text: seed }]).records);
const byTitle = (prefix: string): PaperDoc => docs.find((d) => d.title.startsWith(prefix))!;
const labels = (ms: Mention[], kind: string, relation?: string) =>
  ms.filter((m) => m.kind === kind && (!relation || m.relation === relation)).map((m) => m.label);

interface SeedGold {
  papers: { title: string; models: string[]; datasets: string[]; proposes: string[]; methods_core: string[] }[];
}
const gold = JSON.parse(readFileSync(new URL('eval/data/seed_gold.json', root), 'utf8')) as SeedGold;
const norm = (s: string) => s.toLowerCase().replace(/[\s\-_]+/g, '');
const names = (m: Mention) => [m.label, ...m.aliases].map(norm);

describe('seed listing', () => {
  it('has the ten papers', () => {
    expect(docs).toHaveLength(10);
  });

  it('finds the models, datasets and proposals the core issue asks for', () => {
    expect(labels(extractPaper(byTitle('Vector Arithmetic')), 'model')).toEqual(['Llama-2-7B']);
    expect(labels(extractPaper(byTitle('Kron-LoRA')), 'model')).toEqual(['DistilBERT', 'Llama-2-7B', 'Llama-3-8B', 'Mistral-7B']);
    expect(labels(extractPaper(byTitle('Advancing Equitable AI')), 'model')).toEqual(['Mistral-7B']);
    const e3 = extractPaper(byTitle('E3-Pruner'));
    expect(labels(e3, 'model')).toEqual(['Qwen3-32B']);
    expect(labels(e3, 'dataset')).toEqual(['MATH-500']);
    expect(labels(extractPaper(byTitle('Too Helpful')), 'dataset')).toEqual(['Alpaca', 'BeaverTails', 'TruthfulQA']);
    const proposed = docs.flatMap((d) => extractPaper(d).filter((m) => m.relation === 'proposes').map((m) => m.label));
    expect(proposed.sort()).toEqual(['CBP-Tuning', 'CCPO', 'E3-Pruner', 'Kron-LoRA', 'Q-ROAR', 'TrinityX']);
  });

  it('matches the seed gold for models, datasets, proposals and core methods', () => {
    for (const g of gold.papers) {
      const doc = docs.find((d) => norm(d.title) === norm(g.title.replace('E$^3$', 'E3')))!;
      const ms = extractPaper(doc);
      const found = (kind: string | null, name: string) => ms.some((m) => (kind === null || m.kind === kind) && names(m).includes(norm(name)));
      for (const x of g.models) expect(found('model', x), `${g.title}: model ${x}`).toBe(true);
      for (const x of g.datasets) expect(found('dataset', x), `${g.title}: dataset ${x}`).toBe(true);
      for (const x of g.proposes) expect(found(null, x), `${g.title}: proposes ${x}`).toBe(true);
      for (const x of g.methods_core.filter((m) => !/induction heads|arithmetic|Gumbel|conformal|Calibrated|layer pruning/.test(m)))
        expect(found('method', x), `${g.title}: method ${x}`).toBe(true);
      expect(ms.filter((m) => m.kind === 'model').length, `${g.title}: no extra models`).toBe(g.models.length);
    }
  });

  it('links acronym and long form in one node, keyed by the long form', () => {
    const ccpo = extractPaper(byTitle('Conformal Constrained')).find((m) => m.relation === 'proposes')!;
    expect(ccpo).toMatchObject({ kind: 'method', slug: 'conformal-constrained-policy-optimization', label: 'CCPO' });
    expect(ccpo.aliases).toContain('Conformal Constrained Policy Optimization');
    const rope = extractPaper(byTitle('Rethinking RoPE'));
    expect(rope.find((m) => m.slug === 'post-training-quantization')?.aliases).toEqual(expect.arrayContaining(['PTQ', 'post-training quantization']));
    expect(rope.find((m) => m.slug === 'position-interpolation')?.evidence).toMatch(/^However, we show that combining RoPE position interpolation \(PI\)/);
  });

  it('is deterministic and sorted by kind, slug, relation', () => {
    for (const d of docs) {
      const a = extractPaper(d);
      expect(extractPaper(d)).toEqual(a);
      const keys = a.map((m) => `${m.kind}\u0000${m.slug}\u0000${m.relation}`);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
      for (const m of a) expect(m.slug).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
    }
    const ex = docs.map((doc) => ({ doc, mentions: extractPaper(doc) }));
    expect(resolveCorpus(ex)).toEqual(resolveCorpus(ex));
  });
});

describe('dev abstracts', () => {
  const papers = readFileSync(new URL('eval/data/papers.jsonl', root), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; title: string; abstract: string });
  const ex = (id: string) => {
    const p = papers.find((x) => x.id === id)!;
    return extractPaper({ key: `paper:${p.id}`, title: p.title, abstract: p.abstract });
  };

  it('reads evaluation setups with hard line breaks', () => {
    const ms = ex('2601.04055'); // MPO: "ARC-Challenge and MMLU, using LLaMA-3 8B-Instruct and Mistral-7B-Instruct"
    expect(labels(ms, 'model')).toEqual(['Llama-3-8B-Instruct', 'Mistral-7B-Instruct']);
    expect(labels(ms, 'dataset')).toEqual(['ARC-Challenge', 'MMLU']);
    expect(ms.find((m) => m.relation === 'proposes')).toMatchObject({ label: 'MPO', slug: 'modular-prompt-optimization' });
  });

  it('splits "GPT-2 Large/XL" and reads Ollama-style "Qwen3:32B"', () => {
    expect(labels(ex('2602.05400'), 'model')).toEqual(['GPT-2-Large', 'GPT-2-XL', 'Qwen3-8B-Base']);
    expect(labels(ex('2508.04399'), 'model')).toEqual(expect.arrayContaining(['Llama-3-70B', 'Qwen3-32B', 'Gemma-3-27B', 'DeepSeek-R1-70B', 'DistilBERT']));
  });

  it('gives every mention an evidence sentence that names it', () => {
    for (const id of ['2601.04055', '2602.05400', '2507.08031']) {
      for (const m of ex(id)) {
        expect(m.evidence.length).toBeGreaterThan(10);
        expect(m.evidence).not.toMatch(/\n/);
      }
    }
  });
});
