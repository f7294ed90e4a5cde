import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKnownEntity, knownEntityKeys, lexiconDecision, lexicons } from '../../src/extract/known.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { slugify, tokenize } from '../../src/extract/tokens.ts';

describe('isKnownEntity', () => {
  it('knows the names of the model families and the dataset and method lexicons', () => {
    for (const name of ['Llama-2-7B', 'Qwen2.5', 'GSM8K', 'MMLU-Pro', 'LoRA', 'retrieval-augmented generation', 'RLHF']) expect(isKnownEntity(name), name).toBe(true);
  });

  it("does not know a paper's own coinage", () => {
    // the seed's proposals
    for (const name of ['Kron-LoRA', 'TrinityX', 'Q-ROAR', 'CCPO', 'E3-Pruner', 'CBP-Tuning']) expect(isKnownEntity(name), name).toBe(false);
  });

  it('exposes the two lexicons with their entries', () => {
    expect(lexicons.datasets.entries.every((e) => e.tag === 'dataset')).toBe(true);
    expect(lexicons.methods.entries.every((e) => e.tag === 'method')).toBe(true);
    expect(lexicons.datasets.entries.length).toBeGreaterThan(600);
    expect(lexicons.methods.entries.length).toBeGreaterThan(400);
  });
});

describe('lexiconDecision', () => {
  it('covers the names the lexicons read only under a rule, which isKnownEntity does not know as written', () => {
    const decided = {
      SAM: 'model family SAM (read only with a version)',
      SD: 'model family Stable Diffusion (read only with a version)',
      GPT: 'model family GPT (read only with a version)',
      Sonnet: 'model family Claude Sonnet (read only with a version)',
      CoTs: 'plural of method chain-of-thought',
      GPTs: 'plural of model family GPT (read only with a version)',
      LLMs: 'refused by heads.json notMethods',
      English: 'refused by heads.json notDatasetNames',
      // a known benchmark's variant, which the dataset lexicon reads in text
      'ImageNet-LT': 'dataset ImageNet-LT',
      'BraTS 2023': 'dataset BraTS-2023',
    };
    for (const [name, reason] of Object.entries(decided)) {
      expect(isKnownEntity(name), name).toBe(false);
      expect(lexiconDecision(name), name).toBe(reason);
    }
  });

  it('covers what isKnownEntity knows, and keeps a kind-specific refusal to its kind', () => {
    for (const name of ['Llama-2-7B', 'GSM8K', 'LoRA', 'RLHF']) expect(lexiconDecision(name), name).toBeDefined();
    expect(lexiconDecision('Panda', 'model')).toBe('refused by models.json shapes.notModelNames');
    expect(lexiconDecision('Panda', 'dataset')).toBeUndefined();
  });

  it('keeps case where a lexicon keeps it, and knows nothing of a coinage', () => {
    // STAR is not the method STaR, TITAN (a pathology model) not Amazon's Titan: other names, for a reviewer
    for (const name of ['STAR', 'TITAN', 'Sd', 'Kron-LoRA', 'TrinityX', 'ZorbNet']) expect(lexiconDecision(name), name).toBeUndefined();
  });
});

describe('lexicon entries', () => {
  it("carry their label's slug, variants read after a known name too", () => {
    for (const lex of [lexicons.datasets, lexicons.methods]) for (const e of lex.entries) expect(e.slug, e.label).toBe(slugify(e.label));
    const text = 'Results on AIME-2024 and on BraTS 2023.';
    const found = lexicons.datasets.scan(text, tokenize(text));
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.entry.slug, m.entry.label).toBe(slugify(m.entry.label));
  });
});

describe('knownEntityKeys', () => {
  it('gives the node keys extraction gives a name: the seed graph has a node for each', () => {
    const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
    const { graph } = runPipeline([{ name: 'seeds/llama-2-7b.txt', text: seed }], { layout: false });
    const cases: Array<[string, string]> = [
      ['low-rank adaptation', 'method:lora'],
      ['Low-Rank Adaptation', 'method:lora'],
      ['reinforcement learning from human feedback', 'method:rlhf'],
      ['Mistral 7B', 'model:mistral-7b'],
      ['llama 2 7b', 'model:llama-2-7b'],
    ];
    for (const [name, key] of cases) {
      expect(knownEntityKeys(name), name).toEqual([key]);
      expect(graph.hasNode(key), key).toBe(true);
    }
    expect(knownEntityKeys('GSM8K')).toEqual(['dataset:gsm8k']);
  });

  it('is empty for a name no lexicon knows, and for nothing', () => {
    for (const name of ['Kron-LoRA', 'grade school math problems', '', '   ']) expect(knownEntityKeys(name), name).toEqual([]);
  });
});
