import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';

const models = (abstract: string, title = 'A study') =>
  extractPaper({ key: 'paper:x', title, abstract })
    .filter((m) => m.kind === 'model')
    .map((m) => m.label);

describe('models of unseen families, by shape', () => {
  it('reads a name joined to a parameter size, with its tail', () => {
    expect(models('We fine-tune Zephyrus-13B-Instruct and Quillon-2.7B on our data.')).toEqual(['Quillon-2.7B', 'Zephyrus-13B-Instruct']);
    // after a space, only a coined name ("LLaDA 8B", not "Ascend 910B")
    expect(models('LLaDA 8B runs on an Ascend 910B chip.')).toEqual(['LLaDA-8B']);
    const [m] = extractPaper({ key: 'p', title: 'T', abstract: 'Zephyrus-13B-Instruct is our baseline.' }).filter((x) => x.kind === 'model');
    expect(m?.model).toEqual({ family: 'Zephyrus', size: '13B', variant: 'Instruct' });
  });

  it('reads a derived model whole, past the known family inside it', () => {
    expect(models('Baselines: MegaBeam-Mistral-7B, Llama-SEA-LION-v2-8B-IT and LLaVA-Video-72B.')).toEqual([
      'Llama-SEA-LION-v2-8B-IT', 'LLaVA-Video-72B', 'MegaBeam-Mistral-7B',
    ]);
    // a creator prefix is not part of the name, and a stage after a known model's size does not make a new family
    expect(models('We use Meta-Llama-3-8B-Instruct and Qwen3-8B-SFT.')).toEqual(['Llama-3-8B-Instruct', 'Qwen3-8B']);
  });

  it('reads a coined name with a model tail where the context is about models', () => {
    expect(models('We compare Keye-VL, Seed-Coder and Fun-Audio-Chat.')).toEqual(['Fun-Audio-Chat', 'Keye-VL', 'Seed-Coder']);
    expect(models('We compare Qwen2.5-VL-7B and Orbis-VL.')).toEqual(['Orbis-VL', 'Qwen2.5-VL-7B']);
    expect(models('The Orbis-VL model is strong.')).toEqual(['Orbis-VL']);
    // alone, a tail is weak evidence: a task tag or a data name
    expect(models('We study Orbis-VL tasks and the LMSYS-Chat-1M logs.')).toEqual([]);
  });

  it('leaves sizes of data, counts and non-names alone', () => {
    expect(
      models('Our 7B model beats the 70B one. We train on LAION-5B, with 1B tokens, using sub-7B and RL-trained-8B settings; the Sentinel-2B satellite; BioASQ-7B.'),
    ).toEqual([]);
    expect(models('We study 3D-VL tasks with Evol-Instruct data and a MoE 30B.')).toEqual([]);
  });

  it('reads an unseen family listed among known models', () => {
    // real: 2603.23251
    expect(models('We conduct two tasks across six models:Jais, Mistral, LLaMA, GPT-4o, Gemini, and DeepSeek.')).toContain('Jais');
    // invented
    expect(models('We compare GPT-4o, Quokka and Llama-3-8B.')).toEqual(['GPT-4o', 'Llama-3-8B', 'Quokka']);
    // people, architectures, techniques, acronyms and sentence starts are no models
    expect(models('We compare GPT-4o, Humans and Llama-3-8B; Mistral-7B, Dropout and Qwen3; Gemma-2, RNN and BERT.')).toEqual([
      'BERT', 'Gemma-2', 'GPT-4o', 'Llama-3-8B', 'Mistral-7B', 'Qwen3',
    ]);
    // one known model is no list of models
    expect(models('We compare GPT-4o and Quokka.')).toEqual(['GPT-4o']);
  });

  it('keeps the acronym a text gives a model as one of its names', () => {
    const [m] = extractPaper({ key: 'p', title: 'T', abstract: 'Masks from Segment Anything (SAM) guide it; SAM is frozen.' }).filter((x) => x.kind === 'model');
    expect(m?.aliases).toEqual(['SAM', 'Segment Anything']);
    expect(models('We use GPT-4 (OpenAI) for labels.')).toEqual(['GPT-4']);
  });

  it('reads a compound name that ends in a size word and holds a known family', () => {
    // real: holdout2 2506.00467
    expect(models('Semi-SST-ViT-Huge achieves the best results. Compared to the fully-supervised DeiT-III-ViT-Huge, it wins.')).toEqual([
      'DeiT-III-ViT-Huge', 'Semi-SST-ViT-Huge',
    ]);
    // invented; a known model with its size word stays the family's, and no family inside is no compound
    expect(models('We compare Orca-Net-BERT-Large and ViT-Huge. The Foo-Bar-Large setting is slow.')).toEqual(['Orca-Net-BERT-Large', 'ViT-Huge']);
  });
});
